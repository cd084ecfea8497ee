/**
 * Presence for a cluster of replicas, kept in Redis. Each replica tracks its own claims in process (Claims)
 * and mirrors, for every (room, user) it has a claim on, one entry in Redis that expires unless it renews it:
 *
 *   {prefix}:presence:user:[room,user]  sorted set: replica id → expiry (ms)
 *   {prefix}:presence:room:{room}       sorted set: user → latest expiry of their entries (who is present)
 *   {prefix}:presence:due               sorted set: [room,user] → the same expiry (what the sweeper scans)
 *
 * Every change runs as one Lua script, so the cluster-wide count of a user's replicas moves atomically:
 * JOIN is announced by the replica that took it from 0 to 1, LEAVE by the one that took it to 0 (or by the
 * sweeper that found the last entry expired: a replica that died). Replicas renew their entries every third
 * of the TTL, and write them all again when their Redis connection comes back (a restarted Redis is empty).
 * Time is each replica's clock: replicas are expected to be NTP-synced, far tighter than the TTL.
 */

import { NoteKind } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import type Redis from "ioredis";
import type { RoomBus } from "../bus/bus.ts";
import { Claims } from "./claims.ts";
import { ephemeralNote, type PresenceTracker } from "./presence.ts";

export interface RedisPresenceOptions {
  readonly redis: Redis;
  readonly bus: RoomBus;
  readonly log: Logger;
  /** Key prefix shared with the bus. */
  readonly prefix: string;
  /** How long a replica's entries outlive its last renewal: a dead replica's users leave after this. @default 15000 */
  readonly ttlMs?: number;
  /** How often lapsed leases (local) and expired entries (cluster) are swept. @default ttlMs / 3 */
  readonly sweepIntervalMs?: number;
  readonly now?: () => number;
}

/** KEYS: user, room, due. ARGV: replica, expiresAt, now, user, member. @returns 1 when no other replica had the user. */
const JOIN = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
local others = redis.call('ZCARD', KEYS[1])
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then others = others - 1 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
local top = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('ZADD', KEYS[2], top[2], ARGV[4])
redis.call('ZADD', KEYS[3], top[2], ARGV[5])
if others == 0 then return 1 end
return 0`;

/** KEYS: user, room, due. ARGV: replica, now, user, member. @returns 1 when this took the user's count to 0. */
const LEAVE = `
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
if redis.call('ZCARD', KEYS[1]) == 0 then
  redis.call('DEL', KEYS[1])
  redis.call('ZREM', KEYS[3], ARGV[4])
  return redis.call('ZREM', KEYS[2], ARGV[3])
end
local top = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('ZADD', KEYS[2], top[2], ARGV[3])
redis.call('ZADD', KEYS[3], top[2], ARGV[4])
return 0`;

/** KEYS: due. ARGV: now, key prefix. @returns the [room,user] members whose every entry expired (now removed). */
const SWEEP = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 200)
local left = {}
for _, member in ipairs(due) do
  local pair = cjson.decode(member)
  local userKey = ARGV[2] .. ':user:' .. member
  local roomKey = ARGV[2] .. ':room:' .. pair[1]
  redis.call('ZREMRANGEBYSCORE', userKey, '-inf', ARGV[1])
  if redis.call('ZCARD', userKey) == 0 then
    redis.call('DEL', userKey)
    redis.call('ZREM', KEYS[1], member)
    if redis.call('ZREM', roomKey, pair[2]) == 1 then table.insert(left, member) end
  else
    local top = redis.call('ZRANGE', userKey, -1, -1, 'WITHSCORES')
    redis.call('ZADD', roomKey, top[2], pair[2])
    redis.call('ZADD', KEYS[1], top[2], member)
  end
end
return left`;

export class RedisPresence implements PresenceTracker {
  readonly #claims: Claims;
  readonly #redis: Redis;
  readonly #bus: RoomBus;
  readonly #log: Logger;
  readonly #keys: string;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #replica = crypto.randomUUID();
  readonly #timer: ReturnType<typeof setInterval>;
  #closing = false;
  #closed = false;
  #broken = false;
  /** Joins and leaves on their way to Redis; close() waits for them so a clean stop announces its leaves. */
  readonly #inFlight = new Set<Promise<unknown>>();

