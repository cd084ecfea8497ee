terraform {
  required_version = ">= 1.11"

  # helm and kubernetes are the only providers here; they are not in the offline
  # mirror, so this stack is checked by the HCL tests but cannot be validated here.
  required_providers {
    helm = {
      source  = "hashicorp/helm"
      version = ">= 3.0, < 4.0"
    }
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = ">= 2.36, < 3.0"
    }
  }

  # Partial configuration, as in the aws stack, with its own key.
  backend "s3" {
    use_lockfile = true
    encrypt      = true
  }
}
