/**
 * Server configuration: read from the environment once at start-up and validated, so a bad value stops the
 * process with a message that names the variable instead of failing later.
 */

import { ConfigError, parseDuration, parseEnvironment, secretFromEnvironment } from "@tertulia/protocol";
import { z } from "zod";

const flag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");
const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);
const duration = z.string().transform((value, ctx) => {
  const ms = parseDuration(value);
  if (ms === null) {
    ctx.addIssue({ code: "custom", message: `expected a duration such as 900s, 15m, 12h or 7d, got "${value}"` });
    return z.NEVER;
  }
  return ms;
});

/** A URL with one of the given schemes. The value is never echoed in the error: it may hold a password. */
const serviceUrl = (schemes: readonly string[]) =>
  z.string().refine(
    (value) => {
      try {
        return schemes.includes(new URL(value).protocol.replace(/:$/, ""));
      } catch {
        return false;
      }
    },
    {
      message: `expected a ${schemes.map((s) => `${s}://`).join(" or ")} URL (value not shown: it may hold a password)`,
    },
  );

const schema = z.object({
  NODE_ENV: z.string().default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(50_051),
  JWT_SECRET: z.string().optional(),
  JWT_TTL: duration.prefault("12h"),
  /** The web tier's service credential: signs the tokens its shared room streams use. */
  RELAY_SECRET: z.string().optional(),
  DATABASE_PATH: z.string().min(1).default("./data/tertulia.db"),
  /** Set: the PostgreSQL store (scale-out); unset: the SQLite file at DATABASE_PATH. */
  DATABASE_URL: serviceUrl(["postgres", "postgresql"]).optional(),
  /** Set: the Redis bus and presence (scale-out); unset: in-process. */
  REDIS_URL: serviceUrl(["redis", "rediss"]).optional(),
  /** How long a dead replica's users stay present (Redis presence). */
  PRESENCE_TTL: duration.prefault("15s"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  SEED_DEMO_USERS: flag.prefault("0"),
  ALLOW_SIGNUP: flag.prefault("0"),
  MAX_MESSAGE_CHARS: positiveInt(65_536).default(4_000),
  /** Messages kept per room; older ones are pruned and a resume from before them is flagged `truncated`. */
  HISTORY_RETAIN: positiveInt(10_000_000).default(100_000),
  /** Events a subscriber may fall behind before its stream ends with RESOURCE_EXHAUSTED. */
  STREAM_QUEUE_LIMIT: positiveInt(1_000_000).default(2_000),
  LOGIN_ATTEMPTS_PER_USER: positiveInt(10_000).default(10),
  LOGIN_ATTEMPTS_PER_PEER: positiveInt(100_000).default(50),
  LOGIN_WINDOW: duration.prefault("5m"),
  SHUTDOWN_TIMEOUT: duration.prefault("8s"),
});

export interface ServerConfig {
  readonly production: boolean;
  readonly host: string;
  readonly port: number;
  /** `generated` when no JWT_SECRET was given in development: tokens die with the process. */
  readonly jwt: { readonly secret: string; readonly ttlMs: number; readonly generated: boolean };
  readonly relaySecret: string | null;
  readonly databasePath: string;
  /** PostgreSQL when set (it wins over databasePath). Holds a password: never log it. */
  readonly databaseUrl: string | null;
  /** Redis bus and presence when set. Holds a password: never log it. */
  readonly redisUrl: string | null;
  readonly presenceTtlMs: number;
  readonly logLevel: "debug" | "info" | "warn" | "error";
  readonly seedDemoUsers: boolean;
  readonly allowSignup: boolean;
  readonly limits: {
    readonly maxMessageChars: number;
    readonly historyRetain: number;
    readonly streamQueueLimit: number;
    readonly loginAttemptsPerUser: number;
    readonly loginAttemptsPerPeer: number;
    readonly loginWindowMs: number;
  };
  readonly shutdownTimeoutMs: number;
}

export { ConfigError };

/** @throws {ConfigError} when a variable is missing, malformed or unsafe for production. */
export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  const e = parseEnvironment(schema, env);
  const production = e.NODE_ENV === "production";
  const jwtSecret = secretFromEnvironment("JWT_SECRET", e.JWT_SECRET, { production });
  const relaySecret = secretFromEnvironment("RELAY_SECRET", e.RELAY_SECRET, { production, optional: true });
  if (production && e.SEED_DEMO_USERS) {
    throw new ConfigError("SEED_DEMO_USERS: demo accounts with a known password are never created in production");
  }
  return {
    production,
    host: e.HOST,
    port: e.PORT,
    jwt: { secret: jwtSecret.value, ttlMs: e.JWT_TTL, generated: jwtSecret.generated },
    relaySecret: relaySecret?.value ?? null,
    databasePath: e.DATABASE_PATH,
    databaseUrl: e.DATABASE_URL ?? null,
    redisUrl: e.REDIS_URL ?? null,
    presenceTtlMs: e.PRESENCE_TTL,
    logLevel: e.LOG_LEVEL,
    seedDemoUsers: e.SEED_DEMO_USERS,
    allowSignup: e.ALLOW_SIGNUP,
    limits: {
      maxMessageChars: e.MAX_MESSAGE_CHARS,
      historyRetain: e.HISTORY_RETAIN,
      streamQueueLimit: e.STREAM_QUEUE_LIMIT,
      loginAttemptsPerUser: e.LOGIN_ATTEMPTS_PER_USER,
      loginAttemptsPerPeer: e.LOGIN_ATTEMPTS_PER_PEER,
      loginWindowMs: e.LOGIN_WINDOW,
    },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT,
  };
}

/** The variables `--help` lists, with what each does. */
export const ENVIRONMENT_HELP: ReadonlyArray<readonly [string, string]> = [
  ["HOST", "interface to listen on (default 0.0.0.0)"],
  ["PORT", "gRPC port (default 50051; 0 picks a free one)"],
  ["JWT_SECRET", "HS256 signing key, >= 32 bytes; required in production, random per process otherwise"],
  ["JWT_TTL", "token lifetime (default 12h)"],
  ["RELAY_SECRET", "the web tier's service credential, shared with it; >= 32 bytes in production"],
  ["DATABASE_PATH", "SQLite file (default ./data/tertulia.db; :memory: for a throwaway store)"],
  [
    "DATABASE_URL",
    "postgres://user:password@host:5432/db: PostgreSQL instead of SQLite, for several replicas (never logged)",
  ],
  ["REDIS_URL", "redis://[:password@]host:6379: Redis bus and presence shared by replicas (never logged)"],
  ["PRESENCE_TTL", "with REDIS_URL: how long a dead replica's users stay present (default 15s)"],
  ["LOG_LEVEL", "debug | info | warn | error (default info)"],
  ["NODE_ENV", "production enforces secrets and forbids demo users"],
  ["SEED_DEMO_USERS", "1 creates admin, mimi, pepe, juan with password 'pass' (never in production)"],
  ["ALLOW_SIGNUP", "1 lets anyone create an account (default 0)"],
  ["MAX_MESSAGE_CHARS", "longest message accepted (default 4000)"],
  ["HISTORY_RETAIN", "messages kept per room (default 100000)"],
  ["STREAM_QUEUE_LIMIT", "events a slow subscriber may lag before it is cut off (default 2000)"],
  ["LOGIN_ATTEMPTS_PER_USER / LOGIN_ATTEMPTS_PER_PEER / LOGIN_WINDOW", "failed-login limits (default 10 / 50 per 5m)"],
  ["SHUTDOWN_TIMEOUT", "how long SIGTERM waits for calls to drain (default 8s)"],
];
