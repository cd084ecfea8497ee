# Plans the whole AWS stack against a mocked provider: no credentials, no network.
# Run with the example values:
#   terraform test -var-file=terraform.tfvars.example
# This evaluates every variable validation and precondition with real inputs and
# walks the full resource graph; it cannot catch what only AWS would refuse.

# What `ops deploy` passes when the tfvars leave endpoint_public_access_cidrs unset:
# the caller's public address as a /32 (see packages/ops preflight/public-address.ts).
variables {
  endpoint_public_access_cidrs = ["198.51.100.7/32"]
}

mock_provider "aws" {
  mock_data "aws_caller_identity" {
    defaults = {
      account_id = "123456789012"
      arn        = "arn:aws:sts::123456789012:assumed-role/deployer/session"
    }
  }

  mock_data "aws_iam_session_context" {
    defaults = {
      issuer_arn = "arn:aws:iam::123456789012:role/deployer"
    }
  }

  mock_data "aws_partition" {
    defaults = {
      partition = "aws"
    }
  }

  mock_data "aws_region" {
    defaults = {
      name = "eu-west-1"
    }
  }

  mock_data "aws_iam_policy_document" {
    defaults = {
      json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
    }
  }

  # EKS's default add-on version for the example's kubernetes_version (1.34); runs for
  # other versions override it with that version's build.
  mock_data "aws_eks_addon_version" {
    defaults = {
      version = "v1.34.1-eksbuild.2"
    }
  }

  mock_resource "aws_eks_cluster" {
    defaults = {
      arn = "arn:aws:eks:eu-west-1:123456789012:cluster/tertulia"
    }
  }

  mock_resource "aws_vpc" {
    defaults = {
      id = "vpc-0123456789abcdef0"
    }
  }

  mock_resource "aws_subnet" {
    defaults = {
      id = "subnet-0123456789abcdef0"
    }
  }

  mock_resource "aws_iam_role" {
    defaults = {
      arn = "arn:aws:iam::123456789012:role/mocked"
    }
  }

  mock_resource "aws_kms_key" {
    defaults = {
      arn = "arn:aws:kms:eu-west-1:123456789012:key/00000000-0000-0000-0000-000000000000"
    }
  }
}

run "plan_with_example_values" {
  command = plan

  assert {
    condition     = output.kubeconfig_command == "aws eks update-kubeconfig --region ${var.region} --name ${var.project_name}"
    error_message = "kubeconfig_command must name the region and the cluster."
  }

  assert {
    condition     = length(module.network.private_subnet_ids) == var.private_subnet_count
    error_message = "The network must create private_subnet_count private subnets."
  }
}

run "one_nat_gateway_per_az" {
  command = plan

  variables {
    single_nat_gateway = false
  }

  assert {
    condition     = length(module.network.private_route_table_ids) == length(var.availability_zones)
    error_message = "single_nat_gateway = false must give every AZ its own NAT gateway and private route table."
  }
}

run "embedded_store_without_data_tier" {
  command = plan

  variables {
    enable_data = false
  }

  assert {
    condition     = output.database_endpoint == null && output.database_secret_arn == null && output.redis_endpoint == null
    error_message = "With enable_data = false no data store may be planned."
  }
}

run "public_endpoint_refuses_the_world" {
  command = plan

  variables {
    endpoint_public_access_cidrs = ["0.0.0.0/0"]
  }

  expect_failures = [var.endpoint_public_access_cidrs]
}

run "github_access_needs_exactly_one_reference" {
  command = plan

  variables {
    github_token_secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:github-token-AbCdEf"
  }

  expect_failures = [var.github_token_secret_arn]
}

# The cluster module on its own (its checks are not reachable from the stack's runs).
run "plain_terraform_must_choose_who_reaches_the_api" {
  command = plan

  module {
    source = "../../modules/cluster"
  }

  variables {
    name                         = "tertulia"
    subnet_ids                   = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    ecr_repositories             = { server = "tertulia-server" }
    endpoint_public_access_cidrs = null
  }

  expect_failures = [aws_eks_cluster.this]
}

run "private_only_endpoint_when_asked" {
  command = plan

  module {
    source = "../../modules/cluster"
  }

  variables {
    name                         = "tertulia"
    subnet_ids                   = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    ecr_repositories             = { server = "tertulia-server" }
    endpoint_public_access_cidrs = []
  }

  assert {
    condition     = aws_eks_cluster.this.vpc_config[0].endpoint_public_access == false && aws_eks_cluster.this.vpc_config[0].endpoint_private_access
    error_message = "An empty list must plan a private-only endpoint."
  }
}

run "the_public_endpoint_is_limited_to_the_given_cidrs" {
  command = plan

  module {
    source = "../../modules/cluster"
  }

  variables {
    name                         = "tertulia"
    subnet_ids                   = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    ecr_repositories             = { server = "tertulia-server" }
    endpoint_public_access_cidrs = ["198.51.100.7/32"]
  }

  assert {
    condition     = aws_eks_cluster.this.vpc_config[0].endpoint_public_access && length(aws_eks_cluster.this.vpc_config[0].public_access_cidrs) == 1 && contains(aws_eks_cluster.this.vpc_config[0].public_access_cidrs, "198.51.100.7/32")
    error_message = "The public endpoint must be on and limited to exactly the given CIDRs."
  }
}

