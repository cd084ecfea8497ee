/**
 * Reaching the stack: its Terraform outputs, and a kubeconfig for its cluster written to a temporary file.
 * Shared by release, status, smoke and destroy.
 */
import { chmod } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describeCluster } from "../aws/eks.ts";
import { DEFAULTS, OUTPUT_NAMES } from "../config.ts";
import type { Context } from "../context.ts";
import { OpsError } from "../errors.ts";
import { renderKubeconfig } from "../kube/kubeconfig.ts";
import type { KubeTarget } from "../kube/kubectl.ts";
import { type Outputs, parseOutputs } from "../terraform/outputs.ts";
import { type TerraformRoot, terraform, terraformFailure } from "../terraform/terraform.ts";
import { resolveRegion } from "./region.ts";

export interface StackPaths {
  /** @default terraform */
  readonly terraformDir?: string;
  /** @default terraform/terraform.tfvars */
  readonly varFile?: string;
  /** @default terraform/backend.hcl */
  readonly backendFile?: string;
}

export function terraformRoot(ctx: Context, p: StackPaths): TerraformRoot {
  return {
    dir: resolve(ctx.root, p.terraformDir ?? DEFAULTS.terraformDir),
    varFile: resolve(ctx.root, p.varFile ?? DEFAULTS.varFile),
    backendFile: resolve(ctx.root, p.backendFile ?? DEFAULTS.backendFile),
    planFile: DEFAULTS.planFile,
  };
}

/**
 * `terraform output -json` of the AWS root. An empty object when the stack was never applied.
 * @throws {OpsError} CommandFailed when terraform fails (e.g. not initialised).
 */
export async function readOutputs(ctx: Context, root: TerraformRoot): Promise<Outputs> {
  const r = await ctx.runner.run(terraform.output(root));
  if (r.code !== 0)
    throw terraformFailure(
      `terraform output failed in ${root.dir}`,
      r,
      "Run `ops deploy` (or `terraform init` with the backend config) first, or pass the values as flags.",
    );
  return parseOutputs(r.stdout);
}

export function clusterNameFrom(outputs: Outputs, explicit?: string): string {
  const name =
    explicit ?? OUTPUT_NAMES.clusterName.map((n) => outputs[n]).find((v): v is string => typeof v === "string");
  if (!name)
    throw new OpsError(
      "TerraformOutputMissing",
      "The stack has no cluster_name output.",
      "Apply the stack first (`ops deploy`), or pass --cluster NAME.",
    );
  return name;
}

/**
 * Writes a kubeconfig for the cluster into `workDir` (mode 600) and returns the kubectl target.
 * @throws {OpsError} CommandFailed when the cluster does not exist.
 */
export async function clusterTarget(
  ctx: Context,
  clusterName: string,
  workDir: string,
): Promise<KubeTarget & { endpoint: string; version?: string; status?: string }> {
  const cluster = await describeCluster({ eks: ctx.aws.eks, retry: ctx.retry }, clusterName);
  if (!cluster?.endpoint || !cluster.certificateAuthority?.data)
    throw new OpsError(
      "CommandFailed",
      `The EKS cluster ${clusterName} does not exist in this region (or is still being created).`,
      "Check --region and the cluster name, or run `ops deploy`.",
    );
  const kubeconfig = join(workDir, "kubeconfig");
  await Bun.write(
    kubeconfig,
    renderKubeconfig({
      name: clusterName,
      endpoint: cluster.endpoint,
      certificateAuthority: cluster.certificateAuthority.data,
      region: resolveRegion(ctx),
      ...(ctx.profile ? { profile: ctx.profile } : {}),
    }),
  );
  await chmod(kubeconfig, 0o600);
  return {
    kubeconfig,
    endpoint: cluster.endpoint,
    ...(cluster.version ? { version: cluster.version } : {}),
    ...(cluster.status ? { status: cluster.status } : {}),
  };
}
