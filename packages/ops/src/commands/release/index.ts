/**
 * `ops release` and its two halves, as the pipeline runs them:
 *
 * - `ops release images`: each image checked in ECR and, when missing, built and pushed (image-steps.ts);
 * - `ops release deploy`: the build queue (pipeline-turn.ts), render, apply in order (Services and Ingress, the ALB's
 *   target groups, Deployments), wait for each rollout, wait for the load balancer and smoke-test;
 * - `ops release`: both, for an operator (and `ops deploy`).
 *
 * When anything after the Deployments were applied fails (a partial apply, a rollout, the smoke test), what the
 * apply changed is undone (kube/rollback.ts): `rollout undo` for Deployments that existed, scale to zero for those
 * a first release created. The previous release keeps serving; the command exits 1.
 */
import { join } from "node:path";
import type { Context } from "../../context.ts";
import { type ExitCode, OpsError } from "../../errors.ts";
import { LOAD_BALANCER_BACKOFF, retryWithBackoff } from "../../kube/backoff.ts";
import { planRollback, rollbackSteps } from "../../kube/rollback.ts";
import type { Step, StepReport } from "../../output/steps.ts";
import type { TargetName } from "../../targets/build-environment.ts";
import { fail, reportsJson, succeed } from "../outcome.ts";
import { discoverUrl, runSmoke } from "../smoke/index.ts";
import { clusterSteps, deploySteps } from "./deploy-steps.ts";
import { ecrStep, imageRef, imageSteps } from "./image-steps.ts";
import type { ReleaseDeps, ReleaseOptions, ReleaseOutcome, ReleaseState } from "./options.ts";
import { pipelineTurnStep, type Turn } from "./pipeline-turn.ts";
import { targetsStep } from "./targets-step.ts";

export type { ReleaseDeps, ReleaseOptions, ReleaseOutcome } from "./options.ts";

export type ReleasePart = "all" | "images" | "deploy";

const DEFAULT_DEPS: ReleaseDeps = { smoke: runSmoke };

const NEEDS: Readonly<Record<ReleasePart, readonly TargetName[]>> = {
  all: ["clusterName", "namespace", "serverRepository", "clientRepository"],
  images: ["serverRepository", "clientRepository"],
  deploy: ["clusterName", "namespace", "serverRepository", "clientRepository"],
};

/** `ops release`: images, then deploy. */
export const release = (ctx: Context, options: ReleaseOptions, deps: ReleaseDeps = DEFAULT_DEPS): Promise<ExitCode> =>
  finish(ctx, () => runRelease(ctx, options, deps));

/** `ops release images`. */
export const releaseImages = (ctx: Context, options: ReleaseOptions): Promise<ExitCode> =>
  finish(ctx, () => runRelease(ctx, options, DEFAULT_DEPS, "images"));

/** `ops release deploy`. */
export const releaseDeploy = (
  ctx: Context,
  options: ReleaseOptions,
  deps: ReleaseDeps = DEFAULT_DEPS,
): Promise<ExitCode> => finish(ctx, () => runRelease(ctx, options, deps, "deploy"));

async function finish(ctx: Context, run: () => Promise<ReleaseOutcome>): Promise<ExitCode> {
  try {
    const out = await run();
    return out.error ? fail(ctx, out.error, out.data, out.shown) : succeed(ctx, out.text, out.data);
  } catch (error) {
    return fail(ctx, error);
  }
}

