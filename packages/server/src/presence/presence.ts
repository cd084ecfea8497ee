/**
 * Who is in which room. A user is present while they hold at least one claim on the room: an open stream of
 * their own, or a lease taken through UpdatePresence by the web tier on their behalf (renewed while their
 * socket lives, lapsing if the web pod dies). The first claim announces JOIN, the last one released LEAVE.
 */
import { NoteKind } from "@tertulia/protocol";
import type { RoomBus, RoomNote } from "../bus/bus.ts";

export interface PresenceOptions {
  readonly bus: RoomBus;
  readonly now?: () => number;
  /** How often lapsed leases are swept. @default 5000 */
  readonly sweepIntervalMs?: number;
  /** Typing events per user and room are passed on at most this often. @default 1000 */
  readonly typingIntervalMs?: number;
}

/** A claim that never lapses on its own (a stream: it ends when the stream does). */
const FOREVER = Number.POSITIVE_INFINITY;

export class Presence {
  /** room → user → holder → expiry (ms). */
  readonly #rooms = new Map<string, Map<string, Map<string, number>>>();
  readonly #lastTyping = new Map<string, number>();
  readonly #bus: RoomBus;
  readonly #now: () => number;
  readonly #typingIntervalMs: number;
  readonly #sweeper: ReturnType<typeof setInterval>;

  constructor(options: PresenceOptions) {
    this.#bus = options.bus;
    this.#now = options.now ?? Date.now;
    this.#typingIntervalMs = options.typingIntervalMs ?? 1_000;
    // One timer for every lease in the process, not one per lease or stream.
    this.#sweeper = setInterval(() => this.sweep(), options.sweepIntervalMs ?? 5_000);
    this.#sweeper.unref();
  }

  /** Adds or renews a claim; `ttlMs` null means until released. */
  hold(room: string, user: string, holder: string, ttlMs: number | null): void {
    let users = this.#rooms.get(room);
    if (!users) this.#rooms.set(room, (users = new Map()));
    let holders = users.get(user);
    const joined = !holders;
    if (!holders) users.set(user, (holders = new Map()));
    holders.set(holder, ttlMs === null ? FOREVER : this.#now() + ttlMs);
    if (joined) this.#announce(room, user, NoteKind.NOTE_KIND_JOIN);
  }

  release(room: string, user: string, holder: string): void {
    const holders = this.#rooms.get(room)?.get(user);
    if (!holders?.delete(holder)) return;
    if (holders.size === 0) this.#leave(room, user);
  }

  typing(room: string, user: string): void {
    const key = `${room}\u0000${user}`;
    const now = this.#now();
    if (now - (this.#lastTyping.get(key) ?? -Infinity) < this.#typingIntervalMs) return;
    this.#lastTyping.set(key, now);
    this.#announce(room, user, NoteKind.NOTE_KIND_TYPING);
  }

  present(room: string): string[] {
    return [...(this.#rooms.get(room)?.keys() ?? [])].sort();
  }

  /** Drops lapsed leases (and announces the leaves they cause). Runs on a timer; callable directly. */
  sweep(): void {
    const now = this.#now();
    for (const [room, users] of this.#rooms) {
      for (const [user, holders] of users) {
        for (const [holder, expiresAt] of holders) if (expiresAt <= now) holders.delete(holder);
        if (holders.size === 0) this.#leave(room, user);
      }
    }
    for (const [key, at] of this.#lastTyping) if (now - at >= this.#typingIntervalMs) this.#lastTyping.delete(key);
  }

  close(): void {
    clearInterval(this.#sweeper);
  }

  #leave(room: string, user: string): void {
    const users = this.#rooms.get(room);
    users?.delete(user);
    if (users?.size === 0) this.#rooms.delete(room);
    this.#announce(room, user, NoteKind.NOTE_KIND_LEAVE);
  }

  #announce(room: string, user: string, kind: NoteKind): void {
    this.#bus.publish(ephemeralNote(room, user, kind, this.#now()));
  }
}

function ephemeralNote(room: string, name: string, kind: NoteKind, sentAtMs: number): RoomNote {
  return { room, name, kind, message: "", seq: 0, sentAtMs, clientMessageId: "" };
}
