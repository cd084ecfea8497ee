/**
 * Presence as leases on the server: joining, typing and leaving update the user's lease in a room, and one
 * timer renews every lease this pod holds; a pod that dies stops renewing and its users leave. Typing is
 * forwarded at most once per TYPING_INTERVAL_MS per socket and room.
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
 * Renewals are spread over the period in this many slices, each connection in one: renewing every lease
 * of the pod in the same tick sent a burst of one UpdatePresence per socket (1,000 calls at once at 1,000
 * users) that stalled message delivery for that long, every 20 s.
 */
export const RENEW_SLICES = 20;

export interface PresenceLeasesOptions {
  readonly client: { readonly chat: Pick<TertuliaClient["chat"], "updatePresence"> };
  readonly log: Logger;
  /** Distinguishes this pod's leases from other pods'. */
  readonly instanceId: string;
  /** The open connections, for renewals. */
  readonly connections: () => Iterable<ConnectionState>;
  /**
   * A lease refused: UNAUTHENTICATED when the session was revoked elsewhere (logout or a password change on
   * another pod), PERMISSION_DENIED when the user is no longer a member of that private room (a removal whose
   * event this pod's stream missed), so an open socket learns either within one renewal period.
   */
  readonly onRefused: (state: ConnectionState, room: string, error: ServiceError) => void;
}

export class PresenceLeases {
  readonly #options: PresenceLeasesOptions;
  readonly #typingAt = new Map<string, number>();
  readonly #renewal: ReturnType<typeof setInterval>;
  #renewTick = 0;

  constructor(options: PresenceLeasesOptions) {
    this.#options = options;
    this.#renewal = setInterval(() => this.#renew(), LEASE_RENEW_MS / RENEW_SLICES);
    this.#renewal.unref();
  }

  update(state: ConnectionState, room: string, presence: PresenceState): void {
    this.#call(state, room, presence).catch((error: ServiceError) => {
      this.#options.log.debug("presence update failed", { room, code: error.code });
      this.#options.onRefused(state, room, error);
    });
  }

  /**
   * Takes the user's JOINED lease and waits for the answer. The server checks on this call that the user may
   * read the room (PERMISSION_DENIED for a non-member of a private room), so a join awaits it before anything
   * of the room reaches the socket: the relay's shared stream reads every room, whoever asks.
   * @throws the call's gRPC error
   */
  async join(state: ConnectionState, room: string): Promise<void> {
    await this.#call(state, room, Presence.PRESENCE_STATE_JOINED);
  }

  #call(state: ConnectionState, room: string, presence: PresenceState) {
    const { connection } = state;
    const holderId = `${this.#options.instanceId}.${connection.id}`;
    return this.#options.client.chat.updatePresence(
      { room, state: presence, holderId, ttlSeconds: LEASE_TTL_S },
      { token: connection.token },
    );
  }

  /** Forwards a typing notice unless this socket sent one for the room within the interval. */
  typing(state: ConnectionState, room: string): void {
    const key = `${state.connection.id}\u0000${room}`;
    const now = Date.now();
    if (now - (this.#typingAt.get(key) ?? 0) < TYPING_INTERVAL_MS) return;
    this.#typingAt.set(key, now);
    this.update(state, room, Presence.PRESENCE_STATE_TYPING);
  }

  /** Forgets a socket's typing times in a room (it left), so the map holds only joined rooms. */
  left(state: ConnectionState, room: string): void {
    this.#typingAt.delete(`${state.connection.id}\u0000${room}`);
  }

  stop(): void {
    clearInterval(this.#renewal);
  }

  #renew(): void {
    const slice = this.#renewTick++ % RENEW_SLICES;
    for (const state of this.#options.connections()) {
      if (state.renewSlice !== slice) continue;
      for (const room of state.rooms.keys()) this.update(state, room, Presence.PRESENCE_STATE_JOINED);
    }
  }
}
