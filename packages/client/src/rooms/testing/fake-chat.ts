/**
 * Test doubles for the rooms service: an in-memory chat server implementing the calls the relay and the
 * rooms service make (Subscribe, GetHistory, SendNote, UpdatePresence, EditNote, DeleteNote, and of
 * RoomService ListMyRooms and MarkRead; the rest answer UNIMPLEMENTED as grpc-js does for a method the server
 * lacks), with private rooms whose non-members are refused PERMISSION_DENIED, and a socket that records frames.
 * Every answer goes through the generated codecs, so the service reads what grpc-js would hand it; errors
 * are shaped as grpc-js builds them (`callErrorFromStatus` in grpc-js `src/call.ts`: an Error whose message is
 * "<code> <NAME>: <details>", with `code`, `details` and `metadata`).
 */
import { EventEmitter } from "node:events";
import {
  GrpcStatus,
  HistoryPage,
  Metadata,
  type Note,
  NoteKind,
  ReadState,
  RoomEvent,
  RoomList,
  type ServerFrame,
  type ServiceError,
  type TertuliaClient,
} from "@tertulia/protocol";
import type { Connection } from "../service.ts";

type ChatCalls = TertuliaClient["chat"];
type RoomCalls = TertuliaClient["rooms"];

/** grpc-js's answer for a method the server does not implement (`src/server.ts`, UNIMPLEMENTED). */
const unimplemented = (path: string) => async () => {
  throw grpcError(GrpcStatus.UNIMPLEMENTED, `The server does not implement the method ${path}`);
};

export function grpcError(code: GrpcStatus, details: string): ServiceError {
  return Object.assign(new Error(`${code} ${GrpcStatus[code]}: ${details}`), {
    code,
    details,
    metadata: new Metadata(),
  });
}

/** One Subscribe stream: events are emitted asynchronously, as from the network; cancel ends it CANCELLED. */
class FakeStream extends EventEmitter {
  cancelled = false;
  /** The server sent its header: from here it listens to the room's bus, as room-feed.ts does. */
  started = false;
  constructor(
    readonly room: string,
    readonly request: { readonly afterSeq?: number; readonly tail?: number },
  ) {
    super();
  }
  push(event: RoomEvent.$Properties): void {
    const decoded = RoomEvent.decode(RoomEvent.encode(RoomEvent.create(event)).finish());
    queueMicrotask(() => this.emit("data", decoded));
  }
  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    queueMicrotask(() => this.emit("error", grpcError(GrpcStatus.CANCELLED, "Cancelled on client")));
  }
}

export class FakeChatServer {
  epoch = "epoch-1";
  /** Stored chat messages per room, seq 1, 2, … */
  readonly notesByRoom = new Map<string, Note.$Properties[]>();
  readonly streams: FakeStream[] = [];
  /** Every SendNote call, including failed attempts. */
  readonly sendCalls: Note.$Properties[] = [];
  readonly historyCalls: number[] = [];
  /** Every UpdatePresence, in order (`state` as PresenceState: 0 JOINED, 1 LEFT, 2 TYPING). */
  readonly presenceCalls: Array<{ room: string; state: number; holderId: string; token: string }> = [];
  /** The next SendNote calls fail with these, in order. */
  failSends: ServiceError[] = [];
  /** When true, Subscribe streams never start (a server that does not answer). */
  silent = false;
  /** When true, Subscribe streams wait for `startHeldStreams()` (a server slow to open them). */
  holdStreams = false;
  /** Private rooms and their members: everyone else is refused PERMISSION_DENIED, as by room-access.ts. */
  readonly privateRooms = new Map<string, Set<string>>();
  /** The next UpdatePresence calls fail with these, in order. */
  failPresence: ServiceError[] = [];
  /** UpdatePresence answers once this settles (after its membership check). */
  holdPresence: Promise<void> = Promise.resolve();

