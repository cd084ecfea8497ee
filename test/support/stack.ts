/**
 * The whole local stack for cross-package tests: the real chat server (temporary SQLite) and the real web
 * tier, each on a free loopback port, plus helpers to log in over HTTP and talk over WebSockets.
 */

import { startWebTier, type WebTier } from "@tertulia/client/src/app.ts";
import type { WebMetrics } from "@tertulia/client/src/metrics/web-metrics.ts";
import { TertuliaClient } from "@tertulia/protocol";
import { type Logger, silentLogger } from "@tertulia/runtime";
import { type Tracing, tracingInterceptor } from "@tertulia/runtime/tracing";
import type { ServerMetrics } from "@tertulia/server/src/metrics/server-metrics.ts";
import { startTestServer, TEST_RELAY_SECRET, type TestServer } from "@tertulia/testing/test-server";

export const TEST_SESSION_SECRET = "session-secret-that-is-at-least-32-bytes";

export interface Stack {
  readonly server: TestServer;
  readonly web: WebTier;
  readonly base: string;
  stop(): Promise<void>;
}

export interface StackOptions {
  readonly serverEnv?: Record<string, string>;
  readonly web?: {
    readonly ratePerSecond?: number;
    readonly rateBurst?: number;
    readonly maxPayload?: number;
    readonly signupAllowed?: boolean;
  };
  readonly databasePath?: string;
  readonly log?: Logger;
  /** A fixed gRPC port, for tests that restart the server on the same address. */
  readonly grpcPort?: number;
  /** Metrics and tracing for each tier (observability tests). */
  readonly server?: { readonly metrics?: ServerMetrics; readonly tracing?: Tracing };
  readonly webTier?: { readonly metrics?: WebMetrics; readonly tracing?: Tracing };
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const server = await startTestServer({
    databasePath: options.databasePath,
    env: { ...(options.grpcPort ? { PORT: String(options.grpcPort) } : {}), ...options.serverEnv },
    ...options.server,
  });
  const web = await startTestWebTier(server.address, { ...options, observe: options.webTier });
  return {
    server,
    web,
    base: web.url,
    async stop() {
      await web.stop();
      await server.stop();
    },
  };
}

export interface TestWebTierOptions extends Pick<StackOptions, "web" | "log"> {
  /** Extra gRPC channel options, e.g. a load-balancing service config for several server addresses. */
  readonly channelOptions?: Record<string, string | number>;
  /** A fixed web port, for tests that restart the web tier where open pages reconnect (default: a free one). */
  readonly port?: number;
  /** The web tier's metrics and tracing (its gRPC client then carries trace context, as main.ts's does). */
  readonly observe?: { readonly metrics?: WebMetrics; readonly tracing?: Tracing };
}

/**
 * The real web tier on a free loopback port, talking to `target`: one server's `host:port`, or several as
 * grpc-js's `ipv4:127.0.0.1:p1,127.0.0.1:p2` (with a round_robin service config in `channelOptions`).
 */
export async function startTestWebTier(target: string, options: TestWebTierOptions = {}): Promise<WebTier> {
  return startWebTier({
    config: {
      host: "127.0.0.1",
      port: options.port ?? 0,
      sessionSecret: TEST_SESSION_SECRET,
      relaySecret: TEST_RELAY_SECRET,
      ws: {
        maxPayload: options.web?.maxPayload ?? 16_384,
        ratePerSecond: options.web?.ratePerSecond ?? 50,
        rateBurst: options.web?.rateBurst ?? 100,
        idleTimeoutS: 60,
      },
      shutdownTimeoutMs: 2_000,
    },
    client: new TertuliaClient(target, {
      channelOptions: {
        "grpc.initial_reconnect_backoff_ms": 100,
        "grpc.max_reconnect_backoff_ms": 500,
        ...options.channelOptions,
      },
      interceptors: options.observe?.tracing?.enabled ? [tracingInterceptor(options.observe.tracing)] : undefined,
    }),
    log: options.log ?? silentLogger,
    metrics: options.observe?.metrics,
    tracing: options.observe?.tracing,
  });
}

export { loginCookie, postLogin } from "./login-form.ts";
