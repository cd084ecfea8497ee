/**
 * `ops status`: the cluster, its nodes, the workloads with their images, the public URL, and the pipeline's last
 * builds. Read-only.
 */
import { type BuildSummary, recentBuilds } from "../aws/codebuild.ts";
import { KUBE, OUTPUT_NAMES } from "../config.ts";
import type { Context } from "../context.ts";
import { type ExitCode, OpsError, toOpsError } from "../errors.ts";
import {
  type DeploymentJson,
  type IngressJson,
  ingressUrl,
  type KubeList,
  kubectl,
  kubectlHint,
  type NodeJson,
  parseJson,
} from "../kube/kubectl.ts";
import { tail } from "../process/runner.ts";
import type { Outputs } from "../terraform/outputs.ts";
import { clusterNameFrom, clusterTarget, readOutputs, type StackPaths, terraformRoot } from "./cluster-access.ts";
import { fail, succeed } from "./outcome.ts";
import { formatBuild } from "./pipeline.ts";

const projectFrom = (outputs: Outputs): string | undefined =>
  OUTPUT_NAMES.pipelineProject.map((n) => outputs[n]).find((v): v is string => typeof v === "string");

/** The pipeline's last builds; a failure to read them is shown, never fatal to `status`. */
async function pipelineBuilds(
  ctx: Context,
  project: string | undefined,
): Promise<{ project: string | null; builds: BuildSummary[]; error?: string }> {
  if (!project) return { project: null, builds: [] };
  try {
    return { project, builds: await recentBuilds({ codebuild: ctx.aws.codebuild, retry: ctx.retry }, project, 5) };
  } catch (error) {
    return { project, builds: [], error: toOpsError(error, "CodeBuild").message };
  }
}

export interface StatusOptions extends StackPaths {
  /** @default the stack's cluster_name output */
  readonly cluster?: string;
  /** The pipeline's CodeBuild project. @default the stack's codebuild_project_name output */
  readonly project?: string;
}

export interface NodeStatus {
  readonly name: string;
  readonly ready: boolean;
  readonly instanceType?: string;
  readonly zone?: string;
  readonly kubelet?: string;
}

export interface WorkloadStatus {
  readonly name: string;
  readonly ready: number;
  readonly desired: number;
  readonly images: string[];
}

export async function status(ctx: Context, options: StatusOptions): Promise<ExitCode> {
  try {
    const outputs = options.cluster && options.project ? {} : await readOutputs(ctx, terraformRoot(ctx, options));
    const name = options.cluster ?? clusterNameFrom(outputs);
    const pipeline = pipelineBuilds(ctx, options.project ?? projectFrom(outputs));
    const target = await clusterTarget(ctx, name, await ctx.makeTempDir());
    const [nodesOut, deploymentsOut, ingressOut] = await Promise.all([
      ctx.runner.run(kubectl.getNodes(target)),
      ctx.runner.run(kubectl.getDeployments(target)),
      ctx.runner.run(kubectl.getIngress(target)),
    ]);
    if (deploymentsOut.code !== 0)
      throw new OpsError(
        "CommandFailed",
        `kubectl cannot read the cluster: ${tail(deploymentsOut.stderr, 2)}`,
        kubectlHint(deploymentsOut.stderr) ?? "Check your access to the cluster.",
      );
    if (nodesOut.code !== 0)
      ctx.io.warn(
        `kubectl could not list nodes (${tail(nodesOut.stderr, 1)}): ${kubectlHint(nodesOut.stderr) ?? "nodes are cluster-scoped; namespace-scoped identities cannot list them"}`,
      );

    const nodes: NodeStatus[] = (parseJson<KubeList<NodeJson>>(nodesOut.stdout)?.items ?? []).map((n) => {
      const labels = n.metadata?.labels ?? {};
      const instanceType = labels["node.kubernetes.io/instance-type"];
      const zone = labels["topology.kubernetes.io/zone"];
      const kubelet = n.status?.nodeInfo?.kubeletVersion;
      return {
        name: n.metadata?.name ?? "?",
        ready: (n.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"),
        ...(instanceType ? { instanceType } : {}),
        ...(zone ? { zone } : {}),
        ...(kubelet ? { kubelet } : {}),
      };
    });
    const workloads: WorkloadStatus[] = (parseJson<KubeList<DeploymentJson>>(deploymentsOut.stdout)?.items ?? []).map(
      (d) => ({
        name: d.metadata?.name ?? "?",
        ready: d.status?.readyReplicas ?? 0,
        desired: d.spec?.replicas ?? 0,
        images: (d.spec?.template?.spec?.containers ?? []).map((c) => c.image ?? "?"),
      }),
    );
    const url = ingressUrl(parseJson<IngressJson>(ingressOut.stdout)) ?? null;
    const builds = await pipeline;

    const text = [
      `Cluster    ${name}  ${target.status ?? "?"}  Kubernetes ${target.version ?? "?"}`,
      `Endpoint   ${target.endpoint}`,
      `Nodes      ${nodes.filter((n) => n.ready).length} ready of ${nodes.length}`,
      ...nodes.map((n) =>
        `  ${n.name}  ${n.ready ? "Ready" : "NotReady"}  ${n.instanceType ?? ""}  ${n.zone ?? ""}  ${n.kubelet ?? ""}`.trimEnd(),
      ),
      `Workloads  namespace ${KUBE.namespace}`,
      ...(workloads.length
        ? workloads.map((w) => `  ${w.name}  ${w.ready}/${w.desired} ready  ${w.images.join(", ")}`)
        : ["  none (run `ops release`)"]),
      `URL        ${url ?? "not assigned yet (the ALB is provisioned after the first release)"}`,
      `Pipeline   ${builds.project ?? "unknown (no codebuild_project_name output; pass --project)"}`,
      ...(builds.error ? [`  unavailable: ${builds.error}`] : []),
      ...builds.builds.map((b) => `  ${formatBuild(b)}`),
      ...(builds.project && !builds.error && builds.builds.length === 0 ? ["  no builds yet"] : []),
    ].join("\n");
    return succeed(ctx, text, {
      cluster: { name, status: target.status ?? null, version: target.version ?? null, endpoint: target.endpoint },
      nodes,
      workloads,
      url,
      pipeline: builds,
    });
  } catch (error) {
    return fail(ctx, error);
  }
}
