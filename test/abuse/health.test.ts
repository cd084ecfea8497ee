/**
 * Finding 9: broken states do not look healthy. Real server and web tier processes.
 *
 * - A database that fails under a running server (pages corrupted on disk) turns gRPC health NOT_SERVING.
 * - A web tier whose RELAY_SECRET the server refuses is not ready (/readyz 503, saying why), and its logins
 *   fail with a specific 503 instead of piling every browser into the pod's own rate-limit bucket.
 * - Production requires RELAY_SECRET on the server as it already did on the web tier.
 * - A second web tier on the same port fails to start (Elysia turns SO_REUSEPORT on unless told not to).
 * - Start-up failures (corrupt, unreadable, read-only database file; busy port) are one line on stderr
 *   naming the variable and the file, and exit code 2.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GrpcStatus, type ServiceError } from "@tertulia/protocol";
import { type AbuseServer, type AbuseWeb, postLogin, runToExit, spawnServer, spawnWeb } from "./support/processes.ts";

const SERVING = 1;
const NOT_SERVING = 2;
const STRONG_JWT = "Vq3h0wY8m2ZrK5tN9pLx4cB7dF1gJ6sHaE0uQiWoRkT";
const STRONG_RELAY = "p8Lk2Wn5Rz0Qx7Ts3Vb9Md4Hf6Jc1Ya_Ge-Uo2Ni5Ew";
const STRONG_SESSION = "t4Gm9Qw2Ez7Rx5Kc0Vb8Hn3Js6Ld1Fp_Ay-Ui4Oo7Pz";

/** Overwrites every page but the first (the header and schema) with garbage. */
function corruptPages(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, "r+");
  const garbage = Buffer.alloc(size - 4096, 0xa5);
  writeSync(fd, garbage, 0, garbage.length, 4096);
  closeSync(fd);
}

describe("the chat server's gRPC health", () => {
  let server: AbuseServer;
  beforeAll(async () => {
    // Rooms and messages written by a first run and checkpointed into the file when it stops, so the
    // second run has to read their pages back from disk.
    const first = await spawnServer();
    const client = first.client();
    const { token } = await client.auth.authenticateUser({ username: "mimi", password: "pass" });
    for (let i = 0; i < 300; i++) await client.chat.sendNote({ room: `room-${i}`, message: `m${i}` }, { token });
    await first.stop({ keepData: true });
    server = await spawnServer({}, first.dir);
  });
  afterAll(async () => {
    await server?.stop();
  });

  test("a database corrupted under the running server turns health NOT_SERVING", async () => {
    const client = server.client();
    const { token } = await client.auth.authenticateUser({ username: "mimi", password: "pass" });
    expect((await client.health.check({ service: "" })).status).toBe(SERVING);

    corruptPages(server.databasePath);
    let failedSends = 0;
    for (let i = 0; i < 200; i++) {
      try {
        await client.chat.sendNote({ room: `room-${i}`, message: "after" }, { token });
      } catch (error) {
        expect((error as ServiceError).code).toBe(GrpcStatus.INTERNAL);
        failedSends++;
      }
    }
    const status = (await client.health.check({ service: "" })).status;
    console.info(
      `[health] corrupt database: ${failedSends}/200 sends failed; health ${status === NOT_SERVING ? "NOT_SERVING" : status}`,
    );
    expect(failedSends).toBeGreaterThan(0);
    expect(status).toBe(NOT_SERVING);
    expect(server.logs.some((l) => l.msg === "store failing: health is NOT_SERVING")).toBe(true);
  });
});

describe("the web tier's readiness and its relay credential", () => {
  let server: AbuseServer;
  let good: AbuseWeb;
  let misconfigured: AbuseWeb;
  beforeAll(async () => {
    server = await spawnServer({ LOGIN_ATTEMPTS_PER_PEER: "20" });
    [good, misconfigured] = await Promise.all([
      spawnWeb(server.address),
      spawnWeb(server.address, { RELAY_SECRET: "not-the-relay-secret-the-server-has-at-all" }),
    ]);
  });
  afterAll(async () => {
    await Promise.allSettled([good?.stop(), misconfigured?.stop()]);
    await server?.stop();
  });

  test("a web tier whose RELAY_SECRET is refused is not ready, and says why", async () => {
    const ready = await fetch(`${good.base}/readyz`);
    expect(ready.status).toBe(200);
    const refused = await fetch(`${misconfigured.base}/readyz`);
    const body = await refused.text();
    console.info(`[health] wrong RELAY_SECRET: /readyz ${refused.status} "${body.trim()}"`);
    expect(refused.status).toBe(503);
    expect(body).toContain("RELAY_SECRET");
  });

  test("its logins fail with a specific 503 and do not fill the pod's shared rate-limit bucket", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await postLogin(misconfigured.base, "mimi", `wrong-${i}`)).status);
    expect(new Set(statuses)).toEqual(new Set([503]));
    const answer = await postLogin(misconfigured.base, "mimi", "pass");
    expect(answer.body).toContain("Login is unavailable on this server right now");
    // Browsers on the good pod (the same address, loopback) are not limited by those 25 attempts.
    expect((await postLogin(good.base, "mimi", "pass")).status).toBe(303);
  });
});

