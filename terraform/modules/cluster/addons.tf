locals {
  # Add-ons that nodes need in order to become Ready are created before the node
  # group; those with Deployments (coredns, the EBS CSI controller, metrics-server) need
  # nodes to schedule on, so they come after. The value names the service account that
  # gets an IAM role through Pod Identity, if any.
  addons_before_compute = ["vpc-cni", "kube-proxy", "eks-pod-identity-agent"]
  addons_after_compute = {
    "coredns"            = null
    "aws-ebs-csi-driver" = { service_account = "ebs-csi-controller-sa", role_arn = aws_iam_role.ebs_csi_driver.arn }
    # The HPA's resource metrics (metrics.k8s.io); an EKS community add-on, so AWS
    # builds, scans and versions it per Kubernetes version like the others.
    # https://docs.aws.amazon.com/eks/latest/userguide/community-addons.html
    "metrics-server" = null
  }

  # The version of each add-on: the override when given, else the version EKS installs by
  # default for this Kubernetes version (looked up as terraform-aws-modules/eks does), so
  # every accepted kubernetes_version gets add-ons built for it. The default rather than
  # the newest build: a later plan does not upgrade add-ons just because AWS published one.
  addon_versions = {
    for name in concat(local.addons_before_compute, keys(local.addons_after_compute)) :
    name => lookup(var.addon_versions, name, data.aws_eks_addon_version.this[name].version)
  }
}

# Read from EKS's DescribeAddonVersions for the cluster's Kubernetes version.
# https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/eks_addon_version
data "aws_eks_addon_version" "this" {
  for_each = toset(concat(local.addons_before_compute, keys(local.addons_after_compute)))

  addon_name         = each.value
  kubernetes_version = var.kubernetes_version
  most_recent        = false
}

################################################################################
# EKS Add-ons
################################################################################

resource "aws_eks_addon" "before_compute" {
  for_each = toset(local.addons_before_compute)

  cluster_name                = aws_eks_cluster.this.name
  addon_name                  = each.value
  addon_version               = local.addon_versions[each.value]
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"

  tags = var.tags

  lifecycle {
    # kube-proxy must match the control plane's minor version; EKS refuses any other at
    # apply time, so an override that does not is refused at plan time instead.
    # https://docs.aws.amazon.com/eks/latest/userguide/managing-kube-proxy.html
    precondition {
      condition     = each.value != "kube-proxy" || startswith(local.addon_versions[each.value], "v${var.kubernetes_version}.")
      error_message = "addon_versions: kube-proxy ${local.addon_versions[each.value]} does not match kubernetes_version ${var.kubernetes_version} (it must be v${var.kubernetes_version}.x)."
    }
  }
}

resource "aws_eks_addon" "this" {
  for_each = local.addons_after_compute

  cluster_name                = aws_eks_cluster.this.name
  addon_name                  = each.key
  addon_version               = local.addon_versions[each.key]
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"

  dynamic "pod_identity_association" {
    for_each = each.value == null ? [] : [each.value]

    content {
      service_account = pod_identity_association.value.service_account
      role_arn        = pod_identity_association.value.role_arn
    }
  }

  tags = var.tags

  depends_on = [aws_eks_node_group.this]
}

################################################################################
# EBS CSI Driver IAM
################################################################################

# Persistent volumes (the default profile keeps SQLite on an encrypted gp3 volume)
# need the EBS CSI driver; its controller gets AWS credentials through Pod Identity.
module "ebs_csi_driver_trust" {
  source = "../pod-identity-trust"

  account_id       = data.aws_caller_identity.current.account_id
  cluster_name     = var.name
  service_accounts = [{ namespace = "kube-system", name = "ebs-csi-controller-sa" }]
}

resource "aws_iam_role" "ebs_csi_driver" {
  name               = "${var.name}-ebs-csi-driver"
  assume_role_policy = module.ebs_csi_driver_trust.json

  tags = var.tags
}

resource "aws_iam_role_policy_attachment" "ebs_csi_driver" {
  role       = aws_iam_role.ebs_csi_driver.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"
}
