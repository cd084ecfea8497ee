data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

# The caller may be an assumed-role session; access entries need the role's ARN,
# not the STS session ARN (terraform-aws-eks does the same, see
# https://github.com/hashicorp/terraform-provider-aws/issues/28381).
data "aws_iam_session_context" "current" {
  arn = data.aws_caller_identity.current.arn
}

locals {
  partition = data.aws_partition.current.partition

  # null is refused by the cluster's precondition; treated as [] until then.
  public_access_cidrs = var.endpoint_public_access_cidrs == null ? [] : var.endpoint_public_access_cidrs
}

################################################################################
# KMS Key
################################################################################

# Envelope encryption of Kubernetes Secrets. The key policy stays the account
# default (IAM decides); the cluster role gets exactly the calls EKS makes.
resource "aws_kms_key" "this" {
  description             = "EKS ${var.name}: envelope encryption of Kubernetes secrets"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  tags = var.tags
}

resource "aws_kms_alias" "this" {
  name          = "alias/eks/${var.name}"
  target_key_id = aws_kms_key.this.key_id
}

################################################################################
# CloudWatch Log Group
################################################################################

# Created before the cluster so EKS writes into a group with our retention
# instead of creating one that never expires.
resource "aws_cloudwatch_log_group" "this" {
  name              = "/aws/eks/${var.name}/cluster"
  retention_in_days = var.log_retention_days

  tags = var.tags
}

################################################################################
# Cluster IAM Role
################################################################################

data "aws_iam_policy_document" "cluster_assume_role" {
  statement {
    actions = ["sts:AssumeRole", "sts:TagSession"]

    principals {
      type        = "Service"
      identifiers = ["eks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "cluster" {
  name               = "${var.name}-cluster"
  assume_role_policy = data.aws_iam_policy_document.cluster_assume_role.json

  tags = var.tags
}

# AmazonEKSServicePolicy is legacy (folded into AmazonEKSClusterPolicy); attachments
# replace the deprecated managed_policy_arns argument.
resource "aws_iam_role_policy_attachment" "cluster" {
  role       = aws_iam_role.cluster.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/AmazonEKSClusterPolicy"
}

data "aws_iam_policy_document" "cluster_encryption" {
  statement {
    actions   = ["kms:Encrypt", "kms:Decrypt", "kms:ListGrants", "kms:DescribeKey"]
    resources = [aws_kms_key.this.arn]
  }
}

resource "aws_iam_role_policy" "cluster_encryption" {
  name   = "secrets-encryption"
  role   = aws_iam_role.cluster.id
  policy = data.aws_iam_policy_document.cluster_encryption.json
}

################################################################################
# Cluster
################################################################################

resource "aws_eks_cluster" "this" {
  name                      = var.name
  version                   = var.kubernetes_version
  role_arn                  = aws_iam_role.cluster.arn
  enabled_cluster_log_types = var.enabled_log_types

  # Every add-on the cluster runs is an EKS add-on below, so EKS must not also install its
  # unmanaged copies of vpc-cni, kube-proxy and coredns at creation (as terraform-aws-modules/eks).
  # https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html#AmazonEKS-CreateCluster-request-bootstrapSelfManagedAddons
  bootstrap_self_managed_addons = false

  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = false
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = aws_kms_key.this.arn
    }
  }

  vpc_config {
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = length(local.public_access_cidrs) > 0
    public_access_cidrs     = length(local.public_access_cidrs) > 0 ? local.public_access_cidrs : null
  }

  # Extended support costs six times as much; fail loudly at end of standard support instead.
  upgrade_policy {
    support_type = "STANDARD"
  }

  tags = var.tags

  lifecycle {
    precondition {
      condition     = var.endpoint_public_access_cidrs != null
      error_message = "endpoint_public_access_cidrs is not set: list the CIDRs that may reach the Kubernetes API (ops deploy fills in your own address), or [] for a private-only endpoint reached from inside the VPC."
    }
  }

  depends_on = [
    aws_iam_role_policy_attachment.cluster,
    aws_iam_role_policy.cluster_encryption,
    aws_cloudwatch_log_group.this,
  ]
}
