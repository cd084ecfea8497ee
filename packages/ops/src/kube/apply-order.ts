/**
 * The order a release applies its objects in. The AWS Load Balancer Controller injects its readiness gate into a
 * pod only when, at the pod's creation, a TargetGroupBinding exists for a Service the pod backs ("The controller
 * automatically injects the necessary readiness gate configuration to the pod spec via mutating webhook during pod
 * creation", https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/pod_readiness_gate/).
 * So everything that routes (Services, the Ingress, config) goes first, the controller is given time to create
 * the target groups and their bindings, and only then do the Deployments change.
 */
import { parseAllDocuments, stringify } from "yaml";

export interface ApplyPhases {
  /** Services, the Ingress, ConfigMaps, ServiceAccounts, autoscalers, budgets, claims: everything but Deployments. */
  readonly routing: string;
  /** The Deployments, applied once the target groups exist. */
  readonly workloads: string;
  readonly deployments: readonly string[];
  /** Each Deployment's `spec.replicas` as rendered (to bring back one a failed first release scaled to zero). */
  readonly replicas: Readonly<Record<string, number>>;
  /** The Services the Ingress sends traffic to: each needs a TargetGroupBinding before pods are created. */
  readonly ingressBackends: readonly string[];
}

interface KubeObject {
  kind?: string;
  metadata?: { name?: string };
  spec?: {
    replicas?: number;
    defaultBackend?: { service?: { name?: string } };
    rules?: { http?: { paths?: { backend?: { service?: { name?: string } } }[] } }[];
  };
}

/** Splits a rendered multi-document manifest (what `kubectl kustomize` prints) into the two apply phases. */
export function splitForApply(rendered: string): ApplyPhases {
  const objects = parseAllDocuments(rendered)
    .map((d) => d.toJSON() as KubeObject | null)
    .filter((o): o is KubeObject => Boolean(o?.kind));
  const routing = objects.filter((o) => o.kind !== "Deployment");
  const workloads = objects.filter((o) => o.kind === "Deployment");
  const backends = new Set<string>();
  for (const ingress of objects.filter((o) => o.kind === "Ingress")) {
    const d = ingress.spec?.defaultBackend?.service?.name;
    if (d) backends.add(d);
    for (const rule of ingress.spec?.rules ?? [])
      for (const path of rule.http?.paths ?? [])
        if (path.backend?.service?.name) backends.add(path.backend.service.name);
  }
  return {
    routing: join(routing),
    workloads: join(workloads),
    deployments: workloads.map((o) => o.metadata?.name ?? "?"),
    replicas: Object.fromEntries(workloads.map((o) => [o.metadata?.name ?? "?", o.spec?.replicas ?? 1])),
    ingressBackends: [...backends],
  };
}

const join = (objects: readonly KubeObject[]): string => objects.map((o) => stringify(o)).join("---\n");

/** One line of `kubectl apply` output: `deployment.apps/tertulia-server configured`. */
export interface AppliedObject {
  readonly kind: string;
  readonly name: string;
  readonly operation: "created" | "configured" | "unchanged" | "serverside-applied" | string;
}

/**
 * What `kubectl apply` reports on stdout, one `<resource>.<group>/<name> <operation>` line per object it applied
 * (kubectl's default printer: "deployment.apps/nginx created", "… configured", "… unchanged"; an object it could
 * not apply is reported on stderr instead, and the exit code is 1). Read even when the command failed: what is
 * listed was applied, and a partial apply is rolled back like a failed rollout.
 */
export function parseApplyOutput(stdout: string): AppliedObject[] {
  const out: AppliedObject[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^([a-z0-9.-]+)\/(\S+) (\S+)/.exec(line.trim());
    if (m)
      out.push({ kind: (m[1] as string).split(".")[0] as string, name: m[2] as string, operation: m[3] as string });
  }
  return out;
}
