/**
 * Picks the store, bus and presence tracker from configuration alone: DATABASE_URL → PostgreSQL, else the
 * SQLite file; REDIS_URL → Redis bus and presence, else in-process. The same binary runs embedded or as one
 * of many replicas.
 */
import type { Logger } from "@tertulia/protocol";
import type { RoomBus } from "./bus/bus.ts";
import { MemoryBus } from "./bus/memory-bus.ts";
import { RedisBus } from "./bus/redis-bus.ts";
import type { ServerConfig } from "./config.ts";
import type { PresenceTracker } from "./presence/presence.ts";
import { RedisPresence } from "./presence/redis-presence.ts";
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

type BackendConfig = Pick<ServerConfig, "databasePath" | "databaseUrl" | "redisUrl" | "presenceTtlMs" | "limits">;

/**
 * @throws {StoreOpenError} when PostgreSQL is unreachable or its schema is newer than this binary.
 * @throws {BusOpenError} when Redis is unreachable.
 */
export async function openBackends(config: BackendConfig, log: Logger, now?: () => number): Promise<Backends> {
  const retainPerRoom = config.limits.historyRetain;
  const store = config.databaseUrl
    ? await openPostgresStore({
        url: config.databaseUrl,
        retainPerRoom,
        now,
        onMigrated: (versions) => versions.length > 0 && log.info("database migrations applied", { versions }),
      })
    : openSqliteStore({ path: config.databasePath, retainPerRoom, now });
  if (!config.redisUrl) {
    return {
      store,
      bus: new MemoryBus(),
      presence: undefined,
      description: { store: config.databaseUrl ? "postgres" : "sqlite", bus: "memory" },
    };
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
  return { store, bus, presence, description: { store: config.databaseUrl ? "postgres" : "sqlite", bus: "redis" } };
}
