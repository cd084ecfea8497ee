/**
 * Who is in which room. A user is present while they hold at least one claim on the room: an open stream of
 * their own, or a lease taken through UpdatePresence by the web tier on their behalf (renewed while their
 * socket lives, lapsing if the web pod dies). The first claim announces JOIN, the last one released LEAVE.
 *
 * `Presence` is the embedded tracker (one process); `RedisPresence` (redis-presence.ts) answers for a
 * cluster of replicas behind the same interface.
 */
import { NoteKind } from "@tertulia/protocol";
import type { RoomBus, RoomNote } from "../bus/bus.ts";
import { Claims } from "./claims.ts";

export interface PresenceTracker {
  /**
   * Adds or renews a claim; `ttlMs` null means until released.
   * @param maxLeases leases (claims with a ttl) the user may hold on this replica; renewals always pass.
   * @throws {ChatError} `resource_exhausted` when a new lease would pass `maxLeases`.
   */
  hold(room: string, user: string, holder: string, ttlMs: number | null, maxLeases?: number): void;
  release(room: string, user: string, holder: string): void;
  /** Passes a typing event on, at most once per TYPING_INTERVAL_MS per user and room. */
  typing(room: string, user: string): void;
  /** Who is present, sorted. */
  present(room: string): Promise<string[]>;
  /** Claims held in this process (streams and leases), for metrics. */
  localClaims(): number;
  /** Drops lapsed claims (and announces the leaves they cause). Runs on a timer; callable directly. */
  sweep(): Promise<void>;
  close(): Promise<void>;
}

export interface PresenceOptions {
  readonly bus: RoomBus;
  readonly now?: () => number;
  /** How often lapsed leases are swept. @default 5000 */
  readonly sweepIntervalMs?: number;
}

/** The embedded tracker: this process's claims are the whole truth. */
export class Presence implements PresenceTracker {
  readonly #claims: Claims;
  readonly #bus: RoomBus;
  readonly #now: () => number;
  readonly #sweeper: ReturnType<typeof setInterval>;

  constructor(options: PresenceOptions) {
    this.#bus = options.bus;
    this.#now = options.now ?? Date.now;
    this.#claims = new Claims(this.#now);
    // One timer for every lease in the process, not one per lease or stream.
    this.#sweeper = setInterval(() => void this.sweep(), options.sweepIntervalMs ?? 5_000);
    this.#sweeper.unref();
  }

  hold(room: string, user: string, holder: string, ttlMs: number | null, maxLeases?: number): void {
    if (this.#claims.hold(room, user, holder, ttlMs, maxLeases))
      this.#bus.publish(ephemeralNote(room, user, NoteKind.NOTE_KIND_JOIN, this.#now()));
  }

  release(room: string, user: string, holder: string): void {
    if (this.#claims.release(room, user, holder))
      this.#bus.publish(ephemeralNote(room, user, NoteKind.NOTE_KIND_LEAVE, this.#now()));
  }

  typing(room: string, user: string): void {
    if (this.#claims.allowTyping(room, user))
      this.#bus.publish(ephemeralNote(room, user, NoteKind.NOTE_KIND_TYPING, this.#now()));
  }

  async present(room: string): Promise<string[]> {
    return this.#claims.users(room);
  }

  localClaims(): number {
    return this.#claims.size;
  }

  async sweep(): Promise<void> {
    for (const [room, user] of this.#claims.sweep())
      this.#bus.publish(ephemeralNote(room, user, NoteKind.NOTE_KIND_LEAVE, this.#now()));
  }

  async close(): Promise<void> {
    clearInterval(this.#sweeper);
  }
}

/** A presence event as it travels on the bus: seq 0, never stored. */
export function ephemeralNote(room: string, name: string, kind: NoteKind, sentAtMs: number): RoomNote {
  return { room, name, kind, message: "", seq: 0, sentAtMs, clientMessageId: "" };
}
