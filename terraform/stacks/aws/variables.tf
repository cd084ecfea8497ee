################################################################################
# Project
################################################################################

variable "project_name" {
  description = "Project name: the cluster name and the prefix of every resource (ECR repositories are <project_name>-client and <project_name>-server)."
  type        = string
  default     = "tertulia"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,20}$", var.project_name))
    error_message = "project_name must be 2-21 characters of lowercase letters, digits and hyphens, starting with a letter."
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

variable "expected_account_id" {
  description = "AWS account ID this stack may be applied to; the provider refuses any other account's credentials. null skips the check."
  type        = string
  default     = null

  validation {
    condition     = var.expected_account_id == null || can(regex("^[0-9]{12}$", var.expected_account_id))
    error_message = "expected_account_id must be a 12-digit AWS account ID."
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
    condition     = length(var.availability_zones) >= 2 && length(distinct(var.availability_zones)) == length(var.availability_zones)
    error_message = "availability_zones must list at least two distinct zones."
  }
}

variable "public_subnet_count" {
  description = "Number of public subnets (spread over the AZs), at least 2: the Application Load Balancer needs subnets in two AZs."
  type        = number
  default     = 2

  validation {
    condition     = var.public_subnet_count >= 2 && var.public_subnet_count <= 16
    error_message = "public_subnet_count must be between 2 and 16 (an Application Load Balancer needs public subnets in two AZs)."
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

variable "single_nat_gateway" {
  description = "One NAT gateway for the VPC (true, the default and cheapest) or one per AZ (false: survives the loss of an AZ)."
  type        = bool
  default     = true
}

variable "interface_endpoints" {
  description = "Interface VPC endpoints to add (any of ecr.api, ecr.dkr, sts), so image pulls and credential calls skip the NAT gateway; each is billed per hour and AZ. The S3 gateway endpoint is always there (free)."
  type        = list(string)
  default     = []

  validation {
    condition     = length(setsubtract(var.interface_endpoints, ["ecr.api", "ecr.dkr", "sts"])) == 0
    error_message = "interface_endpoints may only list ecr.api, ecr.dkr and sts."
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
  description = "EKS add-on versions to pin (keys among vpc-cni, kube-proxy, coredns, eks-pod-identity-agent, aws-ebs-csi-driver, metrics-server); add-ons not listed get the version EKS installs by default for kubernetes_version."
  type        = map(string)
  default     = {}
}

variable "endpoint_public_access_cidrs" {
  description = "CIDRs (operators' addresses) allowed to reach the public Kubernetes API endpoint. Unset (null): `ops deploy` passes the caller's public address as a /32, and plain Terraform refuses to plan. [] turns the public endpoint off (run ops from inside the VPC). 0.0.0.0/0 is refused."
  type        = list(string)
  default     = null

  validation {
    condition     = alltrue([for c in(var.endpoint_public_access_cidrs == null ? [] : var.endpoint_public_access_cidrs) : can(cidrhost(c, 0)) && c != "0.0.0.0/0" && c != "::/0"])
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
  description = "Extra IAM roles or users that get cluster-admin access entries, besides the identity running Terraform (which always gets one; listing it here too is merged, not duplicated)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for a in var.cluster_admin_principal_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:(role|user)/", a))])
    error_message = "cluster_admin_principal_arns must be IAM role or user ARNs."
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

variable "github_connection_arn" {
  description = "ARN of an AWS CodeConnections (or CodeStar Connections) connection to GitHub. Set this or github_token_secret_arn, not both."
  type        = string
  default     = null

  validation {
    condition     = var.github_connection_arn == null || can(regex("^arn:aws[a-z-]*:(codeconnections|codestar-connections):[a-z0-9-]+:[0-9]{12}:connection/.+$", var.github_connection_arn))
    error_message = "github_connection_arn must be a CodeConnections connection ARN."
  }
}

variable "github_token_secret_arn" {
  description = "ARN of a Secrets Manager secret holding a GitHub token, for accounts without CodeConnections. Only the ARN passes through Terraform, never the token."
  type        = string
  default     = null

  validation {
    condition     = var.github_token_secret_arn == null || can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$", var.github_token_secret_arn))
    error_message = "github_token_secret_arn must be a Secrets Manager secret ARN."
  }

  validation {
    condition     = (var.github_token_secret_arn == null) != (var.github_connection_arn == null)
    error_message = "Set exactly one of github_connection_arn and github_token_secret_arn."
  }
}

variable "pipeline_secret_arns" {
  description = "Secrets Manager secrets the build may read (the app secrets ops writes into the cluster at release). Never the database secret: the server reads that itself at run time."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for a in var.pipeline_secret_arns : can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$", a))])
    error_message = "pipeline_secret_arns must be Secrets Manager secret ARNs."
  }
}

variable "pipeline_certificate_arn" {
  description = "ACM certificate the pipeline's releases put on the ALB (HTTPS); null serves plain HTTP. Passed to the build as TLS_CERTIFICATE_ARN."
  type        = string
  default     = null

  validation {
    condition     = var.pipeline_certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+$", var.pipeline_certificate_arn))
    error_message = "pipeline_certificate_arn must be an ACM certificate ARN or null."
  }
}

variable "pipeline_public_host" {
  description = "Host name that certificate covers (e.g. chat.example.com): the pipeline's smoke test checks it with SNI. Required with pipeline_certificate_arn."
  type        = string
  default     = null

  validation {
    condition     = var.pipeline_public_host == null || can(regex("^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.pipeline_public_host))
    error_message = "pipeline_public_host must be a lowercase DNS name or null."
  }

  validation {
    condition     = (var.pipeline_certificate_arn == null) == (var.pipeline_public_host == null)
    error_message = "Set pipeline_certificate_arn and pipeline_public_host together: the smoke test must know the host the certificate covers."
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
  description = "Protect the database from deletion. `ops destroy` refuses to start while it is on, unless --disable-deletion-protection turns it off first. A final snapshot (uniquely named) is taken on destroy either way."
  type        = bool
  default     = true
}

variable "app_data_service_accounts" {
  description = "Service accounts in the app namespace (tertulia) that may read the database secret through Pod Identity (names of the app's service accounts)."
  type        = list(string)
  default     = ["tertulia-server"]

  validation {
    condition     = length(var.app_data_service_accounts) > 0 && alltrue([for n in var.app_data_service_accounts : can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", n))])
    error_message = "app_data_service_accounts must list at least one Kubernetes service account name."
  }
}

################################################################################
# Observability
################################################################################

variable "metrics_backend" {
  description = "AWS-managed metrics for the pods: none (default; scrape them in-cluster), amp (Amazon Managed Service for Prometheus, about $30/month for the scraper plus samples) or container_insights (CloudWatch, metrics only). See modules/observability/README.md."
  type        = string
  default     = "none"

  validation {
    condition     = contains(["none", "amp", "container_insights"], var.metrics_backend)
    error_message = "metrics_backend must be none, amp or container_insights."
  }
}
