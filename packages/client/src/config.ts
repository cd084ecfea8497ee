/**
 * Web tier configuration: read from the environment once and validated, with errors naming the variable.
 */
import {
  ConfigError,
  isProduction,
  observabilityConfig,
  observabilityEnvironment,
  observabilityHelp,
  parseDuration,
  parseEnvironment,
  requireDistinctSecrets,
  secretFromEnvironment,
} from "@tertulia/runtime";
import { z } from "zod";
import { parseTrustedProxies, type TrustedProxies } from "./auth/client-address.ts";

const schema = z.object({
  NODE_ENV: z.string().optional(),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(5_000),
  SERVER_URL: z.string().min(1).default("localhost:50051"),
  SESSION_SECRET: z.string().optional(),
  RELAY_SECRET: z.string().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Largest WebSocket frame accepted; a bigger one closes the socket with 1009. */
  WS_MAX_PAYLOAD: z.coerce.number().int().min(1_024).max(1_048_576).default(16_384),
  /** Frames per second a socket may send on average, and in a burst. */
  WS_RATE_PER_SECOND: z.coerce.number().min(1).max(10_000).default(10),
  WS_RATE_BURST: z.coerce.number().int().min(1).max(10_000).default(30),
  /** Open WebSockets one session, and one user, may hold on this pod; more are refused (429 / close 1013). */
  WS_MAX_SOCKETS_PER_SESSION: z.coerce.number().int().min(1).max(1_000).default(10),
  WS_MAX_SOCKETS_PER_USER: z.coerce.number().int().min(1).max(10_000).default(30),
  /** Bytes Bun may hold for a socket that does not read before closing it (it resumes from its last seq). */
  WS_BACKPRESSURE_LIMIT: z.coerce.number().int().min(65_536).max(67_108_864).default(1_048_576),
  /** Rooms one socket may be in at once. */
  WS_MAX_ROOMS_PER_SOCKET: z.coerce.number().int().min(1).max(10_000).default(50),
  /** Bun closes a socket silent for this long; pings keep live ones busy. Below the ALB's idle timeout. */
  WS_IDLE_TIMEOUT: z.string().default("60s"),
  /** Largest request body (form posts); a bigger one is refused with 413 before it is read. */
  HTTP_MAX_BODY: z.coerce.number().int().min(1_024).max(524_288).default(16_384),
  SHUTDOWN_TIMEOUT: z.string().default("8s"),
  /** Whose X-Forwarded-For to believe: a hop count (`1` behind the ALB) or CIDRs; unset: nobody's. */
  TRUSTED_PROXIES: z.string().optional(),
  ...observabilityEnvironment("tertulia-client"),
});

export interface WebConfig {
  readonly production: boolean;
  readonly host: string;
  readonly port: number;
  readonly serverUrl: string;
  readonly sessionSecret: string;
  readonly relaySecret: string;
  readonly logLevel: "debug" | "info" | "warn" | "error";
  readonly ws: {
    readonly maxPayload: number;
    readonly ratePerSecond: number;
    readonly rateBurst: number;
    readonly idleTimeoutS: number;
    /** @default 10 */
    readonly maxSocketsPerSession?: number;
    /** @default 30 */
    readonly maxSocketsPerUser?: number;
    /** @default 1048576 */
    readonly backpressureLimit?: number;
    /** @default 50 */
    readonly maxRoomsPerSocket?: number;
  };
  /** Largest request body in bytes. */
  readonly maxBodyBytes: number;
  readonly shutdownTimeoutMs: number;
  /** Whose X-Forwarded-For is believed when rate-limiting logins by address. */
  readonly trustedProxies: TrustedProxies;
  /** null: no metrics endpoint. */
  readonly metricsPort: number | null;
  readonly tracing: { readonly endpoint: string | null; readonly sampleRatio: number; readonly serviceName: string };
  /** Names of secrets that were made up for this process (development only). */
  readonly generatedSecrets: readonly string[];
}

export { ConfigError };

