locals {
  # Add-ons that nodes need in order to become Ready are created before the node
  # group; those with Deployments (coredns, the EBS CSI controller) need nodes to
  # schedule on, so they come after. The value names the service account that gets
  # an IAM role through Pod Identity, if any.
  addons_before_compute = ["vpc-cni", "kube-proxy", "eks-pod-identity-agent"]
  addons_after_compute = {
    "coredns"            = null
    "aws-ebs-csi-driver" = { service_account = "ebs-csi-controller-sa", role_arn = aws_iam_role.ebs_csi_driver.arn }
  }
}

################################################################################
# EKS Add-ons
################################################################################

resource "aws_eks_addon" "before_compute" {
  for_each = toset(local.addons_before_compute)

  cluster_name                = aws_eks_cluster.this.name
  addon_name                  = each.value
  addon_version               = var.addon_versions[each.value]
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"

  tags = var.tags
}

resource "aws_eks_addon" "this" {
  for_each = local.addons_after_compute

  cluster_name                = aws_eks_cluster.this.name
  addon_name                  = each.key
  addon_version               = var.addon_versions[each.key]
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
data "aws_iam_policy_document" "ebs_csi_driver_assume_role" {
  statement {
    actions = ["sts:AssumeRole", "sts:TagSession"]

    principals {
      type        = "Service"
      identifiers = ["pods.eks.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:RequestTag/eks-cluster-name"
      values   = [var.name]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:RequestTag/kubernetes-namespace"
      values   = ["kube-system"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:RequestTag/kubernetes-service-account"
      values   = ["ebs-csi-controller-sa"]
    }
  }
}

resource "aws_iam_role" "ebs_csi_driver" {
  name               = "${var.name}-ebs-csi-driver"
  assume_role_policy = data.aws_iam_policy_document.ebs_csi_driver_assume_role.json

  tags = var.tags
}

resource "aws_iam_role_policy_attachment" "ebs_csi_driver" {
  role       = aws_iam_role.ebs_csi_driver.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"
}
