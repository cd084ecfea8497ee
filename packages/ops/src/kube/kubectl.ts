/**
 * kubectl command lines, built in one place so dry runs and tests see exactly what runs. Every command names its
 * kubeconfig (the one ops writes for the cluster; never the user's ~/.kube/config) and its namespace.
 */
import { KUBE } from "../config.ts";
import type { Cmd } from "../process/runner.ts";

export interface KubeTarget {
  /** Path of the kubeconfig written for this run. */
  readonly kubeconfig: string;
  /** @default tertulia */
  readonly namespace?: string;
}

const k = (t: KubeTarget, args: string[], readOnly = true): Cmd => ({
  cmd: "kubectl",
  args: ["--kubeconfig", t.kubeconfig, "--namespace", t.namespace ?? KUBE.namespace, ...args],
  readOnly,
});

export const kubectl = {
  /** Renders a kustomization directory offline. */
  kustomize: (dir: string): Cmd => ({ cmd: "kubectl", args: ["kustomize", dir], readOnly: true }),
  apply: (t: KubeTarget, file: string): Cmd => k(t, ["apply", "--filename", file], false),
  /** Applies a manifest given on stdin (Secrets: their values never reach argv or a file). */
  applyStdin: (t: KubeTarget, manifest: string): Cmd => ({
    ...k(t, ["apply", "--filename", "-"], false),
    stdin: manifest,
  }),
  getSecret: (t: KubeTarget, name: string): Cmd => k(t, ["get", "secret", name, "--output", "json"]),
  /** Waits for the rollout; exits non-zero when it fails or times out. Not read-only: it only makes sense after an apply. */
  rolloutStatus: (t: KubeTarget, deployment: string, timeout: string = KUBE.rolloutTimeout): Cmd =>
    k(t, ["rollout", "status", `deployment/${deployment}`, `--timeout=${timeout}`], false),
  rolloutUndo: (t: KubeTarget, deployment: string): Cmd => k(t, ["rollout", "undo", `deployment/${deployment}`], false),
  /**
   * Scales a Deployment. At zero, an HPA stops adjusting it until someone scales it again ("Implicit maintenance-mode
   * deactivation", https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/).
   */
  scale: (t: KubeTarget, deployment: string, replicas: number): Cmd =>
    k(t, ["scale", `deployment/${deployment}`, `--replicas=${replicas}`], false),
  /** The load balancer controller's bindings of Services to ALB target groups. */
  getTargetGroupBindings: (t: KubeTarget): Cmd =>
    k(t, ["get", "targetgroupbindings.elbv2.k8s.aws", "--output", "json"]),
  getDeployments: (t: KubeTarget): Cmd => k(t, ["get", "deployments", "--output", "json"]),
  getDeployment: (t: KubeTarget, name: string): Cmd => k(t, ["get", "deployment", name, "--output", "json"]),
  getPods: (t: KubeTarget, selector: string): Cmd => k(t, ["get", "pods", "--selector", selector, "--output", "json"]),
  getEvents: (t: KubeTarget, pod: string): Cmd =>
    k(t, ["get", "events", "--field-selector", `involvedObject.name=${pod}`, "--output", "json"]),
  logs: (t: KubeTarget, pod: string, container: string, previous: boolean): Cmd =>
    k(t, ["logs", pod, "--container", container, "--tail=20", ...(previous ? ["--previous"] : [])]),
  getIngress: (t: KubeTarget, name: string = KUBE.ingress): Cmd => k(t, ["get", "ingress", name, "--output", "json"]),
  getNodes: (t: KubeTarget): Cmd => ({
    cmd: "kubectl",
    args: ["--kubeconfig", t.kubeconfig, "get", "nodes", "--output", "json"],
    readOnly: true,
  }),
};

/** The parts of Kubernetes objects ops reads (from `--output json`). */
export interface KubeList<T> {
  readonly items?: T[];
}
export interface DeploymentJson {
  readonly metadata?: { name?: string };
  readonly spec?: {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> };
    template?: { spec?: { containers?: { name?: string; image?: string }[] } };
  };
  readonly status?: { readyReplicas?: number; updatedReplicas?: number; availableReplicas?: number };
}
export interface ContainerStatusJson {
  readonly name?: string;
  readonly ready?: boolean;
  readonly restartCount?: number;
  readonly state?: {
    waiting?: { reason?: string; message?: string };
    terminated?: { reason?: string; exitCode?: number };
  };
  readonly lastState?: { terminated?: { reason?: string; exitCode?: number; message?: string } };
}
export interface PodJson {
  readonly metadata?: { name?: string; creationTimestamp?: string };
  readonly spec?: { containers?: { name?: string; image?: string }[] };
  readonly status?: {
    phase?: string;
    conditions?: { type?: string; status?: string; reason?: string; message?: string }[];
    containerStatuses?: ContainerStatusJson[];
  };
}
export interface EventJson {
  readonly type?: string;
  readonly reason?: string;
  readonly message?: string;
  readonly lastTimestamp?: string;
  readonly eventTime?: string;
}
export interface IngressJson {
  readonly metadata?: { annotations?: Record<string, string> };
  readonly status?: { loadBalancer?: { ingress?: { hostname?: string; ip?: string }[] } };
}
export interface NodeJson {
  readonly metadata?: { name?: string; labels?: Record<string, string> };
  readonly status?: { conditions?: { type?: string; status?: string }[]; nodeInfo?: { kubeletVersion?: string } };
}

/** Parses kubectl JSON output; undefined when it is not JSON (e.g. empty output in a dry run). */
export function parseJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** `app=x,tier=y` from a Deployment's matchLabels. */
export function selectorOf(d: DeploymentJson | undefined, fallback: string): string {
  const labels = d?.spec?.selector?.matchLabels;
  return labels && Object.keys(labels).length
    ? Object.entries(labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(",")
    : fallback;
}

/** The public URL from the Ingress's load balancer status: https when a certificate is attached. */
export function ingressUrl(i: IngressJson | undefined): string | undefined {
  const lb = i?.status?.loadBalancer?.ingress?.[0];
  const host = lb?.hostname ?? lb?.ip;
  const cert = i?.metadata?.annotations?.["alb.ingress.kubernetes.io/certificate-arn"];
  return host ? `${cert && !cert.includes("set-by-ops") ? "https" : "http"}://${host}` : undefined;
}

/** What to do about the kubectl failures people meet with EKS, by their stderr; undefined when unknown. */
export function kubectlHint(stderr: string): string | undefined {
  if (/executable aws not found|"aws": executable file not found/i.test(stderr))
    return "Install the AWS CLI v2: kubectl runs `aws eks get-token` to authenticate to EKS.";
  if (/Unauthorized|must be logged in to the server/i.test(stderr))
    return "Your AWS identity has no access entry on this cluster: add its ARN to cluster_admin_principal_arns (or use the CodeBuild role) and deploy.";
  if (/forbidden/i.test(stderr))
    return "Your identity's Kubernetes permissions do not cover this: CodeBuild's access is limited to the tertulia namespace by design.";
  if (/no such host|dial tcp|i\/o timeout|connection refused/i.test(stderr))
    return "The cluster's API endpoint is unreachable from here: check endpoint_public_access_cidrs includes your address.";
  return undefined;
}