run "one_public_subnet_is_refused" {
  command = plan

  variables {
    public_subnet_count = 1
  }

  expect_failures = [var.public_subnet_count]
}

run "the_same_zone_twice_is_refused" {
  command = plan

  variables {
    availability_zones = ["eu-west-1a", "eu-west-1a"]
  }

  expect_failures = [var.availability_zones]
}

run "the_callers_own_arn_among_the_admins_is_merged" {
  command = plan

  variables {
    # The mocked caller (aws_iam_session_context.issuer_arn) listed again, plus one other.
    cluster_admin_principal_arns = [
      "arn:aws:iam::123456789012:role/deployer",
      "arn:aws:iam::123456789012:role/ops-team",
    ]
  }

  assert {
    condition     = length(module.cluster.access_entry_principal_arns) == 3
    error_message = "Expected one entry each for the caller, ops-team and CodeBuild: a principal listed twice must be merged (EKS refuses a second access entry for it)."
  }
}

run "a_pinned_kube_proxy_for_another_version_is_refused" {
  command = plan

  module {
    source = "../../modules/cluster"
  }

  variables {
    name                         = "tertulia"
    subnet_ids                   = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    ecr_repositories             = { server = "tertulia-server" }
    kubernetes_version           = "1.33"
    addon_versions               = { "kube-proxy" = "v1.34.1-eksbuild.2" }
    endpoint_public_access_cidrs = []
  }

  override_data {
    target = data.aws_eks_addon_version.this
    values = {
      version = "v1.33.5-eksbuild.2"
    }
  }

  expect_failures = [aws_eks_addon.before_compute]
}

run "addons_follow_kubernetes_1_32" {
  command = plan

  variables {
    kubernetes_version = "1.32"
  }

  # What DescribeAddonVersions answers for 1.32 (every add-on gets that version's build;
  # the mock returns one value for all of them).
  override_data {
    target = module.cluster.data.aws_eks_addon_version.this
    values = {
      version = "v1.32.9-eksbuild.2"
    }
  }

  assert {
    condition     = output.addon_versions["kube-proxy"] == "v1.32.9-eksbuild.2" && output.addon_versions["metrics-server"] == "v1.32.9-eksbuild.2"
    error_message = "With kubernetes_version = 1.32 the add-ons must be the versions EKS publishes for 1.32, not pins made for another version."
  }
}

run "addons_follow_kubernetes_1_33" {
  command = plan

  variables {
    kubernetes_version = "1.33"
  }

  # What DescribeAddonVersions answers for 1.33 (every add-on gets that version's build;
  # the mock returns one value for all of them).
  override_data {
    target = module.cluster.data.aws_eks_addon_version.this
    values = {
      version = "v1.33.5-eksbuild.2"
    }
  }

  assert {
    condition     = output.addon_versions["kube-proxy"] == "v1.33.5-eksbuild.2" && output.addon_versions["metrics-server"] == "v1.33.5-eksbuild.2"
    error_message = "With kubernetes_version = 1.33 the add-ons must be the versions EKS publishes for 1.33, not pins made for another version."
  }
}

run "addons_follow_kubernetes_1_34" {
  command = plan

  variables {
    kubernetes_version = "1.34"
  }

  # What DescribeAddonVersions answers for 1.34 (every add-on gets that version's build;
  # the mock returns one value for all of them).
  override_data {
    target = module.cluster.data.aws_eks_addon_version.this
    values = {
      version = "v1.34.1-eksbuild.2"
    }
  }

  assert {
    condition     = output.addon_versions["kube-proxy"] == "v1.34.1-eksbuild.2" && output.addon_versions["metrics-server"] == "v1.34.1-eksbuild.2"
    error_message = "With kubernetes_version = 1.34 the add-ons must be the versions EKS publishes for 1.34, not pins made for another version."
  }
}

run "addons_follow_kubernetes_1_35" {
  command = plan

  variables {
    kubernetes_version = "1.35"
  }

  # What DescribeAddonVersions answers for 1.35 (every add-on gets that version's build;
  # the mock returns one value for all of them).
  override_data {
    target = module.cluster.data.aws_eks_addon_version.this
    values = {
      version = "v1.35.0-eksbuild.1"
    }
  }

  assert {
    condition     = output.addon_versions["kube-proxy"] == "v1.35.0-eksbuild.1" && output.addon_versions["metrics-server"] == "v1.35.0-eksbuild.1"
    error_message = "With kubernetes_version = 1.35 the add-ons must be the versions EKS publishes for 1.35, not pins made for another version."
  }
}

run "observability_amp" {
  command = plan

  variables {
    metrics_backend = "amp"
  }

  assert {
    # The workspace, scraper, access entry and rule group are planned (their IDs are unknown until apply).
    condition     = module.observability.cloudwatch_agent_role_arn == null
    error_message = "metrics_backend = amp must plan no CloudWatch agent."
  }
}

run "observability_container_insights" {
  command = plan

  variables {
    metrics_backend = "container_insights"
  }

  assert {
    condition     = output.prometheus_endpoint == null
    error_message = "metrics_backend = container_insights must plan no AMP workspace."
  }
}

run "a_certificate_without_its_host_is_refused" {
  command = plan

  variables {
    pipeline_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
  }

  expect_failures = [var.pipeline_public_host]
}
