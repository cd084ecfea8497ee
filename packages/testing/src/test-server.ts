/**
 * Starts the real chat server on a free loopback port with a temporary SQLite file, and a real grpc-js
 * client for it. Tests own the clock when they need to (token expiry).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TertuliaClient } from "@tertulia/protocol";
import { type Logger, silentLogger } from "@tertulia/runtime";
import type { Tracing } from "@tertulia/runtime/tracing";
import { MemoryBus } from "@tertulia/server/src/bus/memory-bus.ts";
import { loadConfig, type ServerConfig } from "@tertulia/server/src/config.ts";
import type { ServerMetrics } from "@tertulia/server/src/metrics/server-metrics.ts";
import { seedDemoUsers } from "@tertulia/server/src/seed/demo-users.ts";
import { type ChatServer, startChatServer } from "@tertulia/server/src/server.ts";
import { openSqliteStore } from "@tertulia/server/src/store/sqlite-store.ts";
import type { ChatStore } from "@tertulia/server/src/store/store.ts";

export const TEST_JWT_SECRET = "test-secret-that-is-at-least-32-bytes-long";
export const TEST_RELAY_SECRET = "relay-secret-that-is-at-least-32-bytes-long";
/** Tests that are not about quotas send faster than people do; test/abuse checks the defaults. */
export const GENEROUS_QUOTAS = {
  SEND_RATE_PER_USER: "100000",
  SEND_BURST_PER_USER: "100000",
  ROOMS_PER_USER_PER_HOUR: "1000000",
  STREAMS_PER_USER: "1000000",
  LEASES_PER_USER: "1000000",
};

export interface TestServer {
  readonly server: ChatServer;
  readonly store: ChatStore;
  readonly bus: MemoryBus;
  readonly client: TertuliaClient;
  readonly address: string;
  readonly databasePath: string;
  readonly config: ServerConfig;
  /** Logs in as a demo user and returns its token. */
  login(username?: string): Promise<string>;
  /** Opens another client on its own channel. */
  newClient(): TertuliaClient;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export interface TestServerOptions {
  readonly env?: Record<string, string>;
  readonly databasePath?: string;
  readonly now?: () => number;
  readonly log?: Logger;
  readonly metrics?: ServerMetrics;
  readonly tracing?: Tracing;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "tertulia-test-"));
  const databasePath = options.databasePath ?? join(dir, "chat.db");
  const config = loadConfig({
    HOST: "127.0.0.1",
    PORT: "0",
    JWT_SECRET: TEST_JWT_SECRET,
    RELAY_SECRET: TEST_RELAY_SECRET,
    DATABASE_PATH: databasePath,
    SHUTDOWN_TIMEOUT: "2s",
    ...GENEROUS_QUOTAS,
    ...options.env,
  });
  const store = openSqliteStore({ path: databasePath, retainPerRoom: config.limits.historyRetain, now: options.now });
  await seedDemoUsers(store);
  const bus = new MemoryBus();
  const server = await startChatServer({
    config,
    store,
    bus,
    log: options.log ?? silentLogger,
    now: options.now,
    metrics: options.metrics,
    tracing: options.tracing,
  });
  const address = `127.0.0.1:${server.port}`;
  const clients: TertuliaClient[] = [];
  const newClient = () => {
    const client = new TertuliaClient(address);
    clients.push(client);
    return client;
  };
  const client = newClient();
  return {
    server,
    store,
    bus,
    client,
    address,
    databasePath,
    config,
    newClient,
    async login(username = "mimi") {
      const response = await client.auth.authenticateUser({ username, password: "pass" });
      if (!response.token) throw new Error(`login as ${username} failed: ${response.error}`);
      return response.token;
    },
    async stop({ keepData = false } = {}) {
      for (const c of clients) c.close();
      await server.shutdown();
      if (!keepData) rmSync(dir, { recursive: true, force: true });
    },
  };
}
