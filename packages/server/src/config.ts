/**
 * Server configuration: read from the environment once at start-up and validated, so a bad value stops the
 * process with a message that names the variable instead of failing later.
 */

import { DEFAULT_MAX_MESSAGE_CHARS, MAX_MESSAGE_CHARS_CEILING } from "@tertulia/protocol";
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
import type { PostgresSslMode } from "./store/postgres-connection.ts";

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

/** A secret's ARN (its region is then the ARN's) or its name; RDS names its secrets `rds!db-<id>`. */
const SECRET_ID = /^(arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[\w/+=.@!-]+|[\w/+=.@!-]{1,512})$/;
const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;

const schema = z.object({
  NODE_ENV: z.string().optional(),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(50_051),
  JWT_SECRET: z.string().optional(),
  JWT_TTL: duration.prefault("12h"),
  /** The web tier's service credential: signs the tokens its shared room streams use. */
  RELAY_SECRET: z.string().optional(),
  DATABASE_PATH: z.string().min(1).default("./data/tertulia.db"),
  /** Set: the PostgreSQL store (scale-out); unset: the SQLite file at DATABASE_PATH. */
  DATABASE_URL: serviceUrl(["postgres", "postgresql"]).optional(),
  /**
   * Set (with DATABASE_HOST_PORT and DATABASE_NAME): PostgreSQL whose user name and password are read from
   * this Secrets Manager secret at start and again whenever PostgreSQL refuses them (RDS rotates them).
   */
  DATABASE_SECRET_ARN: z
    .string()
    .regex(
      SECRET_ID,
      "expected a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME) or name",
    )
    .optional(),
  DATABASE_HOST_PORT: z.string().regex(HOST_PORT, "expected host:port, e.g. db.example.internal:5432").optional(),
  DATABASE_NAME: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/, "expected a PostgreSQL database name")
    .optional(),
  DATABASE_SSLMODE: z.enum(["disable", "prefer", "require", "verify-ca", "verify-full"]).default("require"),
  /** The region of DATABASE_SECRET_ARN when it is a name rather than an ARN. */
  AWS_REGION: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, "expected an AWS region such as eu-west-1")
    .optional(),
  /** Set: the Redis bus and presence (scale-out); unset: in-process. */
  REDIS_URL: serviceUrl(["redis", "rediss"]).optional(),
  /** How long a dead replica's users stay present (Redis presence). */
  PRESENCE_TTL: duration.prefault("15s"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  SEED_DEMO_USERS: flag.prefault("0"),
  ALLOW_SIGNUP: flag.prefault("0"),
  MAX_MESSAGE_CHARS: positiveInt(MAX_MESSAGE_CHARS_CEILING).default(DEFAULT_MAX_MESSAGE_CHARS),
  /** Messages kept per room; older ones are pruned and a resume from before them is flagged `truncated`. */
  HISTORY_RETAIN: positiveInt(10_000_000).default(100_000),
  /** Events a subscriber may fall behind before its stream ends with RESOURCE_EXHAUSTED. */
  STREAM_QUEUE_LIMIT: positiveInt(1_000_000).default(2_000),
  /** Chat quotas per user (per replica), refused with RESOURCE_EXHAUSTED naming the limit. */
  SEND_RATE_PER_USER: positiveInt(100_000).default(10),
  SEND_BURST_PER_USER: positiveInt(100_000).default(30),
  ROOMS_PER_USER_PER_HOUR: positiveInt(1_000_000).default(20),
  STREAMS_PER_USER: positiveInt(1_000_000).default(20),
  LEASES_PER_USER: positiveInt(1_000_000).default(500),
  LOGIN_ATTEMPTS_PER_USER: positiveInt(10_000).default(10),
  LOGIN_ATTEMPTS_PER_PEER: positiveInt(100_000).default(50),
  LOGIN_WINDOW: duration.prefault("5m"),
  LOGIN_SLOWDOWN: duration.prefault("1s"),
  SHUTDOWN_TIMEOUT: duration.prefault("8s"),
  ...observabilityEnvironment("tertulia-server"),
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
  /** PostgreSQL with credentials from Secrets Manager when set; the other database settings are ignored. */
  readonly databaseSecret: DatabaseSecretConfig | null;
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
    /** How long each attempt on an account under attack waits before its password is checked. */
    readonly loginSlowdownMs: number;
  };
  readonly quotas: ChatQuotas;
  readonly shutdownTimeoutMs: number;
  /** null: no metrics endpoint. */
  readonly metricsPort: number | null;
  readonly tracing: { readonly endpoint: string | null; readonly sampleRatio: number; readonly serviceName: string };
}

