locals {
  # One map of every access entry, keyed by a stable name, derived once: the caller
  # (optional) plus the entries passed in. Kubernetes groups are never set, so no
  # principal can be mapped to system:masters; permissions come from access policies.
  access_entries = merge(
    var.enable_cluster_creator_admin ? {
      cluster_creator = {
        principal_arn = data.aws_iam_session_context.current.issuer_arn
        policy        = "AmazonEKSClusterAdminPolicy"
        namespaces    = []
      }
    } : {},
    var.access_entries,
  )
}

################################################################################
# Access Entry
################################################################################

resource "aws_eks_access_entry" "this" {
  for_each = local.access_entries

  cluster_name  = aws_eks_cluster.this.name
  principal_arn = each.value.principal_arn
  type          = "STANDARD"

  tags = var.tags
}

resource "aws_eks_access_policy_association" "this" {
  for_each = local.access_entries

  cluster_name  = aws_eks_cluster.this.name
  principal_arn = aws_eks_access_entry.this[each.key].principal_arn
  policy_arn    = "arn:${local.partition}:eks::aws:cluster-access-policy/${each.value.policy}"

  access_scope {
    type       = length(each.value.namespaces) > 0 ? "namespace" : "cluster"
    namespaces = length(each.value.namespaces) > 0 ? each.value.namespaces : null
  }
}
