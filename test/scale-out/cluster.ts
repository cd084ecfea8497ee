/**
 * A scale-out cluster on loopback: a throwaway PostgreSQL and Redis (Debian's binaries), server replicas as
 * real processes (so a test can `kill -9` one), and web tiers in process that spread their gRPC calls over
 * the replicas with client-side round robin, as they do over a headless Service's addresses.
 */
import { afterAll, beforeAll, describe } from "bun:test";
import type { WebTier } from "@tertulia/client/src/app.ts";
import { TertuliaClient } from "@tertulia/protocol";
import { SERVER_MAIN } from "@tertulia/testing/entry-points";
import { spawnListening } from "@tertulia/testing/process";
import { TEST_SERVER_ENV } from "@tertulia/testing/server-process";
import {
  findPostgres,
  findRedis,
  type RunningPostgres,
  type RunningRedis,
  startPostgres,
  startRedis,
  warnSkip,
} from "@tertulia/testing/services";
import { startTestWebTier } from "../support/stack.ts";

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
  // The test secrets and demo users, and the default quotas: the cluster is not exempt from them.
  const replica = await spawnListening({
    main: SERVER_MAIN,
    env: { ...TEST_SERVER_ENV, PRESENCE_TTL: "3s", LOG_LEVEL: "info", ...env },
    listenTimeoutMs: 20_000,
  });
  const { port, logs } = replica;
  const address = `127.0.0.1:${port}`;
  return {
    port,
    address,
    logs,
    kill: (signal = "SIGKILL") => replica.kill(signal),
    client() {
      const client = new TertuliaClient(address);
      clients.push(client);
      return client;
    },
  };
}
