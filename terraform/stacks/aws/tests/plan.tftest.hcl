# Plans the whole AWS stack against a mocked provider: no credentials, no network.
# Run with the example values:
#   terraform test -var-file=terraform.tfvars.example
# This evaluates every variable validation and precondition with real inputs and
# walks the full resource graph; it cannot catch what only AWS would refuse.

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
