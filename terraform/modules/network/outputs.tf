################################################################################
# VPC
################################################################################

output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr_block" {
  description = "CIDR block of the VPC."
  value       = aws_vpc.this.cidr_block
}

################################################################################
# Subnets
################################################################################

output "public_subnet_ids" {
  description = "IDs of the public subnets, ordered by key."
  value       = [for k in sort(keys(aws_subnet.public)) : aws_subnet.public[k].id]
}

output "private_subnet_ids" {
  description = "IDs of the private subnets, ordered by key."
  value       = [for k in sort(keys(aws_subnet.private)) : aws_subnet.private[k].id]
}

output "private_subnet_cidr_blocks" {
  description = "CIDR blocks of the private subnets, ordered by key."
  value       = [for k in sort(keys(aws_subnet.private)) : aws_subnet.private[k].cidr_block]
}

################################################################################
# NAT Gateway
################################################################################

output "nat_public_ips" {
  description = "Public IPs of the NAT gateways: the addresses the cluster's outbound traffic comes from."
  value       = [for k in sort(keys(aws_eip.nat)) : aws_eip.nat[k].public_ip]
}

output "private_route_table_ids" {
  description = "IDs of the private route tables (one, or one per AZ)."
  value       = [for k in sort(keys(aws_route_table.private)) : aws_route_table.private[k].id]
}

################################################################################
# VPC Endpoints
################################################################################

output "s3_endpoint_id" {
  description = "ID of the S3 gateway endpoint (image layers from ECR skip the NAT)."
  value       = aws_vpc_endpoint.s3.id
}

output "interface_endpoint_ids" {
  description = "IDs of the interface endpoints by service (ecr.api, ecr.dkr, sts), if any."
  value       = { for k, e in aws_vpc_endpoint.interface : k => e.id }
}
