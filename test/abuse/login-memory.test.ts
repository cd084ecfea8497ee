/**
 * Finding 3: the server's memory and log cannot be filled without an account. A real server process; the
 * attacker sends logins with huge usernames over gRPC, as the issue did (120 requests of ~1 MB: +141 MB RSS
 * and +108 MB of log before the fix).
 *
 * Bounds (generous, for a loaded 2-core machine): RSS grows by less than 40 MiB over the whole attack, the
 * log by less than 200 KB; each request gets a specific refusal; a real user logs in afterwards.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { GrpcStatus, type ServiceError } from "@tertulia/protocol";
import { type AbuseServer, spawnServer } from "./support/processes.ts";

const RSS_BOUND_MB = 40;
const LOG_BOUND_BYTES = 200_000;

let server: AbuseServer;

beforeAll(async () => {
  server = await spawnServer({ LOGIN_ATTEMPTS_PER_PEER: "100000" });
});

afterAll(async () => {
  await server?.stop();
});

test("120 logins with huge usernames: refused by size, memory and log stay flat", async () => {
  const client = server.client();
  // Warm up the paths a real login takes, so the baseline RSS includes them.
  await client.auth.authenticateUser({ username: "mimi", password: "pass" });
  Bun.gc(true);
  const rssBefore = server.rssMb();
  const logBefore = server.logBytes();

  const outcomes: string[] = [];
  for (let batch = 0; batch < 12; batch++) {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        // Each name different (a limiter key each), ~1 MB, just under the old 1 MiB message limit.
        const username = `${batch}-${i}-${"x".repeat(1_000_000)}`;
        return client.auth.authenticateUser({ username, password: "wrong" }, { timeoutMs: 60_000 }).then(
          (answer) => `answer:${answer.errorCode}`,
          (error: ServiceError) => `status:${GrpcStatus[error.code]}`,
        );
      }),
    );
    outcomes.push(...answers);
  }
  // Names that fit the message limit but not the username rule: refused before any work.
  const midSized = await client.auth.authenticateUser({ username: "y".repeat(60_000), password: "wrong" });
  const rssAfter = server.rssMb();
  const logGrowth = server.logBytes() - logBefore;
  const tally = Object.fromEntries([...new Set(outcomes)].map((o) => [o, outcomes.filter((x) => x === o).length]));
  console.info(
    `[login-memory] RSS ${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MiB (+${(rssAfter - rssBefore).toFixed(1)}), log +${logGrowth} bytes, outcomes ${JSON.stringify(tally)}`,
  );

  expect(outcomes.every((o) => o === "status:RESOURCE_EXHAUSTED")).toBe(true);
  expect(midSized.errorCode).toBe("invalid_username");
  expect(midSized.error).toMatch(/usernames are 3-32 characters/);
  expect(rssAfter - rssBefore).toBeLessThan(RSS_BOUND_MB);
  expect(logGrowth).toBeLessThan(LOG_BOUND_BYTES);

  // The legitimate user is unaffected.
  const login = await client.auth.authenticateUser({ username: "mimi", password: "pass" });
  expect(login.token).not.toBe("");
});

test("a failed login's unknown name is logged as a keyed hash and its length, never as typed", async () => {
  const client = server.client();
  const typedPassword = "hunter2-is-my-pw";
  const answer = await client.auth.authenticateUser({ username: typedPassword, password: "whatever" });
  expect(answer.errorCode).toBe("invalid_credentials");
  const lines = JSON.stringify(server.logs);
  expect(lines).not.toContain(typedPassword);
  const refused = server.logs.filter((l) => l.msg === "login refused").at(-1);
  expect(String(refused?.username)).toMatch(/^unknown:[0-9a-f]{12}:len16$/);
});
