/**
 * ChatServer over gRPC: unary handlers read their call into chat/chat-service.ts's typed inputs; the two
 * streams are RoomStreams (room-stream.ts) admitted by the service. A new RPC is one entry here.
 */
import type { Server, ServerWritableStream } from "@grpc/grpc-js";
import { chatMethods, DEFAULT_ROOM, NoteKind, type RoomEvent, serviceDefinition } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import type { RoomNote } from "../bus/bus.ts";
import type { ChatService } from "../chat/chat-service.ts";
import { parseRoom } from "../chat/validation.ts";
import { callerOf } from "./caller.ts";
import { type StreamHandlerOf, unaryHandler } from "./handlers.ts";
import { RoomStream, type RoomStreamDeps, type RoomStreamParams } from "./room-stream.ts";
import type { SendStreams } from "./send-stream.ts";
import { toStatus } from "./status.ts";

type M = typeof chatMethods;

/** What ChatStream replays to old clients before going live. */
const CHAT_STREAM_TAIL = 50;

export interface ChatHandlerDeps {
  readonly chat: ChatService;
  readonly streams: RoomStreamDeps;
  /** SendStream calls (send-stream.ts); the server ends them on shutdown. */
  readonly sendStreams: SendStreams;
  readonly log: Logger;
}

export function addChatService(server: Server, deps: ChatHandlerDeps): void {
  const { chat, log } = deps;

  /**
   * Opens a stream of `room` once the service admits it; a refusal ends the call before anything is
   * written. The stream repeats the admission's access check on membership events and in the sweep.
   */
  function serveRoom<Out>(
    call: ServerWritableStream<unknown, Out>,
    method: string,
    room: string,
    params: (admission: {
      principal: RoomStreamParams<Out>["principal"];
    }) => Omit<RoomStreamParams<Out>, "room" | "lease" | "recheck">,
  ) {
    chat.admitStream(callerOf(call), room).then(
      ({ lease, recheck, ...admission }) =>
        void new RoomStream(call, deps.streams, { ...params(admission), room, lease, recheck }).run(),
      (error: unknown) => call.emit("error", toStatus(error, log, method)),
    );
  }

  const chatStream: StreamHandlerOf<M["chatStream"]> = (call) =>
    serveRoom(call, "ChatStream", DEFAULT_ROOM, ({ principal }) => ({
      principal,
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
    serveRoom<RoomEvent.$Properties>(call, "Subscribe", room, ({ principal }) => ({
      principal,
      afterSeq: call.request.afterSeq,
      tail: call.request.tail,
      toWire: asEvent,
      header: (start, present) => ({ started: { ...start, present } }),
    }));
  };

  server.addService(serviceDefinition(chatMethods), {
    chatStream,
    subscribe,
    sendNote: unaryHandler<M["sendNote"]>(log, "SendNote", async (call) => {
      await chat.send(callerOf(call), call.request);
      return {};
    }),
    sendStream: (call: Parameters<SendStreams["serve"]>[0]) => deps.sendStreams.serve(call),
    getHistory: unaryHandler<M["getHistory"]>(log, "GetHistory", (call) => chat.history(callerOf(call), call.request)),
    listRooms: unaryHandler<M["listRooms"]>(log, "ListRooms", async (call) => ({
      rooms: await chat.listRooms(callerOf(call), call.request.rooms),
    })),
    updatePresence: unaryHandler<M["updatePresence"]>(log, "UpdatePresence", async (call) => {
      await chat.updatePresence(callerOf(call), call.request);
      return {};
    }),
    editNote: unaryHandler<M["editNote"]>(log, "EditNote", (call) => chat.edit(callerOf(call), call.request)),
    deleteNote: unaryHandler<M["deleteNote"]>(log, "DeleteNote", (call) => chat.delete(callerOf(call), call.request)),
  });
}
