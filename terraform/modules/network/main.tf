locals {
  # Keys carry the AZ and the index so that growing a count only adds subnets:
  # existing keys (and so existing subnets and their CIDRs) never move.
  public_subnets = {
    for i in range(var.public_subnet_count) :
    "${var.azs[i % length(var.azs)]}-public-${i}" => {
      az         = var.azs[i % length(var.azs)]
      cidr_block = cidrsubnet(var.vpc_cidr, 8, 255 - i)
    }
  }

  # Private subnets hold nodes and pods (the VPC CNI gives every pod a VPC address),
  # so they get the large blocks; public subnets only hold load balancers and NATs.
  private_subnets = {
    for i in range(var.private_subnet_count) :
    "${var.azs[i % length(var.azs)]}-private-${i}" => {
      az         = var.azs[i % length(var.azs)]
      cidr_block = cidrsubnet(var.vpc_cidr, 4, i)
    }
  }

  public_azs = distinct([for s in values(local.public_subnets) : s.az])

  # NAT gateways by key: "shared" for a single one, else one per AZ. Each sits in the
  # first public subnet (by key) of its AZ.
  nat_gateways = var.single_nat_gateway ? {
    shared = { subnet_key = sort(keys(local.public_subnets))[0] }
    } : {
    for az in local.public_azs : az => {
      subnet_key = sort([for k, s in local.public_subnets : k if s.az == az])[0]
    }
  }

  # Which private route table (and NAT) each private subnet uses.
  private_route_table_key = {
    for k, s in local.private_subnets : k => var.single_nat_gateway ? "shared" : s.az
  }

  cluster_tag = { "kubernetes.io/cluster/${var.cluster_name}" = "shared" }
}

################################################################################
# VPC
################################################################################

resource "aws_vpc" "this" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = merge(var.tags, { Name = "${var.name}-vpc" })
}

# Adopt the default security group and strip its rules, so nothing can use the
# permissive default by accident (CIS AWS 5.4).
resource "aws_default_security_group" "this" {
  vpc_id = aws_vpc.this.id

  tags = merge(var.tags, { Name = "${var.name}-default-deny" })
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id

  tags = merge(var.tags, { Name = "${var.name}-igw" })
}

################################################################################
# Public Subnets
################################################################################

resource "aws_subnet" "public" {
  for_each = local.public_subnets

  vpc_id                  = aws_vpc.this.id
  availability_zone       = each.value.az
  cidr_block              = each.value.cidr_block
  map_public_ip_on_launch = false

  tags = merge(var.tags, local.cluster_tag, {
    Name                     = "${var.name}-${each.key}"
    "kubernetes.io/role/elb" = "1"
  })
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.this.id

  tags = merge(var.tags, { Name = "${var.name}-public" })
}

resource "aws_route" "public_internet" {
  route_table_id         = aws_route_table.public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.this.id
}

resource "aws_route_table_association" "public" {
  for_each = aws_subnet.public

  subnet_id      = each.value.id
  route_table_id = aws_route_table.public.id
}

################################################################################
# NAT Gateway
################################################################################

resource "aws_eip" "nat" {
  for_each = local.nat_gateways

  domain = "vpc"

  tags = merge(var.tags, { Name = "${var.name}-nat-${each.key}" })

  depends_on = [aws_internet_gateway.this]
}

resource "aws_nat_gateway" "this" {
  for_each = local.nat_gateways

  allocation_id = aws_eip.nat[each.key].id
  subnet_id     = aws_subnet.public[each.value.subnet_key].id

  tags = merge(var.tags, { Name = "${var.name}-nat-${each.key}" })

  depends_on = [aws_internet_gateway.this]

  lifecycle {
    precondition {
      condition     = var.single_nat_gateway || length(setsubtract(distinct([for s in values(local.private_subnets) : s.az]), local.public_azs)) == 0
      error_message = "single_nat_gateway = false needs a public subnet in every AZ that has a private subnet: raise public_subnet_count."
    }
  }
}

################################################################################
# Private Subnets
################################################################################

resource "aws_subnet" "private" {
  for_each = local.private_subnets

  vpc_id            = aws_vpc.this.id
  availability_zone = each.value.az
  cidr_block        = each.value.cidr_block

  tags = merge(var.tags, local.cluster_tag, {
    Name                              = "${var.name}-${each.key}"
    "kubernetes.io/role/internal-elb" = "1"
  })
}

# The VPC-local route is implicit in every route table; only the default route is ours.
resource "aws_route_table" "private" {
  for_each = local.nat_gateways

  vpc_id = aws_vpc.this.id

  tags = merge(var.tags, { Name = "${var.name}-private-${each.key}" })
}

resource "aws_route" "private_nat" {
  for_each = local.nat_gateways

  route_table_id         = aws_route_table.private[each.key].id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.this[each.key].id
}

resource "aws_route_table_association" "private" {
  for_each = aws_subnet.private

  subnet_id      = each.value.id
  route_table_id = aws_route_table.private[local.private_route_table_key[each.key]].id
}