  readonly chat: Pick<
    ChatCalls,
    "subscribe" | "getHistory" | "sendNote" | "updatePresence" | "editNote" | "deleteNote"
  > = {
    subscribe: ((request: { room: string; afterSeq?: number; tail?: number }) => {
      const stream = new FakeStream(request.room, request);
      this.streams.push(stream);
      if (!this.silent && !this.holdStreams) this.#start(stream);
      // The relay reads `on` and `cancel` only; the rest of ClientReadableStream is never touched.
      return stream as unknown as ReturnType<ChatCalls["subscribe"]>;
    }) as ChatCalls["subscribe"],

    getHistory: (async (request: { room: string; beforeSeq?: number; limit?: number }) => {
      this.historyCalls.push(request.beforeSeq ?? 0);
      const notes = this.#notes(request.room).filter((n) => !request.beforeSeq || (n.seq ?? 0) < request.beforeSeq);
      const page = notes.slice(-(request.limit || 50));
      return HistoryPage.decode(
        HistoryPage.encode(
          HistoryPage.create({
            room: request.room,
            notes: page,
            hasMore: page.length < notes.length,
            epoch: this.epoch,
          }),
        ).finish(),
      );
    }) as ChatCalls["getHistory"],

    sendNote: (async (request: Note.$Properties, options?: { token?: string }) => {
      this.sendCalls.push(request);
      const failure = this.failSends.shift();
      if (failure) throw failure;
      const author = options?.token ?? "";
      const room = request.room ?? "";
      // As the server: a retried message (same author and clientMessageId) is stored once.
      const stored = this.#notes(room).find(
        (n) => n.name === author && n.clientMessageId && n.clientMessageId === request.clientMessageId,
      );
      if (!stored) this.store(room, author, request.message ?? "", request.clientMessageId ?? "");
      return {};
    }) as ChatCalls["sendNote"],

    updatePresence: (async (
      request: { room: string; state?: number; holderId?: string },
      options?: { token?: string },
    ) => {
      this.presenceCalls.push({
        room: request.room,
        state: request.state ?? 0,
        holderId: request.holderId ?? "",
        token: options?.token ?? "",
      });
      // As the server: leaving needs no membership, anything else does.
      const failure = this.failPresence.shift();
      if (failure) throw failure;
      if (request.state !== 1) this.#requireMember(request.room, options?.token ?? "");
      // Answered after the check: a test can change the room between the two.
      await this.holdPresence;
      return {};
    }) as ChatCalls["updatePresence"],

    editNote: (async (request: { room: string; seq: number; message: string }, options?: { token?: string }) =>
      this.#change(request.room, request.seq, options?.token ?? "", request.message)) as ChatCalls["editNote"],

    deleteNote: (async (request: { room: string; seq: number }, options?: { token?: string }) =>
      this.#change(request.room, request.seq, options?.token ?? "", null)) as ChatCalls["deleteNote"],
  };

  readonly rooms: RoomCalls = {
    createRoom: unimplemented("/RoomService/CreateRoom") as RoomCalls["createRoom"],
    openDirect: unimplemented("/RoomService/OpenDirect") as RoomCalls["openDirect"],
    inviteMember: unimplemented("/RoomService/InviteMember") as RoomCalls["inviteMember"],
    removeMember: unimplemented("/RoomService/RemoveMember") as RoomCalls["removeMember"],
    joinRoom: unimplemented("/RoomService/JoinRoom") as RoomCalls["joinRoom"],
    leaveRoom: unimplemented("/RoomService/LeaveRoom") as RoomCalls["leaveRoom"],
    listMembers: unimplemented("/RoomService/ListMembers") as RoomCalls["listMembers"],
    browseRooms: unimplemented("/RoomService/BrowseRooms") as RoomCalls["browseRooms"],
    listMyRooms: (async () =>
      RoomList.decode(RoomList.encode(RoomList.create({ rooms: [] })).finish())) as RoomCalls["listMyRooms"],
    markRead: (async (request: { room: string; seq: number }) =>
      ReadState.decode(
        ReadState.encode(ReadState.create({ room: request.room, lastReadSeq: request.seq })).finish(),
      )) as RoomCalls["markRead"],
  };

  /** Starts the streams `holdStreams` kept waiting: header, then the backlog. */
  startHeldStreams(): void {
    this.holdStreams = false;
    for (const stream of this.streams) if (!stream.started && !stream.cancelled) this.#start(stream);
  }

  #start(stream: FakeStream): void {
    const notes = this.#notes(stream.room);
    const after = stream.request.afterSeq ?? 0;
    const replay =
      after > 0 ? notes.filter((n) => (n.seq ?? 0) > after) : notes.slice(-(stream.request.tail || notes.length));
    stream.started = true;
    stream.push({
      started: {
        room: stream.room,
        epoch: this.epoch,
        firstSeq: notes[0]?.seq ?? 0,
        lastSeq: notes.at(-1)?.seq ?? 0,
        present: [],
      },
    });
    for (const note of replay) stream.push({ note });
  }

  /**
   * `user` leaves private room `room`: its started streams carry NOTE_KIND_MEMBER_REMOVED, as the server's bus
   * does (membership events are not stored, so a stream that starts later never sees it).
   */
  removeMember(room: string, user: string, by: string): void {
    this.privateRooms.get(room)?.delete(user);
    const note = { room, name: user, message: by, kind: NoteKind.NOTE_KIND_MEMBER_REMOVED };
    for (const stream of this.streams) {
      if (stream.room === room && stream.started && !stream.cancelled) stream.push({ note });
    }
  }