/** @throws {ConfigError} naming the variable that is missing, malformed or unsafe for production. */
export function loadConfig(env: Record<string, string | undefined>): WebConfig {
  const e = parseEnvironment(schema, env);
  const production = isProduction(e.NODE_ENV);
  const generatedSecrets: string[] = [];
  const secret = (name: "SESSION_SECRET" | "RELAY_SECRET") => {
    const { value, generated } = secretFromEnvironment(name, e[name], { production });
    if (generated) generatedSecrets.push(name);
    return value;
  };
  const sessionSecret = secret("SESSION_SECRET");
  const relaySecret = secret("RELAY_SECRET");
  requireDistinctSecrets({ SESSION_SECRET: sessionSecret, RELAY_SECRET: relaySecret });
  return {
    production,
    host: e.HOST,
    port: e.PORT,
    serverUrl: e.SERVER_URL,
    sessionSecret,
    relaySecret,
    logLevel: e.LOG_LEVEL,
    ws: {
      maxPayload: e.WS_MAX_PAYLOAD,
      ratePerSecond: e.WS_RATE_PER_SECOND,
      rateBurst: e.WS_RATE_BURST,
      idleTimeoutS: Math.round(durationOf("WS_IDLE_TIMEOUT", e.WS_IDLE_TIMEOUT) / 1000),
      maxSocketsPerSession: e.WS_MAX_SOCKETS_PER_SESSION,
      maxSocketsPerUser: e.WS_MAX_SOCKETS_PER_USER,
      backpressureLimit: e.WS_BACKPRESSURE_LIMIT,
      maxRoomsPerSocket: e.WS_MAX_ROOMS_PER_SOCKET,
    },
    maxBodyBytes: e.HTTP_MAX_BODY,
    shutdownTimeoutMs: durationOf("SHUTDOWN_TIMEOUT", e.SHUTDOWN_TIMEOUT),
    trustedProxies: parseTrustedProxies(e.TRUSTED_PROXIES),
    ...observabilityConfig(e),
    generatedSecrets,
  };
}

function durationOf(name: string, text: string): number {
  const ms = parseDuration(text);
  if (ms === null) throw new ConfigError(`${name}: expected a duration such as 30s or 2m, got "${text}"`);
  return ms;
}

export const ENVIRONMENT_HELP: ReadonlyArray<readonly [string, string]> = [
  ["HOST / PORT", "where the web tier listens (default 0.0.0.0:5000)"],
  ["SERVER_URL", "the chat server's gRPC target (default localhost:50051; dns:///name:port for round robin)"],
  ["SESSION_SECRET", "signs session cookies, >= 32 bytes and not guessable; required in production"],
  ["RELAY_SECRET", "the web tier's service credential, shared with the server; required in production"],
  ["NODE_ENV", "development or test (any case) relax the rules; any other value is production"],
  ["LOG_LEVEL", "debug | info | warn | error (default info)"],
  ["WS_MAX_PAYLOAD", "largest WebSocket frame in bytes (default 16384; bigger closes with 1009)"],
  ["WS_RATE_PER_SECOND / WS_RATE_BURST", "frames a socket may send (default 10/s, bursts of 30)"],
  ["WS_MAX_SOCKETS_PER_SESSION / _PER_USER", "open sockets per session and per user on a pod (default 10 / 30)"],
  ["WS_BACKPRESSURE_LIMIT", "bytes held for a socket that does not read before it is closed (default 1 MiB)"],
  ["WS_MAX_ROOMS_PER_SOCKET", "rooms one socket may be in (default 50)"],
  ["WS_IDLE_TIMEOUT", "close silent sockets after (default 60s; keep below the load balancer's)"],
  ["HTTP_MAX_BODY", "largest request body in bytes (default 16384; bigger is refused with 413 unread)"],
  ["SHUTDOWN_TIMEOUT", "how long SIGTERM waits to drain (default 8s)"],
  [
    "TRUSTED_PROXIES",
    "whose X-Forwarded-For to believe: 1 behind the ALB, or CIDRs (10.0.0.0/16); unset: nobody's, the peer is the client",
  ],
  ...observabilityHelp(9465, "tertulia-client"),
];
