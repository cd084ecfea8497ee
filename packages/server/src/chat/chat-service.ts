/**
 * ChatServer: the single broadcaster. SendNote stores a message (the store assigns its seq) and publishes
 * it; streams deliver rooms in seq order from the store and the bus. The author is always the token's user.
 */
import type { Server, ServerWritableStream } from "@grpc/grpc-js";
import type { Logger } from "@tertulia/protocol";
import {
  chatMethods,
  DEFAULT_ROOM,
  NoteKind,
  PresenceState,
  type RoomEvent,
  serviceDefinition,
} from "@tertulia/protocol";
import { authenticateCall, requireUser } from "../auth/call-auth.ts";
import type { Principal } from "../auth/principal.ts";
import type { TokenService } from "../auth/tokens.ts";
import type { RoomBus, RoomNote } from "../bus/bus.ts";
import { ChatError, toStatus } from "../errors.ts";
import { type StreamHandlerOf, unaryHandler } from "../grpc/handlers.ts";
import type { PresenceTracker } from "../presence/presence.ts";
import type { ChatStore } from "../store/store.ts";
import { toRoomNote } from "./room-feed.ts";
import { RoomStream, type RoomStreamParams } from "./room-stream.ts";
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
  readonly registry: StreamRegistry;
  readonly log: Logger;
  readonly limits: { readonly maxMessageChars: number; readonly streamQueueLimit: number };
  readonly now?: () => number;
}

export function addChatService(server: Server, deps: ChatServiceDeps): void {
  const { store, bus, presence, tokens, log } = deps;
  const now = deps.now ?? Date.now;
  const streamDeps = { ...deps, queueLimit: deps.limits.streamQueueLimit };
  type M = typeof chatMethods;

  /** Opens a room stream once the caller is known; an auth failure ends the call before anything is written. */
  function serveRoom<Out>(
    call: ServerWritableStream<unknown, Out>,
    method: string,
    params: (principal: Principal) => RoomStreamParams<Out>,
  ) {
    authenticateCall(call.metadata, tokens).then(
      (principal) => new RoomStream(call, streamDeps, params(principal)).run(),
      (error: unknown) => call.emit("error", toStatus(error, log, method)),
    );
  }

  const chatStream: StreamHandlerOf<M["chatStream"]> = (call) =>
    serveRoom(call, "ChatStream", (principal) => ({
      principal,
      room: DEFAULT_ROOM,
      afterSeq: 0,
      tail: CHAT_STREAM_TAIL,
      toWire: (note: RoomNote) => note,
      // Old clients know no kinds: a presence event would show as an empty message.
      accepts: (note: RoomNote) => note.kind === NoteKind.NOTE_KIND_CHAT,
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
    serveRoom<RoomEvent.$Properties>(call, "Subscribe", (principal) => ({
      principal,
      room,
      afterSeq: call.request.afterSeq,
      tail: call.request.tail,
      toWire: asEvent,
      header: (start, present) => ({ started: { ...start, present } }),
    }));
  };

  const sendNote = unaryHandler<M["sendNote"]>(log, "SendNote", async (call) => {
    const author = requireUser(await authenticateCall(call.metadata, tokens), "sending a message");
    const request = call.request;
    const { message, duplicate } = await store.appendMessage({
      room: parseRoom(request.room),
      author,
      body: parseMessageBody(request.message, deps.limits.maxMessageChars),
      kind: NoteKind.NOTE_KIND_CHAT,
      clientMessageId: parseClientMessageId(request.clientMessageId),
      sentAtMs: now(),
    });
    if (!duplicate) bus.publish(toRoomNote(message));
    return {};
  });

  const getHistory = unaryHandler<M["getHistory"]>(log, "GetHistory", async (call) => {
    await authenticateCall(call.metadata, tokens);
    const room = parseRoom(call.request.room);
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
    await authenticateCall(call.metadata, tokens);
    const names = call.request.rooms;
    if (names.length > MAX_PAGE) throw new ChatError("invalid_argument", `at most ${MAX_PAGE} rooms per call`);
    const records =
      names.length === 0
        ? await store.listRooms(MAX_PAGE)
        : (await Promise.all(names.map((name) => store.findRoom(parseRoom(name))))).filter((room) => room !== null);
    const present = await Promise.all(records.map((room) => presence.present(room.name)));
    return {
      rooms: records.map((room, i) => ({
        name: room.name,
        lastSeq: room.lastSeq,
        epoch: room.epoch,
        lastActivityMs: room.lastActivityMs,
        present: present[i]!,
      })),
    };
  });

  const updatePresence = unaryHandler<M["updatePresence"]>(log, "UpdatePresence", async (call) => {
    const user = requireUser(await authenticateCall(call.metadata, tokens), "presence");
    const { state, holderId, ttlSeconds } = call.request;
    const room = parseRoom(call.request.room);
    if (holderId.length === 0 || holderId.length > MAX_HOLDER_ID) {
      throw new ChatError("invalid_argument", `holder_id must be 1-${MAX_HOLDER_ID} characters`);
    }
    if (ttlSeconds > MAX_LEASE_SECONDS)
      throw new ChatError("invalid_argument", `ttl_seconds must be at most ${MAX_LEASE_SECONDS}`);
    const holder = `lease-${holderId}`;
    switch (state) {
      case PresenceState.PRESENCE_STATE_JOINED:
        presence.hold(room, user, holder, (ttlSeconds || DEFAULT_LEASE_SECONDS) * 1000);
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

  server.addService(serviceDefinition(chatMethods), {
    chatStream,
    sendNote,
    subscribe,
    getHistory,
    listRooms,
    updatePresence,
  });
}
