################################################################################
# Redis
################################################################################

resource "aws_elasticache_subnet_group" "this" {
  name        = "${var.name}-redis"
  description = "${var.name}: private subnets for Redis"
  subnet_ids  = var.subnet_ids

  tags = var.tags
}

resource "aws_security_group" "redis" {
  name_prefix = "${var.name}-redis-"
  description = "${var.name} Redis: reachable only from the EKS cluster security group"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-redis" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "redis" {
  security_group_id            = aws_security_group.redis.id
  description                  = "Redis from the EKS cluster"
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  referenced_security_group_id = var.client_security_group_id
}

# TLS in transit and KMS at rest. No AUTH token: ElastiCache has no write-only token
# argument in provider 5.x, so a token would sit in the state; access is limited to
# the cluster security group instead (see the module README).
resource "aws_elasticache_replication_group" "this" {
  replication_group_id = "${var.name}-redis"
  description          = "${var.name}: chat fan-out between server replicas"
  engine               = "redis"
  engine_version       = var.redis_engine_version
  node_type            = var.redis_node_type
  port                 = 6379

  num_cache_clusters         = var.multi_az ? 2 : 1
  automatic_failover_enabled = var.multi_az
  multi_az_enabled           = var.multi_az

  subnet_group_name  = aws_elasticache_subnet_group.this.name
  security_group_ids = [aws_security_group.redis.id]

  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.this.arn
  transit_encryption_enabled = true

  auto_minor_version_upgrade = true
  snapshot_retention_limit   = 1

  tags = var.tags
}
