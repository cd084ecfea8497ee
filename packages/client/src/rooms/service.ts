/**
 * What browsers do in rooms, knowing nothing of Elysia: join (with resume), leave, send, type, load older.
 * Reads come from the relay's shared room streams; everything done on a user's behalf (send, presence,
 * history) carries that user's token, so the server knows who did it.
 */
import {
  CLOSE_CODES,
  type ErrorFrame,
  GrpcStatus,
  MAX_CLIENT_ID_LENGTH,
  type MessageFrame,
  messageLength,
  noteToMessageFrame,
  type ParsedClientFrame,
  PresenceState,
  type ServerFrame,
  type ServiceError,
  type TertuliaClient,
  TYPING_INTERVAL_MS,
} from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import type { RoomMembership } from "../relay/room-membership.ts";
import type { RoomChannel, RoomRelay } from "../relay/room-relay.ts";
import { roomTopic } from "../relay/room-topic.ts";
import { fitsWithin, newestWithin } from "./frame-budget.ts";

/** A browser's socket as the service sees it: the adapter in rooms/index.ts wraps Bun's ServerWebSocket. */
export interface Connection {
  readonly id: string;
  readonly sessionId: string;
  readonly username: string;
  readonly token: string;
  /** What a page may receive: one of the browser protocol's server frames. */
  send(frame: ServerFrame): void;
  subscribe(topic: string): void;
  unsubscribe(topic: string): void;
  close(code: number, reason: string): void;
}

export interface RoomsServiceOptions {
  readonly relay: RoomRelay;
  /** The chat server, as far as rooms use it (every call with the user's token). */
  readonly client: { readonly chat: Pick<TertuliaClient["chat"], "getHistory" | "sendNote" | "updatePresence"> };
  readonly log: Logger;
  /** The chat server's longest message now (its GetSettings answer, refreshed). */
  readonly maxMessageChars: () => number;
  /** Distinguishes this pod's presence leases from other pods'. */
  readonly instanceId: string;
  /** How long a join may wait for the server before the browser is told to retry. @default 10000 */
  readonly joinTimeoutMs?: number;
  /** Rooms one socket may be in at once. @default 50 */
  readonly maxRoomsPerSocket?: number;
}

/** Messages a fresh join shows; older ones come with "load older". */
const JOIN_PAGE = 50;
const HISTORY_PAGE = 50;
/** A resume missing more than this is served as a fresh join (with `reset`). */
const MAX_CATCH_UP = 1_000;
const LEASE_TTL_S = 60;
const LEASE_RENEW_MS = 20_000;
/**
 * Renewals are spread over the period in this many slices, each connection in one: renewing every lease
 * of the pod in the same tick sent a burst of one UpdatePresence per socket (1,000 calls at once at 1,000
 * users) that stalled message delivery for that long, every 20 s.
 */
const RENEW_SLICES = 20;
const SEND_ATTEMPTS = 3;

interface ConnectionState {
  readonly connection: Connection;
  /** The socket's place in each room it joined: released exactly once, by whoever removes it from here. */
  readonly rooms: Map<string, RoomMembership>;
  readonly typingAt: Map<string, number>;
  /** Frames of one socket are handled one after another: a user's messages keep the order they were typed. */
  queue: Promise<void>;
  /** Which renewal tick renews this connection's leases. */
  readonly renewSlice: number;
}

export class RoomsService {
  readonly #options: RoomsServiceOptions;
  readonly #connections = new Map<string, ConnectionState>();
  readonly #renewal: ReturnType<typeof setInterval>;
  #renewTick = 0;
  #nextSlice = 0;

  constructor(options: RoomsServiceOptions) {
    this.#options = options;
    // One timer renews every lease on this pod, a slice of the connections per tick; a pod that dies stops
    // renewing and its users leave.
    this.#renewal = setInterval(() => this.#renewLeases(), LEASE_RENEW_MS / RENEW_SLICES);
    this.#renewal.unref();
  }

