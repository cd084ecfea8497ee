################################################################################
# App Namespace
################################################################################

# This stack is the namespace's only owner: the pipeline's access is scoped to it and
# cannot create it, and manifests/ holds no Namespace object.
resource "kubernetes_namespace_v1" "app" {
  metadata {
    name = var.app_namespace

    labels = {
      "app.kubernetes.io/part-of" = "tertulia"
      # Pod Security Admission refuses any pod that is not non-root, without privilege
      # escalation, with all capabilities dropped and RuntimeDefault seccomp.
      "pod-security.kubernetes.io/enforce"         = "restricted"
      "pod-security.kubernetes.io/enforce-version" = "latest"
      # The controller injects a readiness gate, so rolling updates wait for ALB health.
      "elbv2.k8s.aws/pod-readiness-gate-inject" = "enabled"
    }
  }
}

locals {
  app_namespace = kubernetes_namespace_v1.app.metadata[0].name
}

################################################################################
# Storage Class
################################################################################

# The default profile's SQLite volume (PVC tertulia-server-data): encrypted gp3 through
# the EBS CSI driver add-on of the aws stack. Cluster-scoped, so the pipeline (namespace
# edit rights only) could never create it. Created in the zone the pod lands in, and
# kept when its claim is deleted, so deleting the namespace never deletes chat history.
resource "kubernetes_storage_class_v1" "app_data" {
  metadata {
    name = var.storage_class_name

    labels = {
      "app.kubernetes.io/part-of" = "tertulia"
    }
  }

  storage_provisioner    = "ebs.csi.aws.com"
  reclaim_policy         = "Retain"
  volume_binding_mode    = "WaitForFirstConsumer"
  allow_volume_expansion = true

  parameters = {
    type      = "gp3"
    encrypted = "true"
  }
}

# Endpoints and secret ARNs only, never secret values: the scale-out server takes them as environment
# variables (configMapKeyRef) and fetches the secret values at run time through its Pod Identity role.
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

  # The IngressClass the app's Ingress names (ingressClassName), created by the chart.
  # Set rather than left to the chart's defaults so the manifests' reference test can
  # see who provides it.
  set = [
    { name = "createIngressClassResource", value = "true" },
    { name = "ingressClass", value = var.ingress_class_name },
  ]
}
