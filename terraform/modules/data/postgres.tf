################################################################################
# PostgreSQL
################################################################################

resource "aws_db_subnet_group" "this" {
  name_prefix = "${var.name}-"
  description = "${var.name}: private subnets for PostgreSQL"
  subnet_ids  = var.subnet_ids

  tags = var.tags
}

resource "aws_security_group" "postgres" {
  name_prefix = "${var.name}-postgres-"
  description = "${var.name} PostgreSQL: reachable only from the EKS cluster security group"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-postgres" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "postgres" {
  security_group_id            = aws_security_group.postgres.id
  description                  = "PostgreSQL from the EKS cluster"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = var.client_security_group_id
}

resource "aws_db_instance" "this" {
  identifier_prefix = "${var.name}-"
  engine            = "postgres"
  engine_version    = var.postgres_engine_version
  instance_class    = var.postgres_instance_class
  db_name           = var.postgres_database_name
  username          = var.postgres_username

  # RDS generates the password, keeps it in Secrets Manager (encrypted with our key)
  # and rotates it: it never appears in a variable, a plan or the state.
  manage_master_user_password   = true
  master_user_secret_kms_key_id = aws_kms_key.this.key_id

  allocated_storage     = var.postgres_allocated_storage_gib
  max_allocated_storage = var.postgres_allocated_storage_gib * 5
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = aws_kms_key.this.arn

  multi_az               = var.multi_az
  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [aws_security_group.postgres.id]
  publicly_accessible    = false

  backup_retention_period         = var.postgres_backup_retention_days
  copy_tags_to_snapshot           = true
  deletion_protection             = var.deletion_protection
  skip_final_snapshot             = false
  final_snapshot_identifier       = "${var.name}-final-${formatdate("YYYYMMDDhhmmss", timestamp())}"
  auto_minor_version_upgrade      = true
  enabled_cloudwatch_logs_exports = ["postgresql"]

  tags = var.tags

  lifecycle {
    # The snapshot name is fixed when the instance is created (timestamp() at that apply)
    # and kept in state, so every create/destroy cycle leaves a snapshot of its own: a
    # fixed name made the second cycle's destroy fail with DBSnapshotAlreadyExists. No
    # random provider needed (it is not in the offline mirror).
    ignore_changes = [final_snapshot_identifier]
  }
}
