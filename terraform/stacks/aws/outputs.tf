################################################################################
# Project
################################################################################

output "region" {
  description = "AWS region of the stack."
  value       = var.region
}

output "app_namespace" {
  description = "Kubernetes namespace of the application."
  value       = local.app_namespace
}

################################################################################
# Network
################################################################################

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.network.vpc_id
}

output "public_subnet_ids" {
  description = "IDs of the public subnets."
  value       = module.network.public_subnet_ids
}

output "private_subnet_ids" {
  description = "IDs of the private subnets."
  value       = module.network.private_subnet_ids
}

output "nat_public_ips" {
  description = "Egress IPs of the cluster (allow-list them where needed)."
  value       = module.network.nat_public_ips
}

################################################################################
# Cluster
################################################################################

output "cluster_name" {
  description = "Name of the EKS cluster."
  value       = module.cluster.cluster_name
}

output "cluster_endpoint" {
  description = "Endpoint of the Kubernetes API."
  value       = module.cluster.cluster_endpoint
}

output "cluster_certificate_authority_data" {
  description = "Base64-encoded CA certificate of the cluster (read by the kubernetes stack)."
  value       = module.cluster.cluster_certificate_authority_data
}

output "kubeconfig_command" {
  description = "Command that writes a kubeconfig entry for the cluster."
  value       = "aws eks update-kubeconfig --region ${var.region} --name ${module.cluster.cluster_name}"
}

output "load_balancer_controller_service_account" {
  description = "Service account the Load Balancer Controller must run as (bound to its IAM role by Pod Identity)."
  value       = module.cluster.load_balancer_controller_service_account
}

output "addon_versions" {
  description = "Installed EKS add-on versions."
  value       = module.cluster.addon_versions
}

################################################################################
# ECR
################################################################################

output "ecr_repository_urls" {
  description = "ECR repository URLs by key (client, server)."
  value       = module.cluster.ecr_repository_urls
}

output "client_repository_url" {
  description = "ECR repository URL of the client (web tier) image."
  value       = module.cluster.ecr_repository_urls["client"]
}

output "server_repository_url" {
  description = "ECR repository URL of the gRPC server image."
  value       = module.cluster.ecr_repository_urls["server"]
}

################################################################################
# Pipeline
################################################################################

output "codebuild_project_name" {
  description = "Name of the CodeBuild project."
  value       = module.pipeline.project_name
}

output "codebuild_role_arn" {
  description = "IAM role of the builds."
  value       = module.pipeline.role_arn
}

################################################################################
# Data
################################################################################

output "database_endpoint" {
  description = "PostgreSQL host:port, or null when enable_data is false."
  value       = var.enable_data ? "${module.data[0].postgres_address}:${module.data[0].postgres_port}" : null
}

output "database_name" {
  description = "PostgreSQL database name, or null when enable_data is false."
  value       = one(module.data[*].postgres_database_name)
}

output "database_secret_arn" {
  description = "Secrets Manager ARN of the database credentials (managed and rotated by RDS), or null when enable_data is false."
  value       = one(module.data[*].postgres_master_user_secret_arn)
}

output "redis_endpoint" {
  description = "Redis primary endpoint (TLS) host:port, or null when enable_data is false."
  value       = var.enable_data ? "${module.data[0].redis_primary_endpoint}:${module.data[0].redis_port}" : null
}

output "database_deletion_protection" {
  description = "Whether the database refuses deletion (ops destroy checks this before deleting anything), or null when enable_data is false."
  value       = var.enable_data ? var.data_deletion_protection : null
}

output "database_final_snapshot_identifier" {
  description = "Name of the snapshot RDS takes when the database is destroyed (kept afterwards), or null."
  value       = one(module.data[*].postgres_final_snapshot_identifier)
}

output "app_data_role_arn" {
  description = "IAM role the app's service accounts receive through Pod Identity to read the database secret, or null."
  value       = one(module.data[*].app_role_arn)
}

################################################################################
# Observability
################################################################################

output "prometheus_endpoint" {
  description = "Query endpoint of the AMP workspace (SigV4), or null unless metrics_backend is amp."
  value       = module.observability.prometheus_endpoint
}
