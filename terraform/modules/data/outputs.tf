################################################################################
# KMS Key
################################################################################

output "kms_key_arn" {
  description = "ARN of the data tier's KMS key."
  value       = aws_kms_key.this.arn
}

################################################################################
# App Access
################################################################################

output "app_role_arn" {
  description = "IAM role the app's service accounts get through Pod Identity (reads the database secret)."
  value       = aws_iam_role.app.arn
}

################################################################################
# PostgreSQL
################################################################################

output "postgres_address" {
  description = "Host name of the PostgreSQL instance."
  value       = aws_db_instance.this.address
}

output "postgres_port" {
  description = "Port of the PostgreSQL instance."
  value       = aws_db_instance.this.port
}

output "postgres_database_name" {
  description = "Name of the application database."
  value       = aws_db_instance.this.db_name
}

output "postgres_final_snapshot_identifier" {
  description = "Name of the snapshot RDS takes when the instance is destroyed (it outlives the stack)."
  value       = aws_db_instance.this.final_snapshot_identifier
}

output "postgres_master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret (managed by RDS) holding the master user name and password."
  value       = aws_db_instance.this.master_user_secret[0].secret_arn
}

output "postgres_security_group_id" {
  description = "Security group of the PostgreSQL instance."
  value       = aws_security_group.postgres.id
}

################################################################################
# Redis
################################################################################

output "redis_primary_endpoint" {
  description = "Primary endpoint (TLS) of the Redis replication group."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "redis_port" {
  description = "Port of the Redis replication group."
  value       = aws_elasticache_replication_group.this.port
}

output "redis_security_group_id" {
  description = "Security group of the Redis replication group."
  value       = aws_security_group.redis.id
}
