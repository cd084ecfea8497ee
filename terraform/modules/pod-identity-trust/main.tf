################################################################################
# Pod Identity Trust Policy
################################################################################

# One trust policy for every role a pod assumes through EKS Pod Identity, so the rule
# is written once: the EKS Pod Identity service principal may assume the role only
# for this account, and only when the session tags EKS sets name this cluster and one
# of the listed namespaces and service accounts. Without the tag conditions any
# association in the account could hand the role to any pod (IRSA's "sub" condition,
# equivalently).
# https://docs.aws.amazon.com/eks/latest/userguide/pod-id-role.html
# https://docs.aws.amazon.com/eks/latest/userguide/pod-id-abac.html (the session tags)
data "aws_iam_policy_document" "this" {
  statement {
    actions = ["sts:AssumeRole", "sts:TagSession"]

    principals {
      type        = "Service"
      identifiers = ["pods.eks.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [var.account_id]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:RequestTag/eks-cluster-name"
      values   = [var.cluster_name]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:RequestTag/kubernetes-namespace"
      values   = distinct([for sa in var.service_accounts : sa.namespace])
    }

    condition {
      test     = "StringEquals"
      variable = "aws:RequestTag/kubernetes-service-account"
      values   = distinct([for sa in var.service_accounts : sa.name])
    }
  }
}
