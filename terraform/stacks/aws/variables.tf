################################################################################
# Project
################################################################################

variable "project" {
  description = "Project name: the cluster name and the prefix of every resource (ECR repositories are <project>-client and <project>-server)."
  type        = string
  default     = "tertulia"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,20}$", var.project))
    error_message = "project must be 2-21 characters of lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "region" {
  description = "AWS region to deploy to, such as eu-west-1."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "tags" {
  description = "Tags added to every resource (Project, ManagedBy and Stack are always set)."
  type        = map(string)
  default     = {}
}

################################################################################
# Network
################################################################################

variable "vpc_cidr" {
  description = "IPv4 CIDR of the VPC (/16 to /20)."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0))
    error_message = "vpc_cidr must be a valid IPv4 CIDR."
  }
}

variable "availability_zones" {
  description = "Availability zones to use, at least two, in the chosen region."
  type        = list(string)

  validation {
    condition     = length(var.availability_zones) >= 2
    error_message = "availability_zones must list at least two zones."
  }
}

variable "public_subnet_count" {
  description = "Number of public subnets (spread over the AZs)."
  type        = number
  default     = 2

  validation {
    condition     = var.public_subnet_count >= 1 && var.public_subnet_count <= 16
    error_message = "public_subnet_count must be between 1 and 16."
  }
}

variable "private_subnet_count" {
  description = "Number of private subnets (spread over the AZs)."
  type        = number
  default     = 2

  validation {
    condition     = var.private_subnet_count >= 2 && var.private_subnet_count <= 15
    error_message = "private_subnet_count must be between 2 and 15."
  }
}

variable "nat_gateway_mode" {
  description = "\"single\" NAT gateway (default, cheapest) or \"one_per_az\" (survives the loss of an AZ)."
  type        = string
  default     = "single"

  validation {
    condition     = contains(["single", "one_per_az"], var.nat_gateway_mode)
    error_message = "nat_gateway_mode must be \"single\" or \"one_per_az\"."
  }
}

################################################################################
# Cluster
################################################################################

variable "kubernetes_version" {
  description = "EKS Kubernetes version (1.32 to 1.35)."
  type        = string
  default     = "1.34"

  validation {
    condition     = contains(["1.32", "1.33", "1.34", "1.35"], var.kubernetes_version)
    error_message = "kubernetes_version must be one of 1.32, 1.33, 1.34 or 1.35."
  }
}

variable "addon_versions" {
  description = "Pinned EKS add-on versions (vpc-cni, kube-proxy, coredns, eks-pod-identity-agent); null keeps the cluster module's defaults, which match the default kubernetes_version."
  type        = map(string)
  default     = null
}

variable "endpoint_public_access_cidrs" {
  description = "CIDRs (operators' addresses) allowed to reach the public Kubernetes API endpoint; empty turns the public endpoint off. 0.0.0.0/0 is refused."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.endpoint_public_access_cidrs : can(cidrhost(c, 0)) && c != "0.0.0.0/0" && c != "::/0"])
    error_message = "endpoint_public_access_cidrs must be valid CIDRs, never 0.0.0.0/0 or ::/0."
  }
}

variable "node_instance_types" {
  description = "Instance types of the managed node group."
  type        = list(string)
  default     = ["t3.medium"]

  validation {
    condition     = length(var.node_instance_types) >= 1
    error_message = "node_instance_types must hold at least one instance type."
  }
}

variable "node_scaling" {
  description = "Node group size: min, desired and max."
  type = object({
    min     = number
    desired = number
    max     = number
  })
  default = {
    min     = 1
    desired = 2
    max     = 3
  }

  validation {
    condition     = var.node_scaling.min >= 0 && var.node_scaling.min <= var.node_scaling.desired && var.node_scaling.desired <= var.node_scaling.max && var.node_scaling.max >= 1
    error_message = "node_scaling must satisfy 0 <= min <= desired <= max and max >= 1."
  }
}

variable "cluster_admin_principal_arns" {
  description = "Extra IAM roles or users (beyond the identity running Terraform) that get cluster-admin access entries."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for a in var.cluster_admin_principal_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:(role|user)/", a))])
    error_message = "cluster_admin_principal_arns must be IAM role or user ARNs."
  }
}

variable "app_namespace" {
  description = "Kubernetes namespace of the application; the CodeBuild role may edit objects in it and nowhere else."
  type        = string
  default     = "tertulia"

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", var.app_namespace)) && !contains(["default", "kube-system", "kube-public", "kube-node-lease"], var.app_namespace)
    error_message = "app_namespace must be a DNS label and not one of Kubernetes' own namespaces."
  }
}

################################################################################
# Pipeline
################################################################################

variable "github_repository_url" {
  description = "HTTPS clone URL of the GitHub repository CodeBuild builds."
  type        = string

  validation {
    condition     = can(regex("^https://github\\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(\\.git)?$", var.github_repository_url))
    error_message = "github_repository_url must be an https://github.com/OWNER/REPO(.git) URL."
  }
}

variable "github_branch" {
  description = "Branch whose pushes build and deploy."
  type        = string
  default     = "main"

  validation {
    condition     = can(regex("^[A-Za-z0-9._/-]+$", var.github_branch))
    error_message = "github_branch must be a plain branch name."
  }
}

variable "github_source_auth" {
  description = "GitHub access for CodeBuild by reference only: {type = \"CODECONNECTIONS\", resource = <connection ARN>} or {type = \"SECRETS_MANAGER\", resource = <secret ARN>}. No token ever passes through Terraform."
  type = object({
    type     = string
    resource = string
  })

  validation {
    condition     = contains(["CODECONNECTIONS", "SECRETS_MANAGER"], var.github_source_auth.type) && can(regex("^arn:aws[a-z-]*:(codeconnections|codestar-connections|secretsmanager):", var.github_source_auth.resource))
    error_message = "github_source_auth.type must be CODECONNECTIONS or SECRETS_MANAGER and resource the matching ARN."
  }
}

################################################################################
# Data
################################################################################

variable "enable_data" {
  description = "Create PostgreSQL (RDS) and Redis (ElastiCache). Off keeps the smallest deployment on the server's embedded store."
  type        = bool
  default     = false
}

variable "data_multi_az" {
  description = "Multi-AZ database and cache (standby and replica with automatic failover)."
  type        = bool
  default     = false
}

variable "data_deletion_protection" {
  description = "Protect the database from deletion and keep a final snapshot."
  type        = bool
  default     = true
}

variable "app_data_service_accounts" {
  description = "Service accounts in app_namespace that may read the database secret through Pod Identity (names of the app's service accounts)."
  type        = list(string)
  default     = ["tertulia-server"]

  validation {
    condition     = alltrue([for n in var.app_data_service_accounts : can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", n))])
    error_message = "app_data_service_accounts must be Kubernetes service account names."
  }
}