  constructor(options: RedisPresenceOptions) {
    this.#redis = options.redis;
    this.#bus = options.bus;
    this.#log = options.log;
    this.#keys = `${options.prefix}:presence`;
    this.#ttlMs = options.ttlMs ?? 15_000;
    this.#now = options.now ?? Date.now;
    this.#claims = new Claims(this.#now);
    this.#timer = setInterval(
      () => void this.#tick(),
      options.sweepIntervalMs ?? Math.max(100, Math.floor(this.#ttlMs / 3)),
    );
    this.#timer.unref();
    this.#redis.on("close", this.#onClose);
    this.#redis.on("ready", this.#onReady);
  }

  hold(room: string, user: string, holder: string, ttlMs: number | null, maxLeases?: number): void {
    if (!this.#claims.hold(room, user, holder, ttlMs, maxLeases)) return;
    this.#track(
      this.#join(room, user).then(
        (first) => first && this.#announce(room, user, NoteKind.NOTE_KIND_JOIN),
        (error: unknown) => this.#failed("join", error),
      ),
    );
  }

  release(room: string, user: string, holder: string): void {
    if (this.#claims.release(room, user, holder)) this.#leave(room, user);
  }

  typing(room: string, user: string): void {
    if (this.#claims.allowTyping(room, user)) this.#announce(room, user, NoteKind.NOTE_KIND_TYPING);
  }

  async present(room: string): Promise<string[]> {
    const users = await this.#redis.zrangebyscore(this.#roomKey(room), this.#now(), "+inf");
    return users.sort();
  }

  localClaims(): number {
    return this.#claims.size;
  }

  async sweep(): Promise<void> {
    for (const [room, user] of this.#claims.sweep()) this.#leave(room, user);
    const left = (await this.#redis.eval(SWEEP, 1, `${this.#keys}:due`, this.#now(), this.#keys)) as string[];
    for (const member of left) {
      const [room, user] = JSON.parse(member) as [string, string];
      this.#announce(room, user, NoteKind.NOTE_KIND_LEAVE);
    }
  }

  async close(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    clearInterval(this.#timer);
    this.#redis.off("close", this.#onClose);
    this.#redis.off("ready", this.#onReady);
    // Leave cleanly so other replicas see these users go now, not after the TTL.
    const leaving = [...this.#claims.entries()].map(([room, user]) => this.#leaveNow(room, user).catch(() => {}));
    await Promise.all([...leaving, ...this.#inFlight]);
    this.#closed = true;
  }

  #track(promise: Promise<unknown>): void {
    this.#inFlight.add(promise);
    void promise.finally(() => this.#inFlight.delete(promise));
  }

  #join(room: string, user: string): Promise<boolean> {
    const member = JSON.stringify([room, user]);
    return this.#redis
      .eval(
        JOIN,
        3,
        this.#userKey(member),
        this.#roomKey(room),
        `${this.#keys}:due`,
        this.#replica,
        this.#now() + this.#ttlMs,
        this.#now(),
        user,
        member,
      )
      .then((result) => result === 1);
  }

  #leave(room: string, user: string): void {
    this.#track(this.#leaveNow(room, user).catch((error: unknown) => this.#failed("leave", error)));
  }

  async #leaveNow(room: string, user: string): Promise<void> {
    const member = JSON.stringify([room, user]);
    const last = await this.#redis.eval(
      LEAVE,
      3,
      this.#userKey(member),
      this.#roomKey(room),
      `${this.#keys}:due`,
      this.#replica,
      this.#now(),
      user,
      member,
    );
    if (last === 1) this.#announce(room, user, NoteKind.NOTE_KIND_LEAVE);
  }

  /** Renews this replica's entries, then sweeps lapsed leases and expired entries. */
  async #tick(): Promise<void> {
    if (this.#closing || this.#broken) return;
    try {
      await this.#renew();
      await this.sweep();
    } catch (error) {
      this.#failed("renew", error);
    }
  }

  async #renew(): Promise<void> {
    await Promise.all([...this.#claims.entries()].map(([room, user]) => this.#join(room, user)));
  }

  readonly #onClose = () => {
    this.#broken = true;
  };

  /** A reconnected Redis may be a restarted, empty one: write every entry again (no JOIN: nobody left). */
  readonly #onReady = () => {
    if (!this.#broken || this.#closed) return;
    this.#broken = false;
    this.#renew().catch((error: unknown) => this.#failed("restore", error));
  };

  #announce(room: string, user: string, kind: NoteKind): void {
    if (!this.#closed) this.#bus.publish(ephemeralNote(room, user, kind, this.#now()));
  }

  #failed(what: string, error: unknown): void {
    if (this.#closed) return;
    this.#log.warn(`presence ${what} failed; retried on the next renewal`, {
      error: error instanceof Error ? error.message : String(error),
    });
  }

  #userKey(member: string): string {
    return `${this.#keys}:user:${member}`;
  }

  #roomKey(room: string): string {
    return `${this.#keys}:room:${room}`;
  }
}
