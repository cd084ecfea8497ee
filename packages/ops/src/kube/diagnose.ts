/**
 * Why a rollout failed, in one paragraph: the first pod that is not ready, what its containers are waiting on or
 * died of, its latest events and its last log lines. All calls are read-only kubectl.
 */
import type { ProcessRunner } from "../process/runner.ts";
import { tail } from "../process/runner.ts";
import {
  type DeploymentJson,
  type EventJson,
  type KubeList,
  type KubeTarget,
  kubectl,
  type PodJson,
  parseJson,
  selectorOf,
} from "./kubectl.ts";

export interface PodDiagnosis {
  readonly pod?: string;
  /** e.g. "CrashLoopBackOff: back-off 40s restarting failed container; last exit 1 (Error)" */
  readonly reason: string;
  readonly events: string[];
  readonly logs: string;
}

/** The newest pod of the deployment that is not ready, with what is wrong with it. */
export async function diagnoseDeployment(
  runner: ProcessRunner,
  t: KubeTarget,
  deployment: string,
): Promise<PodDiagnosis> {
  const dep = parseJson<DeploymentJson>((await runner.run(kubectl.getDeployment(t, deployment))).stdout);
  const pods =
    parseJson<KubeList<PodJson>>(
      (await runner.run(kubectl.getPods(t, selectorOf(dep, `app.kubernetes.io/name=${deployment}`)))).stdout,
    )?.items ?? [];
  const unready = pods
    .filter((p) => !(p.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"))
    .sort((a, b) => (b.metadata?.creationTimestamp ?? "").localeCompare(a.metadata?.creationTimestamp ?? ""));
  const pod = unready[0];
  const name = pod?.metadata?.name;
  if (!pod || !name)
    return {
      reason: pods.length
        ? "all pods report ready, but the rollout did not complete in time"
        : "no pods were created (check the ReplicaSet events and quotas)",
      events: [],
      logs: "",
    };

  const events = (parseJson<KubeList<EventJson>>((await runner.run(kubectl.getEvents(t, name))).stdout)?.items ?? [])
    .sort((a, b) => (a.lastTimestamp ?? a.eventTime ?? "").localeCompare(b.lastTimestamp ?? b.eventTime ?? ""))
    .slice(-5)
    .map((e) => `${e.type ?? ""} ${e.reason ?? ""}: ${e.message ?? ""}`.trim());

  const bad = (pod.status?.containerStatuses ?? []).find((c) => !c.ready) ?? pod.status?.containerStatuses?.[0];
  const waiting = bad?.state?.waiting;
  const last = bad?.lastState?.terminated;
  const unscheduled = pod.status?.conditions?.find((c) => c.type === "PodScheduled" && c.status === "False");
  const parts = [
    waiting?.reason ? `${waiting.reason}${waiting.message ? `: ${waiting.message}` : ""}` : undefined,
    last ? `last exit ${last.exitCode ?? "?"} (${last.reason ?? "terminated"})` : undefined,
    unscheduled ? `unschedulable: ${unscheduled.message ?? unscheduled.reason ?? ""}` : undefined,
  ].filter(Boolean);
  const reason = parts.length ? parts.join("; ") : `phase ${pod.status?.phase ?? "unknown"}, not ready`;

  let logs = "";
  const container = bad?.name ?? pod.spec?.containers?.[0]?.name;
  if (container && !unscheduled) {
    const r = await runner.run(kubectl.logs(t, name, container, (bad?.restartCount ?? 0) > 0));
    logs = tail(r.code === 0 ? r.stdout : r.stderr, 10);
  }
  return { pod: name, reason, events, logs };
}

/** One readable block for an error message. */
export function formatDiagnosis(deployment: string, d: PodDiagnosis): string {
  const lines = [`${deployment}: ${d.pod ? `pod ${d.pod}: ` : ""}${d.reason}`];
  if (d.events.length) lines.push("  events:", ...d.events.map((e) => `    ${e}`));
  if (d.logs) lines.push("  last log lines:", ...d.logs.split("\n").map((l) => `    ${l}`));
  return lines.join("\n");
}
