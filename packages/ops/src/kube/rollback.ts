/**
 * Undoing what a release changed, Deployment by Deployment, from what `kubectl apply` said it did:
 *
 * - `configured` (the Deployment existed and its template changed): `kubectl rollout undo` back to the previous
 *   revision, then wait for it;
 * - `created` (a first release: there is no previous revision and `rollout undo` fails with "no rollout history
 *   found"): scale it to zero, so nothing half-released serves, and say so;
 * - `unchanged`, or never reached: nothing to undo.
 *
 * A partial apply (kubectl exits 1 after applying some objects) goes through the same path: only the objects it
 * listed as applied are undone.
 */
import { OpsError } from "../errors.ts";
import type { Step } from "../output/steps.ts";
import type { ProcessRunner } from "../process/runner.ts";
import { tail } from "../process/runner.ts";
import type { AppliedObject } from "./apply-order.ts";
import { type KubeTarget, kubectl } from "./kubectl.ts";

export interface RollbackPlan {
  readonly undo: readonly string[];
  readonly scaleToZero: readonly string[];
}

/** Which Deployments to undo and which to scale away, from the apply's report. */
export function planRollback(applied: readonly AppliedObject[]): RollbackPlan {
  const deployments = applied.filter((o) => o.kind === "deployment");
  return {
    undo: deployments
      .filter((o) => o.operation === "configured" || o.operation === "serverside-applied")
      .map((o) => o.name),
    scaleToZero: deployments.filter((o) => o.operation === "created").map((o) => o.name),
  };
}

export interface RollbackInput {
  readonly runner: ProcessRunner;
  readonly target: KubeTarget;
  readonly plan: RollbackPlan;
  /** Images the Deployments ran before, for the messages. */
  readonly previous: Readonly<Record<string, string>>;
  readonly timeout?: string;
}

export function rollbackSteps(r: RollbackInput): Step[] {
  const ns = r.target.namespace ?? "tertulia";
  return [
    ...r.plan.undo.map(
      (name): Step => ({
        title: `Roll back ${name}`,
        run: async (s) => {
          const undo = await r.runner.run(kubectl.rolloutUndo(r.target, name));
          if (undo.code !== 0)
            throw new OpsError(
              "RollbackFailed",
              `Could not roll back ${name}: ${tail(undo.stderr, 2) || "kubectl rollout undo failed"}.`,
              r.previous[name]
                ? `Restore it by hand: kubectl -n ${ns} set image deployment/${name} '*=${r.previous[name]}'.`
                : `Look at its history: kubectl -n ${ns} rollout history deployment/${name}.`,
            );
          const wait = await r.runner.run(kubectl.rolloutStatus(r.target, name, r.timeout));
          if (wait.code !== 0)
            throw new OpsError(
              "RollbackFailed",
              `${name} was rolled back but is not healthy yet.`,
              `Watch it with: kubectl -n ${ns} rollout status deployment/${name}.`,
            );
          s.detail(r.previous[name] ? `back on ${r.previous[name]}` : "back on the previous revision");
        },
      }),
    ),
    ...r.plan.scaleToZero.map(
      (name): Step => ({
        title: `Scale ${name} to zero`,
        run: async (s) => {
          const scaled = await r.runner.run(kubectl.scale(r.target, name, 0));
          if (scaled.code !== 0)
            throw new OpsError(
              "RollbackFailed",
              `Could not scale the new ${name} to zero: ${tail(scaled.stderr, 2)}.`,
              `Delete it by hand: kubectl -n ${ns} delete deployment/${name}.`,
            );
          s.detail("first release: nothing to roll back to, so it serves nothing until the next release");
        },
      }),
    ),
  ];
}
