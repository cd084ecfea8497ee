data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

locals {
  partition  = data.aws_partition.current.partition
  account_id = data.aws_caller_identity.current.account_id
  region     = data.aws_region.current.name

  # CodeConnections ARNs come in two service prefixes (the old codestar-connections
  # one still works); grant the calls under whichever the connection uses.
  connection_service = var.source_auth.type == "CODECONNECTIONS" ? split(":", var.source_auth.resource)[2] : null

  readable_secret_arns = distinct(concat(
    var.readable_secret_arns,
    var.source_auth.type == "SECRETS_MANAGER" ? [var.source_auth.resource] : [],
  ))

  # What ops reads in the build to find its targets: the names are the ones in
  # packages/ops/src/targets/build-environment.ts (a test parses this block and
  # fails when they disagree). Null values (no certificate, no public host) are
  # left out rather than passed as empty strings.
  ops_environment = {
    EKS_CLUSTER_NAME    = var.cluster_name
    EKS_REGION          = local.region
    K8S_NAMESPACE       = var.app_namespace
    SERVER_ECR_URI      = var.ecr_repository_urls["server"]
    CLIENT_ECR_URI      = var.ecr_repository_urls["client"]
    TLS_CERTIFICATE_ARN = var.certificate_arn
    PUBLIC_HOST         = var.public_host
  }

  build_environment = merge(
    var.environment_variables,
    { for k, v in local.ops_environment : k => v if v != null },
  )
}

################################################################################
# CloudWatch Log Group
################################################################################

resource "aws_cloudwatch_log_group" "this" {
  name              = "/aws/codebuild/${var.name}"
  retention_in_days = var.log_retention_days

  tags = var.tags
}

################################################################################
# IAM Role
################################################################################

data "aws_iam_policy_document" "assume_role" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codebuild.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_iam_role" "this" {
  name               = "${var.name}-codebuild"
  assume_role_policy = data.aws_iam_policy_document.assume_role.json

  tags = var.tags
}

# Least privilege: each statement names the only resources the build touches.
# The two "*" resources are calls that support no resource scoping
# (ecr:GetAuthorizationToken and the EC2 Describe* calls CodeBuild makes for VPC builds).
data "aws_iam_policy_document" "this" {
  statement {
    sid       = "Logs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.this.arn}:*"]
  }

  statement {
    sid       = "EcrLogin"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid = "EcrPushPull"
    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:CompleteLayerUpload",
      "ecr:DescribeImages",
      "ecr:DescribeRepositories",
      "ecr:GetDownloadUrlForLayer",
      "ecr:InitiateLayerUpload",
      "ecr:ListImages",
      "ecr:PutImage",
      "ecr:UploadLayerPart",
    ]
    resources = values(var.ecr_repository_arns)
  }

  # Newest wins (README): a build reads its project's recent builds to learn
  # whether a newer one supersedes it, and waits for older ones still deploying.
  statement {
    sid       = "BuildQueue"
    actions   = ["codebuild:ListBuildsForProject", "codebuild:BatchGetBuilds"]
    resources = ["arn:${local.partition}:codebuild:${local.region}:${local.account_id}:project/${var.name}"]
  }

  statement {
    sid       = "EksKubeconfig"
    actions   = ["eks:DescribeCluster"]
    resources = [var.cluster_arn]
  }

  dynamic "statement" {
    for_each = local.connection_service == null ? [] : [local.connection_service]

    content {
      sid       = "SourceConnection"
      actions   = ["${statement.value}:GetConnectionToken", "${statement.value}:GetConnection", "${statement.value}:UseConnection"]
      resources = [var.source_auth.resource]
    }
  }

  dynamic "statement" {
    for_each = length(local.readable_secret_arns) > 0 ? [local.readable_secret_arns] : []

    content {
      sid       = "ReadSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = statement.value
    }
  }

  dynamic "statement" {
    for_each = length(var.readable_secret_kms_key_arns) > 0 ? [var.readable_secret_kms_key_arns] : []

    content {
      sid       = "DecryptSecrets"
      actions   = ["kms:Decrypt"]
      resources = statement.value

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["secretsmanager.${local.region}.amazonaws.com"]
      }
    }
  }

  statement {
    sid = "VpcDescribe"
    actions = [
      "ec2:CreateNetworkInterface",
      "ec2:DeleteNetworkInterface",
      "ec2:DescribeDhcpOptions",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DescribeSecurityGroups",
      "ec2:DescribeSubnets",
      "ec2:DescribeVpcs",
    ]
    resources = ["*"]
  }

  statement {
    sid       = "VpcNetworkInterfacePermission"
    actions   = ["ec2:CreateNetworkInterfacePermission"]
    resources = ["arn:${local.partition}:ec2:${local.region}:${local.account_id}:network-interface/*"]

    condition {
      test     = "StringEquals"
      variable = "ec2:AuthorizedService"
      values   = ["codebuild.amazonaws.com"]
    }

    condition {
      test     = "ArnEquals"
      variable = "ec2:Subnet"
      values   = [for s in var.subnet_ids : "arn:${local.partition}:ec2:${local.region}:${local.account_id}:subnet/${s}"]
    }
  }
}

