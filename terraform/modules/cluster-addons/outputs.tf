################################################################################
# App Namespace
################################################################################

output "app_namespace" {
  description = "Name of the application namespace."
  value       = local.app_namespace
}

output "app_settings_config_map" {
  description = "Name of the ConfigMap holding the infrastructure settings, or null when none were given."
  value       = one(kubernetes_config_map_v1.infra[*].metadata[0].name)
}

################################################################################
# Load Balancer Controller
################################################################################

output "load_balancer_controller_chart_version" {
  description = "Installed chart version of the AWS Load Balancer Controller."
  value       = helm_release.load_balancer_controller.version
}

output "load_balancer_controller_status" {
  description = "Helm release status of the controller."
  value       = helm_release.load_balancer_controller.status
}

################################################################################
# Storage Class
################################################################################

output "storage_class_name" {
  description = "Name of the StorageClass for the app's volumes."
  value       = kubernetes_storage_class_v1.app_data.metadata[0].name
}
