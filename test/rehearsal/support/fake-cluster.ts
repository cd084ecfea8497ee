/**
 * A namespace of an EKS cluster with the AWS Load Balancer Controller, as kubectl sees it. Answers are kubectl's:
 *
 * - `apply`: one `<resource>.<group>/<name> created|configured|unchanged` line per object on stdout; an object the
 *   API server refuses is reported on stderr as `Error from server (Forbidden): error when creating "FILE": …`,
 *   the other objects are still applied, and kubectl exits 1 (kubectl apply reference and its printers:
 *   https://kubernetes.io/docs/reference/kubectl/generated/kubectl_apply/). A field the manifest sets is set to
 *   the manifest's value when the live object differs (a `rollout undo` or a `kubectl scale` is overwritten:
 *   https://kubernetes.io/docs/tasks/manage-kubernetes-objects/declarative-config/#how-apply-calculates-differences-and-merges-changes).
 * - `rollout status`: `deployment "x" successfully rolled out`, or exit 1 with `error: deployment "x" exceeded its
 *   progress deadline`; `rollout undo` on a Deployment with one revision: exit 1 `error: no rollout history found
 *   for deployment "x"` (kubectl rollout reference).
 * - `get … --output json`: a `List`; `get secret x` that does not exist: exit 1, `Error from server (NotFound):
 *   secrets "x" not found`.
 * - The controller: once the Ingress exists the ALB's DNS name is on its `status.loadBalancer.ingress[0].hostname`,
 *   and a TargetGroupBinding for each backend Service appears a little later (here: after `bindingDelay` kubectl
 *   calls)
 *   (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/targetgroupbinding/targetgroupbinding/).
 *   Pods created before a binding exists get no readiness gate: the cluster records that.
 */
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

export interface Answer {
  readonly code: number;
  readonly stdout?: string;
  readonly stderr?: string;
}

interface KObj {
  apiVersion?: string;
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
  spec?: Record<string, unknown> & { replicas?: number; template?: unknown };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

const RESOURCE: Record<string, string> = {
  Deployment: "deployment.apps",
  Service: "service",
  Ingress: "ingress.networking.k8s.io",
  ConfigMap: "configmap",
  Secret: "secret",
  ServiceAccount: "serviceaccount",
  HorizontalPodAutoscaler: "horizontalpodautoscaler.autoscaling",
  PodDisruptionBudget: "poddisruptionbudget.policy",
  PersistentVolumeClaim: "persistentvolumeclaim",
};

export interface ClusterFaults {
  /** The API server refuses this Deployment (a quota). */
  applyRefuses?: string;
  /** This Deployment's new pods never become ready (until it is rolled back or scaled to zero). */
  rolloutFails?: string;
}

export const ALB_HOSTNAME = "k8s-tertulia-tertulia-0123456789.eu-west-1.elb.amazonaws.com";

export class FakeCluster {
  readonly objects = new Map<string, { live: KObj; lastApplied: KObj }>();
  /** Each Deployment's pod templates, oldest first (its ReplicaSets). */
  readonly revisions = new Map<string, unknown[]>();
  /** Pods (by Deployment) created while no TargetGroupBinding existed for the Services they back. */
  readonly podsWithoutReadinessGate = new Set<string>();
  readonly faults: ClusterFaults = {};
  /** kubectl calls after the Ingress is created before the controller has made the bindings (time, in calls). */
  bindingDelay = 2;
  private ticks = 0;
  private albProvisioned = false;

  constructor(readonly namespace: string) {}

  kubectl(args: readonly string[], stdin: string): Answer {
    if (this.albProvisioned) this.ticks++;
    const rest = [...args];
    const take = (flag: string): string | undefined => {
      const i = rest.indexOf(flag);
      if (i < 0) return undefined;
      const v = rest[i + 1];
      rest.splice(i, 2);
      return v;
    };
    take("--kubeconfig");
    const ns = take("--namespace");
    if (ns !== undefined && ns !== this.namespace)
      return { code: 1, stderr: `Error from server (Forbidden): access to namespace "${ns}" is not granted\n` };
    const [verb, ...more] = rest;
    switch (verb) {
      case "apply":
        return this.apply(take("--filename") ?? "", stdin);
      case "get":
        return this.get(more);
      case "rollout":
        return this.rollout(more);
      case "scale":
        return this.scale(more);
      case "logs":
        return { code: 0, stdout: 'starting\n{"level":"fatal","msg":"GRPC_TARGET is not reachable"}\n' };
      default:
        return { code: 1, stderr: `error: unknown command "${verb}" for "kubectl"\n` };
    }
  }

