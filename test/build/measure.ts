#!/usr/bin/env bun
/**
 * Figures for the compiled binaries, printed as one JSON document (not part of the pass/fail suite):
 *
 * - size of each binary;
 * - server cold start: process start → `AuthenticateUser` answered with a token over gRPC, on a database whose
 *   demo users exist (and once on an empty one, where seeding hashes four passwords first);
 * - web tier cold start: process start → the login form answered with a session cookie (a gRPC login behind it);
 * - idle RSS of each after start-up, one login and a message round trip, then 2 s of quiet.
 *
 *   bun test/build/measure.ts [--runs 7]
 */
import { join } from "node:path";
import { TertuliaClient } from "@tertulia/protocol";
import { openSocket } from "../support/socket.ts";
import { loginCookie } from "../support/stack.ts";
import { compiledBinaries, dataDir, releaseCompiledBinaries } from "./support/binaries.ts";
import { type RunningBinary, startBinary } from "./support/process.ts";

const runsFlag = process.argv.indexOf("--runs");
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 7;
const RELAY_SECRET = "relay-secret-for-measurements-0123456789abcdef";
const binaries = await compiledBinaries(["server", "client"]);
const data = dataDir();

const serverEnv = (path: string) => ({
  HOST: "127.0.0.1",
  PORT: "0",
  DATABASE_PATH: path,
  SEED_DEMO_USERS: "1",
  RELAY_SECRET,
  JWT_SECRET: "jwt-secret-for-measurements-0123456789abcdef",
  LOG_LEVEL: "warn",
});

/** Starts the server and logs in once; the time is from just before spawn to the token. */
async function serverColdStart(
  databasePath: string,
): Promise<{ ms: number; listeningMs: number; server: RunningBinary }> {
  const started = performance.now();
  const server = await startBinary(binaries.path("server"), {
    cwd: binaries.dir,
    env: { ...serverEnv(databasePath), LOG_LEVEL: "info" },
  });
  const listeningMs = performance.now() - started;
  const client = new TertuliaClient(`127.0.0.1:${server.port}`);
  const response = await client.auth.authenticateUser({ username: "mimi", password: "pass" });
  const ms = performance.now() - started;
  client.close();
  if (!response.token) throw new Error(`login failed: ${response.error}`);
  return { ms, listeningMs, server };
}

async function webColdStart(serverPort: number): Promise<{ ms: number; web: RunningBinary; cookie: string }> {
  const started = performance.now();
  const web = await startBinary(binaries.path("client"), {
    cwd: binaries.dir,
    env: {
      HOST: "127.0.0.1",
      PORT: "0",
      SERVER_URL: `127.0.0.1:${serverPort}`,
      RELAY_SECRET,
      SESSION_SECRET: "session-secret-for-measurements-0123456789",
    },
  });
  const cookie = await loginCookie(`http://127.0.0.1:${web.port}`, "mimi", "pass");
  return { ms: performance.now() - started, web, cookie };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

const seeding = await serverColdStart(join(data, "seeded-now.db"));
await seeding.server.stop();

const dbPath = join(data, "chat.db");
const warm = await serverColdStart(dbPath); // seeds chat.db; not counted
await warm.server.stop();
const serverRuns: number[] = [];
const listeningRuns: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const run = await serverColdStart(dbPath);
  serverRuns.push(run.ms);
  listeningRuns.push(run.listeningMs);
  await run.server.stop();
}

const { server } = await serverColdStart(dbPath);
const webRuns: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const run = await webColdStart(server.port);
  webRuns.push(run.ms);
  await run.web.stop();
}

const { web, cookie } = await webColdStart(server.port);
const socket = await openSocket(`http://127.0.0.1:${web.port}`, cookie);
socket.send({ type: "join", room: "measure" });
await socket.until((f) => f.some((x) => x.type === "joined"));
socket.send({ type: "send", room: "measure", text: "hola", clientId: "m1" });
await socket.until((f) => f.some((x) => x.type === "message" && x.clientId === "m1"));
socket.close();
await Bun.sleep(2_000);
const idle = { serverMiB: round(server.rss() / 2 ** 20), webMiB: round(web.rss() / 2 ** 20) };
await web.stop();
await server.stop();
releaseCompiledBinaries();

console.log(
  JSON.stringify(
    {
      bun: Bun.version,
      commit: binaries.commit,
      binaryMB: Object.fromEntries([...binaries.sizes].map(([name, bytes]) => [name, round(bytes / 1e6)])),
      serverColdStartToLoginMs: {
        runs: serverRuns.map(round),
        median: round(median(serverRuns)),
        medianToListening: round(median(listeningRuns)),
        emptyDatabaseWithSeeding: round(seeding.ms),
      },
      webColdStartToLoginMs: { runs: webRuns.map(round), median: round(median(webRuns)) },
      idleRss: idle,
    },
    null,
    2,
  ),
);
