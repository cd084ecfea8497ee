################################################################################
# Node IAM Role
################################################################################

data "aws_iam_policy_document" "node_assume_role" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "node" {
  name               = "${var.name}-node"
  assume_role_policy = data.aws_iam_policy_document.node_assume_role.json

  tags = var.tags
}

# The CNI policy stays on the node role (as EKS's own defaults do) so that pod
# networking never depends on the Pod Identity agent being up first.
resource "aws_iam_role_policy_attachment" "node" {
  for_each = toset([
    "AmazonEKSWorkerNodePolicy",
    "AmazonEKS_CNI_Policy",
    "AmazonEC2ContainerRegistryPullOnly",
  ])

  role       = aws_iam_role.node.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/${each.value}"
}

################################################################################
# Launch Template
################################################################################

resource "aws_launch_template" "node" {
  name_prefix            = "${var.name}-node-"
  description            = "EKS ${var.name} managed nodes: IMDSv2 only, encrypted gp3 root volume"
  update_default_version = true

  # IMDSv2 only, and a hop limit of 1 so pods cannot reach the node's credentials;
  # pods get AWS credentials from EKS Pod Identity instead.
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = var.node_disk_size_gib
      volume_type           = "gp3"
      encrypted             = true
      delete_on_termination = true
    }
  }

  tag_specifications {
    resource_type = "instance"
    tags          = merge(var.tags, { Name = "${var.name}-node" })
  }

  tag_specifications {
    resource_type = "volume"
    tags          = merge(var.tags, { Name = "${var.name}-node" })
  }

  tags = var.tags
}

################################################################################
# Managed Node Group
################################################################################

resource "aws_eks_node_group" "this" {
  cluster_name = aws_eks_cluster.this.name
  # A prefix, not a fixed name: a change that replaces the node group (instance types,
  # capacity type, subnets) creates the new group before the old one is deleted, so the
  # workloads always have nodes. A fixed name would force destroy-then-create.
  node_group_name_prefix = "${var.name}-default-"
  node_role_arn          = aws_iam_role.node.arn
  subnet_ids             = var.subnet_ids
  version                = var.kubernetes_version
  ami_type               = "AL2023_x86_64_STANDARD"
  capacity_type          = var.node_capacity_type
  instance_types         = var.node_instance_types

  launch_template {
    id      = aws_launch_template.node.id
    version = aws_launch_template.node.latest_version
  }

  scaling_config {
    min_size     = var.node_scaling.min
    desired_size = var.node_scaling.desired
    max_size     = var.node_scaling.max
  }

  update_config {
    max_unavailable = 1
  }

  # EKS replaces nodes that report unhealthy (kubelet, container runtime, networking)
  # instead of leaving them NotReady until someone notices.
  # https://docs.aws.amazon.com/eks/latest/userguide/node-health.html
  node_repair_config {
    enabled = var.node_auto_repair
  }

  tags = var.tags

  # Networking add-ons go first, so new nodes become Ready; the role's policies must
  # exist before nodes join, and stay until they have left on destroy.
  depends_on = [
    aws_iam_role_policy_attachment.node,
    aws_eks_addon.before_compute,
  ]

  lifecycle {
    create_before_destroy = true
    # The cluster autoscaler (or an operator) owns the live size after creation.
    ignore_changes = [scaling_config[0].desired_size]
  }
}
