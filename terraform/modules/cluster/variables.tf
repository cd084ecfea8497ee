################################################################################
# Cluster
################################################################################

variable "name" {
  description = "Name of the EKS cluster; also the prefix of its IAM roles, KMS alias and log group."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}$", var.name))
    error_message = "name must be 2-39 characters of lowercase letters, digits and hyphens, starting with a letter (IAM role names add suffixes)."
  }
}

variable "kubernetes_version" {
  description = "Kubernetes minor version of the control plane and nodes, \"1.MM\". The add-ons follow it (newest EKS build for that version) unless addon_versions pins them; upgrade one minor version at a time."
  type        = string
  default     = "1.34"

  validation {
    condition     = contains(["1.32", "1.33", "1.34", "1.35"], var.kubernetes_version)
    error_message = "kubernetes_version must be one of 1.32, 1.33, 1.34 or 1.35 (EKS standard support at the time of writing)."
  }
}

variable "subnet_ids" {
  description = "Private subnet IDs (in at least two AZs) for the control plane ENIs and the nodes."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2 && alltrue([for s in var.subnet_ids : can(regex("^subnet-[0-9a-f]+$", s))])
    error_message = "subnet_ids must hold at least two subnet IDs (subnet-...)."
  }
}

variable "endpoint_public_access_cidrs" {
  description = "CIDRs allowed to reach the public API endpoint. [] turns the public endpoint off: the API is then reachable only from inside the VPC. null (the default) is refused at plan time: the caller must decide. 0.0.0.0/0 is refused."
  type        = list(string)
  default     = null

  validation {
    condition     = alltrue([for c in(var.endpoint_public_access_cidrs == null ? [] : var.endpoint_public_access_cidrs) : can(cidrhost(c, 0)) && c != "0.0.0.0/0" && c != "::/0"])
    error_message = "endpoint_public_access_cidrs must be valid CIDRs and must not include 0.0.0.0/0 or ::/0."
  }
}

variable "enabled_log_types" {
  description = "Control plane log types sent to CloudWatch. Must include api, audit and authenticator."
  type        = list(string)
  default     = ["api", "audit", "authenticator", "controllerManager", "scheduler"]

  validation {
    condition = (
      length(setsubtract(["api", "audit", "authenticator"], var.enabled_log_types)) == 0 &&
      length(setsubtract(var.enabled_log_types, ["api", "audit", "authenticator", "controllerManager", "scheduler"])) == 0
    )
    error_message = "enabled_log_types must include api, audit and authenticator, and may add only controllerManager and scheduler."
  }
}

variable "log_retention_days" {
  description = "Retention of the control plane log group, in days (a value CloudWatch accepts)."
  type        = number
  default     = 90

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of the values CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ...)."
  }
}

################################################################################
# Node Group
################################################################################

variable "node_instance_types" {
  description = "EC2 instance types of the managed node group (the first one that has capacity is used)."
  type        = list(string)
  default     = ["t3.medium"]

  validation {
    condition     = length(var.node_instance_types) >= 1 && alltrue([for t in var.node_instance_types : can(regex("^[a-z][a-z0-9-]*\\.[a-z0-9]+$", t))])
    error_message = "node_instance_types must hold at least one instance type such as t3.medium."
  }
}

variable "node_capacity_type" {
  description = "Capacity type of the node group: ON_DEMAND or SPOT."
  type        = string
  default     = "ON_DEMAND"

  validation {
    condition     = contains(["ON_DEMAND", "SPOT"], var.node_capacity_type)
    error_message = "node_capacity_type must be ON_DEMAND or SPOT."
  }
}

