/** `ops status`: the cluster, its nodes, the workloads with their images, and the public URL. Read-only. */
import { KUBE } from "../config.ts";
import type { Context } from "../context.ts";
import { type ExitCode, OpsError } from "../errors.ts";
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
import { clusterNameFrom, clusterTarget, readOutputs, type StackPaths, terraformRoot } from "./cluster-access.ts";
import { fail, succeed } from "./outcome.ts";

export interface StatusOptions extends StackPaths {
  /** @default the stack's cluster_name output */
  readonly cluster?: string;
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
    const name = options.cluster ?? clusterNameFrom(await readOutputs(ctx, terraformRoot(ctx, options)));
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
    ].join("\n");
    return succeed(ctx, text, {
      cluster: { name, status: target.status ?? null, version: target.version ?? null, endpoint: target.endpoint },
      nodes,
      workloads,
      url,
    });
  } catch (error) {
    return fail(ctx, error);
  }
}
