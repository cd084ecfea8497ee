/**
 * Typed views of rendered objects for the policy tests. The guards only match `apiVersion` and `kind`;
 * the schema tests are what prove the rest of each object fits its type.
 */
import { Deployment, type IDeployment } from "kubernetes-models/apps/v1/Deployment";
import {
  HorizontalPodAutoscaler,
  type IHorizontalPodAutoscaler,
} from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { type IIngress, Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import { type IPodDisruptionBudget, PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { ConfigMap, type IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import { type IService, Service } from "kubernetes-models/v1/Service";
import { type IServiceAccount, ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import type { KubeObject } from "./render";

function ofKind<T>(objects: readonly KubeObject[], is: (value: unknown) => value is T): T[] {
  const matching: T[] = [];
  for (const object of objects) if (is(object)) matching.push(object);
  return matching;
}

export function deployments(objects: readonly KubeObject[]): IDeployment[] {
  return ofKind(objects, Deployment.is);
}

export function services(objects: readonly KubeObject[]): IService[] {
  return ofKind(objects, Service.is);
}

export function serviceAccounts(objects: readonly KubeObject[]): IServiceAccount[] {
  return ofKind(objects, ServiceAccount.is);
}

export function configMaps(objects: readonly KubeObject[]): IConfigMap[] {
  return ofKind(objects, ConfigMap.is);
}

export function ingresses(objects: readonly KubeObject[]): IIngress[] {
  return ofKind(objects, Ingress.is);
}

export function podDisruptionBudgets(objects: readonly KubeObject[]): IPodDisruptionBudget[] {
  return ofKind(objects, PodDisruptionBudget.is);
}

export function autoscalers(objects: readonly KubeObject[]): IHorizontalPodAutoscaler[] {
  return ofKind(objects, HorizontalPodAutoscaler.is);
}

/** The one object of a kind with this name. @throws Error when there is none. */
export function named<T extends { metadata?: { name?: string } }>(items: readonly T[], name: string): T {
  const found = items.find((item) => item.metadata?.name === name);
  if (found === undefined) throw new Error(`no object named ${name}`);
  return found;
}

/** A workload's name with its pod spec. */
export interface Workload {
  readonly name: string;
  readonly replicas: number;
  readonly labels: Readonly<Record<string, string>>;
  readonly pod: IPodSpec;
}

/** Every Deployment as a workload; a Deployment without a pod spec fails here rather than later. */
export function workloads(objects: readonly KubeObject[]): Workload[] {
  return deployments(objects).map((deployment) => {
    const name = deployment.metadata?.name ?? "(unnamed)";
    const pod = deployment.spec?.template.spec;
    if (pod === undefined) throw new Error(`Deployment ${name} has no pod spec`);
    return {
      name,
      replicas: deployment.spec?.replicas ?? 1,
      labels: deployment.spec?.template.metadata?.labels ?? {},
      pod,
    };
  });
}

/** The workload with this name. @throws Error when there is none. */
export function workloadNamed(items: readonly Workload[], name: string): Workload {
  const found = items.find((item) => item.name === name);
  if (found === undefined) throw new Error(`no workload named ${name}`);
  return found;
}

/** Every container of a pod, init containers included. */
export function containersOf(pod: IPodSpec): IContainer[] {
  return [...(pod.initContainers ?? []), ...pod.containers];
}

/** True when every pair of `selector` is among `labels` (an empty selector selects nothing here). */
export function selects(
  selector: Readonly<Record<string, string>> | undefined,
  labels: Readonly<Record<string, string>>,
): boolean {
  const pairs = Object.entries(selector ?? {});
  return pairs.length > 0 && pairs.every(([key, value]) => labels[key] === value);
}

/** An Ingress annotation's value, or undefined. */
export function annotation(ingress: IIngress, key: string): string | undefined {
  return ingress.metadata?.annotations?.[key];
}

/** Parses an ALB attribute list (`a=1,b=2`) into a map. */
export function albAttributes(value: string | undefined): Map<string, string> {
  const pairs = (value ?? "").split(",").filter((pair) => pair.includes("="));
  return new Map(
    pairs.map((pair) => [pair.slice(0, pair.indexOf("=")).trim(), pair.slice(pair.indexOf("=") + 1).trim()]),
  );
}
