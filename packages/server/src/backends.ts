/**
 * Picks the store, bus and presence tracker from configuration alone: DATABASE_URL, or DATABASE_SECRET_ARN
 * with the database's endpoint → PostgreSQL, else the SQLite file; REDIS_URL → Redis bus and presence, else
 * in-process. The same binary runs embedded or as one of many replicas.
 */
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { ConfigError, type Logger } from "@tertulia/runtime";
import type { RoomBus } from "./bus/bus.ts";
import { MemoryBus } from "./bus/memory-bus.ts";
import { RedisBus } from "./bus/redis-bus.ts";
import type { DatabaseSecretConfig, ServerConfig } from "./config.ts";
import type { PresenceTracker } from "./presence/presence.ts";
import { RedisPresence } from "./presence/redis-presence.ts";
import { DatabaseSecretError, SecretsManagerCredentials } from "./store/database-credentials.ts";
import { openPostgresStore } from "./store/postgres-store.ts";
import { openSqliteStore } from "./store/sqlite-store.ts";
import type { ChatStore } from "./store/store.ts";

export interface Backends {
  readonly store: ChatStore;
  readonly bus: RoomBus;
  /** Undefined: the server's in-process default. */
  readonly presence: PresenceTracker | undefined;
  /** What was chosen, for the start-up log (no URLs: they hold passwords). */
  readonly description: { readonly store: "sqlite" | "postgres"; readonly bus: "memory" | "redis" };
}

type BackendConfig = Pick<
  ServerConfig,
  "databasePath" | "databaseUrl" | "databaseSecret" | "redisUrl" | "presenceTtlMs" | "limits"
>;

/**
 * @throws {ConfigError} when DATABASE_SECRET_ARN cannot be read (missing, not allowed, unreachable, malformed).
 * @throws {StoreOpenError} when PostgreSQL is unreachable, refuses the login, or its schema is newer than this
 *   binary.
 * @throws {BusOpenError} when Redis is unreachable.
 */
export async function openBackends(config: BackendConfig, log: Logger, now?: () => number): Promise<Backends> {
  const retainPerRoom = config.limits.historyRetain;
  const postgres = {
    retainPerRoom,
    now,
    log,
    onMigrated: (versions: number[]) => versions.length > 0 && log.info("database migrations applied", { versions }),
  };
  const store = config.databaseUrl
    ? await openPostgresStore({ url: config.databaseUrl, ...postgres })
    : config.databaseSecret
      ? await openPostgresStore({
          endpoint: config.databaseSecret,
          credentials: await readDatabaseSecret(config.databaseSecret, log),
          ...postgres,
        })
      : openSqliteStore({ path: config.databasePath, retainPerRoom, now, log });
  const storeKind = config.databaseUrl || config.databaseSecret ? "postgres" : "sqlite";
  if (!config.redisUrl) {
    return { store, bus: new MemoryBus(), presence: undefined, description: { store: storeKind, bus: "memory" } };
  }
  let bus: RedisBus;
  try {
    bus = await RedisBus.open({ url: config.redisUrl, log });
  } catch (error) {
    await store.close();
    throw error;
  }
  const presence = new RedisPresence({
    redis: bus.commands,
    bus,
    log,
    prefix: bus.prefix,
    ttlMs: config.presenceTtlMs,
    now,
  });
  return { store, bus, presence, description: { store: storeKind, bus: "redis" } };
}

/**
 * The credential source, with the secret read once now, so a wrong ARN, a missing permission or an
 * unreachable Secrets Manager stops start-up with one line naming the variable. Credentials come from the
 * SDK's default chain: in the cluster, the pod's EKS Pod Identity role.
 * @throws {ConfigError}
 */
async function readDatabaseSecret(secret: DatabaseSecretConfig, log: Logger): Promise<SecretsManagerCredentials> {
  const client = new SecretsManagerClient({
    region: secret.region,
    // Without these the SDK waits on a dead connection for as long as the OS does (PLATFORM-NOTES).
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 5_000 },
    maxAttempts: 3,
  });
  const credentials = new SecretsManagerCredentials({ client, secretId: secret.secretId, log });
  try {
    await credentials.current();
  } catch (error) {
    client.destroy();
    if (error instanceof DatabaseSecretError) throw new ConfigError(`DATABASE_SECRET_ARN: ${error.message}`);
    throw error;
  }
  return credentials;
}
