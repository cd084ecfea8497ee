################################################################################
# Cluster Add-ons
################################################################################

output "app_namespace" {
  description = "Application namespace."
  value       = module.cluster_addons.app_namespace
}

output "app_settings_config_map" {
  description = "ConfigMap with the app's infrastructure settings, or null."
  value       = module.cluster_addons.app_settings_config_map
}

output "load_balancer_controller_chart_version" {
  description = "Installed AWS Load Balancer Controller chart version."
  value       = module.cluster_addons.load_balancer_controller_chart_version
}
