################################################################################
# Common
################################################################################

variable "name" {
  description = "Prefix of every resource (the project name)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,20}$", var.name))
    error_message = "name must be 2-21 characters of lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "metrics_backend" {
  description = "Where the pods' metrics go: none (default: scrape them in-cluster yourself), amp (Amazon Managed Service for Prometheus workspace, agentless scraper and the alert rules) or container_insights (CloudWatch Container Insights through the amazon-cloudwatch-observability add-on). See the README for what each costs."
  type        = string
  default     = "none"

  validation {
    condition     = contains(["none", "amp", "container_insights"], var.metrics_backend)
    error_message = "metrics_backend must be none, amp or container_insights."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}

################################################################################
# Cluster
################################################################################

variable "cluster_name" {
  description = "Name of the EKS cluster whose pods are observed."
  type        = string

  validation {
    condition     = can(regex("^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$", var.cluster_name))
    error_message = "cluster_name must be a valid EKS cluster name."
  }
}

variable "cluster_arn" {
  description = "ARN of the EKS cluster (the AMP scraper's source)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:eks:[a-z0-9-]+:[0-9]{12}:cluster/.+$", var.cluster_arn))
    error_message = "cluster_arn must be an EKS cluster ARN."
  }
}

variable "subnet_ids" {
  description = "Private subnets the AMP scraper reaches the pods from (two or more, in different AZs)."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2 && alltrue([for s in var.subnet_ids : can(regex("^subnet-[0-9a-f]+$", s))])
    error_message = "subnet_ids must list at least two subnet IDs."
  }
}

variable "cluster_security_group_id" {
  description = "Security group the scraper's network interfaces join, so the pods' metrics ports admit it (the cluster security group admits itself)."
  type        = string

  validation {
    condition     = can(regex("^sg-[0-9a-f]+$", var.cluster_security_group_id))
    error_message = "cluster_security_group_id must look like sg-0123456789abcdef0."
  }
}

variable "app_namespace" {
  description = "Namespace of the application pods the scraper keeps (pods annotated prometheus.io/scrape=true there)."
  type        = string
  default     = "tertulia"

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", var.app_namespace))
    error_message = "app_namespace must be a valid Kubernetes namespace name."
  }
}

################################################################################
# Amazon Managed Service for Prometheus
################################################################################

variable "scrape_interval" {
  description = "How often the AMP scraper reads each pod's /metrics (30s halves the samples, and the cost, of 15s)."
  type        = string
  default     = "30s"

  validation {
    condition     = can(regex("^[0-9]+[sm]$", var.scrape_interval))
    error_message = "scrape_interval must be a duration such as 30s or 1m."
  }
}

variable "load_alert_rules" {
  description = "Load the chat's alert rules (alert-rules.yaml, the same groups as manifests/components/monitoring/prometheus-rule.yaml) into the AMP workspace."
  type        = bool
  default     = true
}

################################################################################
# Container Insights
################################################################################

variable "addon_versions" {
  description = "Exact version of each add-on this module installs (container_insights only): amazon-cloudwatch-observability. List them with `aws eks describe-addon-versions --addon-name amazon-cloudwatch-observability`."
  type        = map(string)
  default = {
    amazon-cloudwatch-observability = "v4.5.0-eksbuild.1"
  }

  validation {
    condition     = alltrue([for v in values(var.addon_versions) : can(regex("^v[0-9]+\\.[0-9]+\\.[0-9]+(-[a-z]+)?-eksbuild\\.[0-9]+$", v))])
    error_message = "addon_versions values must be exact add-on versions such as v4.5.0-eksbuild.1."
  }
}

variable "container_logs" {
  description = "Also ship every container's logs to CloudWatch Logs (Fluent Bit; billed per GB ingested). Off: metrics only."
  type        = bool
  default     = false
}

variable "log_retention_days" {
  description = "Retention of the Container Insights log groups this module creates (performance events; application logs when container_logs is on)."
  type        = number
  default     = 14

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365], var.log_retention_days)
    error_message = "log_retention_days must be one of CloudWatch's values: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180 or 365."
  }
}
