################################################################################
# Cluster
################################################################################

output "cluster_name" {
  description = "Name of the EKS cluster."
  value       = aws_eks_cluster.this.name
}

output "cluster_arn" {
  description = "ARN of the EKS cluster."
  value       = aws_eks_cluster.this.arn
}

output "cluster_endpoint" {
  description = "Endpoint of the Kubernetes API server."
  value       = aws_eks_cluster.this.endpoint
}

output "cluster_certificate_authority_data" {
  description = "Base64-encoded CA certificate of the cluster."
  value       = aws_eks_cluster.this.certificate_authority[0].data
}

output "cluster_version" {
  description = "Kubernetes version of the control plane."
  value       = aws_eks_cluster.this.version
}

output "cluster_security_group_id" {
  description = "The cluster security group EKS created; attached to the control plane ENIs and to the managed nodes (so also to pods)."
  value       = aws_eks_cluster.this.vpc_config[0].cluster_security_group_id
}

output "region" {
  description = "Region the cluster runs in."
  value       = data.aws_region.current.name
}

################################################################################
# KMS Key
################################################################################

output "kms_key_arn" {
  description = "ARN of the KMS key encrypting Kubernetes secrets."
  value       = aws_kms_key.this.arn
}

################################################################################
# CloudWatch Log Group
################################################################################

output "cloudwatch_log_group_name" {
  description = "Log group of the control plane logs."
  value       = aws_cloudwatch_log_group.this.name
}

################################################################################
# Node Group
################################################################################

output "node_group_name" {
  description = "Name of the managed node group."
  value       = aws_eks_node_group.this.node_group_name
}

output "node_role_arn" {
  description = "ARN of the nodes' IAM role."
  value       = aws_iam_role.node.arn
}

################################################################################
# Add-ons
################################################################################

output "addon_versions" {
  description = "Installed EKS add-on versions by name."
  value       = merge({ for k, a in aws_eks_addon.before_compute : k => a.addon_version }, { for k, a in aws_eks_addon.this : k => a.addon_version })
}

################################################################################
# Access Entry
################################################################################

output "access_entry_principal_arns" {
  description = "Principal ARNs that hold an access entry, by entry key."
  value       = { for k, e in aws_eks_access_entry.this : k => e.principal_arn }
}

################################################################################
# ECR
################################################################################

output "ecr_repository_urls" {
  description = "ECR repository URLs by key (for example client, server)."
  value       = { for k, r in aws_ecr_repository.this : k => r.repository_url }
}

output "ecr_repository_arns" {
  description = "ECR repository ARNs by key."
  value       = { for k, r in aws_ecr_repository.this : k => r.arn }
}

################################################################################
# Load Balancer Controller IAM
################################################################################

output "load_balancer_controller_role_arn" {
  description = "ARN of the IAM role the AWS Load Balancer Controller gets through EKS Pod Identity."
  value       = aws_iam_role.load_balancer_controller.arn
}

output "load_balancer_controller_service_account" {
  description = "Namespace and name of the service account bound to that role; the chart must create exactly this one."
  value       = var.load_balancer_controller_service_account
}
