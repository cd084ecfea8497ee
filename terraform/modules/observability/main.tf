locals {
  amp                = var.metrics_backend == "amp"
  container_insights = var.metrics_backend == "container_insights"
  # Exact add-on versions, read from one map as the cluster module does (terraform/test/policy.test.ts).
  addon_versions = var.addon_versions
}

data "aws_caller_identity" "current" {}

################################################################################
# Amazon Managed Service for Prometheus
################################################################################

resource "aws_prometheus_workspace" "this" {
  count = local.amp ? 1 : 0

  alias = var.name
  tags  = var.tags
}

# An AWS-managed, agentless collector: no Prometheus to run in the cluster. It discovers pods through the
# Kubernetes API (its role needs the access entry and RBAC below) and keeps only the app's annotated pods,
# reading the port from the annotation, as the Prometheus chart's kubernetes-pods job does.
# https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-collector-how-to.html
resource "aws_prometheus_scraper" "this" {
  count = local.amp ? 1 : 0

  alias = var.name
  scrape_configuration = templatefile("${path.module}/scrape-configuration.yaml.tftpl", {
    namespace       = var.app_namespace
    scrape_interval = var.scrape_interval
  })

  source {
    eks {
      cluster_arn        = var.cluster_arn
      subnet_ids         = var.subnet_ids
      security_group_ids = [var.cluster_security_group_id]
    }
  }

  destination {
    amp {
      workspace_arn = aws_prometheus_workspace.this[0].arn
    }
  }

  tags = var.tags
}

# The scraper reads the Kubernetes API as this user; the ClusterRole bound to it is in
# scraper-rbac.yaml (cluster-scoped RBAC, applied by a cluster admin). No Kubernetes groups.
resource "aws_eks_access_entry" "scraper" {
  count = local.amp ? 1 : 0

  cluster_name  = var.cluster_name
  principal_arn = aws_prometheus_scraper.this[0].role_arn
  user_name     = "aps-collector-user"

  tags = var.tags
}

# alert-rules.yaml is the spec of manifests/components/monitoring/prometheus-rule.yaml (a copy, since
# Terraform reads only files inside its configuration; test/observability/dashboard.test.ts keeps them equal).
resource "aws_prometheus_rule_group_namespace" "this" {
  count = local.amp && var.load_alert_rules ? 1 : 0

  name         = var.name
  workspace_id = aws_prometheus_workspace.this[0].id
  data         = file("${path.module}/alert-rules.yaml")

  tags = var.tags
}

################################################################################
# Container Insights
################################################################################

# The agent's credentials through EKS Pod Identity, limited to its service account in this cluster.
module "cloudwatch_agent_trust" {
  source = "../pod-identity-trust"

  account_id       = data.aws_caller_identity.current.account_id
  cluster_name     = var.cluster_name
  service_accounts = [{ namespace = "amazon-cloudwatch", name = "cloudwatch-agent" }]
}

resource "aws_iam_role" "cloudwatch_agent" {
  count = local.container_insights ? 1 : 0

  name               = "${var.name}-cloudwatch-agent"
  assume_role_policy = module.cloudwatch_agent_trust.json

  tags = var.tags
}

# AWS's policy for the agent: PutMetricData, logs to its own groups, describe calls for tags.
resource "aws_iam_role_policy_attachment" "cloudwatch_agent" {
  count = local.container_insights ? 1 : 0

  role       = aws_iam_role.cloudwatch_agent[0].name
  policy_arn = "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy"
}

resource "aws_eks_pod_identity_association" "cloudwatch_agent" {
  count = local.container_insights ? 1 : 0

  cluster_name    = var.cluster_name
  namespace       = "amazon-cloudwatch"
  service_account = "cloudwatch-agent"
  role_arn        = aws_iam_role.cloudwatch_agent[0].arn

  tags = var.tags
}

# Created here with a retention, so the agent's events do not pile up forever (it would create them
# without one).
resource "aws_cloudwatch_log_group" "container_insights" {
  for_each = local.container_insights ? toset(concat(["performance"], var.container_logs ? ["application"] : [])) : toset([])

  name              = "/aws/containerinsights/${var.cluster_name}/${each.key}"
  retention_in_days = var.log_retention_days

  tags = var.tags
}

resource "aws_eks_addon" "this" {
  for_each = local.container_insights ? local.addon_versions : {}

  cluster_name  = var.cluster_name
  addon_name    = each.key
  addon_version = local.addon_versions[each.key]

  # Metrics only unless asked: container logs are the expensive half of Container Insights.
  configuration_values = jsonencode({ containerLogs = { enabled = var.container_logs } })

  tags = var.tags

  depends_on = [
    aws_eks_pod_identity_association.cloudwatch_agent,
    aws_cloudwatch_log_group.container_insights,
  ]
}
