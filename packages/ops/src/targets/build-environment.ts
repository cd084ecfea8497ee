/**
 * The environment variables the pipeline module (terraform/modules/pipeline, `local.ops_environment`) gives every
 * CodeBuild build, by the target each one names. This is the one list ops reads; `build-environment.test.ts`
 * parses the module and fails when the two disagree.
 */
export const BUILD_ENVIRONMENT = {
  clusterName: "EKS_CLUSTER_NAME",
  region: "EKS_REGION",
  namespace: "K8S_NAMESPACE",
  serverRepository: "SERVER_ECR_URI",
  clientRepository: "CLIENT_ECR_URI",
  /** Optional: an ACM certificate turns on HTTPS on the ALB. */
  certificateArn: "TLS_CERTIFICATE_ARN",
  /** Optional: the public host name the certificate covers (smoke checks it with SNI). */
  publicHost: "PUBLIC_HOST",
} as const;

export type TargetName = keyof typeof BUILD_ENVIRONMENT;

/**
 * Set by CodeBuild in every build ("CODEBUILD_BUILD_ID: The CodeBuild ID of the build",
 * https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html). Its presence means ops
 * runs inside a build, where there is no Terraform, no backend config and no access to the state bucket.
 */
export const CODEBUILD_MARKER = "CODEBUILD_BUILD_ID";
