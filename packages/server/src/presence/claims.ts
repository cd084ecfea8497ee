/**
 * One process's presence claims: room → user → holder → expiry. A holder is an open stream (no expiry) or a
 * lease taken by the web tier through UpdatePresence (lapses unless renewed). Reports when a user's first
 * claim in a room appears and when the last one goes; what that means for the cluster is the tracker's call.
 */

/** A claim that never lapses on its own (a stream: it ends when the stream does). */
const FOREVER = Number.POSITIVE_INFINITY;

export class Claims {
  readonly #rooms = new Map<string, Map<string, Map<string, number>>>();
  readonly #lastTyping = new Map<string, number>();
  readonly #now: () => number;
  readonly #typingIntervalMs: number;

  constructor(now: () => number, typingIntervalMs: number) {
    this.#now = now;
    this.#typingIntervalMs = typingIntervalMs;
  }

  /** Claims held now (each holder of each user in each room), counted when metrics are scraped. */
  get size(): number {
    let count = 0;
    for (const users of this.#rooms.values()) for (const holders of users.values()) count += holders.size;
    return count;
  }

  /** Adds or renews a claim; `ttlMs` null means until released. @returns true when it is the user's first. */
  hold(room: string, user: string, holder: string, ttlMs: number | null): boolean {
    let users = this.#rooms.get(room);
    if (!users) this.#rooms.set(room, (users = new Map()));
    let holders = users.get(user);
    const first = !holders;
    if (!holders) users.set(user, (holders = new Map()));
    holders.set(holder, ttlMs === null ? FOREVER : this.#now() + ttlMs);
    return first;
  }

  /** @returns true when it was the user's last claim in the room. */
  release(room: string, user: string, holder: string): boolean {
    const holders = this.#rooms.get(room)?.get(user);
    if (!holders?.delete(holder)) return false;
    if (holders.size > 0) return false;
    this.#drop(room, user);
    return true;
  }

  /** Drops lapsed leases. @returns the (room, user) pairs left with no claim. */
  sweep(): Array<readonly [string, string]> {
    const now = this.#now();
    const emptied: Array<readonly [string, string]> = [];
    for (const [room, users] of this.#rooms) {
      for (const [user, holders] of users) {
        for (const [holder, expiresAt] of holders) if (expiresAt <= now) holders.delete(holder);
        if (holders.size === 0) emptied.push([room, user]);
      }
    }
    for (const [room, user] of emptied) this.#drop(room, user);
    for (const [key, at] of this.#lastTyping) if (now - at >= this.#typingIntervalMs) this.#lastTyping.delete(key);
    return emptied;
  }

  /** Whether a typing event from this user may be passed on now (at most one per interval). */
  allowTyping(room: string, user: string): boolean {
    const key = `${room}\u0000${user}`;
    const now = this.#now();
    if (now - (this.#lastTyping.get(key) ?? -Infinity) < this.#typingIntervalMs) return false;
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

  #drop(room: string, user: string): void {
    const users = this.#rooms.get(room);
    users?.delete(user);
    if (users?.size === 0) this.#rooms.delete(room);
  }
}