variable "node_scaling" {
  description = "Node group size: min, desired and max numbers of nodes (0 <= min <= desired <= max, max >= 1)."
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

variable "node_disk_size_gib" {
  description = "Size of each node's encrypted gp3 root volume, in GiB."
  type        = number
  default     = 30

  validation {
    condition     = var.node_disk_size_gib >= 20 && var.node_disk_size_gib <= 1000
    error_message = "node_disk_size_gib must be between 20 and 1000."
  }
}

variable "node_auto_repair" {
  description = "Let EKS replace managed nodes that become unhealthy (node auto repair)."
  type        = bool
  default     = true
}

################################################################################
# Add-ons
################################################################################

variable "addon_versions" {
  description = "Versions to pin instead of the one EKS installs by default for kubernetes_version, keyed by add-on name (vpc-cni, kube-proxy, coredns, eks-pod-identity-agent, aws-ebs-csi-driver, metrics-server); add-ons not listed follow kubernetes_version. List versions with `aws eks describe-addon-versions --kubernetes-version 1.MM --addon-name NAME`."
  type        = map(string)
  nullable    = false # null from a caller means "no overrides"
  default     = {}

  validation {
    condition = (
      length(setsubtract(keys(var.addon_versions), ["vpc-cni", "kube-proxy", "coredns", "eks-pod-identity-agent", "aws-ebs-csi-driver", "metrics-server"])) == 0 &&
      alltrue([for v in values(var.addon_versions) : can(regex("^v[0-9]+\\.[0-9]+\\.[0-9]+(-[a-z]+)?-eksbuild\\.[0-9]+$", v))])
    )
    error_message = "addon_versions may pin only vpc-cni, kube-proxy, coredns, eks-pod-identity-agent, aws-ebs-csi-driver and metrics-server, each to an exact version such as v1.20.1-eksbuild.3."
  }
}

################################################################################
# Access Entry
################################################################################

variable "enable_cluster_creator_admin" {
  description = "Give the identity running Terraform cluster-admin through an access entry (instead of EKS's implicit, invisible creator grant)."
  type        = bool
  default     = true
}

variable "cluster_admin_principal_arns" {
  description = "IAM roles or users given cluster-admin access entries besides the caller; the caller's own ARN may appear here too (it is merged, not duplicated)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for a in var.cluster_admin_principal_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:(role|user)/", a))])
    error_message = "cluster_admin_principal_arns must be IAM role or user ARNs (not STS session ARNs)."
  }
}

variable "access_entries" {
  description = "Extra access entries, keyed by a stable name. Each grants one EKS access policy (short name such as AmazonEKSEditPolicy) to an IAM principal, scoped to the cluster or to a list of namespaces. Cluster admins go in cluster_admin_principal_arns."
  type = map(object({
    principal_arn = string
    policy        = string
    namespaces    = optional(list(string), [])
  }))
  default = {}

  validation {
    condition = alltrue([
      for e in values(var.access_entries) :
      can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:(role|user)/", e.principal_arn)) &&
      contains(["AmazonEKSClusterAdminPolicy", "AmazonEKSAdminPolicy", "AmazonEKSEditPolicy", "AmazonEKSViewPolicy"], e.policy)
    ])
    error_message = "access_entries: principal_arn must be an IAM role or user ARN and policy one of AmazonEKSClusterAdminPolicy, AmazonEKSAdminPolicy, AmazonEKSEditPolicy, AmazonEKSViewPolicy."
  }

  validation {
    condition     = alltrue([for k in keys(var.access_entries) : !startswith(k, "admin:")])
    error_message = "access_entries: keys starting with \"admin:\" are reserved for cluster_admin_principal_arns."
  }

  validation {
    condition     = alltrue([for e in values(var.access_entries) : e.policy != "AmazonEKSClusterAdminPolicy" || length(e.namespaces) == 0])
    error_message = "access_entries: AmazonEKSClusterAdminPolicy is cluster-wide by nature; give namespaces only with the other policies."
  }
}

################################################################################
# ECR
################################################################################

variable "ecr_repositories" {
  description = "ECR repositories to create, as key => repository name (for example client => tertulia-client)."
  type        = map(string)

  validation {
    condition     = alltrue([for n in values(var.ecr_repositories) : can(regex("^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$", n))])
    error_message = "ecr_repositories values must be valid ECR repository names (lowercase letters, digits, . _ - and /)."
  }
}

variable "ecr_keep_tagged_images" {
  description = "How many tagged images each ECR repository keeps; older ones expire."
  type        = number
  default     = 50

  validation {
    condition     = var.ecr_keep_tagged_images >= 1 && var.ecr_keep_tagged_images <= 1000
    error_message = "ecr_keep_tagged_images must be between 1 and 1000."
  }
}

variable "ecr_force_delete" {
  description = "Allow destroying ECR repositories that still hold images (for throw-away environments)."
  type        = bool
  default     = false
}

################################################################################
# Load Balancer Controller
################################################################################

variable "load_balancer_controller_service_account" {
  description = "Namespace and name of the AWS Load Balancer Controller's service account, bound to its IAM role through EKS Pod Identity."
  type = object({
    namespace = string
    name      = string
  })
  default = {
    namespace = "kube-system"
    name      = "aws-load-balancer-controller"
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
