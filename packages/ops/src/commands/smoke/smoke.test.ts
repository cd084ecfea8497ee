import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { plainProgress } from "../../output/steps.ts";
import { testContext } from "../../testing/fake-context.ts";
import { fakeRunner } from "../../testing/fake-runner.ts";
import type { ChatClient, ChatMessage, ChatProtocol } from "./chat-protocol.ts";
import { chatSteps } from "./chat-session.ts";
import { smoke } from "./index.ts";

let server: ReturnType<typeof Bun.serve>;
let ready = 200;
beforeAll(() => {
  server = Bun.serve({
    port: 0,
    hostname: "127.0.0.1",
    fetch(req) {
      const path = new URL(req.url).pathname;
      if (path === "/healthz") return new Response("ok");
      if (path === "/readyz") return new Response("", { status: ready });
      return new Response("page", { headers: { "set-cookie": "AWSALB=abc; Path=/" } });
    },
  });
});
afterAll(() => server.stop(true));

type Report = { title: string; status: string; detail?: string };
const steps = (ctx: ReturnType<typeof testContext>): Report[] => (ctx.io.results[0]!.data as { steps: Report[] }).steps;

describe("smoke over HTTP", () => {
  test("checks /healthz, /readyz and the sticky cookie, each timed; a URL that is not the web tier fails at login", async () => {
    ready = 200;
    const ctx = testContext({ json: true });
    expect(await smoke(ctx, { url: `http://127.0.0.1:${server.port}`, password: "pw" })).toBe(1);
    expect(steps(ctx).map((s) => [s.title, s.status])).toEqual([
      ["Wait for the load balancer", "ok"],
      ["GET /healthz", "ok"],
      ["GET /readyz", "ok"],
      ["Sticky session cookie", "ok"],
      ["Log in as the smoke user", "failed"],
    ]);
    expect(steps(ctx).every((s) => typeof (s as { ms?: number }).ms === "number")).toBe(true);
    expect((ctx.io.results[0]!.data as { error: { message: string } }).error.message).toContain("has no login form");
  });

  test("without a smoke password the chat steps skip and say why; the HTTP checks still decide", async () => {
    ready = 200;
    const ctx = testContext({ json: true });
    const saved = process.env.SMOKE_PASSWORD;
    delete process.env.SMOKE_PASSWORD;
    try {
      expect(await smoke(ctx, { url: `http://127.0.0.1:${server.port}` })).toBe(0);
    } finally {
      if (saved !== undefined) process.env.SMOKE_PASSWORD = saved;
    }
    expect(
      steps(ctx)
        .slice(4)
        .map((s) => [s.status, s.detail]),
    ).toEqual([
      ["skipped", "no password for the smoke user: set SMOKE_PASSWORD to run the chat steps"],
      ["skipped", "not logged in"],
      ["skipped", "the previous step did not connect"],
    ]);
  });

  test("names the failed step when /readyz is not ready, exit 1", async () => {
    ready = 503;
    const ctx = testContext({ json: true });
    expect(await smoke(ctx, { url: `http://127.0.0.1:${server.port}` })).toBe(1);
    expect(ctx.io.results[0]!.data).toMatchObject({ ok: false, error: { code: "SmokeFailed" } });
    expect((ctx.io.results[0]!.data as { error: { message: string } }).error.message).toStartWith(
      'Smoke step "GET /readyz" failed: GET http://127.0.0.1',
    );
  });

  test("names /healthz when the stack is down", async () => {
    const down = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response("") });
    const url = `http://127.0.0.1:${down.port}`;
    down.stop(true);
    const ctx = testContext();
    expect(await smoke(ctx, { url, timeoutMs: 2000, backoff: { attempts: 3, firstMs: 5000, maxMs: 30000 } })).toBe(1);
    expect(ctx.io.talk()).toContain('Smoke step "Wait for the load balancer" failed');
    expect(ctx.io.talk()).toContain("load balancer: attempt 1/3: GET http://127.0.0.1");
    expect(ctx.io.talk()).toContain("ECONNREFUSED");
    expect(ctx.io.talk()).toContain("; next in 5s");
    expect(ctx.io.talk()).toContain("load balancer: attempt 3/3: ");
  });

  test("without --url it reads the stack's outputs, and says how to fix a stack never applied", async () => {
    const ctx = testContext({ runner: fakeRunner([[/ output -no-color -json$/, { stdout: "{}" }]]), json: true });
    expect(await smoke(ctx, {})).toBe(1);
    expect(ctx.io.results[0]!.data).toMatchObject({ error: { code: "TerraformOutputMissing" } });
  });
});

