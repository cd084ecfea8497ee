/**
 * Where a release goes: the cluster, its region and namespace, the two ECR repositories and, optionally, the TLS
 * certificate and public host name.
 *
 * Policy, in this order, for each target: a flag; then the environment the pipeline module gives CodeBuild
 * (BUILD_ENVIRONMENT); then, only on an operator's machine and only when something required is still missing,
 * `terraform output -json` of the AWS stack. Inside CodeBuild (CODEBUILD_BUILD_ID set) Terraform is never run:
 * the image has no Terraform, the clone has no backend config and the build role cannot read the state.
 * A target nobody gave is an error that names the flag and the variable, in a dry run too: never a placeholder.
 */
import { KUBE, OUTPUT_NAMES } from "../config.ts";
import { OpsError } from "../errors.ts";
import type { Outputs } from "../terraform/outputs.ts";
import { BUILD_ENVIRONMENT, CODEBUILD_MARKER, type TargetName } from "./build-environment.ts";

export type TargetSource = "flag" | "environment" | "terraform" | "default";

export interface Targets {
  readonly clusterName: string;
  readonly region?: string;
  readonly namespace: string;
  readonly serverRepository: string;
  readonly clientRepository: string;
  readonly certificateArn?: string;
  readonly publicHost?: string;
  /** The AWS stack's outputs when they were read (operator's machine), else empty. */
  readonly outputs: Outputs;
  /** Where each target came from, for the step's detail line and `--json`. */
  readonly sources: Readonly<Partial<Record<TargetName, TargetSource>>>;
}

export type TargetFlags = Readonly<Partial<Record<TargetName, string>>>;

export interface ResolveTargetsInput {
  readonly flags: TargetFlags;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reads the stack's outputs; called at most once, and never inside CodeBuild. */
  readonly readOutputs: () => Promise<Outputs>;
  /** Which targets this command needs. @default every required one */
  readonly need?: readonly TargetName[];
}

const REQUIRED: readonly TargetName[] = ["clusterName", "namespace", "serverRepository", "clientRepository"];

const FLAGS: Readonly<Record<TargetName, string>> = {
  clusterName: "--cluster NAME",
  region: "--region REGION",
  namespace: "--namespace NAME",
  serverRepository: "--server-repository URI",
  clientRepository: "--client-repository URI",
  certificateArn: "--certificate-arn ARN",
  publicHost: "--host NAME",
};

/** Output names read for each target on an operator's machine (config.ts keeps the accepted alternatives). */
const OUTPUTS: Readonly<Record<TargetName, readonly string[]>> = {
  clusterName: OUTPUT_NAMES.clusterName,
  region: OUTPUT_NAMES.region,
  namespace: ["app_namespace"],
  serverRepository: OUTPUT_NAMES.serverRepository,
  clientRepository: OUTPUT_NAMES.clientRepository,
  certificateArn: ["certificate_arn"],
  publicHost: ["public_host", "domain_name"],
};

function fromOutputs(outputs: Outputs, name: TargetName): string | undefined {
  for (const n of OUTPUTS[name]) if (typeof outputs[n] === "string" && outputs[n]) return outputs[n] as string;
  if (name === "serverRepository" || name === "clientRepository") {
    const component = name === "serverRepository" ? "server" : "client";
    for (const n of OUTPUT_NAMES.repositoryMap) {
      const m = outputs[n] as Record<string, unknown> | undefined;
      if (m && typeof m === "object" && typeof m[component] === "string") return m[component] as string;
    }
  }
  return undefined;
}

/** True inside a CodeBuild build. */
export function inCodeBuild(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env[CODEBUILD_MARKER]);
}

/**
 * @throws {OpsError} TargetMissing naming the flag and the environment variable of the first missing target.
 */
export async function resolveTargets(input: ResolveTargetsInput): Promise<Targets> {
  const names = Object.keys(BUILD_ENVIRONMENT) as TargetName[];
  const values: Partial<Record<TargetName, string>> = {};
  const sources: Partial<Record<TargetName, TargetSource>> = {};
  for (const name of names) {
    const flag = input.flags[name]?.trim();
    const env = input.env[BUILD_ENVIRONMENT[name]]?.trim();
    if (flag) [values[name], sources[name]] = [flag, "flag"];
    else if (env) [values[name], sources[name]] = [env, "environment"];
  }
  const need = input.need ?? REQUIRED;
  const missing = (): TargetName[] => need.filter((n) => !values[n] && !(n === "namespace"));
  let outputs: Outputs = {};
  const codebuild = inCodeBuild(input.env);
  if (missing().length > 0 && !codebuild) {
    outputs = await input.readOutputs();
    for (const name of names) {
      const v = values[name] ? undefined : fromOutputs(outputs, name);
      if (v) [values[name], sources[name]] = [v, "terraform"];
    }
  }
  if (!values.namespace) [values.namespace, sources.namespace] = [KUBE.namespace, "default"];
  const gap = missing()[0];
  if (gap)
    throw new OpsError(
      "TargetMissing",
      `No ${describe(gap)}: neither ${FLAGS[gap].split(" ")[0]} nor ${BUILD_ENVIRONMENT[gap]} is set${codebuild ? " (inside CodeBuild, Terraform's outputs are not read)" : `, and the Terraform stack has no output ${OUTPUTS[gap].map((n) => `"${n}"`).join(" or ")}`}.`,
      codebuild
        ? `Set ${BUILD_ENVIRONMENT[gap]} on the CodeBuild project (terraform/modules/pipeline sets it), or pass ${FLAGS[gap]}.`
        : `Apply the stack first (\`ops deploy\`), or pass ${FLAGS[gap]} (or set ${BUILD_ENVIRONMENT[gap]}).`,
    );
  return {
    clusterName: values.clusterName ?? "",
    namespace: values.namespace,
    serverRepository: values.serverRepository ?? "",
    clientRepository: values.clientRepository ?? "",
    ...(values.region ? { region: values.region } : {}),
    ...(values.certificateArn ? { certificateArn: values.certificateArn } : {}),
    ...(values.publicHost ? { publicHost: values.publicHost } : {}),
    outputs,
    sources,
  };
}

function describe(name: TargetName): string {
  return {
    clusterName: "EKS cluster",
    region: "region",
    namespace: "namespace",
    serverRepository: "server ECR repository",
    clientRepository: "client ECR repository",
    certificateArn: "certificate",
    publicHost: "public host name",
  }[name];
}
