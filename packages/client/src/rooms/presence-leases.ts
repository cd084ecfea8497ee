/**
 * Presence as leases on the server: joining, typing and leaving update the user's lease in a room, and one
 * timer renews every lease this pod holds; a pod that dies stops renewing and its users leave. Typing is
 * forwarded at most once per TYPING_INTERVAL_MS per socket and room.
 *
 * The sockets of one session (the same token, so the same user) in one room share ONE lease: one holder on
 * the server, one renewal per period, and LEFT only when the last of them leaves. A page open in ten tabs,
 * or ten windows of one account, was ten leases renewed ten times over for a presence that is one user's;
 * the server counts a user present while any holder holds, so one holder says the same. Sharing by token,
 * not by user, keeps a lease's renewal the voice of every socket behind it: a refusal (the token revoked,
 * the user removed from the room) is true of all of them, and each is told.
 */
import {
  PresenceState as Presence,
  type PresenceState,
  type ServiceError,
  type TertuliaClient,
  TYPING_INTERVAL_MS,
} from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import type { ConnectionState } from "./connection.ts";

const LEASE_TTL_S = 60;
const LEASE_RENEW_MS = 20_000;
/**
 * Renewals are spread over the period in this many slices, each lease in one: renewing every lease of the
 * pod in the same tick sent a burst of one UpdatePresence per lease (1,000 calls at once at 1,000 users)
 * that stalled message delivery for that long, every 20 s.
 */
const RENEW_SLICES = 20;

export interface PresenceLeasesOptions {
  readonly client: { readonly chat: Pick<TertuliaClient["chat"], "updatePresence"> };
  readonly log: Logger;
  /** Distinguishes this pod's leases from other pods'. */
  readonly instanceId: string;
  /**
   * A lease refused, told once for each socket sharing it: UNAUTHENTICATED when the session was revoked
   * elsewhere (logout or a password change on another pod), PERMISSION_DENIED when the user is no longer a
   * member of that private room (a removal whose event this pod's stream missed), so an open socket learns
   * either within one renewal period.
   */
  readonly onRefused: (state: ConnectionState, room: string, error: ServiceError) => void;
  /** How often each lease is renewed (the server keeps one LEASE_TTL_S). @default 20000 */
  readonly renewMs?: number;
}

/** One session's presence in one room on this pod. */
interface Lease {
  readonly key: string;
  readonly room: string;
  readonly token: string;
  readonly holderId: string;
  readonly slice: number;
  /** The open sockets of the session in the room (joined, or joining): the lease lives while one does. */
  readonly sockets: Set<ConnectionState>;
  /** The server took a JOINED for it: a LEFT is owed when the last socket goes, however it goes. */
  held: boolean;
}

export class PresenceLeases {
  readonly #options: PresenceLeasesOptions;
  readonly #leases = new Map<string, Lease>();
  readonly #typingAt = new Map<string, number>();
  readonly #renewal: ReturnType<typeof setInterval>;
  #renewTick = 0;
  #nextSlice = 0;

  constructor(options: PresenceLeasesOptions) {
    this.#options = options;
    this.#renewal = setInterval(() => this.#renew(), (options.renewMs ?? LEASE_RENEW_MS) / RENEW_SLICES);
    this.#renewal.unref();
  }

  /**
   * Takes the user's JOINED lease for this socket and waits for the answer. The server checks on this call
   * that the user may read the room (PERMISSION_DENIED for a non-member of a private room), so a join awaits
   * it before anything of the room reaches the socket: the relay's shared stream reads every room, whoever
   * asks. Every socket's join asks, even when its session holds the lease already: that call is its check.
   * The socket shares the lease from here until `left`.
   * @throws the call's gRPC error
   */
  async join(state: ConnectionState, room: string): Promise<void> {
    const lease = this.#leaseOf(state, room);
    lease.sockets.add(state);
    await this.#call(lease, Presence.PRESENCE_STATE_JOINED);
  }

  /** Forwards a typing notice unless this socket sent one for the room within the interval. */
  typing(state: ConnectionState, room: string): void {
    const lease = this.#leases.get(leaseKey(state, room));
    if (!lease?.sockets.has(state)) return;
    const key = `${state.connection.id}\u0000${room}`;
    const now = Date.now();
    if (now - (this.#typingAt.get(key) ?? 0) < TYPING_INTERVAL_MS) return;
    this.#typingAt.set(key, now);
    this.#update(lease, Presence.PRESENCE_STATE_TYPING);
  }

  /**
   * The socket gave the room back. The session's last socket there ends the lease: LEFT once the server
   * took a JOINED for it (or `announce` says this socket's own join completed), so a user leaves when their
   * last socket does, and not before.
   */
  left(state: ConnectionState, room: string, { announce }: { readonly announce: boolean }): void {
    this.#typingAt.delete(`${state.connection.id}\u0000${room}`);
    const lease = this.#leases.get(leaseKey(state, room));
    if (!lease?.sockets.delete(state) || lease.sockets.size > 0) return;
    this.#leases.delete(lease.key);
    if (announce || lease.held) this.#update(lease, Presence.PRESENCE_STATE_LEFT);
  }

  stop(): void {
    clearInterval(this.#renewal);
  }

  #leaseOf(state: ConnectionState, room: string): Lease {
    const key = leaseKey(state, room);
    let lease = this.#leases.get(key);
    if (!lease) {
      lease = {
        key,
        room,
        token: state.connection.token,
        // Named after the socket that opened it: unique on this pod, and it says nothing of the token.
        holderId: `${this.#options.instanceId}.${state.connection.id}`,
        slice: this.#nextSlice++ % RENEW_SLICES,
        sockets: new Set(),
        held: false,
      };
      this.#leases.set(key, lease);
    }
    return lease;
  }

  #update(lease: Lease, presence: PresenceState): void {
    this.#call(lease, presence).catch((error: ServiceError) => {
      this.#options.log.debug("presence update failed", { room: lease.room, code: error.code });
      for (const state of [...lease.sockets]) this.#options.onRefused(state, lease.room, error);
    });
  }

  async #call(lease: Lease, presence: PresenceState): Promise<void> {
    await this.#options.client.chat.updatePresence(
      { room: lease.room, state: presence, holderId: lease.holderId, ttlSeconds: LEASE_TTL_S },
      { token: lease.token },
    );
    if (presence !== Presence.PRESENCE_STATE_LEFT) lease.held = true;
  }

  #renew(): void {
    const slice = this.#renewTick++ % RENEW_SLICES;
    for (const lease of this.#leases.values()) {
      if (lease.slice === slice) this.#update(lease, Presence.PRESENCE_STATE_JOINED);
    }
  }
}

/** A lease is one session's (its token's) in one room. */
function leaseKey(state: ConnectionState, room: string): string {
  return `${state.connection.token}\u0000${room}`;
}
