/**
 * What browsers do in rooms, knowing nothing of Elysia: join (with resume), leave, send, type, load older,
 * and issue 17's frames (edits, read state, private rooms, direct messages, the directory).
 * Reads come from the relay's shared room streams; everything done on a user's behalf (send, presence,
 * history, every RoomService call) carries that user's token, so the server knows who did it and refuses
 * what they may not. The relay's stream reads every room whoever asks, so a socket gets nothing of a room
 * until the user's own presence call has been accepted (a private room refuses non-members), and a member's
 * removal seen on the stream drops their sockets from it. This file holds the connections and the order of
 * their frames; each concern is in its own file: resume.ts and history.ts (what a join replays),
 * send-note.ts (sending with retry), presence-leases.ts (presence and typing), room-actions.ts (the calls
 * answered with one frame), error-frames.ts (what the page is told when a call fails).
 */
import {
  CLOSE_CODES,
  type ErrorFrame,
  GrpcStatus,
  MAX_CLIENT_ID_LENGTH,
  type ParsedRoomFrame,
  type TertuliaClient,
  TYPING_INTERVAL_MS,
} from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import type { RoomChannel } from "../relay/room-channel.ts";
import type { RoomMembership } from "../relay/room-membership.ts";
import type { RoomRelay } from "../relay/room-relay.ts";
import { roomTopic } from "../relay/room-topic.ts";
import type { Connection, ConnectionState } from "./connection.ts";
import { type FailureContext, failureFrame, isExpectedFailure } from "./error-frames.ts";
import { newestWithin } from "./frame-budget.ts";
import { historyPage, olderThanRing } from "./history.ts";
import { PresenceLeases } from "./presence-leases.ts";
import { catchUp, sameHistory } from "./resume.ts";
import { answerRoomAction, isRoomAction, type RoomActionsClient } from "./room-actions.ts";
import { sendNote } from "./send-note.ts";

export type { Connection } from "./connection.ts";

export interface RoomsServiceOptions {
  readonly relay: RoomRelay;
  /** The chat server, as far as rooms use it (every call with the user's token). */
  readonly client: {
    readonly chat: Pick<TertuliaClient["chat"], "getHistory" | "sendNote" | "updatePresence"> &
      RoomActionsClient["chat"];
    readonly rooms: RoomActionsClient["rooms"] & Pick<TertuliaClient["rooms"], "markRead">;
  };
  readonly log: Logger;
  /** The chat server's longest message now (its GetSettings answer, refreshed). */
  readonly maxMessageChars: () => number;
  /** Distinguishes this pod's presence leases from other pods'. */
  readonly instanceId: string;
  /** How long a join may wait for the server before the browser is told to retry. @default 10000 */
  readonly joinTimeoutMs?: number;
  /** Rooms one socket may be in at once. @default 50 */
  readonly maxRoomsPerSocket?: number;
  /** How often presence leases are renewed (tests shorten it). @default 20000 */
  readonly leaseRenewMs?: number;
}

/** Messages a fresh join shows; older ones come with "load older". */
const JOIN_PAGE = 50;

export class RoomsService {
  readonly #options: RoomsServiceOptions;
  readonly #connections = new Map<string, ConnectionState>();
  /** The same connections by user, for read state and removals (bounded as #connections is, by the socket quota). */
  readonly #byUser = new Map<string, Set<ConnectionState>>();
  readonly #presence: PresenceLeases;

