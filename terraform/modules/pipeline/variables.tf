################################################################################
# CodeBuild Project
################################################################################

variable "name" {
  description = "Name of the CodeBuild project; also the prefix of its role, log group and security group."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9][A-Za-z0-9_-]{1,50}$", var.name))
    error_message = "name must be 2-51 characters of letters, digits, hyphens and underscores."
  }
}

variable "build_image" {
  description = "CodeBuild image, pinned to a major version (curated images are patched in place by AWS under the same tag)."
  type        = string
  default     = "aws/codebuild/standard:7.0"

  validation {
    condition     = can(regex("^aws/codebuild/[a-z0-9-]+:[0-9]+\\.[0-9]+$", var.build_image))
    error_message = "build_image must be a curated CodeBuild image with an explicit version, such as aws/codebuild/standard:7.0."
  }
}

variable "compute_type" {
  description = "CodeBuild compute type."
  type        = string
  default     = "BUILD_GENERAL1_SMALL"

  validation {
    condition     = contains(["BUILD_GENERAL1_SMALL", "BUILD_GENERAL1_MEDIUM", "BUILD_GENERAL1_LARGE"], var.compute_type)
    error_message = "compute_type must be BUILD_GENERAL1_SMALL, BUILD_GENERAL1_MEDIUM or BUILD_GENERAL1_LARGE."
  }
}

variable "build_timeout_minutes" {
  description = "Minutes after which a build is stopped. The default comes from the rehearsal's per-phase figures plus the worst-case waits (README, \"Build duration\")."
  type        = number
  default     = 90

  validation {
    condition     = var.build_timeout_minutes >= 5 && var.build_timeout_minutes <= 480
    error_message = "build_timeout_minutes must be between 5 and 480."
  }
}

variable "queued_timeout_minutes" {
  description = "Minutes a build may wait in CodeBuild's queue (account concurrency reached) before it is dropped."
  type        = number
  default     = 480

  validation {
    condition     = var.queued_timeout_minutes >= 5 && var.queued_timeout_minutes <= 480
    error_message = "queued_timeout_minutes must be between 5 and 480."
  }
}

variable "buildspec" {
  description = "Path of the buildspec inside the repository."
  type        = string
  default     = "buildspec.yml"

  validation {
    condition     = length(var.buildspec) > 0 && !startswith(var.buildspec, "/")
    error_message = "buildspec must be a path relative to the repository root."
  }
}

variable "environment_variables" {
  description = "Extra plain-text environment variables for the build (never secrets: those belong in Secrets Manager and the buildspec's secrets-manager section)."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for k in keys(var.environment_variables) : can(regex("^[A-Z_][A-Z0-9_]*$", k)) && !can(regex("(SECRET|TOKEN|PASSWORD|KEY)", k))])
    error_message = "environment_variables names must be UPPER_SNAKE_CASE and must not look like secrets (SECRET, TOKEN, PASSWORD, KEY)."
  }
}

variable "log_retention_days" {
  description = "Retention of the build log group, in days."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of the values CloudWatch Logs accepts."
  }
}

################################################################################
# Source
################################################################################

variable "source_location" {
  description = "HTTPS clone URL of the GitHub repository, such as https://github.com/acme/tertulia.git."
  type        = string

  validation {
    condition     = can(regex("^https://github\\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(\\.git)?$", var.source_location))
    error_message = "source_location must be an https://github.com/OWNER/REPO(.git) URL."
  }
}

variable "branch" {
  description = "The only branch whose pushes start a build (and deploy)."
  type        = string
  default     = "main"

  validation {
    condition     = can(regex("^[A-Za-z0-9._/-]+$", var.branch)) && !can(regex("\\.\\.", var.branch))
    error_message = "branch must be a plain git branch name."
  }
}

