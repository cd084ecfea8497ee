/**
 * smoke against a load balancer as it really comes up and as it really serves TLS: real HTTP(S) servers on
 * loopback, a certificate made by openssl for one host name only, served only to that SNI name.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testContext } from "../../testing/fake-context.ts";
import { smoke } from "./index.ts";

type Report = { title: string; status: string; detail?: string };
const steps = (ctx: ReturnType<typeof testContext>): Report[] => (ctx.io.results[0]!.data as { steps: Report[] }).steps;
const FAST = { attempts: 5, firstMs: 5_000, maxMs: 30_000 };

describe("waiting for the load balancer", () => {
  let answers: number[] = [];
  const seen: string[] = [];
  let server: ReturnType<typeof Bun.serve>;
  beforeAll(() => {
    server = Bun.serve({
      port: 0,
      hostname: "127.0.0.1",
      fetch(req) {
        const path = new URL(req.url).pathname;
        seen.push(path);
        // An ALB whose only targets are still "initial" answers 503 (target group health states,
        // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html).
        if (path === "/healthz") return new Response("", { status: answers.shift() ?? 200 });
        if (path === "/readyz") return new Response("ok");
        return new Response("page", { headers: { "set-cookie": "AWSALB=abc; Path=/" } });
      },
    });
  });
  afterAll(() => server.stop(true));

  test("retries with backoff while the ALB answers 503, reports each attempt, then runs each check once", async () => {
    answers = [503, 503];
    seen.length = 0;
    const ctx = testContext({ json: true });
    const code = await smoke(ctx, { url: `http://127.0.0.1:${server.port}`, password: "", backoff: FAST });
    expect(code, JSON.stringify(ctx.io.results)).toBe(0);
    expect(ctx.io.talk()).toContain("load balancer: attempt 1/5: answered 503; next in 5s");
    expect(ctx.io.talk()).toContain("load balancer: attempt 2/5: answered 503; next in 10s");
    expect(steps(ctx)[0]).toMatchObject({ title: "Wait for the load balancer", detail: "answering after 3 attempts" });
    expect(seen).toEqual(["/healthz", "/healthz", "/healthz", "/healthz", "/readyz", "/"]);
  });

  test("gives up after the last attempt and fails the wait step", async () => {
    answers = [503, 503, 503, 503, 503];
    const ctx = testContext({ json: true });
    expect(await smoke(ctx, { url: `http://127.0.0.1:${server.port}`, backoff: FAST })).toBe(1);
    expect(ctx.io.talk()).toContain("load balancer: attempt 5/5: answered 503\n");
    expect(steps(ctx).map((s) => [s.title, s.status])).toEqual([["Wait for the load balancer", "failed"]]);
  });
});

describe("smoke behind a certificate", () => {
  const HOST = "chat.example.test";
  let dir: string;
  let cert: string;
  let https: ReturnType<typeof Bun.serve>;
  let http: ReturnType<typeof Bun.serve>;
  let redirectTo = `https://${HOST}:443/healthz`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "smoke-tls-"));
    const made = Bun.spawnSync(
      ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", `/CN=${HOST}`].concat([
        "-addext",
        `subjectAltName=DNS:${HOST}`,
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ]),
      { stderr: "pipe" },
    );
    if (made.exitCode !== 0) throw new Error(`openssl failed: ${made.stderr}`);
    cert = await Bun.file(join(dir, "cert.pem")).text();
    const key = await Bun.file(join(dir, "key.pem")).text();
    https = Bun.serve({
      port: 0,
      hostname: "127.0.0.1",
      // Only for this SNI name, as an ALB listener with one certificate serves it.
      tls: [{ serverName: HOST, cert, key }],
      fetch(req) {
        const path = new URL(req.url).pathname;
        if (req.headers.get("host") !== `${HOST}:${https.port}`) return new Response("wrong host", { status: 404 });
        if (path === "/healthz" || path === "/readyz") return new Response("ok");
        return new Response("page", { headers: { "set-cookie": "AWSALB=abc; Path=/" } });
      },
    });
    // The port 80 listener of the TLS component: "ssl-redirect" answers 301 to HTTPS, keeping host and path
    // (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#ssl-redirect).
    http = Bun.serve({
      port: 0,
      hostname: "127.0.0.1",
      fetch: () => new Response("", { status: 301, headers: { location: redirectTo } }),
    });
  });
  afterAll(async () => {
    https.stop(true);
    http.stop(true);
    await rm(dir, { recursive: true, force: true });
  });

  test("checks the certificate's own host name with SNI through the ALB's address, and the redirect as a redirect", async () => {
    redirectTo = `https://${HOST}:443/healthz`;
    const ctx = testContext({ json: true });
    const code = await smoke(ctx, {
      url: `https://127.0.0.1:${https.port}`,
      host: HOST,
      ca: cert,
      plainBaseUrl: `http://${HOST}:${http.port}/`,
      sticky: "required",
      backoff: FAST,
    });
    expect(code, JSON.stringify(ctx.io.results)).toBe(0);
    expect(steps(ctx).map((s) => [s.title, s.status, s.detail])).toEqual([
      ["Wait for the load balancer", "ok", "answering after 1 attempt"],
      ["GET /healthz", "ok", "200"],
      ["GET /readyz", "ok", "200"],
      ["HTTP redirects to HTTPS", "ok", `301 → https://${HOST}`],
      ["Sticky session cookie", "ok", "AWSALB set"],
      ["Log in as the smoke user", "skipped", expect.any(String)],
      ["Two clients join a fresh room and exchange a message", "skipped", "not logged in"],
      ["Disconnect, miss a message, reconnect and resume", "skipped", "the previous step did not connect"],
    ]);
  });

  test("the ALB's own name is not on the certificate: checking it fails the TLS handshake", async () => {
    const ctx = testContext({ json: true });
    expect(
      await smoke(ctx, { url: `https://localhost:${https.port}`, ca: cert, backoff: { ...FAST, attempts: 1 } }),
    ).toBe(1);
    expect(ctx.io.talk()).toMatch(/ERR_TLS_CERT_ALTNAME_INVALID|altnames|handshake|unrecognized name/i);
  });

  test("a 200 on plain HTTP (no redirect) fails the redirect step", async () => {
    const ok = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response("ok") });
    try {
      const ctx = testContext({ json: true });
      const code = await smoke(ctx, {
        url: `https://127.0.0.1:${https.port}`,
        host: HOST,
        ca: cert,
        plainBaseUrl: `http://${HOST}:${ok.port}/`,
        backoff: FAST,
      });
      expect(code).toBe(1);
      expect((ctx.io.results[0]!.data as { error: { message: string } }).error.message).toContain(
        `Smoke step "HTTP redirects to HTTPS" failed: GET http://${HOST}:${ok.port}/healthz answered 200, expected a redirect to https://${HOST}/.`,
      );
    } finally {
      ok.stop(true);
    }
  });

  test("an ALB DNS name with https and no --host is refused before any request, saying to pass --host", async () => {
    const ctx = testContext({ json: true });
    expect(await smoke(ctx, { url: "https://k8s-tertulia-abc.eu-west-1.elb.amazonaws.com" })).toBe(2);
    expect((ctx.io.results[0]!.data as { error: { fix: string } }).error.fix).toContain("Pass --host NAME");
  });
});