  constructor(options: RoomsServiceOptions) {
    this.#options = options;
    this.#presence = new PresenceLeases({
      client: options.client,
      log: options.log,
      instanceId: options.instanceId,
      renewMs: options.leaseRenewMs,
      onRefused: (state, room, error) => {
        const stillOpen = this.#connections.get(state.connection.id) === state;
        if (!stillOpen) return;
        if (error.code === GrpcStatus.UNAUTHENTICATED) this.#fail(state, error, {});
        else if (error.code === GrpcStatus.PERMISSION_DENIED) this.#removed(state, room, "");
      },
    });
  }

  connect(connection: Connection): void {
    const state: ConnectionState = {
      connection,
      rooms: new Map(),
      queue: Promise.resolve(),
      joining: null,
    };
    this.#connections.set(connection.id, state);
    let mine = this.#byUser.get(connection.username);
    if (!mine) this.#byUser.set(connection.username, (mine = new Set()));
    mine.add(state);
    connection.send({
      type: "hello",
      user: connection.username,
      limits: {
        maxMessageChars: this.#options.maxMessageChars(),
        maxClientIdLength: MAX_CLIENT_ID_LENGTH,
        typingIntervalMs: TYPING_INTERVAL_MS,
      },
    });
    // The page's room list with read state, beside the socket's queue: a slow ListMyRooms must not hold up
    // the page's first joins.
    void this.#dispatch(state, { type: "rooms" });
  }

  disconnect(connection: Connection): void {
    const state = this.#connections.get(connection.id);
    if (!state) return;
    this.#connections.delete(connection.id);
    const mine = this.#byUser.get(connection.username);
    mine?.delete(state);
    if (mine?.size === 0) this.#byUser.delete(connection.username);
    for (const room of [...state.rooms.keys()]) this.#leave(state, room);
  }

  /**
   * `user` is no longer a member of private room `room` (seen on the room's stream): every socket of theirs on
   * this pod stops receiving it. The relay published the `member` frame to the room's topic just before, so
   * that is the last frame of the room they get.
   */
  memberRemoved(room: string, user: string): void {
    for (const state of [...(this.#byUser.get(user) ?? [])]) {
      // A join in flight passed its check before the removal: it is not on the topic yet, so it is told here
      // and its join stops before sending anything.
      if (state.joining?.room === room && !state.joining.revoked) {
        state.joining.revoked = true;
        state.connection.send({ type: "member", room, user, event: "removed", by: "" });
      }
      if (state.rooms.has(room)) this.#leave(state, room, { announce: false });
    }
  }

  /**
   * `user` was added to a private room (seen on a stream this pod holds for it): their sockets here are sent
   * their rooms again, so an invitation shows without a reload.
   */
  memberAdded(user: string): void {
    for (const state of this.#byUser.get(user) ?? []) void this.#dispatch(state, { type: "rooms" });
  }

  /** Handles a frame after the socket's earlier ones. @returns when this frame is done. */
  handle(connection: Connection, frame: ParsedRoomFrame): Promise<void> {
    const state = this.#connections.get(connection.id);
    if (!state) return Promise.resolve();
    state.queue = state.queue.then(() => this.#dispatch(state, frame));
    return state.queue;
  }

  async #dispatch(state: ConnectionState, frame: ParsedRoomFrame): Promise<void> {
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
          if (state.rooms.has(frame.room)) this.#presence.typing(state, frame.room);
          return;
        case "history":
          return state.connection.send(
            await historyPage(this.#options.client, frame.room, frame.beforeSeq, state.connection.token),
          );
        case "read":
          return await this.#markRead(state, frame.room, frame.seq);
        default:
          if (isRoomAction(frame)) return await this.#act(state, frame);
      }
    } catch (error) {
      this.#fail(state, error, { room: frameRoom(frame) });
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
    this.#presence.stop();
  }

  async #join(state: ConnectionState, room: string, afterSeq: number, epoch: string): Promise<void> {
    const joining = { room, revoked: false };
    state.joining = joining;
    try {
      await this.#joinRoom(state, joining, afterSeq, epoch);
    } finally {
      if (state.joining === joining) state.joining = null;
    }
  }

  async #joinRoom(
    state: ConnectionState,
    joining: { readonly room: string; revoked: boolean },
    afterSeq: number,
    epoch: string,
  ): Promise<void> {
    const { connection } = state;
    const { room } = joining;
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
    // A first join waits for the room's stream and for the server's membership check (#admit); a socket
    // already in the room was checked when it joined, and a removal since has taken it out of the room.
    const channel = firstJoin ? await this.#ready(state, membership) : membership.channel;
    // Left, closed or removed while waiting: #leave has released the membership already.
    if (!channel || state.rooms.get(room) !== membership || joining.revoked) return;

    const resume = afterSeq > 0 && sameHistory(epoch, channel, afterSeq);
    // A socket already in the room has missed nothing (Bun closes a socket rather than drop its frames), so
    // its resume is served from memory only: a repeated `join` never costs a history read.
    const older =
      resume && firstJoin ? await olderThanRing(this.#options.client, channel, afterSeq, connection.token) : [];
    if (state.rooms.get(room) !== membership) return; // left while history was loading

    // From here on, synchronous: subscribing and taking the snapshot in one tick means every later message
    // reaches this socket through the topic, and every earlier one is in the snapshot. No gap, no double.
    // A removal from now on reaches it through the topic too.
    state.joining = null;
    connection.subscribe(roomTopic(room));
    // A resume that the ring (and, on a first join, history) covers within one frame's budget is replayed;
    // anything more starts the room over from its newest page ("reset"), and "load older" pages back.
    const caughtUp = resume && older !== null ? catchUp(channel, afterSeq, older) : null;
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
  }

  /**
   * Waits for the room's stream to catch up, at most joinTimeoutMs. On time-out the socket leaves the room
   * it was joining, through the same #leave as any other leave, so the place is given back once.
   */
  async #ready(state: ConnectionState, membership: RoomMembership): Promise<RoomChannel | undefined> {
    const timeoutMs = this.#options.joinTimeoutMs ?? 10_000;
    const deadline = Date.now() + timeoutMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
    const admission = { admitted: false };
    const admitted = this.#admit(state, membership, deadline).then(async () => {
      admission.admitted = true;
      // A removal between this check and the moment the room's stream starts listening is on no stream
      // (membership events are not stored). So when the check ran first (a room this pod was only opening),
      // it is asked once more when the stream is live: any later removal is then refused here or seen on the
      // stream. A stream reopening after a break has the same gap; the lease renewal covers that one.
      if (membership.channel.started) return;
      await membership.ready;
      await this.#admit(state, membership, deadline);
    });
    // When the time-out wins, the check's own failure has nobody left to tell.
    admitted.catch(() => {});
    let result: RoomChannel | "timeout";
    try {
      result = await Promise.race([Promise.all([membership.ready, admitted]).then(([channel]) => channel), timeout]);
    } catch (error) {
      // Refused (PERMISSION_DENIED: a private room they are not in), or the server stayed away: nothing of
      // the room was sent; the place is given back and #dispatch tells the page why.
      if (state.rooms.get(membership.room) !== membership) return undefined; // already left: nothing to undo
      this.#leave(state, membership.room, { announce: false });
      throw error;
    } finally {
      clearTimeout(timer);
    }
    if (result !== "timeout") return result;
    if (state.rooms.get(membership.room) !== membership) return undefined; // already left: nothing to undo
    this.#leave(state, membership.room, { announce: admission.admitted });
    this.#sendError(state.connection, {
      code: "unavailable",
      message: "The chat server is not answering; retrying",
      room: membership.room,
    });
    return undefined;
  }

  /**
   * The server's membership check for a first join: the user's own JOINED presence call, which the server
   * refuses with PERMISSION_DENIED for a private or direct room they are not in. The relay's stream and ring
   * hold private rooms for whoever asks, so nothing of the room reaches the socket until this has passed.
   * A server that cannot be reached is asked again until the join's deadline, as the stream is.
   * @throws the refusal, or the last failure once the deadline is near
   */
  async #admit(state: ConnectionState, membership: RoomMembership, deadline: number): Promise<void> {
    for (let delayMs = 100; ; delayMs = Math.min(delayMs * 2, 1_000)) {
      try {
        return await this.#presence.join(state, membership.room);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        const retriable = code === GrpcStatus.UNAVAILABLE || code === GrpcStatus.DEADLINE_EXCEEDED;
        const stillJoining = state.rooms.get(membership.room) === membership;
        if (!retriable || !stillJoining || Date.now() + delayMs >= deadline) throw error;
        await Bun.sleep(delayMs);
      }
    }
  }

  /** The one place a socket gives a room back. @param announce false when the join never completed. */
  #leave(state: ConnectionState, room: string, { announce = true } = {}): void {
    const membership = state.rooms.get(room);
    if (!membership) return;
    state.rooms.delete(room);
    state.connection.unsubscribe(roomTopic(room));
    membership.release();
    this.#presence.left(state, room, { announce });
  }

  async #send(state: ConnectionState, room: string, text: string, clientId: string): Promise<void> {
    const { connection } = state;
    if (!state.rooms.has(room))
      return this.#sendError(connection, { code: "not_joined", message: "Join the room first", room, clientId });
    try {
      const refusal = await sendNote(
        this.#options.client,
        { room, text, clientId, token: connection.token },
        this.#options.maxMessageChars(),
      );
      if (refusal) this.#sendError(connection, { code: "invalid", message: refusal, room, clientId });
    } catch (error) {
      this.#fail(state, error, { room, clientId });
    }
  }

  /** MarkRead, then the marker to every socket of the user on this pod (their other tabs move the divider too). */
  async #markRead(state: ConnectionState, room: string, seq: number): Promise<void> {
    const { connection } = state;
    const read = await this.#options.client.rooms.markRead({ room, seq }, { token: connection.token });
    const frame = { type: "read-state", room, lastReadSeq: Number(read.lastReadSeq ?? 0) } as const;
    for (const mine of this.#byUser.get(connection.username) ?? []) mine.connection.send(frame);
  }

  /** One call, one answer to this socket; leaving a room for good also closes it on this socket. */
  async #act(state: ConnectionState, frame: Parameters<typeof answerRoomAction>[1]): Promise<void> {
    const { connection } = state;
    const answer = await answerRoomAction(
      this.#options.client,
      frame,
      connection.token,
      this.#options.maxMessageChars(),
    );
    if (frame.type === "leave-room") this.#leave(state, frame.room);
    if (!answer) return;
    if ("refusal" in answer) {
      return this.#sendError(connection, { code: "invalid", message: answer.refusal, room: frameRoom(frame) });
    }
    connection.send(answer.frame);
  }

  /** A socket that may no longer read `room`: told as the relay tells a removal, then nothing more of it. */
  #removed(state: ConnectionState, room: string, by: string): void {
    // A join under way answers for itself: its own check is refused the same way ("forbidden").
    if (!state.rooms.has(room) || state.joining?.room === room) return;
    state.connection.send({ type: "member", room, user: state.connection.username, event: "removed", by });
    this.#leave(state, room, { announce: false });
  }

  #fail(state: ConnectionState, error: unknown, context: FailureContext): void {
    const { frame, endSession } = failureFrame(error, context);
    if (!isExpectedFailure(error)) {
      const code = (error as { code?: unknown }).code;
      this.#options.log.warn("room action failed", { ...context, code, error: code === undefined ? error : undefined });
    }
    state.connection.send(frame);
    if (!endSession) return;
    this.disconnect(state.connection);
    state.connection.close(CLOSE_CODES.sessionExpired, "session expired");
  }

  #sendError(connection: Connection, frame: Omit<ErrorFrame, "type">): void {
    connection.send({ type: "error", ...frame });
  }
}

/** The room a frame names, if it names one (echoed in its error frame). */
function frameRoom(frame: ParsedRoomFrame): string | undefined {
  return "room" in frame ? frame.room : undefined;
}
