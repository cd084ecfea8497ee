/** Rolling out, and rolling back when a rollout (or the smoke test after it) fails. */
import { KUBE } from "../../config.ts";
import type { Context } from "../../context.ts";
import { OpsError } from "../../errors.ts";
import { diagnoseDeployment, formatDiagnosis } from "../../kube/diagnose.ts";
import { type KubeTarget, kubectl } from "../../kube/kubectl.ts";
import type { Step } from "../../output/steps.ts";
import { tail } from "../../process/runner.ts";

export function rolloutSteps(
  ctx: Context,
  target: () => KubeTarget,
  timeout: string | undefined,
  onFailure: (deployment: string) => Promise<OpsError>,
): Step[] {
  return KUBE.workloads.map((w) => ({
    title: `Rollout ${w.deployment}`,
    run: async (s) => {
      const r = await ctx.runner.run(kubectl.rolloutStatus(target(), w.deployment, timeout));
      if (r.code !== 0) throw await onFailure(w.deployment);
      s.detail(ctx.dryRun ? "would wait" : "all replicas updated and ready");
    },
  }));
}

/** Diagnoses the failed deployment and returns the error the release ends with. */
export async function rolloutFailure(ctx: Context, t: KubeTarget, deployment: string): Promise<OpsError> {
  const diagnosis = await diagnoseDeployment(ctx.runner, t, deployment);
  return new OpsError(
    "RolloutFailed",
    `The rollout of ${deployment} failed.\n${formatDiagnosis(deployment, diagnosis)}`,
    "The previous images were restored (see the rollback steps). Fix the cause above, commit, and release again.",
  );
}

export function rollbackSteps(ctx: Context, target: KubeTarget, previous: Readonly<Record<string, string>>): Step[] {
  return KUBE.workloads.map((w) => ({
    title: `Roll back ${w.deployment}`,
    run: async (s) => {
      const undo = await ctx.runner.run(kubectl.rolloutUndo(target, w.deployment));
      if (undo.code !== 0)
        throw new OpsError(
          "RollbackFailed",
          `Could not roll back ${w.deployment}: ${tail(undo.stderr, 2) || "kubectl rollout undo failed"}.`,
          previous[w.deployment]
            ? `Restore it by hand: kubectl -n ${KUBE.namespace} set image deployment/${w.deployment} '*=${previous[w.deployment]}'.`
            : "This was the first release, so there is nothing to roll back to: fix the cause and release again.",
        );
      const wait = await ctx.runner.run(kubectl.rolloutStatus(target, w.deployment));
      if (wait.code !== 0)
        throw new OpsError(
          "RollbackFailed",
          `${w.deployment} was rolled back but is not healthy yet.`,
          `Watch it with: kubectl -n ${KUBE.namespace} rollout status deployment/${w.deployment}.`,
        );
      s.detail(previous[w.deployment] ? `back on ${previous[w.deployment]}` : "back on the previous revision");
    },
  }));
}
