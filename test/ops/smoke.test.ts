/** `ops smoke` for real against the local stack (server + web tier on loopback), as CI runs it. */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { smoke } from "@tertulia/ops/src/commands/smoke/index.ts";
import { testContext } from "@tertulia/ops/src/testing/fake-context.ts";
import { type Stack, startStack } from "../support/stack.ts";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

type Report = { title: string; status: string; detail?: string; ms: number };

test("every step passes against the local stack, each timed, with the round trip and the resume reported", async () => {
  const ctx = testContext({ json: true });
  const code = await smoke(ctx, { url: stack.base, user: "mimi", password: "pass" });
  const data = ctx.io.results[0]!.data as { steps: Report[] };
  expect(code, JSON.stringify(data)).toBe(0);
  expect(data.steps.map((s) => [s.title, s.status])).toEqual([
    ["Wait for the load balancer", "ok"],
    ["GET /healthz", "ok"],
    ["GET /readyz", "ok"],
    ["Sticky session cookie", "skipped"],
    ["Log in as the smoke user", "ok"],
    ["Two clients join a fresh room and exchange a message", "ok"],
    ["Disconnect, miss a message, reconnect and resume", "ok"],
  ]);
  expect(data.steps[5]!.detail).toMatch(/^round trip \d+ms$/);
  expect(data.steps[6]!.detail).toMatch(/^resumed after seq 1, no loss, no duplicate$/);
});

test("a wrong smoke password fails the login step with the web tier's own message", async () => {
  const ctx = testContext({ json: true });
  expect(await smoke(ctx, { url: stack.base, user: "mimi", password: "wrong" })).toBe(1);
  expect((ctx.io.results[0]!.data as { error: { message: string } }).error.message).toBe(
    'Smoke step "Log in as the smoke user" failed: Logging in as mimi failed: Wrong username or password.',
  );
});

test("with the stack down it fails waiting for the load balancer, naming the request and the attempts", async () => {
  const other = await startStack();
  const url = other.base;
  await other.stop();
  const ctx = testContext({ json: true });
  expect(await smoke(ctx, { url, user: "mimi", password: "pass", timeoutMs: 2_000 })).toBe(1);
  expect((ctx.io.results[0]!.data as { error: { message: string } }).error.message).toMatch(
    /^Smoke step "Wait for the load balancer" failed: The load balancer never answered GET \/healthz with 200: gave up after \d+ attempts/,
  );
});