export async function runRelease(
  ctx: Context,
  options: ReleaseOptions,
  deps: ReleaseDeps = DEFAULT_DEPS,
  part: ReleasePart = "all",
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ReleaseOutcome> {
  const workDir = await ctx.makeTempDir();
  const state: ReleaseState = {
    tag: options.tag ?? "",
    kube: { kubeconfig: join(workDir, "kubeconfig") },
    workDir,
    previous: {},
    zeroed: [],
    inEcr: new Set(),
    applied: [],
    ...(options.url ? { url: options.url } : {}),
  };
  const queue: { turn: Turn } = { turn: { go: true } };
  const reports: StepReport[] = [];
  const data = (): Record<string, unknown> => ({
    tag: state.tag,
    images: state.targets ? { server: imageRef(state, "server"), client: imageRef(state, "client") } : undefined,
    previousImages: state.previous,
    url: state.url ?? null,
    steps: reportsJson(reports),
  });
  const failed = (error: OpsError, shown = !ctx.io.json): ReleaseOutcome => ({ error, shown, text: "", data: data() });

  const first: Step[] = [targetsStep(ctx, options, state, NEEDS[part], env)];
  if (part !== "images") first.push(pipelineTurnStep(ctx, env, (t) => void (queue.turn = t)));
  const begun = await ctx.progress.run(first);
  reports.push(...begun.reports);
  if (begun.failure) return failed(begun.failure);
  const turn = queue.turn;
  if (!turn.go)
    return {
      shown: false,
      text: `Nothing deployed: ${turn.supersededBy} is newer${turn.commit ? ` (${turn.commit.slice(0, 12)})` : ""} and deploys a commit that includes this one.`,
      data: { ...data(), supersededBy: turn.supersededBy },
    };

  const steps: Step[] = [];
  if (part !== "deploy" && !options.skipBuild) steps.push(...imageSteps(ctx, state));
  if (part !== "images") {
    steps.push(...clusterSteps(ctx, state));
    if (part === "deploy" || options.skipBuild) steps.push(ecrStep(ctx, state, true));
    steps.push(...deploySteps(ctx, options, state));
  }
  const outcome = await ctx.progress.run(steps);
  reports.push(...outcome.reports);
  let failure = outcome.failure;

  if (!failure && part !== "images" && !options.skipSmoke) {
    if (ctx.dryRun)
      ctx.io.info(`would wait for the load balancer and smoke-test ${state.url ?? "the Ingress's ALB hostname"}`);
    else {
      const smoked = await smokeRelease(ctx, state, deps);
      reports.push(...smoked.reports);
      if (smoked.failure)
        failure = new OpsError(
          "SmokeFailed",
          `The smoke test failed after the rollout: ${smoked.failure.message}`,
          "What this release changed was undone (see the rollback steps). Fix the cause and release again.",
        );
    }
  }

  const plan = planRollback(state.applied);
  if (failure && (plan.undo.length || plan.scaleToZero.length)) {
    const back = await ctx.progress.run(
      rollbackSteps({
        runner: ctx.runner,
        target: state.kube,
        plan,
        previous: state.previous,
        ...(options.timeout ? { timeout: options.timeout } : {}),
      }),
    );
    reports.push(...back.reports);
    if (back.failure)
      return failed(
        new OpsError(
          "RollbackFailed",
          `${failure.message}\nThen the rollback failed: ${back.failure.message}`,
          back.failure.fix,
        ),
        false,
      );
    const said = plan.scaleToZero.length
      ? `\nFirst release: ${plan.scaleToZero.join(" and ")} ${plan.scaleToZero.length > 1 ? "were" : "was"} scaled to zero (nothing to roll back to).`
      : "";
    return failed(new OpsError(failure.code, `${failure.message}${said}`, failure.fix), false);
  }
  if (failure) return failed(failure);
  const img = state.targets ? (data().images as { server: string; client: string }) : { server: "?", client: "?" };
  const verb = ctx.dryRun ? "Would" : "";
  const what = part === "images" ? `${verb ? "Would push" : "Pushed"}` : `${verb ? "Would release" : "Released"}`;
  return {
    shown: false,
    text: `${what} ${state.tag}:\n  server ${img.server}\n  client ${img.client}${state.url ? `\n  url    ${state.url}` : ""}`,
    data: data(),
  };
}

/** The ALB's DNS name (waited for, with backoff), then smoke: against the public host with SNI when TLS is on. */
async function smokeRelease(ctx: Context, state: ReleaseState, deps: ReleaseDeps) {
  const t = state.targets!;
  let url = state.url;
  if (!url) {
    try {
      url = await retryWithBackoff(
        { ...LOAD_BALANCER_BACKOFF, sleep: ctx.retry.sleep },
        (n, of, note, next) =>
          ctx.io.info(`load balancer address: attempt ${n}/${of}: ${note}${next ? `; next in ${next / 1000}s` : ""}`),
        async () => {
          const found = await discoverUrl(ctx, state.kube);
          return found ? { done: true, value: found } : { done: false, note: "the Ingress has no ALB hostname yet" };
        },
      );
    } catch (error) {
      return {
        reports: [],
        failure: new OpsError(
          "SmokeFailed",
          `The Ingress never got a load balancer: ${error instanceof Error ? error.message : String(error)}.`,
          "Look at the Ingress's events (`kubectl describe ingress`) and the load balancer controller's logs.",
        ),
      };
    }
  }
  state.url = t.publicHost ? `https://${t.publicHost}` : url;
  return deps.smoke(ctx, { url, ...(t.publicHost ? { host: t.publicHost } : {}) });
}
