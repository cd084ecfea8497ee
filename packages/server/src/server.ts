/**
 * The chat server, assembled from its parts. Everything it needs comes in as arguments, so a test can start
 * the real thing on port 0 with a temporary store; only main.ts reads the environment.
 */
import { Server, ServerCredentials } from "@grpc/grpc-js";
import { grpc as health } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import { type Tracing, tracingOff } from "@tertulia/runtime/tracing";
import { AuthService } from "./auth/auth-service.ts";
import { LoginThrottle } from "./auth/login-throttle.ts";
import { TokenGenerations } from "./auth/token-generations.ts";
import { TokenService } from "./auth/tokens.ts";
import type { RoomBus } from "./bus/bus.ts";
import { ChatService } from "./chat/chat-service.ts";
import { StreamRegistry } from "./chat/stream-registry.ts";
import type { ServerConfig } from "./config.ts";
import { addHealthService, HealthStatus } from "./health/health-service.ts";
import { StoreHealth } from "./health/store-health.ts";
import { observedBus } from "./metrics/observed-bus.ts";
import { observeServer, observeStreamMessages } from "./metrics/observed-service.ts";
import { observedStore } from "./metrics/observed-store.ts";
import { ServerMetrics } from "./metrics/server-metrics.ts";
import { Presence, type PresenceTracker } from "./presence/presence.ts";
import { RoomAccess } from "./rooms/room-access.ts";
import { RoomService } from "./rooms/room-service.ts";
import type { ChatStore } from "./store/store.ts";
import { addAuthService } from "./transport/auth-handlers.ts";
import { addChatService } from "./transport/chat-handlers.ts";
import { addRoomService } from "./transport/room-handlers.ts";
import { SendStreams } from "./transport/send-stream.ts";

export interface ChatServerDeps {
  readonly config: Pick<
    ServerConfig,
    "host" | "port" | "jwt" | "relaySecret" | "allowSignup" | "limits" | "quotas" | "shutdownTimeoutMs"
  >;
  readonly store: ChatStore;
  readonly bus: RoomBus;
  readonly log: Logger;
  /** Who is in which room. @default the in-process tracker (one replica) */
  readonly presence?: PresenceTracker;
  readonly now?: () => number;
  /** Counts RPCs, streams, store and bus traffic (served by main.ts). @default none: nothing is counted */
  readonly metrics?: ServerMetrics;
  /** @default off */
  readonly tracing?: Tracing;
}

export interface ChatServer {
  /** The bound port (the real one when the config asked for 0). */
  readonly port: number;
  readonly tokens: TokenService;
  readonly presence: PresenceTracker;
  /** Room streams open right now. */
  readonly openStreams: () => number;
  /**
   * Stops taking calls, ends every stream with UNAVAILABLE so clients reconnect elsewhere, waits for
   * unary calls to finish (up to the shutdown timeout), then closes the store.
   */
  shutdown(): Promise<void>;
}

/** Grace given to a client's HTTP/2 pings; keeps idle streams through proxies that drop quiet connections. */
const CHANNEL_OPTIONS = {
  "grpc.keepalive_time_ms": 30_000,
  "grpc.keepalive_timeout_ms": 10_000,
  "grpc.keepalive_permit_without_calls": 1,
  "grpc.http2.min_ping_interval_without_data_ms": 10_000,
  // Clients reconnect now and then, so web pods spread onto server pods added since they connected. Open
  // streams are not cut (no grace limit): only new calls move to the new connection.
  "grpc.max_connection_age_ms": 5 * 60_000,
};

/**
 * How often open streams are checked against revocations: a stream's token is checked when it opens, and
 * a stream can last for days. Each check is the cached generation look-up, one per user.
 */
const STREAM_REVOCATION_SWEEP_MS = 10_000;