  #requireMember(room: string, user: string): void {
    const members = this.privateRooms.get(room);
    if (members && !members.has(user)) {
      throw grpcError(GrpcStatus.PERMISSION_DENIED, `room ${room} is private and you are not a member`);
    }
  }

  /** An edit (text) or delete (null) of the caller's own message, announced on the room's streams. */
  #change(room: string, seq: number, author: string, text: string | null): Note.$Properties {
    this.#requireMember(room, author);
    const note = this.#notes(room).find((n) => n.seq === seq);
    if (!note) throw grpcError(GrpcStatus.NOT_FOUND, `no message ${seq} in ${room}`);
    if (note.name !== author)
      throw grpcError(GrpcStatus.PERMISSION_DENIED, `only its author may change message ${seq}`);
    const at = Date.now();
    note.message = text ?? "";
    if (text === null) note.deleted = true;
    else note.editedAtMs = at;
    const event = {
      room,
      name: author,
      message: text ?? "",
      kind: text === null ? NoteKind.NOTE_KIND_DELETE : NoteKind.NOTE_KIND_EDIT,
      targetSeq: seq,
      editedAtMs: text === null ? 0 : at,
    };
    for (const stream of this.streams) if (stream.room === room && !stream.cancelled) stream.push({ note: event });
    return note;
  }

  /** Stores a message and sends it down every open stream of the room. */
  store(room: string, author: string, text: string, clientMessageId = ""): Note.$Properties {
    const notes = this.#notes(room);
    const note: Note.$Properties = {
      room,
      name: author,
      message: text,
      seq: (notes.at(-1)?.seq ?? 0) + 1,
      sentAtMs: Date.now(),
      clientMessageId,
    };
    notes.push(note);
    for (const stream of this.streams) if (stream.room === room && !stream.cancelled) stream.push({ note });
    return note;
  }

  /** The store lost every room's history (a new epoch). */
  loseHistory(epoch: string): void {
    this.epoch = epoch;
    this.notesByRoom.clear();
  }

  #notes(room: string): Note.$Properties[] {
    let notes = this.notesByRoom.get(room);
    if (!notes) this.notesByRoom.set(room, (notes = []));
    return notes;
  }
}

/** Bun's topic publish, in memory: the relay publishes here and subscribed connections receive. */
export class FakeTopics {
  readonly #subscribers = new Map<string, Set<FakeConnection>>();
  subscribe(topic: string, connection: FakeConnection): void {
    let set = this.#subscribers.get(topic);
    if (!set) this.#subscribers.set(topic, (set = new Set()));
    set.add(connection);
  }
  unsubscribe(topic: string, connection: FakeConnection): void {
    this.#subscribers.get(topic)?.delete(connection);
  }
  publish(topic: string, frame: ServerFrame): void {
    for (const connection of this.#subscribers.get(topic) ?? []) connection.send(frame);
  }
}

/** A browser socket as the service sees it, recording every frame it is sent. */
export class FakeConnection implements Connection {
  readonly frames: ServerFrame[] = [];
  readonly topics = new Set<string>();
  closed: { code: number; reason: string } | null = null;
  readonly #waiters: Array<{ match: (frame: ServerFrame) => boolean; resolve: (frame: ServerFrame) => void }> = [];

  constructor(
    private readonly hub: FakeTopics,
    readonly username: string,
    readonly id = crypto.randomUUID(),
    readonly sessionId = `session-${username}`,
  ) {}

  /** The fake server takes the token as the author's name. */
  get token(): string {
    return this.username;
  }

  send(frame: ServerFrame): void {
    this.frames.push(frame);
    for (const waiter of [...this.#waiters]) {
      if (!waiter.match(frame)) continue;
      this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
      waiter.resolve(frame);
    }
  }

  subscribe(topic: string): void {
    this.topics.add(topic);
    this.hub.subscribe(topic, this);
  }

  unsubscribe(topic: string): void {
    this.topics.delete(topic);
    this.hub.unsubscribe(topic, this);
  }

  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }

  /** The first frame (already sent or still to come) of this type that matches. */
  next<T extends ServerFrame["type"]>(
    type: T,
    match: (frame: Extract<ServerFrame, { type: T }>) => boolean = () => true,
  ): Promise<Extract<ServerFrame, { type: T }>> {
    const test = (frame: ServerFrame) => frame.type === type && match(frame as Extract<ServerFrame, { type: T }>);
    const seen = this.frames.find(test);
    if (seen) return Promise.resolve(seen as Extract<ServerFrame, { type: T }>);
    return new Promise((resolve) =>
      this.#waiters.push({ match: test, resolve: (frame) => resolve(frame as Extract<ServerFrame, { type: T }>) }),
    );
  }
}
