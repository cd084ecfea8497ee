terraform {
  # 1.11: S3-native state locking (use_lockfile) is generally available.
  required_version = ">= 1.11"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.95, < 6.0"
    }
  }

  # Partial configuration: bucket, key and region come from the file `ops bootstrap`
  # writes (terraform init -backend-config=backend.hcl). Older Terraform can use a
  # DynamoDB lock table there instead (dynamodb_table = "...").
  backend "s3" {
    use_lockfile = true
    encrypt      = true
  }
}