export async function startChatServer(deps: ChatServerDeps): Promise<ChatServer> {
  const { config, log } = deps;
  const tracing = deps.tracing ?? tracingOff;
  // Tracing's store span is drawn by the same wrapper that times appends: tracing alone still counts.
  const metrics = deps.metrics ?? (tracing.enabled ? new ServerMetrics() : null);
  const bus = metrics ? observedBus(deps.bus, metrics) : deps.bus;
  const storeHealth = new StoreHealth({
    store: metrics ? observedStore(deps.store, metrics, tracing) : deps.store,
    log,
    now: deps.now,
  });
  const store = storeHealth.store;
  const generations = new TokenGenerations({
    lookup: async (username) => {
      const user = await store.findUser(username);
      return user && { id: user.id, generation: user.tokenGeneration };
    },
    now: deps.now,
  });
  const tokens = new TokenService({
    secret: config.jwt.secret,
    ttlMs: config.jwt.ttlMs,
    relaySecret: config.relaySecret,
    generations,
    now: deps.now,
  });
  const throttle = new LoginThrottle({
    perPair: config.limits.loginAttemptsPerUser,
    perAddress: config.limits.loginAttemptsPerPeer,
    slowAfter: config.limits.loginAttemptsPerUser,
    slowdownMs: config.limits.loginSlowdownMs,
    windowMs: config.limits.loginWindowMs,
    now: deps.now,
  });
  const presence = deps.presence ?? new Presence({ bus, now: deps.now });
  metrics?.trackPresence(() => presence.localClaims());
  const registry = new StreamRegistry();
  const healthStatus = new HealthStatus();

  const server = new Server({
    ...CHANNEL_OPTIONS,
    // Refused before parsing: nothing we accept is bigger than the longest message (4 bytes per code point
    // in UTF-8) plus its envelope. A 1 MB login is turned away by grpc-js with RESOURCE_EXHAUSTED.
    "grpc.max_receive_message_length": maxRequestBytes(config.limits.maxMessageChars),
  });
  if (metrics) observeServer(server, { metrics, tracing });
  addHealthService(server, healthStatus, log, () => storeHealth.serving());
  const { limits, quotas } = config;
  const auth = new AuthService({
    store,
    tokens,
    generations,
    log,
    throttle,
    settings: { maxMessageChars: limits.maxMessageChars, allowSignup: config.allowSignup },
  });
  addAuthService(server, auth, log);
  const access = new RoomAccess(store);
  const chat = new ChatService({ store, bus, presence, tokens, access, limits, quotas, now: deps.now });
  const streams = { store, bus, presence, registry, log, queueLimit: limits.streamQueueLimit };
  const sendStreams = new SendStreams({ chat, log, onAnswered: metrics ? observeStreamMessages(metrics) : undefined });
  addChatService(server, { chat, streams, sendStreams, log });
  addRoomService(server, new RoomService({ store, bus, tokens, access, quotas, now: deps.now }), log);

  const port = await bind(server, `${formatHost(config.host)}:${config.port}`);
  log.info("listening", { host: config.host, port });

  // Streams outlive the token check at their start: a revoked user's streams end within one sweep.
  const revocationSweep = setInterval(() => {
    registry
      .endRevoked((principal) => tokens.checkCurrent(principal))
      .then((ended) => ended > 0 && log.info("revoked streams ended", { streams: ended }))
      .catch((error: unknown) => log.warn("revoked-stream sweep failed", { error }));
    // The backstop for a membership event the bus lost: streams of people removed from a private room end.
    registry
      .endDenied()
      .then((ended) => ended > 0 && log.info("streams of removed members ended", { streams: ended }))
      .catch((error: unknown) => log.warn("room-access sweep failed", { error }));
  }, STREAM_REVOCATION_SWEEP_MS);
  revocationSweep.unref();

  let stopping: Promise<void> | null = null;
  const shutdown = () =>
    (stopping ??= (async () => {
      clearInterval(revocationSweep);
      log.info("shutting down", { openStreams: registry.size });
      healthStatus.setAll(health.health.v1.HealthCheckResponse.ServingStatus.NOT_SERVING);
      registry.endAll("server shutting down; reconnect");
      sendStreams.closeAll();
      throttle.close();
      await drain(server, config.shutdownTimeoutMs);
      await presence.close();
      await bus.close();
      await store.close();
      log.info("stopped");
    })());

  return { port, tokens, presence, openStreams: () => registry.size, shutdown };
}

/** The largest request the server reads: a full-length message in UTF-8 plus room for its other fields. */
export function maxRequestBytes(maxMessageChars: number): number {
  return Math.max(64 * 1024, maxMessageChars * 4 + 16 * 1024);
}

/** The server could not listen on HOST:PORT (busy port, unknown address, no permission). */
export class ListenError extends Error {
  override readonly name = "ListenError";
}

/** @throws {ListenError} naming HOST and PORT, with grpc-js's reason (e.g. EADDRINUSE). */
function bind(server: Server, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, ServerCredentials.createInsecure(), (error, port) =>
      error
        ? reject(
            new ListenError(
              `HOST/PORT ${address}: cannot listen: ${error.message.includes("EADDRINUSE") ? "the port is in use" : error.message}`,
              { cause: error },
            ),
          )
        : resolve(port),
    );
  });
}

/** tryShutdown lets in-flight calls finish; past the timeout, forceShutdown cuts what is left. */
function drain(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, timeoutMs);
    server.tryShutdown(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function formatHost(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}
