/**
 * ChatServer: the single broadcaster. SendNote stores a message (the store assigns its seq) and publishes
 * it; streams deliver rooms in seq order from the store and the bus. The author is always the token's user.
 */
import type { Server, ServerWritableStream } from "@grpc/grpc-js";
import {
  chatMethods,
  DEFAULT_ROOM,
  NoteKind,
  PresenceState,
  type RoomEvent,
  RoomKind,
  serviceDefinition,
} from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import { authenticateCall, requireUser } from "../auth/call-auth.ts";
import type { Principal } from "../auth/principal.ts";
import type { TokenService } from "../auth/tokens.ts";
import type { RoomBus, RoomNote } from "../bus/bus.ts";
import type { ChatQuotas } from "../config.ts";
import { ChatError, toStatus } from "../errors.ts";
import { type StreamHandlerOf, unaryHandler } from "../grpc/handlers.ts";
import type { PresenceTracker } from "../presence/presence.ts";
import type { RoomAccess } from "../rooms/room-access.ts";
import { refuseDirectPrefix } from "../rooms/room-rules.ts";
import type { ChatStore } from "../store/store.ts";
import { mentionedIn } from "./mentions.ts";
import { messageChangeHandlers } from "./message-changes.ts";
import { QuotaBuckets } from "./quota-buckets.ts";
import { toRoomNote } from "./room-feed.ts";
import { RoomStream, type RoomStreamParams } from "./room-stream.ts";
import { type StreamLease, StreamQuota } from "./stream-quota.ts";
import type { StreamRegistry } from "./stream-registry.ts";
import {
  MAX_HOLDER_ID,
  MAX_PAGE,
  parseClientMessageId,
  parseMessageBody,
  parsePageLimit,
  parseRoom,
} from "./validation.ts";

/** What ChatStream replays to old clients before going live. */
const CHAT_STREAM_TAIL = 50;
const DEFAULT_LEASE_SECONDS = 60;
const MAX_LEASE_SECONDS = 600;

export interface ChatServiceDeps {
  readonly store: ChatStore;
  readonly bus: RoomBus;
  readonly presence: PresenceTracker;
  readonly tokens: TokenService;
  /** Who may read and write which room (private rooms): asked by every RPC that names a room. */
  readonly access: RoomAccess;
  readonly registry: StreamRegistry;
  readonly log: Logger;
  readonly limits: { readonly maxMessageChars: number; readonly streamQueueLimit: number };
  readonly quotas: ChatQuotas;
  readonly now?: () => number;
}

/** Rooms known to exist, so a send to one costs no extra read; cleared when full (rooms are never removed). */
const KNOWN_ROOMS_MAX = 10_000;

