# The in-cluster half: applied after the aws stack, whose apply only finishes once
# the node group and the Pod Identity association exist, so the controller's pods
# have nodes to run on and credentials from their first start.
data "terraform_remote_state" "aws" {
  backend = "s3"

  config = {
    bucket = var.aws_stack_state.bucket
    key    = var.aws_stack_state.key
    region = var.aws_stack_state.region
  }
}

locals {
  # Non-secret settings for the app; keys with null values (data tier off) are dropped.
  app_settings = {
    for k, v in {
      AWS_REGION          = local.cluster.region
      DATABASE_HOST_PORT  = local.cluster.database_endpoint
      DATABASE_NAME       = local.cluster.database_name
      DATABASE_SECRET_ARN = local.cluster.database_secret_arn
      REDIS_HOST_PORT     = local.cluster.redis_endpoint
    } : k => v if v != null
  }
}

################################################################################
# Cluster Add-ons
################################################################################

module "cluster_addons" {
  source = "../../modules/cluster-addons"

  cluster_name  = local.cluster.cluster_name
  region        = local.cluster.region
  vpc_id        = local.cluster.vpc_id
  app_namespace = local.cluster.app_namespace
  app_settings  = local.app_settings

  load_balancer_controller_chart_version   = var.load_balancer_controller_chart_version
  load_balancer_controller_service_account = local.cluster.load_balancer_controller_service_account
}
