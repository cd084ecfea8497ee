################################################################################
# CodeBuild Project
################################################################################

output "project_name" {
  description = "Name of the CodeBuild project."
  value       = aws_codebuild_project.this.name
}

output "project_arn" {
  description = "ARN of the CodeBuild project."
  value       = aws_codebuild_project.this.arn
}

################################################################################
# IAM Role
################################################################################

output "role_arn" {
  description = "ARN of the build's IAM role (give it a namespace-scoped EKS access entry)."
  value       = aws_iam_role.this.arn
}

################################################################################
# CloudWatch Log Group
################################################################################

output "log_group_name" {
  description = "Log group of the build logs."
  value       = aws_cloudwatch_log_group.this.name
}

################################################################################
# Security Group
################################################################################

output "security_group_id" {
  description = "Security group of the build containers."
  value       = aws_security_group.this.id
}

################################################################################
# Webhook
################################################################################

output "webhook_payload_url" {
  description = "Payload URL of the GitHub webhook."
  value       = aws_codebuild_webhook.this.payload_url
}