/** An in-memory chat: one room log; `lose`/`duplicate` simulate the faults smoke must catch. */
function memoryProtocol(fault: "none" | "lose" | "duplicate" = "none"): ChatProtocol {
  const log: ChatMessage[] = [];
  const clients = new Set<{ deliver(m: ChatMessage): void }>();
  return {
    login: async (_url, user, password) =>
      password === "pw" ? `token-${user}` : Promise.reject(new Error("bad password")),
    connect: async () => {
      const received: ChatMessage[] = [];
      const waiters: { p: (m: ChatMessage) => boolean; resolve: (m: ChatMessage) => void }[] = [];
      const self = {
        deliver(m: ChatMessage) {
          received.push(m);
          for (const w of waiters.filter((w) => w.p(m))) w.resolve(m);
        },
      };
      clients.add(self);
      const client: ChatClient = {
        received,
        join: async (room, afterSeq) => {
          if (afterSeq === undefined) return;
          for (const m of log.filter((m) => m.room === room && m.seq > afterSeq)) {
            if (fault === "lose") continue;
            self.deliver(m);
            if (fault === "duplicate") self.deliver(m);
          }
        },
        send: async (room, text) => {
          const m = { room, text, seq: log.length + 1, author: "smoke" };
          log.push(m);
          for (const c of clients) c.deliver(m);
        },
        waitForMessage: (p, timeoutMs) =>
          new Promise((resolve, reject) => {
            const hit = received.find(p);
            if (hit) return resolve(hit);
            waiters.push({ p, resolve });
            setTimeout(() => reject(new Error("timeout")), timeoutMs);
          }),
        close: async () => void clients.delete(self),
      };
      return client;
    },
  };
}

describe("smoke's chat session with injected faults (the real web tier: test/ops/smoke.test.ts)", () => {
  const run = async (fault: "none" | "lose" | "duplicate") => {
    const ctx = testContext();
    const out = await plainProgress(ctx.io).run(
      chatSteps({
        baseUrl: "http://x",
        username: "smoke",
        password: "pw",
        timeoutMs: 50,
        room: "smoke-1",
        protocol: memoryProtocol(fault),
      }),
    );
    return { ctx, out };
  };

  test("exchanges a message with a round-trip time and resumes without loss or duplicate", async () => {
    const { out, ctx } = await run("none");
    expect(out.failure).toBeUndefined();
    expect(out.reports.map((r) => r.status)).toEqual(["ok", "ok", "ok"]);
    expect(ctx.io.talk()).toMatch(/round trip \d+ms/);
    expect(ctx.io.talk()).toContain("resumed after seq 1, no loss, no duplicate");
  });

  test("a message lost across the reconnect fails the resume step", async () => {
    const { out } = await run("lose");
    expect(out.reports[2]).toMatchObject({
      title: "Disconnect, miss a message, reconnect and resume",
      status: "failed",
      detail: "The reconnected client did not get the message sent while it was away.",
    });
  });

  test("a duplicate after the reconnect fails the resume step", async () => {
    const { out } = await run("duplicate");
    expect(out.reports[2]!.detail).toBe("The missed message arrived 2 times after the resume.");
  });
});
