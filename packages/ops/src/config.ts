/**
 * Names and defaults shared by the commands, in one place. Paths are relative to the repository root (the
 * directory ops runs in, or `--root`).
 */

/** Kubernetes objects the manifests define (manifests/). */
export const KUBE = {
  namespace: "tertulia",
  /** The workloads a release rolls out, in rollout order, with the image name kustomize sets for each. */
  workloads: [
    { deployment: "tertulia-server", image: "tertulia-server", component: "server" },
    { deployment: "tertulia-client", image: "tertulia-client", component: "client" },
  ],
  ingress: "tertulia",
  rolloutTimeout: "300s",
} as const;

export type Component = (typeof KUBE.workloads)[number]["component"];

/** Image builds: Dockerfile per component, built from the repository root. */
export const IMAGES: Readonly<Record<Component, { dockerfile: string }>> = {
  server: { dockerfile: "packages/server/Dockerfile" },
  client: { dockerfile: "packages/client/Dockerfile" },
};

export const DEFAULTS = {
  /** The Terraform root for AWS resources. */
  terraformDir: "terraform/stacks/aws",
  /** Variables file for that root (git-ignored; copied from terraform.tfvars.example). */
  varFile: "terraform/stacks/aws/terraform.tfvars",
  /** Partial backend config written by bootstrap and read by `terraform init -backend-config=` (git-ignored). */
  backendFile: "terraform/stacks/aws/backend.hcl",
  /** State object key of the AWS root inside the bucket. */
  stateKey: "tertulia/aws.tfstate",
  /** The in-cluster root (helm, kubernetes providers), applied after the AWS root. */
  clusterStackDir: "terraform/stacks/kubernetes",
  /** Its state key, beside the AWS root's. */
  clusterStateKey: "tertulia/kubernetes.tfstate",
  manifestsDir: "manifests",
  overlay: "default",
  planFile: "tertulia.tfplan",
  /** Terraform with S3-native locking (use_lockfile). */
  minTerraform: "1.11.0",
} as const;

/**
 * Terraform output names ops reads, with the alternatives it accepts (first found wins), so the stack can name them
 * in its own style.
 */
export const OUTPUT_NAMES = {
  clusterName: ["cluster_name", "eks_cluster_name"],
  region: ["region", "aws_region"],
  serverRepository: ["server_repository_url", "ecr_server_repository_url", "ecr_server_url"],
  clientRepository: ["client_repository_url", "ecr_client_repository_url", "ecr_client_url"],
  /** A map output {server = url, client = url} is accepted too. */
  repositoryMap: ["ecr_repository_urls", "repository_urls"],
  /** The CodeBuild project of the release pipeline (terraform/modules/pipeline). */
  pipelineProject: ["codebuild_project_name", "pipeline_project_name"],
} as const;

/**
 * tfvars names preflight reads, with accepted alternatives. Nested objects are searched too, so
 * `network = { availability_zones = [...] }` is found.
 */
export const TFVAR_NAMES = {
  region: ["region", "aws_region"],
  clusterName: ["cluster_name", "project", "project_name", "name"],
  availabilityZones: ["availability_zones", "azs"],
  instanceTypes: ["node_instance_types", "instance_types"],
  kubernetesVersion: ["kubernetes_version", "cluster_version", "eks_cluster_version"],
  singleNatGateway: ["single_nat_gateway"],
  connectionArn: ["github_connection_arn", "codeconnections_arn", "codestar_connection_arn", "connection_arn"],
  tokenSecret: ["github_token_secret_arn", "github_token_secret_name"],
  accountId: ["account_id", "expected_account_id"],
} as const;