describe("start-up", () => {
  test("production requires RELAY_SECRET on the server", async () => {
    const { code, stderr } = await runToExit("server", {
      NODE_ENV: "production",
      JWT_SECRET: STRONG_JWT,
      DATABASE_PATH: ":memory:",
    });
    expect({ code, stderr: stderr.trim() }).toEqual({
      code: 2,
      stderr: "tertulia-server: RELAY_SECRET is required when NODE_ENV=production",
    });
  });

  test("a second web tier on the same port fails to start; the first keeps serving", async () => {
    const server = await spawnServer();
    const first = await spawnWeb(server.address);
    try {
      const second = await runToExit("web", {
        PORT: String(first.port),
        SERVER_URL: server.address,
        SESSION_SECRET: STRONG_SESSION,
        RELAY_SECRET: STRONG_RELAY,
      });
      console.info(`[health] second web tier on port ${first.port}: exit ${second.code}, "${second.stderr.trim()}"`);
      expect(second.code).toBe(2);
      expect(second.stderr.trim().split("\n")).toEqual([
        `tertulia-client: port ${first.port} (PORT) is already in use`,
      ]);
      expect((await fetch(`${first.base}/healthz`)).status).toBe(200);
    } finally {
      await first.stop();
      await server.stop();
    }
  });

  test("a busy gRPC port is one line naming the port and PORT, exit code 2", async () => {
    const server = await spawnServer();
    try {
      const { code, stderr } = await runToExit("server", { PORT: String(server.port), DATABASE_PATH: ":memory:" });
      expect(code).toBe(2);
      const lines = stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toBe(`tertulia-server: port ${server.port} (PORT) is already in use`);
    } finally {
      await server.stop();
    }
  });

  test("an unusable database file is one line naming DATABASE_PATH and the file, exit code 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tertulia-abuse-start-"));
    const cases: Array<[string, string, RegExp]> = [];
    const garbage = join(dir, "garbage.db");
    await Bun.write(garbage, "this is not a database ".repeat(400));
    cases.push(["corrupt", garbage, /file is not a database/]);
    const directory = join(dir, "a-directory");
    mkdirSync(directory);
    cases.push(["unreadable (a directory)", directory, /unable to open database file/]);
    const readOnly = join(dir, "read-only.db");
    const made = await makeReadOnlyDatabase(readOnly);
    if (made) cases.push(["read-only", readOnly, /readonly database/]);
    try {
      for (const [what, path, reason] of cases) {
        const { code, stderr } = await runToExit("server", { DATABASE_PATH: path });
        const lines = stderr.trim().split("\n");
        console.info(`[health] ${what} database: exit ${code}, ${JSON.stringify(lines)}`);
        expect(code).toBe(2);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toStartWith(`tertulia-server: DATABASE_PATH ${path}: `);
        expect(lines[0]).toMatch(reason);
      }
    } finally {
      if (made) Bun.spawnSync(["chattr", "-i", readOnly]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A valid database file that cannot be written: mode 0444 stops a normal user; root ignores modes, so as
 * root the file is also made immutable (chattr +i). @returns false when neither is possible here.
 */
async function makeReadOnlyDatabase(path: string): Promise<boolean> {
  const { Database } = await import("bun:sqlite");
  const db = new Database(path, { create: true });
  db.run("CREATE TABLE t (x)");
  db.close();
  Bun.spawnSync(["chmod", "0444", path]);
  if (process.getuid?.() !== 0) return true;
  const chattr = Bun.spawnSync(["chattr", "+i", path]);
  if (chattr.exitCode !== 0) console.warn("[health] read-only case skipped: chattr +i is not available here");
  return chattr.exitCode === 0;
}
