/**
 * What a rendered bundle needs from outside itself, and who provides it. A workload refers to objects by name
 * (a PVC's StorageClass, a pod's ServiceAccount, Secrets and ConfigMaps, an Ingress's IngressClass, a volume's
 * PVC, the namespace everything lives in); an HPA needs the resource metrics API. Each must be created by the
 * bundle itself, by the cluster stack (Terraform, applied before any release), or by ops before `kubectl apply`:
 * otherwise a pod stays Pending or an Ingress is never reconciled, and the rollout times out.
 */
import path from "node:path";
import * as opsSecrets from "../../packages/ops/src/commands/release/secrets.ts";
import { type Body, blocks, loadConfiguration, TERRAFORM_DIR } from "../../terraform/test/lib/hcl.ts";
import type { KubeObject } from "./render";

/** `Kind/name`, as kubectl names objects. */
export type Ref = `${string}/${string}`;

export interface Reference {
  readonly needs: Ref;
  readonly by: Ref;
}

/** The resource metrics API (metrics.k8s.io) the HPA reads, served by metrics-server. */
export const METRICS_API: Ref = "APIService/v1beta1.metrics.k8s.io";

type Pod = {
  serviceAccountName?: string;
  volumes?: {
    secret?: { secretName?: string; optional?: boolean };
    configMap?: { name?: string; optional?: boolean };
    persistentVolumeClaim?: { claimName?: string };
    projected?: {
      sources?: { secret?: { name?: string; optional?: boolean }; configMap?: { name?: string; optional?: boolean } }[];
    };
  }[];
  containers?: Container[];
  initContainers?: Container[];
};
type KeyRef = { name?: string; optional?: boolean };
type Container = {
  env?: { valueFrom?: { secretKeyRef?: KeyRef; configMapKeyRef?: KeyRef } }[];
  envFrom?: { secretRef?: KeyRef; configMapRef?: KeyRef }[];
};

const podSpec = (o: KubeObject): Pod | undefined =>
  (o.spec as { template?: { spec?: Pod } } | undefined)?.template?.spec;

/** Every object the bundle refers to by name; optional references (the pod starts without them) are left out. */
export function references(objects: readonly KubeObject[]): Reference[] {
  const out: Reference[] = [];
  for (const o of objects) {
    const by: Ref = `${o.kind}/${o.metadata.name}`;
    const need = (kind: string, name: string | undefined, optional = false): void => {
      if (name && !optional) out.push({ needs: `${kind}/${name}`, by });
    };
    need("Namespace", o.metadata.namespace);
    if (o.kind === "PersistentVolumeClaim")
      need("StorageClass", (o.spec as { storageClassName?: string }).storageClassName);
    if (o.kind === "Ingress") need("IngressClass", (o.spec as { ingressClassName?: string }).ingressClassName);
    if (o.kind === "HorizontalPodAutoscaler") out.push({ needs: METRICS_API, by });
    const pod = podSpec(o);
    if (!pod) continue;
    need("ServiceAccount", pod.serviceAccountName ?? "default");
    for (const v of pod.volumes ?? []) {
      need("Secret", v.secret?.secretName, v.secret?.optional);
      need("ConfigMap", v.configMap?.name, v.configMap?.optional);
      need("PersistentVolumeClaim", v.persistentVolumeClaim?.claimName);
      for (const s of v.projected?.sources ?? []) {
        need("Secret", s.secret?.name, s.secret?.optional);
        need("ConfigMap", s.configMap?.name, s.configMap?.optional);
      }
    }
    for (const c of [...(pod.containers ?? []), ...(pod.initContainers ?? [])]) {
      for (const e of c.env ?? []) {
        need("Secret", e.valueFrom?.secretKeyRef?.name, e.valueFrom?.secretKeyRef?.optional);
        need("ConfigMap", e.valueFrom?.configMapKeyRef?.name, e.valueFrom?.configMapKeyRef?.optional);
      }
      for (const e of c.envFrom ?? []) {
        need("Secret", e.secretRef?.name, e.secretRef?.optional);
        need("ConfigMap", e.configMapRef?.name, e.configMapRef?.optional);
      }
    }
  }
  return out;
}

/** Objects the bundle creates itself; every namespace has its `default` ServiceAccount. */
export function bundleProvides(objects: readonly KubeObject[]): Set<Ref> {
  const refs = new Set<Ref>(objects.map((o) => `${o.kind}/${o.metadata.name}` as Ref));
  refs.add("ServiceAccount/default");
  return refs;
}

/** `"${var.x}"` → the module's default for x; a literal stays itself. */
function resolve(value: unknown, variables: Record<string, Body>): string | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^\$\{var\.([a-z0-9_]+)\}$/.exec(value);
  if (!m) return value.includes("${") ? undefined : value;
  const d = variables[m[1] as string]?.default;
  return typeof d === "string" ? d : undefined;
}

/**
 * What the cluster stack creates, read from its Terraform (not from a list kept beside it): the in-cluster
 * module's namespace, StorageClass and ConfigMaps, the IngressClass the load balancer controller's chart is told
 * to create, and metrics-server among the cluster module's EKS add-ons.
 */
export function clusterStackProvides(): Set<Ref> {
  const refs = new Set<Ref>();
  const addons = loadConfiguration(path.join(TERRAFORM_DIR, "modules/cluster-addons"));
  const kinds: Record<string, string> = {
    kubernetes_namespace_v1: "Namespace",
    kubernetes_storage_class_v1: "StorageClass",
    kubernetes_config_map_v1: "ConfigMap",
    kubernetes_secret_v1: "Secret",
    kubernetes_service_account_v1: "ServiceAccount",
  };
  for (const r of addons.resources) {
    const kind = kinds[r.type];
    const name = resolve(blocks(r.body, "metadata")[0]?.name, addons.variables);
    if (kind && name) refs.add(`${kind}/${name}`);
    if (r.type === "helm_release" && r.body.chart === "aws-load-balancer-controller") {
      const set = Array.isArray(r.body.set) ? (r.body.set as Body[]) : [];
      const value = (n: string) => resolve(set.find((s) => s.name === n)?.value, addons.variables);
      const ingressClass = value("ingressClass");
      if (value("createIngressClassResource") === "true" && ingressClass) refs.add(`IngressClass/${ingressClass}`);
    }
  }
  const cluster = loadConfiguration(path.join(TERRAFORM_DIR, "modules/cluster"));
  const eksAddons = [
    ...Object.keys((cluster.locals.addons_after_compute as Body | undefined) ?? {}),
    ...((cluster.locals.addons_before_compute as string[] | undefined) ?? []),
  ];
  if (eksAddons.includes("metrics-server")) refs.add(METRICS_API);
  return refs;
}

/** The Secrets `ops release` writes before it applies (release/secrets.ts: every exported `{ name }`). */
export function opsProvides(): Set<Ref> {
  const refs = new Set<Ref>();
  for (const v of Object.values(opsSecrets) as unknown[]) {
    const name = (v as { name?: unknown } | null)?.name;
    if (typeof v === "object" && typeof name === "string") refs.add(`Secret/${name}`);
  }
  return refs;
}

/** References nobody provides, as `needs (by)` lines. */
export function unprovided(objects: readonly KubeObject[], ...providers: ReadonlySet<Ref>[]): string[] {
  const all = new Set<Ref>([bundleProvides(objects), ...providers].flatMap((p) => [...p]));
  const missing = references(objects).filter((r) => !all.has(r.needs));
  return [...new Set(missing.map((r) => `${r.needs} (referenced by ${r.by})`))].sort();
}
