/**
 * `ops smoke`: a release's end-to-end check against any base URL (the ALB, or a local stack in CI). First it waits
 * for the load balancer (bounded retries with backoff, each attempt reported), then it runs each check once:
 * health and readiness, the HTTP → HTTPS redirect behind a certificate, the sticky cookie, then a real chat session
 * (chat-session.ts). Each step timed; a failure names its step and exits 1.
 *
 * Behind a certificate the checks address the certificate's own host name (`--host`, or the release's configured
 * host), with that name as TLS SNI, over a connection to the ALB's DNS name: the ALB's name is not on the
 * certificate, so checking it would always fail.
 */
import type { Context } from "../../context.ts";
import { type ExitCode, OpsError } from "../../errors.ts";
import { type Backoff, LOAD_BALANCER_BACKOFF } from "../../kube/backoff.ts";
import { type IngressJson, ingressUrl, type KubeTarget, kubectl, parseJson } from "../../kube/kubectl.ts";
import type { StepsOutcome } from "../../output/steps.ts";
import { clusterNameFrom, clusterTarget, readOutputs, type StackPaths, terraformRoot } from "../cluster-access.ts";
import { fail, reportsJson, succeed } from "../outcome.ts";
import type { ChatProtocol } from "./chat-protocol.ts";
import { chatSteps } from "./chat-session.ts";
import { httpSteps } from "./http-checks.ts";
import { createWebTierProtocol } from "./web-tier-protocol.ts";

export interface SmokeOptions extends StackPaths {
  /** Cluster whose Ingress to read when no URL is given. @default the stack's cluster_name output */
  readonly cluster?: string;
  /** Base URL; default: the Ingress's ALB hostname (needs `kubeconfig`). */
  readonly url?: string;
  /** The certificate's host name: checked over HTTPS with SNI, through `url`'s host (the ALB) when both are given. */
  readonly host?: string;
  /** The smoke user. @default smoke */
  readonly user?: string;
  /** Its password. @default the SMOKE_PASSWORD environment variable (never printed) */
  readonly password?: string;
  /** Per-step network timeout in ms. @default 10000 */
  readonly timeoutMs?: number;
  /** @default auto: required behind an ALB */
  readonly sticky?: "required" | "optional" | "auto";
  /** A kubeconfig to find the Ingress's hostname with when no URL is given. */
  readonly kubeconfig?: string;
  /** Do not wait for the load balancer before the checks. @default false */
  readonly noWait?: boolean;
  /** Tests inject a protocol; the default is the web tier's. */
  readonly protocol?: ChatProtocol;
  /** Tests: the wait's schedule and a trusted CA. */
  readonly backoff?: Omit<Backoff, "sleep">;
  readonly ca?: string;
  readonly plainBaseUrl?: string;
}

/** What to address and where to connect: `--host` wins the name; `url` then only says where to connect. */
export function smokeAddress(url: string, host?: string): { baseUrl: string; connectTo?: string } {
  if (!host) return { baseUrl: url };
  const { hostname: through, port } = new URL(url);
  return { baseUrl: `https://${host}${port ? `:${port}` : ""}/`, ...(through !== host ? { connectTo: through } : {}) };
}

/** Runs the smoke steps and returns their outcome (used by `release` too). */
export async function runSmoke(ctx: Context, options: SmokeOptions & { url: string }): Promise<StepsOutcome> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const room = `smoke-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
  const { baseUrl, connectTo } = smokeAddress(options.url, options.host);
  return ctx.progress.run([
    ...httpSteps({
      baseUrl,
      timeoutMs,
      sticky: options.sticky ?? "auto",
      ...(connectTo ? { connectTo } : {}),
      ...(options.ca ? { ca: options.ca } : {}),
      ...(options.plainBaseUrl ? { plainBaseUrl: options.plainBaseUrl } : {}),
      ...(options.noWait
        ? {}
        : {
            wait: {
              backoff: { ...(options.backoff ?? LOAD_BALANCER_BACKOFF), sleep: ctx.retry.sleep },
              report: (line: string) => ctx.io.info(line),
            },
          }),
    }),
    ...chatSteps({
      baseUrl,
      username: options.user ?? "smoke",
      password: options.password ?? process.env.SMOKE_PASSWORD ?? "",
      timeoutMs,
      room,
      protocol: options.protocol ?? createWebTierProtocol(),
    }),
  ]);
}

/** The public URL from the Ingress status, or undefined while the ALB has no DNS name yet. */
export async function discoverUrl(ctx: Context, target: KubeTarget, ingress?: string): Promise<string | undefined> {
  const r = await ctx.runner.run(kubectl.getIngress(target, ingress));
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
    if (new URL(url).protocol === "https:" && !options.host && /\.elb\.amazonaws\.com$/i.test(new URL(url).hostname))
      throw new OpsError(
        "Usage",
        `${url} serves HTTPS with a certificate that does not name the ALB's DNS name.`,
        "Pass --host NAME, the host name the certificate covers (smoke connects to the ALB and checks NAME with SNI).",
      );
    const outcome = await runSmoke(ctx, { ...options, url });
    const data = { url: smokeAddress(url, options.host).baseUrl, steps: reportsJson(outcome.reports) };
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
      `Smoke passed against ${data.url} in ${total}ms${skipped ? ` (${skipped} step(s) skipped)` : ""}.`,
      data,
    );
  } catch (error) {
    return fail(ctx, error);
  }
}