  connect(connection: Connection): void {
    const renewSlice = this.#nextSlice++ % RENEW_SLICES;
    this.#connections.set(connection.id, {
      connection,
      rooms: new Map(),
      typingAt: new Map(),
      queue: Promise.resolve(),
      renewSlice,
    });
    connection.send({
      type: "hello",
      user: connection.username,
      limits: {
        maxMessageChars: this.#options.maxMessageChars(),
        maxClientIdLength: MAX_CLIENT_ID_LENGTH,
        typingIntervalMs: TYPING_INTERVAL_MS,
      },
    });
  }

  disconnect(connection: Connection): void {
    const state = this.#connections.get(connection.id);
    if (!state) return;
    this.#connections.delete(connection.id);
    for (const room of [...state.rooms.keys()]) this.#leave(state, room);
  }

  /** Handles a frame after the socket's earlier ones. @returns when this frame is done. */
  handle(connection: Connection, frame: ParsedClientFrame): Promise<void> {
    const state = this.#connections.get(connection.id);
    if (!state) return Promise.resolve();
    state.queue = state.queue.then(() => this.#dispatch(state, frame));
    return state.queue;
  }

  async #dispatch(state: ConnectionState, frame: ParsedClientFrame): Promise<void> {
    if (!this.#connections.has(state.connection.id)) return;
    try {
      switch (frame.type) {
        case "join":
          return await this.#join(state, frame.room, frame.afterSeq, frame.epoch);
        case "leave":
          return this.#leave(state, frame.room);
        case "send":
          return await this.#send(state, frame.room, frame.text, frame.clientId);
        case "typing":
          return this.#typing(state, frame.room);
        case "history":
          return await this.#history(state, frame.room, frame.beforeSeq);
      }
    } catch (error) {
      this.#fail(state, error, { room: frame.room });
    }
  }

  /** Closes every socket of a session on this pod (logout). @returns how many were closed. */
  closeSession(sessionId: string, code: number, reason: string): number {
    let closed = 0;
    for (const { connection } of [...this.#connections.values()]) {
      if (connection.sessionId !== sessionId) continue;
      this.disconnect(connection);
      connection.close(code, reason);
      closed += 1;
    }
    return closed;
  }

  closeAll(code: number, reason: string): void {
    for (const { connection } of [...this.#connections.values()]) {
      this.disconnect(connection);
      connection.close(code, reason);
    }
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  stop(): void {
    clearInterval(this.#renewal);
  }

  async #join(state: ConnectionState, room: string, afterSeq: number, epoch: string): Promise<void> {
    const { connection } = state;
    let membership = state.rooms.get(room);
    const firstJoin = membership === undefined;
    if (!membership) {
      const maxRooms = this.#options.maxRoomsPerSocket ?? 50;
      if (state.rooms.size >= maxRooms) {
        return this.#sendError(connection, {
          code: "too_many_rooms",
          message: `A window may be in at most ${maxRooms} rooms at once; leave one first`,
          room,
        });
      }
      membership = this.#options.relay.join(room);
      state.rooms.set(room, membership);
    }
    const channel = firstJoin ? await this.#ready(state, membership) : membership.channel;
    // Left (or closed) while waiting: #leave has released the membership already.
    if (!channel || state.rooms.get(room) !== membership) return;

    const resume = afterSeq > 0 && sameHistory(epoch, channel, afterSeq);
    // A socket already in the room has missed nothing (Bun closes a socket rather than drop its frames), so
    // its resume is served from memory only: a repeated `join` never costs a history read.
    const older = !resume ? [] : firstJoin ? await this.#olderThanRing(connection, channel, afterSeq) : [];
    if (state.rooms.get(room) !== membership) return; // left while history was loading

    // From here on, synchronous: subscribing and taking the snapshot in one tick means every later message
    // reaches this socket through the topic, and every earlier one is in the snapshot. No gap, no double.
    connection.subscribe(roomTopic(room));
    // A resume that the ring (and, on a first join, history) covers within one frame's budget is replayed;
    // anything more starts the room over from its newest page ("reset"), and "load older" pages back.
    const caughtUp = resume && older !== null ? this.#catchUp(channel, afterSeq, older) : null;
    const messages = caughtUp ?? newestWithin(channel.ring.tail(JOIN_PAGE)).messages;
    const first = messages[0]?.seq ?? channel.lastSeq + 1;
    connection.send({
      type: "joined",
      room,
      epoch: channel.epoch,
      reset: afterSeq > 0 && caughtUp === null,
      messages,
      hasMore: first > Math.max(channel.firstSeq, 1),
      present: [...channel.present].sort(),
      live: channel.live,
    });
    if (firstJoin) this.#lease(state, room, PresenceState.PRESENCE_STATE_JOINED);
  }

  /**
   * Waits for the room's stream to catch up, at most joinTimeoutMs. On time-out the socket leaves the room
   * it was joining, through the same #leave as any other leave, so the place is given back once.
   */
  async #ready(state: ConnectionState, membership: RoomMembership): Promise<RoomChannel | undefined> {
    const timeoutMs = this.#options.joinTimeoutMs ?? 10_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
    const result = await Promise.race([membership.ready, timeout]);
    clearTimeout(timer);
    if (result !== "timeout") return result;
    if (state.rooms.get(membership.room) !== membership) return undefined; // already left: nothing to undo
    this.#leave(state, membership.room, { announce: false });
    this.#sendError(state.connection, {
      code: "unavailable",
      message: "The chat server is not answering; retrying",
      room: membership.room,
    });
    return undefined;
  }

  /** Every message after `afterSeq`, or null when the ring misses some or they exceed one frame's budget. */
  #catchUp(channel: RoomChannel, afterSeq: number, older: readonly MessageFrame[]): MessageFrame[] | null {
    const ringFirst = channel.ring.firstSeq || channel.lastSeq + 1;
    if (older.length === 0 && afterSeq < ringFirst - 1) return null;
    const messages = [...older, ...channel.ring.after(Math.max(afterSeq, older.at(-1)?.seq ?? 0))];
    return fitsWithin(messages) ? messages : null;
  }

  /**
   * Stored messages between `afterSeq` and what the ring holds, for a resume from further back than memory.
   * @returns null when more than MAX_CATCH_UP are missing: the page starts the room over instead.
   */
  async #olderThanRing(connection: Connection, channel: RoomChannel, afterSeq: number): Promise<MessageFrame[] | null> {
    const ringFirst = channel.ring.firstSeq || channel.lastSeq + 1;
    if (afterSeq >= ringFirst - 1) return [];
    if (ringFirst - 1 - afterSeq > MAX_CATCH_UP) return null;
    const pages: MessageFrame[][] = [];
    let before = ringFirst;
    while (before - 1 > afterSeq) {
      const page = await this.#options.client.chat.getHistory(
        { room: channel.room, beforeSeq: before, limit: 200 },
        { token: connection.token },
      );
      if (page.epoch !== channel.epoch) return null;
      const frames = page.notes.map((note) => noteToMessageFrame(channel.room, note)).filter((m) => m.seq > afterSeq);
      pages.unshift(frames);
      if (!page.hasMore || page.notes.length === 0) break;
      before = page.notes[0]!.seq ?? 0;
    }
    return pages.flat();
  }

  /** The one place a socket gives a room back. @param announce false when the join never completed. */
  #leave(state: ConnectionState, room: string, { announce = true } = {}): void {
    const membership = state.rooms.get(room);
    if (!membership) return;
    state.rooms.delete(room);
    state.typingAt.delete(room);
    state.connection.unsubscribe(roomTopic(room));
    membership.release();
    if (announce) this.#lease(state, room, PresenceState.PRESENCE_STATE_LEFT);
  }

  async #send(state: ConnectionState, room: string, text: string, clientId: string): Promise<void> {
    const { connection } = state;
    if (!state.rooms.has(room))
      return this.#sendError(connection, { code: "not_joined", message: "Join the room first", room, clientId });
    const body = text.trim();
    if (body.length === 0)
      return this.#sendError(connection, { code: "invalid", message: "Message is empty", room, clientId });
    const maxChars = this.#options.maxMessageChars();
    if (messageLength(body) > maxChars) {
      return this.#sendError(connection, {
        code: "invalid",
        message: `Messages are at most ${maxChars} characters`,
        room,
        clientId,
      });
    }
    for (let attempt = 1; ; attempt++) {
      try {
        // The same clientId on every attempt: the server stores a retried message once.
        await this.#options.client.chat.sendNote(
          { room, message: body, clientMessageId: clientId },
          { token: connection.token },
        );
        return;
      } catch (error) {
        const retriable =
          (error as ServiceError).code === GrpcStatus.UNAVAILABLE ||
          (error as ServiceError).code === GrpcStatus.DEADLINE_EXCEEDED;
        if (!retriable || attempt >= SEND_ATTEMPTS) return this.#fail(state, error, { room, clientId });
        await Bun.sleep(200 * attempt);
      }
    }
  }

  #typing(state: ConnectionState, room: string): void {
    if (!state.rooms.has(room)) return;
    const now = Date.now();
    if (now - (state.typingAt.get(room) ?? 0) < TYPING_INTERVAL_MS) return;
    state.typingAt.set(room, now);
    this.#lease(state, room, PresenceState.PRESENCE_STATE_TYPING);
  }

  async #history(state: ConnectionState, room: string, beforeSeq: number): Promise<void> {
    const page = await this.#options.client.chat.getHistory(
      { room, beforeSeq, limit: HISTORY_PAGE },
      { token: state.connection.token },
    );
    const { messages, trimmed } = newestWithin(page.notes.map((note) => noteToMessageFrame(room, note)));
    state.connection.send({ type: "history", room, messages, hasMore: page.hasMore || trimmed });
  }

  /**
   * Presence is also how an open socket learns that its session was revoked elsewhere (logout or a password
   * change on another pod): the renewal carries the user's token, and a refusal ends the socket like any
   * other UNAUTHENTICATED answer, within one renewal period.
   */
  #lease(state: ConnectionState, room: string, presence: PresenceState): void {
    const { connection } = state;
    const holderId = `${this.#options.instanceId}.${connection.id}`;
    this.#options.client.chat
      .updatePresence({ room, state: presence, holderId, ttlSeconds: LEASE_TTL_S }, { token: connection.token })
      .catch((error: ServiceError) => {
        this.#options.log.debug("presence update failed", { room, code: error.code });
        const stillOpen = this.#connections.get(connection.id) === state;
        if (stillOpen && error.code === GrpcStatus.UNAUTHENTICATED) this.#fail(state, error, {});
      });
  }

  #renewLeases(): void {
    const slice = this.#renewTick++ % RENEW_SLICES;
    for (const state of this.#connections.values()) {
      if (state.renewSlice !== slice) continue;
      for (const room of state.rooms.keys()) this.#lease(state, room, PresenceState.PRESENCE_STATE_JOINED);
    }
  }

  #fail(state: ConnectionState, error: unknown, context: { room?: string; clientId?: string }): void {
    const code = (error as Partial<ServiceError>).code;
    if (code === GrpcStatus.UNAUTHENTICATED) {
      this.#sendError(state.connection, {
        code: "session_expired",
        message: "Your session has expired; log in again",
        ...context,
      });
      this.disconnect(state.connection);
      state.connection.close(CLOSE_CODES.sessionExpired, "session expired");
      return;
    }
    if (code === GrpcStatus.RESOURCE_EXHAUSTED) {
      // A quota of our server: its details name the limit and when to retry.
      this.#sendError(state.connection, {
        code: "quota_exceeded",
        message: (error as ServiceError).details,
        ...context,
      });
      return;
    }
    if (code === GrpcStatus.INVALID_ARGUMENT) {
      // Our server's INVALID_ARGUMENT details are written for people ("message is empty", the room rule).
      this.#sendError(state.connection, { code: "invalid", message: (error as ServiceError).details, ...context });
      return;
    }
    this.#options.log.warn("room action failed", { ...context, code, error: code === undefined ? error : undefined });
    this.#sendError(state.connection, {
      code: "unavailable",
      message: "The chat server is not answering; try again",
      ...context,
    });
  }

  #sendError(connection: Connection, frame: Omit<ErrorFrame, "type">): void {
    connection.send({ type: "error", ...frame });
  }
}

/**
 * Whether a page holding messages up to `afterSeq` of `epoch` holds this channel's history. Reading a room
 * does not create it, so a page that joined before the room's first message got no epoch (""): what it holds
 * is the room's first history, the one the channel has unless the store lost it since, which a seq beyond the
 * channel's last one betrays.
 */
function sameHistory(epoch: string, channel: RoomChannel, afterSeq: number): boolean {
  return epoch === channel.epoch || (epoch === "" && afterSeq <= channel.lastSeq);
}
