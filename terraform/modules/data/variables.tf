################################################################################
# Common
################################################################################

variable "name" {
  description = "Name prefix of the data stores and their security groups."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}$", var.name))
    error_message = "name must be 2-31 characters of lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "vpc_id" {
  description = "VPC of the data stores."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]+$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "subnet_ids" {
  description = "Private subnets (two AZs or more) for the database and cache subnet groups."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2 && alltrue([for s in var.subnet_ids : can(regex("^subnet-[0-9a-f]+$", s))])
    error_message = "subnet_ids must hold at least two private subnets in different AZs."
  }
}

variable "client_security_group_id" {
  description = "The only security group allowed to connect: the EKS cluster security group that the nodes and pods carry."
  type        = string

  validation {
    condition     = can(regex("^sg-[0-9a-f]+$", var.client_security_group_id))
    error_message = "client_security_group_id must be a security group ID (sg-...)."
  }
}

variable "multi_az" {
  description = "Run a standby database and a cache replica in another AZ, with automatic failover."
  type        = bool
  default     = false
}

variable "deletion_protection" {
  description = "Protect the database from deletion (turn it off with an apply before destroying). A final snapshot with a unique name is taken on every destroy either way."
  type        = bool
  default     = true
}

################################################################################
# PostgreSQL
################################################################################

variable "postgres_engine_version" {
  description = "PostgreSQL major version (RDS picks the current minor and applies minor upgrades in the maintenance window)."
  type        = string
  default     = "17"

  validation {
    condition     = contains(["15", "16", "17"], var.postgres_engine_version)
    error_message = "postgres_engine_version must be 15, 16 or 17."
  }
}

variable "postgres_instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.micro"

  validation {
    condition     = can(regex("^db\\.[a-z0-9]+\\.[a-z0-9]+$", var.postgres_instance_class))
    error_message = "postgres_instance_class must look like db.t4g.micro."
  }
}

variable "postgres_allocated_storage_gib" {
  description = "Initial storage, in GiB; storage autoscaling may grow it up to 5x."
  type        = number
  default     = 20

  validation {
    condition     = var.postgres_allocated_storage_gib >= 20 && var.postgres_allocated_storage_gib <= 1000
    error_message = "postgres_allocated_storage_gib must be between 20 and 1000."
  }
}

variable "postgres_database_name" {
  description = "Name of the application database."
  type        = string
  default     = "tertulia"

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,62}$", var.postgres_database_name))
    error_message = "postgres_database_name must start with a letter and hold only lowercase letters, digits and underscores."
  }
}

variable "postgres_username" {
  description = "Master user name. Its password is generated and rotated by RDS in Secrets Manager: it never passes through Terraform."
  type        = string
  default     = "tertulia"

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,15}$", var.postgres_username)) && !contains(["postgres", "admin", "rdsadmin"], var.postgres_username)
    error_message = "postgres_username must be 1-16 lowercase letters, digits or underscores, start with a letter, and not be a reserved name."
  }
}

variable "postgres_backup_retention_days" {
  description = "Days of automated backups (point-in-time recovery window)."
  type        = number
  default     = 7

  validation {
    condition     = var.postgres_backup_retention_days >= 1 && var.postgres_backup_retention_days <= 35
    error_message = "postgres_backup_retention_days must be between 1 and 35."
  }
}

################################################################################
# Redis
################################################################################

variable "redis_engine_version" {
  description = "Redis OSS engine version of the ElastiCache replication group."
  type        = string
  default     = "7.1"

  validation {
    condition     = can(regex("^[67]\\.[0-9]+$", var.redis_engine_version))
    error_message = "redis_engine_version must be a 6.x or 7.x version such as 7.1."
  }
}

variable "redis_node_type" {
  description = "ElastiCache node type."
  type        = string
  default     = "cache.t4g.micro"

  validation {
    condition     = can(regex("^cache\\.[a-z0-9]+\\.[a-z0-9]+$", var.redis_node_type))
    error_message = "redis_node_type must look like cache.t4g.micro."
  }
}

################################################################################
# App Access
################################################################################

variable "cluster_name" {
  description = "EKS cluster whose app service accounts get read access to the database secret (through Pod Identity)."
  type        = string

  validation {
    condition     = can(regex("^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$", var.cluster_name))
    error_message = "cluster_name must be a valid EKS cluster name."
  }
}

variable "app_service_accounts" {
  description = "Service accounts (by stable key) that may read the database secret, bound through EKS Pod Identity. At least one: the app needs the credentials to connect."
  type = map(object({
    namespace = string
    name      = string
  }))

  validation {
    condition     = length(var.app_service_accounts) > 0 && alltrue([for sa in values(var.app_service_accounts) : can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", sa.namespace)) && can(regex("^[a-z0-9]([-.a-z0-9]{0,251}[a-z0-9])?$", sa.name))])
    error_message = "app_service_accounts must hold at least one entry of Kubernetes namespace and service account names."
  }
}

################################################################################
# Tags
################################################################################

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