/** PostgreSQL reached at an endpoint, logging in with what a Secrets Manager secret holds. */
export interface DatabaseSecretConfig {
  /** ARN or name of the secret. */
  readonly secretId: string;
  /** The ARN's region, else AWS_REGION. */
  readonly region: string;
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly sslMode: PostgresSslMode;
}

/** What one user may use of a replica; each is checked before the work it pays for. */
export interface ChatQuotas {
  /** Messages a second, on average and at once. */
  readonly sendRatePerUser: number;
  readonly sendBurstPerUser: number;
  /** New rooms (a send to a room that does not exist yet) per hour. */
  readonly roomsPerUserPerHour: number;
  /** Room streams (Subscribe, ChatStream) open at once with the user's own token. */
  readonly streamsPerUser: number;
  /** Presence leases (UpdatePresence JOINED) held at once. */
  readonly leasesPerUser: number;
}

export { ConfigError };

/** @throws {ConfigError} when a variable is missing, malformed or unsafe for production. */
export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  const e = parseEnvironment(schema, env);
  const production = isProduction(e.NODE_ENV);
  const jwtSecret = secretFromEnvironment("JWT_SECRET", e.JWT_SECRET, { production });
  // Production requires it: without it every web tier's room stream is refused while the pods look healthy.
  const relaySecret = production
    ? secretFromEnvironment("RELAY_SECRET", e.RELAY_SECRET, { production })
    : secretFromEnvironment("RELAY_SECRET", e.RELAY_SECRET, { production, optional: true });
  requireDistinctSecrets({ JWT_SECRET: jwtSecret.value, RELAY_SECRET: relaySecret?.value });
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
    databaseSecret: databaseSecret(e),
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
      loginSlowdownMs: e.LOGIN_SLOWDOWN,
    },
    quotas: {
      sendRatePerUser: e.SEND_RATE_PER_USER,
      sendBurstPerUser: e.SEND_BURST_PER_USER,
      roomsPerUserPerHour: e.ROOMS_PER_USER_PER_HOUR,
      streamsPerUser: e.STREAMS_PER_USER,
      leasesPerUser: e.LEASES_PER_USER,
    },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT,
    ...observabilityConfig(e),
  };
}

/**
 * DATABASE_SECRET_ARN needs where the database is, and is the one way to reach PostgreSQL when set.
 * @throws {ConfigError} naming the variable that is missing or in conflict.
 */
function databaseSecret(e: z.infer<typeof schema>): DatabaseSecretConfig | null {
  const secretId = e.DATABASE_SECRET_ARN;
  if (secretId === undefined) {
    const stray = (["DATABASE_HOST_PORT", "DATABASE_NAME"] as const).find((name) => e[name] !== undefined);
    if (stray) throw new ConfigError(`${stray}: only read with DATABASE_SECRET_ARN, which is not set`);
    return null;
  }
  if (e.DATABASE_URL !== undefined)
    throw new ConfigError("DATABASE_SECRET_ARN: set it or DATABASE_URL, not both (DATABASE_URL is for local use)");
  if (e.DATABASE_HOST_PORT === undefined)
    throw new ConfigError("DATABASE_HOST_PORT: required with DATABASE_SECRET_ARN (host:port of PostgreSQL)");
  if (e.DATABASE_NAME === undefined)
    throw new ConfigError("DATABASE_NAME: required with DATABASE_SECRET_ARN (the database to use)");
  const region = secretId.startsWith("arn:") ? secretId.split(":")[3]! : e.AWS_REGION;
  if (region === undefined)
    throw new ConfigError("AWS_REGION: required when DATABASE_SECRET_ARN is a secret name rather than an ARN");
  const colon = e.DATABASE_HOST_PORT.lastIndexOf(":");
  const port = Number(e.DATABASE_HOST_PORT.slice(colon + 1));
  if (port < 1 || port > 65_535) throw new ConfigError(`DATABASE_HOST_PORT: port ${port} is out of range`);
  return {
    secretId,
    region,
    host: e.DATABASE_HOST_PORT.slice(0, colon),
    port,
    database: e.DATABASE_NAME,
    sslMode: e.DATABASE_SSLMODE,
  };
}

