/**
 * The HTTP half of smoke: wait for the load balancer, then health, readiness, the ALB's sticky cookie and, behind
 * a certificate, the HTTP → HTTPS redirect. Every request goes to the public URL (Host and SNI), optionally over a
 * connection to the ALB's own DNS name (`connectTo`).
 */
import { OpsError } from "../../errors.ts";
import { type Backoff, retryWithBackoff } from "../../kube/backoff.ts";
import type { Step } from "../../output/steps.ts";
import { type GetResult, httpGet } from "./http-get.ts";

export interface HttpCheckOptions {
  readonly baseUrl: string;
  /** Connect to this host (the ALB's DNS name) while addressing `baseUrl`'s host. */
  readonly connectTo?: string;
  /** Per-request timeout. @default 10000 */
  readonly timeoutMs: number;
  /**
   * Whether the ALB stickiness cookie must be present. "auto" requires it behind an ALB (a *.elb.amazonaws.com
   * host or `connectTo`) only, since a local stack has no ALB in front.
   */
  readonly sticky: "required" | "optional" | "auto";
  /** Waiting for the load balancer before the checks; absent: no wait. */
  readonly wait?: { readonly backoff: Backoff; readonly report: (line: string) => void };
  /** Where plain HTTP is served, for the redirect check. @default http://<baseUrl's host>/ (port 80) */
  readonly plainBaseUrl?: string;
  /** Extra trusted CA (tests). */
  readonly ca?: string;
}

/** Cookie names the AWS ALB uses for duration-based and application stickiness. */
export const STICKY_COOKIES = ["AWSALB", "AWSALBAPP-0", "AWSALBCORS"];

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: string }).code;
  return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}

export function httpSteps(o: HttpCheckOptions): Step[] {
  const url = (path: string, base = o.baseUrl): string => new URL(path, base).toString();
  const get = async (path: string, base = o.baseUrl): Promise<GetResult> => {
    try {
      return await httpGet({
        url: url(path, base),
        timeoutMs: o.timeoutMs,
        ...(o.connectTo ? { connectTo: o.connectTo } : {}),
        ...(o.ca ? { ca: o.ca } : {}),
      });
    } catch (error) {
      throw new OpsError(
        "SmokeFailed",
        `GET ${url(path, base)}${o.connectTo ? ` (via ${o.connectTo})` : ""} failed: ${describe(error)}.`,
        "Check the stack is up and the URL is right (`ops status` shows the public URL).",
        { cause: error },
      );
    }
  };
  const expectOk = (path: string, res: GetResult, what: string): void => {
    if (res.status !== 200)
      throw new OpsError(
        "SmokeFailed",
        `GET ${url(path)} answered ${res.status}, expected 200.`,
        `The ${what} is failing: look at the pods (\`ops status\`, kubectl logs).`,
      );
  };
  const secure = new URL(o.baseUrl).protocol === "https:";
  const behindAlb = Boolean(o.connectTo) || /\.elb\.amazonaws\.com$/i.test(new URL(o.baseUrl).hostname);
  const steps: Step[] = [];
  const wait = o.wait;
  if (wait)
    steps.push({
      title: "Wait for the load balancer",
      run: async (s) => {
        let tries = 0;
        await retryWithBackoff(
          wait.backoff,
          (n, of, note, next) =>
            wait.report(`load balancer: attempt ${n}/${of}: ${note}${next ? `; next in ${next / 1000}s` : ""}`),
          async () => {
            tries++;
            try {
              const res = await get("/healthz");
              // An ALB with only "initial" targets answers 503; a fresh DNS name fails to resolve (ENOTFOUND).
              return res.status === 200 ? { done: true, value: res } : { done: false, note: `answered ${res.status}` };
            } catch (error) {
              return {
                done: false,
                note: (error instanceof OpsError ? error.message : describe(error)).replace(/\.$/, ""),
              };
            }
          },
        ).catch((error: unknown) => {
          throw new OpsError(
            "SmokeFailed",
            `The load balancer never answered GET /healthz with 200: ${describe(error)}.`,
            "Look at the Ingress's events (`kubectl describe ingress tertulia`) and the target group's health.",
          );
        });
        s.detail(`answering after ${tries} attempt${tries === 1 ? "" : "s"}`);
      },
    });
  steps.push(
    {
      title: "GET /healthz",
      run: async (s) => {
        expectOk("/healthz", await get("/healthz"), "web tier process");
        s.detail("200");
      },
    },
    {
      title: "GET /readyz",
      run: async (s) => {
        expectOk("/readyz", await get("/readyz"), "web tier's readiness (is the chat server reachable?)");
        s.detail("200");
      },
    },
  );
  if (secure)
    steps.push({
      title: "HTTP redirects to HTTPS",
      run: async (s) => {
        const plain = new URL(o.plainBaseUrl ?? o.baseUrl);
        if (!o.plainBaseUrl) [plain.protocol, plain.port] = ["http:", ""];
        const res = await get("/healthz", plain.toString());
        const target = res.location ? new URL(res.location, plain) : undefined;
        if (
          ![301, 302, 307, 308].includes(res.status) ||
          target?.protocol !== "https:" ||
          target.hostname !== plain.hostname
        )
          throw new OpsError(
            "SmokeFailed",
            `GET ${url("/healthz", plain.toString())} answered ${res.status}${res.location ? ` to ${res.location}` : ""}, expected a redirect to https://${plain.hostname}/.`,
            "Check the Ingress has the TLS component (alb.ingress.kubernetes.io/ssl-redirect: '443').",
          );
        s.detail(`${res.status} → ${target.origin}`);
      },
    });
  steps.push({
    title: "Sticky session cookie",
    run: async (s) => {
      const res = await get("/");
      const names = res.setCookies.map((c) => c.split("=")[0]?.trim() ?? "");
      const found = names.find((n) => STICKY_COOKIES.includes(n));
      const required = o.sticky === "required" || (o.sticky === "auto" && behindAlb);
      if (found) return s.detail(`${found} set`);
      if (required)
        throw new OpsError(
          "SmokeFailed",
          `The ALB set no stickiness cookie (${STICKY_COOKIES.join("/")}) on GET /.`,
          "Check the Ingress's target-group-attributes include stickiness.enabled=true.",
        );
      s.skip("no ALB in front of this URL");
    },
  });
  return steps;
}