resource "aws_iam_role_policy" "this" {
  name   = "codebuild"
  role   = aws_iam_role.this.id
  policy = data.aws_iam_policy_document.this.json
}

################################################################################
# Security Group
################################################################################

resource "aws_security_group" "this" {
  name_prefix = "${var.name}-codebuild-"
  description = "CodeBuild ${var.name}: egress only; allowed into the EKS API"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-codebuild" })

  lifecycle {
    create_before_destroy = true
  }
}

# Builds fetch sources, base images and packages from the internet through the NAT.
resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.this.id
  description       = "All outbound (GitHub, registries, AWS APIs) through the NAT"
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "cluster_api" {
  security_group_id            = var.cluster_security_group_id
  description                  = "Kubernetes API from CodeBuild ${var.name}"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_security_group.this.id
}

################################################################################
# CodeBuild Project
################################################################################

resource "aws_codebuild_project" "this" {
  name           = var.name
  description    = "Builds the images and deploys to EKS ${var.cluster_name} on pushes to ${var.branch}"
  service_role   = aws_iam_role.this.arn
  build_timeout  = var.build_timeout_minutes
  queued_timeout = var.queued_timeout_minutes
  source_version = "refs/heads/${var.branch}"
  # No concurrent_build_limit: with one set, CodeBuild rejects a build started
  # while the limit is reached instead of queueing it, so a push during a build
  # would never deploy. Every push builds; `ops release deploy` lets the newest
  # build deploy and waits for older deploys to finish (README, "One deploy at a time").

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type                = var.compute_type
    image                       = var.build_image
    type                        = "LINUX_CONTAINER"
    image_pull_credentials_type = "CODEBUILD"
    # Privileged mode runs the Docker daemon inside the build container, which
    # `docker build` needs to build the client and server images.
    privileged_mode = true

    dynamic "environment_variable" {
      for_each = local.build_environment

      content {
        name  = environment_variable.key
        value = environment_variable.value
        type  = "PLAINTEXT"
      }
    }
  }

  source {
    type                = "GITHUB"
    location            = var.source_location
    git_clone_depth     = 1
    buildspec           = var.buildspec
    report_build_status = true

    auth {
      type     = var.source_auth.type
      resource = var.source_auth.resource
    }
  }

  logs_config {
    cloudwatch_logs {
      status     = "ENABLED"
      group_name = aws_cloudwatch_log_group.this.name
    }
  }

  vpc_config {
    vpc_id             = var.vpc_id
    subnets            = var.subnet_ids
    security_group_ids = [aws_security_group.this.id]
  }

  tags = var.tags

  depends_on = [aws_iam_role_policy.this]
}

################################################################################
# Webhook
################################################################################

resource "aws_codebuild_webhook" "this" {
  project_name = aws_codebuild_project.this.name
  build_type   = "BUILD"

  # Pushes to the configured branch only: other branches and pull requests never deploy.
  filter_group {
    filter {
      type    = "EVENT"
      pattern = "PUSH"
    }

    filter {
      type    = "HEAD_REF"
      pattern = "^refs/heads/${replace(var.branch, ".", "\\.")}$"
    }
  }
}
