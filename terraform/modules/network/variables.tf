################################################################################
# VPC
################################################################################

variable "name" {
  description = "Name prefix for every network resource (Name tags)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}$", var.name))
    error_message = "name must be 2-31 characters of lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "vpc_cidr" {
  description = "IPv4 CIDR of the VPC, between /16 and /20. Private subnets take /20-sized blocks from the bottom (4 more bits), public ones /24-sized blocks from the top (8 more bits)."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && tonumber(split("/", var.vpc_cidr)[1]) >= 16 && tonumber(split("/", var.vpc_cidr)[1]) <= 20
    error_message = "vpc_cidr must be a valid IPv4 CIDR with a prefix length between 16 and 20."
  }
}

variable "azs" {
  description = "Availability zones to spread subnets over (at least two, as EKS requires). Subnet i goes to azs[i % length(azs)]."
  type        = list(string)

  validation {
    condition     = length(var.azs) >= 2 && length(var.azs) == length(distinct(var.azs))
    error_message = "azs must list at least two distinct availability zones."
  }
}

################################################################################
# Subnets
################################################################################

variable "public_subnet_count" {
  description = "Number of public subnets (load balancers, NAT gateways), 2-16, spread over the AZs. An internet-facing ALB needs subnets in at least two AZs, so fewer than two is refused here rather than by the load balancer controller after the apply."
  type        = number
  default     = 2

  # https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer
  # ("You must specify subnets from at least two Availability Zones"); subnet i goes to azs[i % length(azs)]
  # and azs are distinct, so two or more public subnets always cover two AZs.
  validation {
    condition     = var.public_subnet_count >= 2 && var.public_subnet_count <= 16 && floor(var.public_subnet_count) == var.public_subnet_count
    error_message = "public_subnet_count must be a whole number between 2 and 16 (an Application Load Balancer needs public subnets in two AZs)."
  }
}

variable "private_subnet_count" {
  description = "Number of private subnets (nodes, pods, databases), 2-15."
  type        = number
  default     = 2

  validation {
    condition     = var.private_subnet_count >= 2 && var.private_subnet_count <= 15 && floor(var.private_subnet_count) == var.private_subnet_count
    error_message = "private_subnet_count must be a whole number between 2 and 15."
  }
}

variable "cluster_name" {
  description = "EKS cluster name used in the kubernetes.io/cluster/<name> subnet tag, so the Load Balancer Controller discovers these subnets."
  type        = string

  validation {
    condition     = can(regex("^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$", var.cluster_name))
    error_message = "cluster_name must be a valid EKS cluster name (letters, digits, hyphens, underscores; up to 100 characters)."
  }
}

################################################################################
# NAT Gateway
################################################################################

variable "single_nat_gateway" {
  description = "true (default): one NAT gateway for the whole VPC, the cheapest; private egress fails if its AZ fails. false: one NAT gateway per AZ, each AZ's private subnets routing through their own (needs a public subnet in every AZ)."
  type        = bool
  default     = true
}

################################################################################
# Tags
################################################################################

################################################################################
# VPC Endpoints
################################################################################

variable "interface_endpoints" {
  description = "AWS services reached through interface VPC endpoints in the private subnets instead of the NAT gateway: any of ecr.api, ecr.dkr, sts. Each costs an hourly fee per AZ; image pulls through ecr.dkr avoid NAT data charges and keep working if the NAT fails. The S3 gateway endpoint (image layers, free) is always created."
  type        = list(string)
  default     = []

  validation {
    condition     = length(setsubtract(var.interface_endpoints, ["ecr.api", "ecr.dkr", "sts"])) == 0
    error_message = "interface_endpoints may only list ecr.api, ecr.dkr and sts."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