/** The variables `--help` lists, with what each does. */
export const ENVIRONMENT_HELP: ReadonlyArray<readonly [string, string]> = [
  ["HOST", "interface to listen on (default 0.0.0.0)"],
  ["PORT", "gRPC port (default 50051; 0 picks a free one)"],
  [
    "JWT_SECRET",
    "HS256 signing key, >= 32 bytes and not guessable; required in production, random per process otherwise",
  ],
  ["JWT_TTL", "token lifetime (default 12h)"],
  ["RELAY_SECRET", "the web tier's service credential, shared with it; required in production, != JWT_SECRET"],
  ["DATABASE_PATH", "SQLite file (default ./data/tertulia.db; :memory: for a throwaway store)"],
  [
    "DATABASE_URL",
    "postgres://user:password@host:5432/db: PostgreSQL instead of SQLite, for several replicas (never logged)",
  ],
  ["DATABASE_SECRET_ARN", "Secrets Manager secret with PostgreSQL's username/password, read at start and on refusal"],
  [
    "DATABASE_HOST_PORT / DATABASE_NAME",
    "with DATABASE_SECRET_ARN: where PostgreSQL is (host:port) and which database",
  ],
  [
    "DATABASE_SSLMODE",
    "with DATABASE_SECRET_ARN: disable | prefer | require | verify-ca | verify-full (default require)",
  ],
  ["AWS_REGION", "with DATABASE_SECRET_ARN given as a name: the secret's region (an ARN names its own)"],
  ["REDIS_URL", "redis://[:password@]host:6379: Redis bus and presence shared by replicas (never logged)"],
  ["PRESENCE_TTL", "with REDIS_URL: how long a dead replica's users stay present (default 15s)"],
  ["LOG_LEVEL", "debug | info | warn | error (default info)"],
  [
    "NODE_ENV",
    "development or test (any case) relax the rules; any other value is production: strong secrets, no demo users",
  ],
  ["SEED_DEMO_USERS", "1 creates admin, mimi, pepe, juan with password 'pass' (never in production)"],
  ["ALLOW_SIGNUP", "1 lets anyone create an account (default 0)"],
  [
    "MAX_MESSAGE_CHARS",
    `longest message accepted, in characters (default ${DEFAULT_MAX_MESSAGE_CHARS}, at most ${MAX_MESSAGE_CHARS_CEILING})`,
  ],
  ["HISTORY_RETAIN", "messages kept per room (default 100000)"],
  ["STREAM_QUEUE_LIMIT", "events a slow subscriber may lag before it is cut off (default 2000)"],
  ["SEND_RATE_PER_USER / SEND_BURST_PER_USER", "messages a user may send a second, and at once (default 10 / 30)"],
  ["ROOMS_PER_USER_PER_HOUR", "new rooms a user may create an hour (default 20)"],
  ["STREAMS_PER_USER", "room streams a user's own token may hold open (default 20; the web tier's are not counted)"],
  ["LEASES_PER_USER", "presence leases a user may hold (default 500)"],
  [
    "LOGIN_ATTEMPTS_PER_USER / LOGIN_ATTEMPTS_PER_PEER / LOGIN_WINDOW",
    "failed logins per (user, address) / attempts per address, per window (default 10 / 50 per 5m)",
  ],
  ["LOGIN_SLOWDOWN", "past LOGIN_ATTEMPTS_PER_USER failures from anywhere, each try on that account waits this (1s)"],
  ["SHUTDOWN_TIMEOUT", "how long SIGTERM waits for calls to drain (default 8s)"],
  ...observabilityHelp(9464, "tertulia-server"),
];
