variable "account_id" {
  description = "The AWS account the roles live in (the aws:SourceAccount condition)."
  type        = string
}

variable "cluster_name" {
  description = "The EKS cluster whose pods may assume the role."
  type        = string
}

variable "service_accounts" {
  description = "The Kubernetes service accounts (namespace and name) whose pods may assume the role."
  type = list(object({
    namespace = string
    name      = string
  }))

  validation {
    condition     = length(var.service_accounts) > 0
    error_message = "At least one service account must be trusted; an empty list would trust none and fail at apply."
  }
}
