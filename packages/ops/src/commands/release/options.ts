/** What `ops release`, `ops release images` and `ops release deploy` take, and what a release ends with. */
import type { Context } from "../../context.ts";
import type { OpsError } from "../../errors.ts";
import type { AppliedObject, ApplyPhases } from "../../kube/apply-order.ts";
import type { KubeTarget } from "../../kube/kubectl.ts";
import type { StepsOutcome } from "../../output/steps.ts";
import type { Targets } from "../../targets/resolve-targets.ts";
import type { StackPaths } from "../cluster-access.ts";
import type { SmokeOptions } from "../smoke/index.ts";

export interface ReleaseOptions extends StackPaths {
  /** Image tag. @default the git commit (`git rev-parse HEAD`) */
  readonly tag?: string;
  /** Kustomize overlay under manifests/overlays. @default default */
  readonly overlay?: string;
  /** @default manifests */
  readonly manifestsDir?: string;
  /** Targets (flags win over the pipeline's environment, which wins over Terraform outputs). */
  readonly cluster?: string;
  readonly namespace?: string;
  readonly serverRepository?: string;
  readonly clientRepository?: string;
  /** ACM certificate for HTTPS on the ALB (adds manifests/components/tls). */
  readonly certificateArn?: string;
  /** The host name the certificate covers; smoke checks it with SNI. */
  readonly host?: string;
  /** Deploy images already pushed with this tag. @default false */
  readonly skipBuild?: boolean;
  /** @default false */
  readonly skipSmoke?: boolean;
  /** Smoke-test this URL instead of the Ingress's hostname. */
  readonly url?: string;
  /** Rollout wait per deployment. @default 300s */
  readonly timeout?: string;
  /** Secrets Manager JSON secret holding JWT_SECRET, RELAY_SECRET, SESSION_SECRET. @default generate them once */
  readonly appSecretId?: string;
}

export interface ReleaseDeps {
  readonly smoke: (ctx: Context, options: SmokeOptions & { url: string }) => Promise<StepsOutcome>;
}

/** What a release ended with, for `release` to print or for `deploy` to fold into its own result. */
export interface ReleaseOutcome {
  readonly error?: OpsError;
  /** The error was already drawn by a step line. */
  readonly shown: boolean;
  readonly text: string;
  readonly data: Record<string, unknown>;
}

/** What the steps of one release learn and share, filled in as they run. */
export interface ReleaseState {
  tag: string;
  targets?: Targets;
  kube: KubeTarget;
  readonly workDir: string;
  /** Images the Deployments ran before this release (for messages and the rollback). */
  readonly previous: Record<string, string>;
  /** Deployments found at zero replicas (a failed first release scaled them away). */
  zeroed: string[];
  /** Components whose image tag is already in ECR. */
  inEcr: Set<"server" | "client">;
  phases?: ApplyPhases;
  /** What `kubectl apply` of the Deployments reported, even when it failed part-way. */
  applied: AppliedObject[];
  url?: string;
}
