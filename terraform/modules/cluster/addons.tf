locals {
  # Add-ons that nodes need in order to become Ready are created before the node
  # group; coredns needs nodes to schedule on, so it comes after.
  addons_before_compute = ["vpc-cni", "kube-proxy", "eks-pod-identity-agent"]
  addons_after_compute  = ["coredns"]
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
  for_each = toset(local.addons_after_compute)

  cluster_name                = aws_eks_cluster.this.name
  addon_name                  = each.value
  addon_version               = var.addon_versions[each.value]
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"

  tags = var.tags

  depends_on = [aws_eks_node_group.this]
}