  deployments(): KObj[] {
    return [...this.objects.values()].map((o) => o.live).filter((o) => o.kind === "Deployment");
  }

  /** Templates applied while `rolloutFails` named their Deployment: their pods never become ready. */
  private readonly badTemplates = new Map<string, string>();

  private bindingsExist(): boolean {
    return this.albProvisioned && this.ticks > this.bindingDelay;
  }

  private bindings(): KObj[] {
    if (!this.bindingsExist()) return [];
    return this.ingressBackends().map((svc) => ({
      apiVersion: "elbv2.k8s.aws/v1beta1",
      kind: "TargetGroupBinding",
      metadata: { name: `k8s-${this.namespace}-${svc}-0123456789`.slice(0, 63), namespace: this.namespace },
      spec: {
        serviceRef: { name: svc, port: "http" },
        targetGroupARN: `arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/k8s-${svc}/0123456789abcdef`,
        targetType: "ip",
      },
    }));
  }

  private ingressBackends(): string[] {
    const ingress = this.objects.get("Ingress/tertulia")?.live as
      | { spec?: { rules?: { http?: { paths?: { backend?: { service?: { name?: string } } }[] } }[] } }
      | undefined;
    return (ingress?.spec?.rules ?? []).flatMap((r) =>
      (r.http?.paths ?? []).map((p) => p.backend?.service?.name ?? ""),
    );
  }

  private apply(file: string, stdin: string): Answer {
    const text = file === "-" ? stdin : readFileSync(file, "utf8");
    const out: string[] = [];
    const err: string[] = [];
    for (const doc of parseAllDocuments(text)) {
      const obj = doc.toJSON() as KObj | null;
      if (!obj?.kind) continue;
      const key = `${obj.kind}/${obj.metadata.name}`;
      const resource = RESOURCE[obj.kind] ?? obj.kind.toLowerCase();
      if (obj.kind === "Deployment" && obj.metadata.name === this.faults.applyRefuses) {
        err.push(
          `Error from server (Forbidden): error when ${this.objects.has(key) ? "applying patch" : "creating"} "${file}": deployments.apps "${obj.metadata.name}" is forbidden: exceeded quota: compute, requested: limits.cpu=1, used: limits.cpu=4, limited: limits.cpu=4`,
        );
        continue;
      }
      const before = this.objects.get(key);
      const same = (o: KObj | undefined): boolean => JSON.stringify(o) === JSON.stringify(obj);
      const op = !before ? "created" : same(before.lastApplied) && same(before.live) ? "unchanged" : "configured";
      const live: KObj = structuredClone(obj);
      if (op !== "unchanged") this.objects.set(key, { live, lastApplied: structuredClone(obj) });
      if (obj.kind === "Deployment" && op !== "unchanged") this.newRevision(obj);
      if (obj.kind === "Ingress") this.albProvisioned = true;
      out.push(`${resource}/${obj.metadata.name} ${op}`);
    }
    return {
      code: err.length ? 1 : 0,
      stdout: out.map((l) => `${l}\n`).join(""),
      stderr: err.map((l) => `${l}\n`).join(""),
    };
  }

  private newRevision(d: KObj): void {
    const revs = this.revisions.get(d.metadata.name) ?? [];
    const template = JSON.stringify(d.spec?.template);
    if (JSON.stringify(revs.at(-1)) !== template) revs.push(d.spec?.template);
    this.revisions.set(d.metadata.name, revs);
    if (this.faults.rolloutFails === d.metadata.name) this.badTemplates.set(d.metadata.name, template);
    if (!this.bindingsExist()) this.podsWithoutReadinessGate.add(d.metadata.name);
  }

  private list(items: unknown[]): Answer {
    return {
      code: 0,
      stdout: `${JSON.stringify({ apiVersion: "v1", items, kind: "List", metadata: { resourceVersion: "" } }, null, 4)}\n`,
    };
  }

