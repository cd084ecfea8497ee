locals {
  name = var.project_name

  # Not a setting: ops (packages/ops/src/config.ts KUBE.namespace), the manifests'
  # overlays and the pipeline's access entry all use this one namespace, and a second
  # copy of the app belongs in a second project (its own cluster), not a second namespace.
  # A test (terraform/test/namespace.test.ts) keeps the three in step.
  app_namespace = "tertulia"

  ecr_repositories = {
    client = "${var.project_name}-client"
    server = "${var.project_name}-server"
  }
}

################################################################################
# Network
################################################################################

module "network" {
  source = "../../modules/network"

  name                 = local.name
  cluster_name         = local.name
  vpc_cidr             = var.vpc_cidr
  azs                  = var.availability_zones
  public_subnet_count  = var.public_subnet_count
  private_subnet_count = var.private_subnet_count
  single_nat_gateway   = var.single_nat_gateway
  interface_endpoints  = var.interface_endpoints
}

################################################################################
# Cluster
################################################################################

module "cluster" {
  source = "../../modules/cluster"

  name                         = local.name
  kubernetes_version           = var.kubernetes_version
  addon_versions               = var.addon_versions
  subnet_ids                   = module.network.private_subnet_ids
  endpoint_public_access_cidrs = var.endpoint_public_access_cidrs
  cluster_admin_principal_arns = var.cluster_admin_principal_arns
  node_instance_types          = var.node_instance_types
  node_scaling                 = var.node_scaling
  ecr_repositories             = local.ecr_repositories

  # The pipeline deploys into the app namespace only: edit rights there, nothing
  # cluster-wide (the original mapped CodeBuild to system:masters).
  access_entries = {
    codebuild = {
      principal_arn = module.pipeline.role_arn
      policy        = "AmazonEKSEditPolicy"
      namespaces    = [local.app_namespace]
    }
  }
}

################################################################################
# Pipeline
################################################################################

module "pipeline" {
  source = "../../modules/pipeline"

  name            = local.name
  source_location = var.github_repository_url
  branch          = var.github_branch
  source_auth = var.github_connection_arn != null ? {
    type     = "CODECONNECTIONS"
    resource = var.github_connection_arn
    } : {
    type     = "SECRETS_MANAGER"
    resource = var.github_token_secret_arn
  }

  cluster_name              = module.cluster.cluster_name
  cluster_arn               = module.cluster.cluster_arn
  cluster_security_group_id = module.cluster.cluster_security_group_id
  app_namespace             = local.app_namespace
  ecr_repository_urls       = module.cluster.ecr_repository_urls
  ecr_repository_arns       = module.cluster.ecr_repository_arns

  # ops reads these at release to write the app's Kubernetes Secrets. Never the database's: RDS rotates it,
  # so the server reads it at run time through its own Pod Identity role (packages/server/README.md).
  readable_secret_arns = var.pipeline_secret_arns

  certificate_arn = var.pipeline_certificate_arn
  public_host     = var.pipeline_public_host

  vpc_id     = module.network.vpc_id
  subnet_ids = module.network.private_subnet_ids
}

################################################################################
# Data
################################################################################

module "data" {
  source = "../../modules/data"
  count  = var.enable_data ? 1 : 0

  name                     = local.name
  vpc_id                   = module.network.vpc_id
  subnet_ids               = module.network.private_subnet_ids
  client_security_group_id = module.cluster.cluster_security_group_id
  multi_az                 = var.data_multi_az
  deletion_protection      = var.data_deletion_protection

  cluster_name = module.cluster.cluster_name
  app_service_accounts = {
    for n in var.app_data_service_accounts : n => { namespace = local.app_namespace, name = n }
  }
}

################################################################################
# Observability
################################################################################

# Off by default: the pods' metrics ports and annotations work with any in-cluster scraper. amp or
# container_insights adds an AWS-managed backend (costs in modules/observability/README.md).
module "observability" {
  source = "../../modules/observability"

  name                      = local.name
  metrics_backend           = var.metrics_backend
  cluster_name              = module.cluster.cluster_name
  cluster_arn               = module.cluster.cluster_arn
  cluster_security_group_id = module.cluster.cluster_security_group_id
  subnet_ids                = module.network.private_subnet_ids
  app_namespace             = local.app_namespace
}
