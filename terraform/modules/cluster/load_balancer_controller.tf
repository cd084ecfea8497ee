################################################################################
# Load Balancer Controller IAM
################################################################################

# EKS Pod Identity rather than IRSA: no OIDC provider or thumbprint to manage, the
# trust policy names a service principal instead of a cluster-specific issuer URL,
# and the binding is an AWS API object (the association below), so it lives here
# and validates offline; the chart's service account needs no role annotation.
module "load_balancer_controller_trust" {
  source = "../pod-identity-trust"

  account_id       = data.aws_caller_identity.current.account_id
  cluster_name     = var.name
  service_accounts = [var.load_balancer_controller_service_account]
}

resource "aws_iam_role" "load_balancer_controller" {
  name               = "${var.name}-aws-load-balancer-controller"
  assume_role_policy = module.load_balancer_controller_trust.json

  tags = var.tags
}

# The controller's upstream policy, pinned in the repository (see
# policies/README.md for its version); never fetched at apply time.
resource "aws_iam_policy" "load_balancer_controller" {
  name        = "${var.name}-aws-load-balancer-controller"
  description = "AWS Load Balancer Controller v2.13.3 (docs/install/iam_policy.json)"
  policy      = file("${path.module}/policies/aws-load-balancer-controller-iam-policy.json")

  tags = var.tags
}

resource "aws_iam_role_policy_attachment" "load_balancer_controller" {
  role       = aws_iam_role.load_balancer_controller.name
  policy_arn = aws_iam_policy.load_balancer_controller.arn
}

resource "aws_eks_pod_identity_association" "load_balancer_controller" {
  cluster_name    = aws_eks_cluster.this.name
  namespace       = var.load_balancer_controller_service_account.namespace
  service_account = var.load_balancer_controller_service_account.name
  role_arn        = aws_iam_role.load_balancer_controller.arn

  tags = var.tags

  depends_on = [aws_eks_addon.before_compute]
}