  private get(args: string[]): Answer {
    const [what, name] = args;
    if (what === "deployments") return this.list(this.deployments());
    if (what === "targetgroupbindings.elbv2.k8s.aws") {
      return this.list(this.bindings());
    }
    if (what === "secret" || what === "ingress" || what === "deployment") {
      const kind = { secret: "Secret", ingress: "Ingress", deployment: "Deployment" }[what];
      const found = this.objects.get(`${kind}/${name}`)?.live;
      if (!found)
        return {
          code: 1,
          stderr: `Error from server (NotFound): ${what === "ingress" ? "ingresses.networking.k8s.io" : what === "deployment" ? "deployments.apps" : "secrets"} "${name}" not found\n`,
        };
      if (kind === "Secret") {
        const data = Object.fromEntries(
          Object.entries(found.stringData ?? {}).map(([k, v]) => [k, Buffer.from(v).toString("base64")]),
        );
        return { code: 0, stdout: JSON.stringify({ ...found, stringData: undefined, data }) };
      }
      if (kind === "Ingress" && this.albProvisioned)
        return {
          code: 0,
          stdout: JSON.stringify({ ...found, status: { loadBalancer: { ingress: [{ hostname: ALB_HOSTNAME }] } } }),
        };
      return { code: 0, stdout: JSON.stringify(found) };
    }
    if (what === "pods") return this.list(this.failingPods());
    if (what === "events")
      return this.list([
        {
          type: "Warning",
          reason: "BackOff",
          message: "Back-off restarting failed container",
          lastTimestamp: "2026-12-02T16:00:00Z",
        },
      ]);
    return { code: 1, stderr: `error: the server doesn't have a resource type "${what}"\n` };
  }

  private failingPods(): unknown[] {
    const name = this.faults.rolloutFails;
    if (!name) return [];
    return [
      {
        metadata: { name: `${name}-7d9f8b6c5-x2x4z`, creationTimestamp: "2026-12-02T16:00:00Z" },
        spec: { containers: [{ name: name.replace(/^tertulia-/, "") }] },
        status: {
          phase: "Running",
          conditions: [{ type: "Ready", status: "False" }],
          containerStatuses: [
            {
              name: name.replace(/^tertulia-/, ""),
              ready: false,
              restartCount: 4,
              state: { waiting: { reason: "CrashLoopBackOff", message: "back-off 1m20s restarting failed container" } },
              lastState: { terminated: { exitCode: 1, reason: "Error" } },
            },
          ],
        },
      },
    ];
  }

  private rollout(args: string[]): Answer {
    const [action, target] = args;
    const name = (target ?? "").replace(/^deployment\//, "");
    const obj = this.objects.get(`Deployment/${name}`);
    if (!obj) return { code: 1, stderr: `Error from server (NotFound): deployments.apps "${name}" not found\n` };
    if (action === "status") {
      const bad =
        this.faults.rolloutFails === name &&
        (obj.live.spec?.replicas ?? 1) > 0 &&
        this.badTemplates.get(name) === JSON.stringify(obj.live.spec?.template);
      return bad
        ? {
            code: 1,
            stdout: `Waiting for deployment "${name}" rollout to finish: 1 old replicas are pending termination...\n`,
            stderr: `error: deployment "${name}" exceeded its progress deadline\n`,
          }
        : { code: 0, stdout: `deployment "${name}" successfully rolled out\n` };
    }
    if (action === "undo") {
      const revs = this.revisions.get(name) ?? [];
      if (revs.length < 2) return { code: 1, stderr: `error: no rollout history found for deployment "${name}"\n` };
      const previous = revs[revs.length - 2];
      obj.live.spec = { ...obj.live.spec, template: previous };
      revs.push(previous);
      return { code: 0, stdout: `deployment.apps/${name} rolled back\n` };
    }
    return { code: 1, stderr: `error: unknown rollout action ${action}\n` };
  }

  private scale(args: string[]): Answer {
    const name = (args[0] ?? "").replace(/^deployment\//, "");
    const replicas = Number((args.find((a) => a.startsWith("--replicas=")) ?? "").split("=")[1]);
    const obj = this.objects.get(`Deployment/${name}`);
    if (!obj) return { code: 1, stderr: `Error from server (NotFound): deployments.apps "${name}" not found\n` };
    obj.live.spec = { ...obj.live.spec, replicas };
    return { code: 0, stdout: `deployment.apps/${name} scaled\n` };
  }
}
