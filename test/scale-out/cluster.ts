/**
 * A scale-out cluster on loopback: a throwaway PostgreSQL and Redis (Debian's binaries), server replicas as
 * real processes (so a test can `kill -9` one), and web tiers in process that spread their gRPC calls over
 * the replicas with client-side round robin, as they do over a headless Service's addresses.
 */
import { afterAll, beforeAll, describe } from "bun:test";
import { join } from "node:path";
import { TertuliaClient } from "@tertulia/protocol";
import type { Subprocess } from "bun";
import type { WebTier } from "../../packages/client/src/app.ts";
import {
  findPostgres,
  findRedis,
  type RunningPostgres,
  type RunningRedis,
  startPostgres,
  startRedis,
  warnSkip,
} from "../../packages/server/test/support/services.ts";
import { TEST_JWT_SECRET, TEST_RELAY_SECRET } from "../../packages/server/test/support/test-server.ts";
import { startTestWebTier } from "../support/stack.ts";

const SERVER_MAIN = join(import.meta.dir, "../../packages/server/src/main.ts");

/** Why scale-out tests cannot run here, or null when PostgreSQL and Redis are both installed. */
export function scaleOutUnavailable(what: string): string | null {
  const pg = findPostgres();
  const redis = findRedis();
  const reason = typeof pg === "string" ? pg : typeof redis === "object" ? redis.reason : null;
  if (reason) warnSkip(what, reason);
  return reason;
}

/**
 * One cluster for a test file: started before its tests, stopped after them. When PostgreSQL or Redis is
 * missing, says so once and hands back `describe.skip`.
 */
export function clusterSuite(what: string): { suite: typeof describe; cluster: () => Cluster } {
  const unavailable = scaleOutUnavailable(what);
  let cluster: Cluster | undefined;
  beforeAll(async () => {
    if (!unavailable) cluster = await startCluster();
  }, 30_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 30_000);
  return {
    suite: unavailable ? describe.skip : describe,
    cluster: () => {
      if (!cluster) throw new Error("the cluster is not running");
      return cluster;
    },
  };
}

export interface Replica {
  readonly port: number;
  readonly address: string;
  /** Every JSON log line the process wrote. */
  readonly logs: Array<Record<string, unknown>>;
  /** Sends a signal (SIGKILL for `kill -9`) and waits for the process to end. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** A gRPC client bound to this replica alone. */
  client(): TertuliaClient;
}

export interface Cluster {
  readonly pg: RunningPostgres;
  readonly redis: RunningRedis;
  readonly databaseUrl: string;
  readonly replicas: Replica[];
  readonly webs: WebTier[];
  /** Starts one more replica on the cluster's database and Redis. */
  startReplica(env?: Record<string, string>): Promise<Replica>;
  /** A web tier over the given replicas, round robin. */
  startWeb(replicas: ReadonlyArray<Pick<Replica, "address">>): Promise<WebTier>;
  stop(): Promise<void>;
}

/** Round robin, as the web tier's main.ts configures it for a headless Service. */
export const ROUND_ROBIN = { "grpc.service_config": JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }) };

export async function startCluster(): Promise<Cluster> {
  const pgBinaries = findPostgres();
  const redisBinary = findRedis();
  if (typeof pgBinaries === "string" || typeof redisBinary === "object")
    throw new Error("scale-out services are not installed");
  const [pg, redis] = await Promise.all([startPostgres(pgBinaries), startRedis(redisBinary)]);
  const databaseUrl = await pg.createDatabase("cluster");
  const replicas: Replica[] = [];
  const webs: WebTier[] = [];
  const clients: TertuliaClient[] = [];
  const cluster: Cluster = {
    pg,
    redis,
    databaseUrl,
    replicas,
    webs,
    async startReplica(env = {}) {
      const replica = await spawnReplica({ DATABASE_URL: databaseUrl, REDIS_URL: redis.url, ...env }, clients);
      replicas.push(replica);
      return replica;
    },
    async startWeb(targets) {
      const target = `ipv4:${targets.map((r) => r.address).join(",")}`;
      const web = await startTestWebTier(target, {
        channelOptions: { ...ROUND_ROBIN, "grpc.keepalive_time_ms": 20_000, "grpc.keepalive_timeout_ms": 10_000 },
        web: { ratePerSecond: 500, rateBurst: 500 },
      });
      webs.push(web);
      return web;
    },
    async stop() {
      await Promise.allSettled(webs.map((w) => w.stop()));
      for (const c of clients) c.close();
      await Promise.allSettled(replicas.map((r) => r.kill("SIGTERM")));
      await Promise.allSettled([pg.stop(), redis.stop()]);
    },
  };
  return cluster;
}

async function spawnReplica(env: Record<string, string>, clients: TertuliaClient[]): Promise<Replica> {
  const proc: Subprocess<"ignore", "pipe", "pipe"> = Bun.spawn([process.execPath, "run", SERVER_MAIN], {
    env: {
      PATH: process.env.PATH ?? "",
      HOST: "127.0.0.1",
      PORT: "0",
      JWT_SECRET: TEST_JWT_SECRET,
      RELAY_SECRET: TEST_RELAY_SECRET,
      SEED_DEMO_USERS: "1",
      SHUTDOWN_TIMEOUT: "2s",
      PRESENCE_TTL: "3s",
      LOG_LEVEL: "info",
      ...env,
    },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const logs: Array<Record<string, unknown>> = [];
  let stderr = "";
  let resolvePort: (port: number) => void = () => {};
  const listening = new Promise<number>((resolve) => (resolvePort = resolve));
  void (async () => {
    let buffer = "";
    const decoder = new TextDecoder();
    for await (const chunk of proc.stdout) {
      buffer += decoder.decode(chunk, { stream: true });
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          logs.push(entry);
          if (entry.msg === "listening") resolvePort(Number(entry.port));
        } catch {
          // not a log line
        }
      }
    }
  })();
  void (async () => {
    for await (const chunk of proc.stderr) stderr += new TextDecoder().decode(chunk);
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const port = await Promise.race([
    listening,
    proc.exited.then((code) => Promise.reject(new Error(`server replica exited with ${code}: ${stderr.slice(-2000)}`))),
    new Promise<never>(
      (_, reject) =>
        (timer = setTimeout(
          () => reject(new Error(`server replica did not listen within 20 s: ${stderr.slice(-2000)}`)),
          20_000,
        )),
    ),
  ]).finally(() => clearTimeout(timer));
  const address = `127.0.0.1:${port}`;
  return {
    port,
    address,
    logs,
    async kill(signal = "SIGKILL") {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill(signal);
      await proc.exited;
    },
    client() {
      const client = new TertuliaClient(address);
      clients.push(client);
      return client;
    },
  };
}
