################################################################################
# Cluster
################################################################################

variable "cluster_name" {
  description = "Name of the EKS cluster (the controller tags what it creates with it)."
  type        = string

  validation {
    condition     = can(regex("^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$", var.cluster_name))
    error_message = "cluster_name must be a valid EKS cluster name."
  }
}

variable "region" {
  description = "AWS region of the cluster; set explicitly so the controller never needs the node's metadata service (pods cannot reach it: hop limit 1)."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "vpc_id" {
  description = "VPC of the cluster; set explicitly for the same reason as region."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]+$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123456789abcdef0."
  }
}

################################################################################
# Load Balancer Controller
################################################################################

variable "load_balancer_controller_chart_version" {
  description = "Exact version of the eks/aws-load-balancer-controller chart. 1.13.3 ships controller v2.13.3, whose IAM policy is pinned in modules/cluster/policies; bump both together."
  type        = string
  default     = "1.13.3"

  validation {
    condition     = can(regex("^[0-9]+\\.[0-9]+\\.[0-9]+$", var.load_balancer_controller_chart_version))
    error_message = "load_balancer_controller_chart_version must be an exact x.y.z version, never a range."
  }
}

variable "load_balancer_controller_service_account" {
  description = "Namespace and name of the controller's service account: must match the Pod Identity association made by the cluster module."
  type = object({
    namespace = string
    name      = string
  })
  default = {
    namespace = "kube-system"
    name      = "aws-load-balancer-controller"
  }
}

variable "ingress_class_name" {
  description = "Name of the IngressClass the controller's chart creates (the app's Ingress uses ingressClassName: alb)."
  type        = string
  default     = "alb"

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", var.ingress_class_name))
    error_message = "ingress_class_name must be a DNS label."
  }
}

variable "load_balancer_controller_replicas" {
  description = "Controller replicas (2 keeps the admission webhook available during node drains)."
  type        = number
  default     = 2

  validation {
    condition     = var.load_balancer_controller_replicas >= 1 && var.load_balancer_controller_replicas <= 5
    error_message = "load_balancer_controller_replicas must be between 1 and 5."
  }
}

################################################################################
# App Namespace
################################################################################

variable "app_namespace" {
  description = "Namespace of the application, created here (and only here), labelled for the restricted Pod Security Standard."
  type        = string
  default     = "tertulia"

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", var.app_namespace)) && !contains(["default", "kube-system", "kube-public", "kube-node-lease"], var.app_namespace)
    error_message = "app_namespace must be a DNS label and not one of Kubernetes' own namespaces."
  }
}

variable "app_settings" {
  description = "Non-secret infrastructure settings published to the app as the ConfigMap <app_namespace>/tertulia-infra (endpoints, secret ARNs, region). Never put secret values here."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for k in keys(var.app_settings) : can(regex("^[A-Z_][A-Z0-9_]*$", k)) && !can(regex("(PASSWORD|TOKEN)$", k))])
    error_message = "app_settings keys must be UPPER_SNAKE_CASE environment variable names and must not be passwords or tokens."
  }
}

################################################################################
# Storage Class
################################################################################

variable "storage_class_name" {
  description = "Name of the StorageClass for the app's volumes (the default profile's PVC asks for tertulia-gp3)."
  type        = string
  default     = "tertulia-gp3"

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", var.storage_class_name))
    error_message = "storage_class_name must be a DNS subdomain name."
  }
}
