locals {
  # Cluster admins: the caller (optional) and the extra principals, merged. EKS allows one
  # access entry per principal (a second is refused with ResourceInUseException), and the
  # operator running Terraform often lists their own role too, so duplicates collapse into
  # one entry instead of failing the apply. Keyed by ARN: known at plan time, stable.
  cluster_admin_arns = distinct(concat(
    var.enable_cluster_creator_admin ? [data.aws_iam_session_context.current.issuer_arn] : [],
    var.cluster_admin_principal_arns,
  ))

  # One map of every access entry, derived once. Kubernetes groups are never set, so no
  # principal can be mapped to system:masters; permissions come from access policies.
  access_entries = merge(
    { for arn in local.cluster_admin_arns : "admin:${arn}" => {
      principal_arn = arn
      policy        = "AmazonEKSClusterAdminPolicy"
      namespaces    = []
    } },
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
