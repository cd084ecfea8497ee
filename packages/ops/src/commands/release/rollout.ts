/** Waiting for each rollout, and saying why one failed (the rollback itself is kube/rollback.ts). */
import { KUBE } from "../../config.ts";
import type { Context } from "../../context.ts";
import { OpsError } from "../../errors.ts";
import { diagnoseDeployment, formatDiagnosis } from "../../kube/diagnose.ts";
import { type KubeTarget, kubectl } from "../../kube/kubectl.ts";
import type { Step } from "../../output/steps.ts";

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
