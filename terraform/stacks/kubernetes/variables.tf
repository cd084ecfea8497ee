################################################################################
# AWS Stack State
################################################################################

variable "aws_stack_state" {
  description = "Where the aws stack keeps its state (the values `ops bootstrap` wrote for it): its outputs give the cluster, region and VPC."
  type = object({
    bucket = string
    key    = string
    region = string
  })

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.aws_stack_state.bucket)) && length(var.aws_stack_state.key) > 0 && can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.aws_stack_state.region))
    error_message = "aws_stack_state needs a valid S3 bucket name, a non-empty key and an AWS region."
  }
}

################################################################################
# Load Balancer Controller
################################################################################

variable "load_balancer_controller_chart_version" {
  description = "Exact chart version of the AWS Load Balancer Controller (kept in step with the pinned IAM policy)."
  type        = string
  default     = "1.13.3"

  validation {
    condition     = can(regex("^[0-9]+\\.[0-9]+\\.[0-9]+$", var.load_balancer_controller_chart_version))
    error_message = "load_balancer_controller_chart_version must be an exact x.y.z version."
  }
}
