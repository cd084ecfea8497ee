data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

################################################################################
# KMS Key
################################################################################

# One customer-managed key for the data tier: database storage, its master-user
# secret and the cache at rest; rotated yearly.
resource "aws_kms_key" "this" {
  description             = "${var.name}: data tier encryption (RDS, Secrets Manager, ElastiCache)"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  tags = var.tags
}

resource "aws_kms_alias" "this" {
  name          = "alias/${var.name}/data"
  target_key_id = aws_kms_key.this.key_id
}

################################################################################
# App Access
################################################################################

# Only the listed service accounts of this cluster.
module "app_trust" {
  source = "../pod-identity-trust"

  account_id       = data.aws_caller_identity.current.account_id
  cluster_name     = var.cluster_name
  service_accounts = values(var.app_service_accounts)
}

resource "aws_iam_role" "app" {
  name               = "${var.name}-app-data"
  assume_role_policy = module.app_trust.json

  tags = var.tags
}

data "aws_iam_policy_document" "app" {
  statement {
    sid       = "ReadDatabaseSecret"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [aws_db_instance.this.master_user_secret[0].secret_arn]
  }

  statement {
    sid       = "DecryptDatabaseSecret"
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.this.arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.${data.aws_region.current.name}.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "app" {
  name   = "read-database-secret"
  role   = aws_iam_role.app.id
  policy = data.aws_iam_policy_document.app.json
}

resource "aws_eks_pod_identity_association" "app" {
  for_each = var.app_service_accounts

  cluster_name    = var.cluster_name
  namespace       = each.value.namespace
  service_account = each.value.name
  role_arn        = aws_iam_role.app.arn

  tags = var.tags
}
