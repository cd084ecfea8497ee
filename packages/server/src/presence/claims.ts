/**
 * One process's presence claims: room → user → holder → expiry. A holder is an open stream (no expiry) or a
 * lease taken by the web tier through UpdatePresence (lapses unless renewed). Reports when a user's first
 * claim in a room appears and when the last one goes; what that means for the cluster is the tracker's call.
 */

import { TYPING_INTERVAL_MS } from "@tertulia/protocol";
import { ChatError } from "../errors.ts";

/** A claim that never lapses on its own (a stream: it ends when the stream does). */
const FOREVER = Number.POSITIVE_INFINITY;

export class Claims {
  readonly #rooms = new Map<string, Map<string, Map<string, number>>>();
  readonly #lastTyping = new Map<string, number>();
  /** Leases (claims with an expiry) per user, across rooms: what `maxLeases` bounds. */
  readonly #leases = new Map<string, number>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  /** Claims held now (each holder of each user in each room), counted when metrics are scraped. */
  get size(): number {
    let count = 0;
    for (const users of this.#rooms.values()) for (const holders of users.values()) count += holders.size;
    return count;
  }

  /**
   * Adds or renews a claim; `ttlMs` null means until released.
   * @param maxLeases how many leases the user may hold at once; renewing one they hold always passes.
   * @returns true when it is the user's first claim in the room.
   * @throws {ChatError} `resource_exhausted` when a new lease would pass `maxLeases`.
   */
  hold(room: string, user: string, holder: string, ttlMs: number | null, maxLeases = Infinity): boolean {
    let users = this.#rooms.get(room);
    const existing = users?.get(user)?.get(holder);
    if (ttlMs !== null && existing === undefined && (this.#leases.get(user) ?? 0) >= maxLeases) {
      throw new ChatError(
        "resource_exhausted",
        `too many presence leases: at most ${maxLeases} per user; leave a room first`,
      );
    }
    if (!users) this.#rooms.set(room, (users = new Map()));
    let holders = users.get(user);
    const first = !holders;
    if (!holders) users.set(user, (holders = new Map()));
    const expiresAt = ttlMs === null ? FOREVER : this.#now() + ttlMs;
    this.#countLease(user, (expiresAt !== FOREVER ? 1 : 0) - (existing !== undefined && existing !== FOREVER ? 1 : 0));
    holders.set(holder, expiresAt);
    return first;
  }

  /** @returns true when it was the user's last claim in the room. */
  release(room: string, user: string, holder: string): boolean {
    const holders = this.#rooms.get(room)?.get(user);
    const expiresAt = holders?.get(holder);
    if (!holders || expiresAt === undefined) return false;
    holders.delete(holder);
    if (expiresAt !== FOREVER) this.#countLease(user, -1);
    if (holders.size > 0) return false;
    this.#drop(room, user);
    return true;
  }

  /** Leases `user` holds here. */
  leases(user: string): number {
    return this.#leases.get(user) ?? 0;
  }

  /** Drops lapsed leases. @returns the (room, user) pairs left with no claim. */
  sweep(): Array<readonly [string, string]> {
    const now = this.#now();
    const emptied: Array<readonly [string, string]> = [];
    for (const [room, users] of this.#rooms) {
      for (const [user, holders] of users) {
        for (const [holder, expiresAt] of holders) {
          if (expiresAt > now) continue;
          holders.delete(holder);
          this.#countLease(user, -1);
        }
        if (holders.size === 0) emptied.push([room, user]);
      }
    }
    for (const [room, user] of emptied) this.#drop(room, user);
    for (const [key, at] of this.#lastTyping) if (now - at >= TYPING_INTERVAL_MS) this.#lastTyping.delete(key);
    return emptied;
  }

  /** Whether a typing event from this user may be passed on now (at most one per TYPING_INTERVAL_MS, the rule every tier throttles by). */
  allowTyping(room: string, user: string): boolean {
    const key = `${room}\u0000${user}`;
    const now = this.#now();
    if (now - (this.#lastTyping.get(key) ?? -Infinity) < TYPING_INTERVAL_MS) return false;
    this.#lastTyping.set(key, now);
    return true;
  }

  users(room: string): string[] {
    return [...(this.#rooms.get(room)?.keys() ?? [])].sort();
  }

  /** Every (room, user) with a claim here. */
  *entries(): Generator<readonly [string, string]> {
    for (const [room, users] of this.#rooms) for (const user of users.keys()) yield [room, user];
  }

  #countLease(user: string, by: number): void {
    if (by === 0) return;
    const next = (this.#leases.get(user) ?? 0) + by;
    if (next > 0) this.#leases.set(user, next);
    else this.#leases.delete(user);
  }

  #drop(room: string, user: string): void {
    const users = this.#rooms.get(room);
    users?.delete(user);
    if (users?.size === 0) this.#rooms.delete(room);
  }
}
