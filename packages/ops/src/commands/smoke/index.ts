/**
 * `ops smoke`: a release's end-to-end check against any base URL (the ALB, or a local stack in CI): health and
 * readiness, the sticky cookie, then a real chat session (chat-session.ts). Each step timed; a failure names its
 * step and exits 1.
 */
import type { Context } from "../../context.ts";
import { type ExitCode, OpsError } from "../../errors.ts";
import { type IngressJson, ingressUrl, type KubeTarget, kubectl, parseJson } from "../../kube/kubectl.ts";
import type { StepsOutcome } from "../../output/steps.ts";
import { clusterNameFrom, clusterTarget, readOutputs, type StackPaths, terraformRoot } from "../cluster-access.ts";
import { fail, reportsJson, succeed } from "../outcome.ts";
import { type ChatProtocol, chatSteps } from "./chat-session.ts";
import { httpSteps } from "./http-checks.ts";

export interface SmokeOptions extends StackPaths {
  /** Cluster whose Ingress to read when no URL is given. @default the stack's cluster_name output */
  readonly cluster?: string;
  /** Base URL; default: the Ingress's ALB hostname (needs `kubeconfig`). */
  readonly url?: string;
  /** The smoke user. @default smoke */
  readonly user?: string;
  /** Its password. @default the SMOKE_PASSWORD environment variable (never printed) */
  readonly password?: string;
  /** Per-step network timeout in ms. @default 10000 */
  readonly timeoutMs?: number;
  /** @default auto: required behind an ALB (*.elb.amazonaws.com) */
  readonly sticky?: "required" | "optional" | "auto";
  /** A kubeconfig to find the Ingress's hostname with when no URL is given. */
  readonly kubeconfig?: string;
  /** Tests inject a protocol; the default is the web tier's. */
  readonly protocol?: ChatProtocol;
}

/** Runs the smoke steps and returns their outcome (used by `release` too). */
export async function runSmoke(ctx: Context, options: SmokeOptions & { url: string }): Promise<StepsOutcome> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const room = `smoke-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
  return ctx.progress.run([
    ...httpSteps({ baseUrl: options.url, timeoutMs, sticky: options.sticky ?? "auto" }),
    ...chatSteps({
      baseUrl: options.url,
      username: options.user ?? "smoke",
      password: options.password ?? process.env.SMOKE_PASSWORD ?? "",
      timeoutMs,
      room,
      ...(options.protocol ? { protocol: options.protocol } : {}),
    }),
  ]);
}

/** The public URL from the Ingress status. */
export async function discoverUrl(ctx: Context, target: KubeTarget): Promise<string | undefined> {
  const r = await ctx.runner.run(kubectl.getIngress(target));
  return r.code === 0 ? ingressUrl(parseJson<IngressJson>(r.stdout)) : undefined;
}

/** A kubeconfig for the stack's cluster (from its outputs, or --cluster). */
async function stackCluster(ctx: Context, options: SmokeOptions): Promise<KubeTarget> {
  const name = options.cluster ?? clusterNameFrom(await readOutputs(ctx, terraformRoot(ctx, options)));
  return clusterTarget(ctx, name, await ctx.makeTempDir());
}

export async function smoke(ctx: Context, options: SmokeOptions): Promise<ExitCode> {
  try {
    const url =
      options.url ??
      (await discoverUrl(
        ctx,
        options.kubeconfig ? { kubeconfig: options.kubeconfig } : await stackCluster(ctx, options),
      ));
    if (!url)
      throw new OpsError(
        "Usage",
        "The Ingress has no ALB hostname yet, so there is no URL to smoke-test.",
        "Wait for `ops status` to show the URL, or pass --url BASE (e.g. --url http://127.0.0.1:5000).",
      );
    const outcome = await runSmoke(ctx, { ...options, url });
    const data = { url, steps: reportsJson(outcome.reports) };
    if (outcome.failure) {
      const step = outcome.reports.find((r) => r.status === "failed")?.title ?? "?";
      return fail(
        ctx,
        new OpsError("SmokeFailed", `Smoke step "${step}" failed: ${outcome.failure.message}`, outcome.failure.fix),
        data,
        !ctx.io.json,
      );
    }
    const skipped = outcome.reports.filter((r) => r.status === "skipped").length;
    const total = outcome.reports.reduce((n, r) => n + r.ms, 0);
    return succeed(
      ctx,
      `Smoke passed against ${url} in ${total}ms${skipped ? ` (${skipped} step(s) skipped)` : ""}.`,
      data,
    );
  } catch (error) {
    return fail(ctx, error);
  }
}
