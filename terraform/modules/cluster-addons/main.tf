################################################################################
# App Namespace
################################################################################

# The same labels as manifests/cluster/namespace.yaml, so whichever applies it, the
# namespace ends up identical; create_app_namespace = false leaves it to manifests/.
resource "kubernetes_namespace_v1" "app" {
  count = var.create_app_namespace ? 1 : 0

  metadata {
    name = var.app_namespace

    labels = {
      "app.kubernetes.io/part-of"                  = "tertulia"
      "pod-security.kubernetes.io/enforce"         = "restricted"
      "pod-security.kubernetes.io/enforce-version" = "latest"
      # The controller injects a readiness gate, so rolling updates wait for ALB health.
      "elbv2.k8s.aws/pod-readiness-gate-inject" = "enabled"
    }
  }
}

locals {
  app_namespace = var.create_app_namespace ? kubernetes_namespace_v1.app[0].metadata[0].name : var.app_namespace
}

# Endpoints and secret ARNs only, never secret values: `ops` (or an envFrom) reads
# them, and secret values are fetched at run time through the app's Pod Identity role.
resource "kubernetes_config_map_v1" "infra" {
  count = length(var.app_settings) > 0 ? 1 : 0

  metadata {
    name      = "tertulia-infra"
    namespace = local.app_namespace

    labels = {
      "app.kubernetes.io/part-of"    = "tertulia"
      "app.kubernetes.io/managed-by" = "terraform"
    }
  }

  data = var.app_settings
}

################################################################################
# Load Balancer Controller
################################################################################

resource "helm_release" "load_balancer_controller" {
  name       = "aws-load-balancer-controller"
  repository = "https://aws.github.io/eks-charts"
  chart      = "aws-load-balancer-controller"
  version    = var.load_balancer_controller_chart_version
  namespace  = var.load_balancer_controller_service_account.namespace

  # Wait for the controller (and its webhook) to be ready, so Ingresses applied
  # right after this stack are reconciled instead of rejected.
  wait    = true
  timeout = 600

  values = [yamlencode({
    clusterName  = var.cluster_name
    region       = var.region
    vpcId        = var.vpc_id
    replicaCount = var.load_balancer_controller_replicas
    serviceAccount = {
      create = true
      name   = var.load_balancer_controller_service_account.name
      # No eks.amazonaws.com/role-arn annotation: credentials come from the Pod
      # Identity association, not IRSA.
    }
    # Leave Services of type LoadBalancer alone unless they ask for this controller.
    enableServiceMutatorWebhook = false
  })]
}