variable "source_auth" {
  description = "How CodeBuild reaches GitHub: type CODECONNECTIONS with a connection ARN, or SECRETS_MANAGER with the ARN of a secret holding the token. Only the ARN enters Terraform, never the token."
  type = object({
    type     = string
    resource = string
  })

  validation {
    condition = (
      (var.source_auth.type == "CODECONNECTIONS" && can(regex("^arn:aws[a-z-]*:(codeconnections|codestar-connections):[a-z0-9-]+:[0-9]{12}:connection/.+$", var.source_auth.resource))) ||
      (var.source_auth.type == "SECRETS_MANAGER" && can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$", var.source_auth.resource)))
    )
    error_message = "source_auth must be {type = \"CODECONNECTIONS\", resource = <connection ARN>} or {type = \"SECRETS_MANAGER\", resource = <secret ARN>}."
  }
}

variable "readable_secret_arns" {
  description = "Secrets Manager secret ARNs the build may read (the source secret, when used, is added automatically)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for a in var.readable_secret_arns : can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$", a))])
    error_message = "readable_secret_arns must be Secrets Manager secret ARNs."
  }
}

variable "readable_secret_kms_key_arns" {
  description = "Customer-managed KMS keys that encrypt those secrets; the build may decrypt with them only through Secrets Manager."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for a in var.readable_secret_kms_key_arns : can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", a))])
    error_message = "readable_secret_kms_key_arns must be KMS key ARNs."
  }
}

################################################################################
# Deploy Target
################################################################################

variable "cluster_name" {
  description = "Name of the EKS cluster the build deploys to."
  type        = string

  validation {
    condition     = can(regex("^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$", var.cluster_name))
    error_message = "cluster_name must be a valid EKS cluster name."
  }
}

variable "cluster_arn" {
  description = "ARN of that cluster (the only one eks:DescribeCluster is granted on)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:eks:[a-z0-9-]+:[0-9]{12}:cluster/.+$", var.cluster_arn))
    error_message = "cluster_arn must be an EKS cluster ARN."
  }
}

variable "cluster_security_group_id" {
  description = "The cluster security group; the build's security group gets HTTPS into it to reach the private API endpoint."
  type        = string

  validation {
    condition     = can(regex("^sg-[0-9a-f]+$", var.cluster_security_group_id))
    error_message = "cluster_security_group_id must be a security group ID (sg-...)."
  }
}

variable "app_namespace" {
  description = "Kubernetes namespace the build deploys into (passed to the build as K8S_NAMESPACE)."
  type        = string
  default     = "tertulia"

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", var.app_namespace))
    error_message = "app_namespace must be a Kubernetes namespace name (a DNS label)."
  }
}

variable "ecr_repository_urls" {
  description = "ECR repository URLs with the keys server and client; they reach the build as SERVER_ECR_URI and CLIENT_ECR_URI."
  type        = map(string)

  validation {
    condition     = contains(keys(var.ecr_repository_urls), "server") && contains(keys(var.ecr_repository_urls), "client") && alltrue([for u in values(var.ecr_repository_urls) : can(regex("^[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/.+$", u))])
    error_message = "ecr_repository_urls must map the keys server and client to ECR repository URLs."
  }
}

variable "certificate_arn" {
  description = "ACM certificate for HTTPS on the ALB, passed to the build as TLS_CERTIFICATE_ARN; null serves plain HTTP."
  type        = string
  default     = null

  validation {
    condition     = var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+$", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN or null."
  }
}

variable "public_host" {
  description = "Host name the certificate covers (e.g. chat.example.com), passed to the build as PUBLIC_HOST; the smoke test checks it with SNI."
  type        = string
  default     = null

  validation {
    condition     = var.public_host == null || can(regex("^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.public_host))
    error_message = "public_host must be a lowercase DNS name or null."
  }
}

variable "ecr_repository_arns" {
  description = "ECR repository ARNs by key; the only repositories the build may push to."
  type        = map(string)

  validation {
    condition     = length(var.ecr_repository_arns) > 0 && alltrue([for a in values(var.ecr_repository_arns) : can(regex("^arn:aws[a-z-]*:ecr:[a-z0-9-]+:[0-9]{12}:repository/.+$", a))])
    error_message = "ecr_repository_arns must map keys to ECR repository ARNs."
  }
}

################################################################################
# VPC
################################################################################

variable "vpc_id" {
  description = "VPC the builds run in, so they reach the cluster's private endpoint."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]+$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

variable "subnet_ids" {
  description = "Private subnets (with NAT egress) for the build containers."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 1 && alltrue([for s in var.subnet_ids : can(regex("^subnet-[0-9a-f]+$", s))])
    error_message = "subnet_ids must hold at least one subnet."
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