export function addChatService(server: Server, deps: ChatServiceDeps): void {
  const { store, bus, presence, tokens, access, log } = deps;
  const now = deps.now ?? Date.now;
  const streamDeps = { ...deps, queueLimit: deps.limits.streamQueueLimit };
  const { quotas } = deps;
  const sendRate = new QuotaBuckets({ perSecond: quotas.sendRatePerUser, burst: quotas.sendBurstPerUser, now });
  const newRooms = new QuotaBuckets({
    perSecond: quotas.roomsPerUserPerHour / 3_600,
    burst: quotas.roomsPerUserPerHour,
    now,
  });
  const streams = new StreamQuota(quotas.streamsPerUser);
  const knownRooms = new Set<string>();
  type M = typeof chatMethods;

  /**
   * Opens a room stream once the caller is known and has a stream left in their quota; an auth or quota
   * failure ends the call before anything is read or written.
   */
  function serveRoom<Out>(
    call: ServerWritableStream<unknown, Out>,
    method: string,
    room: string,
    params: (principal: Principal) => RoomStreamParams<Out>,
  ) {
    const allowed = async () => {
      const principal = await authenticateCall(call.metadata, tokens);
      await access.require(principal, room);
      return principal;
    };
    allowed().then(
      (principal) => {
        let lease: StreamLease | undefined;
        try {
          lease = principal.kind === "user" ? streams.reserve(principal.username) : undefined;
        } catch (error) {
          call.emit("error", toStatus(error, log, method));
          return;
        }
        const recheck = () => access.require(principal, room);
        void new RoomStream(call, streamDeps, { ...params(principal), lease, recheck }).run();
      },
      (error: unknown) => call.emit("error", toStatus(error, log, method)),
    );
  }

  /** @throws {ChatError} `resource_exhausted` when `author` sends faster than the quota. */
  function chargeSend(author: string): void {
    const waitMs = sendRate.take(author);
    if (waitMs > 0) {
      throw new ChatError(
        "resource_exhausted",
        `sending too fast: at most ${quotas.sendRatePerUser} messages a second per user; retry in ${waitMs} ms`,
      );
    }
  }

  /** @throws {ChatError} `resource_exhausted` when sending to `room` would create one more than the quota. */
  async function chargeNewRoom(author: string, room: string): Promise<void> {
    if (knownRooms.has(room)) return;
    if (await store.findRoom(room)) return rememberRoom(room);
    // A new room's name may not be one direct messages are found by (rooms/direct-room.ts).
    refuseDirectPrefix(room);
    // Concurrent first sends to one new room all find it missing (it exists once their batch commits):
    // the first one pays for the room, the others are sends to it.
    if (knownRooms.has(room)) return;
    const waitMs = newRooms.take(author);
    if (waitMs > 0) {
      throw new ChatError(
        "resource_exhausted",
        `too many new rooms: at most ${quotas.roomsPerUserPerHour} an hour per user; retry in ${Math.ceil(waitMs / 1000)} s`,
      );
    }
    rememberRoom(room);
  }

  function rememberRoom(room: string): void {
    if (knownRooms.size >= KNOWN_ROOMS_MAX) knownRooms.clear();
    knownRooms.add(room);
  }

  const chatStream: StreamHandlerOf<M["chatStream"]> = (call) =>
    serveRoom(call, "ChatStream", DEFAULT_ROOM, (principal) => ({
      principal,
      room: DEFAULT_ROOM,
      afterSeq: 0,
      tail: CHAT_STREAM_TAIL,
      toWire: (note: RoomNote) => note,
      // Old clients know no kinds: a presence event would show as an empty message, an edit as a new one,
      // a deleted message as an empty one.
      accepts: (note: RoomNote) => note.kind === NoteKind.NOTE_KIND_CHAT && !note.deleted,
    }));

  // Each room event is wrapped once for every subscriber, so the memoized encoder encodes it once.
  const wrapped = new WeakMap<RoomNote, { note: RoomNote }>();
  const asEvent = (note: RoomNote) => {
    let event = wrapped.get(note);
    if (!event) wrapped.set(note, (event = { note }));
    return event;
  };

  const subscribe: StreamHandlerOf<M["subscribe"]> = (call) => {
    let room: string;
    try {
      room = parseRoom(call.request.room);
    } catch (error) {
      call.emit("error", toStatus(error, log, "Subscribe"));
      return;
    }
    serveRoom<RoomEvent.$Properties>(call, "Subscribe", room, (principal) => ({
      principal,
      room,
      afterSeq: call.request.afterSeq,
      tail: call.request.tail,
      toWire: asEvent,
      header: (start, present) => ({ started: { ...start, present } }),
    }));
  };

  const sendNote = unaryHandler<M["sendNote"]>(log, "SendNote", async (call) => {
    const principal = await authenticateCall(call.metadata, tokens);
    const author = requireUser(principal, "sending a message");
    chargeSend(author);
    const request = call.request;
    const room = parseRoom(request.room);
    await access.require(principal, room);
    const body = parseMessageBody(request.message, deps.limits.maxMessageChars);
    const clientMessageId = parseClientMessageId(request.clientMessageId);
    await chargeNewRoom(author, room);
    const { message, duplicate } = await store.appendMessage({
      room,
      author,
      body,
      kind: NoteKind.NOTE_KIND_CHAT,
      clientMessageId,
      sentAtMs: now(),
    });
    rememberRoom(room);
    if (duplicate) return {};
    const mentioned = mentionedIn(body, author);
    // Before the publish: a mention counted once the message can be seen.
    if (mentioned.length > 0) await store.setMentions(room, message.seq, mentioned);
    bus.publish(toRoomNote(message));
    return {};
  });

  const getHistory = unaryHandler<M["getHistory"]>(log, "GetHistory", async (call) => {
    const principal = await authenticateCall(call.metadata, tokens);
    const room = parseRoom(call.request.room);
    await access.require(principal, room);
    const limit = parsePageLimit(call.request.limit);
    const record = await store.findRoom(room);
    if (!record) return { room, notes: [], hasMore: false, epoch: "" };
    const before = call.request.beforeSeq === 0 ? Number.MAX_SAFE_INTEGER : call.request.beforeSeq;
    const messages = await store.messagesBefore(room, before, limit);
    const { firstSeq } = await store.bounds(room);
    const oldest = messages[0]?.seq ?? before;
    return { room, notes: messages.map(toRoomNote), hasMore: firstSeq > 0 && oldest > firstSeq, epoch: record.epoch };
  });

  const listRooms = unaryHandler<M["listRooms"]>(log, "ListRooms", async (call) => {
    const principal = await authenticateCall(call.metadata, tokens);
    const names = call.request.rooms;
    if (names.length > MAX_PAGE) throw new ChatError("invalid_argument", `at most ${MAX_PAGE} rooms per call`);
    const records =
      names.length === 0
        ? await store.listRooms(MAX_PAGE)
        : await Promise.all(
            names.map(async (name) => {
              const room = parseRoom(name);
              return (await store.findRoom(room)) ?? { name: room, lastSeq: 0, epoch: "", lastActivityMs: 0 };
            }),
          );
    // A private room the caller is not in is left out as if it did not exist: not its name, not who is there.
    const allowed = await Promise.all(records.map((room) => access.allows(principal, room.name)));
    const visible = records.filter((_, i) => allowed[i]);
    const present = await Promise.all(visible.map((room) => presence.present(room.name)));
    // A named room nobody has written to yet is listed while someone is in it (reading creates no room).
    return {
      rooms: visible.flatMap((room, i) =>
        room.lastSeq === 0 && room.epoch === "" && present[i]!.length === 0
          ? []
          : [
              {
                name: room.name,
                lastSeq: room.lastSeq,
                epoch: room.epoch,
                lastActivityMs: room.lastActivityMs,
                present: present[i]!,
                kind: room.kind ?? RoomKind.ROOM_KIND_PUBLIC,
              },
            ],
      ),
    };
  });

  const updatePresence = unaryHandler<M["updatePresence"]>(log, "UpdatePresence", async (call) => {
    const principal = await authenticateCall(call.metadata, tokens);
    const user = requireUser(principal, "presence");
    const { state, holderId, ttlSeconds } = call.request;
    const room = parseRoom(call.request.room);
    // Letting go is always allowed: a member just removed must be able to release the lease they held.
    if (state !== PresenceState.PRESENCE_STATE_LEFT) await access.require(principal, room);
    if (holderId.length === 0 || holderId.length > MAX_HOLDER_ID) {
      throw new ChatError("invalid_argument", `holder_id must be 1-${MAX_HOLDER_ID} characters`);
    }
    if (ttlSeconds > MAX_LEASE_SECONDS)
      throw new ChatError("invalid_argument", `ttl_seconds must be at most ${MAX_LEASE_SECONDS}`);
    const holder = `lease-${holderId}`;
    switch (state) {
      case PresenceState.PRESENCE_STATE_JOINED:
        presence.hold(room, user, holder, (ttlSeconds || DEFAULT_LEASE_SECONDS) * 1000, quotas.leasesPerUser);
        break;
      case PresenceState.PRESENCE_STATE_LEFT:
        presence.release(room, user, holder);
        break;
      case PresenceState.PRESENCE_STATE_TYPING:
        presence.typing(room, user);
        break;
      default:
        throw new ChatError("invalid_argument", `unknown presence state ${String(state)}`);
    }
    return {};
  });

  const { editNote, deleteNote } = messageChangeHandlers({
    store,
    bus,
    tokens,
    access,
    log,
    maxMessageChars: deps.limits.maxMessageChars,
    quotas,
    now,
  });

  server.addService(serviceDefinition(chatMethods), {
    chatStream,
    sendNote,
    subscribe,
    getHistory,
    listRooms,
    updatePresence,
    editNote,
    deleteNote,
  });
}
