################################################################################
# Amazon Managed Service for Prometheus
################################################################################

output "prometheus_workspace_id" {
  description = "ID of the AMP workspace, or null unless metrics_backend is amp."
  value       = try(aws_prometheus_workspace.this[0].id, null)
}

output "prometheus_endpoint" {
  description = "Prometheus-compatible endpoint of the AMP workspace (query it, or point Grafana at it with SigV4), or null."
  value       = try(aws_prometheus_workspace.this[0].prometheus_endpoint, null)
}

output "scraper_role_arn" {
  description = "IAM role the AMP scraper reads the cluster as (bound to the ClusterRole in scraper-rbac.yaml), or null."
  value       = try(aws_prometheus_scraper.this[0].role_arn, null)
}

################################################################################
# Container Insights
################################################################################

output "cloudwatch_agent_role_arn" {
  description = "IAM role of the CloudWatch agent (Pod Identity), or null unless metrics_backend is container_insights."
  value       = try(aws_iam_role.cloudwatch_agent[0].arn, null)
}
