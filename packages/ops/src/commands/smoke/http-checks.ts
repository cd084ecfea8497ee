/** The HTTP half of smoke: health, readiness and the ALB's sticky cookie. Plain fetch, each with a timeout. */
import { OpsError } from "../../errors.ts";
import type { Step } from "../../output/steps.ts";

export interface HttpCheckOptions {
  readonly baseUrl: string;
  /** Per-request timeout. @default 10000 */
  readonly timeoutMs: number;
  /**
   * Whether the ALB stickiness cookie must be present. "auto" requires it for *.elb.amazonaws.com hosts only,
   * since a local stack has no ALB in front.
   */
  readonly sticky: "required" | "optional" | "auto";
}

/** Cookie names the AWS ALB uses for duration-based and application stickiness. */
export const STICKY_COOKIES = ["AWSALB", "AWSALBAPP-0", "AWSALBCORS"];

async function get(url: string, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new OpsError(
      "SmokeFailed",
      `GET ${url} failed: ${why}.`,
      "Check the stack is up and the URL is right (`ops status` shows the public URL).",
      { cause: error },
    );
  }
}

function expectOk(url: string, res: Response, what: string): void {
  if (res.status !== 200)
    throw new OpsError(
      "SmokeFailed",
      `GET ${url} answered ${res.status}, expected 200.`,
      `The ${what} is failing: look at the pods (\`ops status\`, kubectl logs).`,
    );
}

export function httpSteps(o: HttpCheckOptions): Step[] {
  const url = (path: string): string => new URL(path, o.baseUrl).toString();
  return [
    {
      title: "GET /healthz",
      run: async (s) => {
        const res = await get(url("/healthz"), o.timeoutMs);
        expectOk(url("/healthz"), res, "web tier process");
        s.detail("200");
      },
    },
    {
      title: "GET /readyz",
      run: async (s) => {
        const res = await get(url("/readyz"), o.timeoutMs);
        expectOk(url("/readyz"), res, "web tier's readiness (is the chat server reachable?)");
        s.detail("200");
      },
    },
    {
      title: "Sticky session cookie",
      run: async (s) => {
        const res = await get(url("/"), o.timeoutMs);
        const names = res.headers.getSetCookie().map((c) => c.split("=")[0]?.trim() ?? "");
        const found = names.find((n) => STICKY_COOKIES.includes(n));
        const required =
          o.sticky === "required" ||
          (o.sticky === "auto" && /\.elb\.amazonaws\.com$/i.test(new URL(o.baseUrl).hostname));
        if (found) return s.detail(`${found} set`);
        if (required)
          throw new OpsError(
            "SmokeFailed",
            `The ALB set no stickiness cookie (${STICKY_COOKIES.join("/")}) on GET /.`,
            "Check the Ingress's target-group-attributes include stickiness.enabled=true.",
          );
        s.skip("no ALB in front of this URL");
      },
    },
  ];
}
