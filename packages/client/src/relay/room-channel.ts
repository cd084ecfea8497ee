/**
 * One room's shared Subscribe stream: what it delivered (ring, last seq, epoch, who is present), published to
 * the room's local members, and reopened with backoff from the last seq after a break. Edits and deletes
 * change the ring's copy and go out as `message-changed`; membership changes of private rooms go out as
 * `member`, and a removal is told to `onMemberRemoved` so the member's sockets stop receiving the room.
 */
import type { ClientReadableStream, ServiceError } from "@grpc/grpc-js";
import {
  GrpcStatus,
  NoteKind,
  noteToChangeFrame,
  noteToMemberChangeFrame,
  noteToStoredMessageFrame,
  type RoomEvent,
  type RoomFrame,
  type TertuliaClient,
} from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import { RoomRing } from "./room-ring.ts";
import type { ServiceToken } from "./service-token.ts";

export interface RoomChannelOptions {
  /** The chat server, as far as the relay uses it: one Subscribe stream per room. */
  readonly client: { readonly chat: Pick<TertuliaClient["chat"], "subscribe"> };
  readonly serviceToken: Pick<ServiceToken, "get">;
  readonly log: Logger;
  /** Delivers a frame to every local member of the room. */
  readonly publish: (room: string, frame: RoomFrame) => void;
  /** Messages kept per room for joins and resumes. @default 500 */
  readonly ringSize?: number;
  /** Reconnect delays: doubling from `minMs` up to `maxMs`. @default { minMs: 100, maxMs: 3000 } */
  readonly backoff?: { readonly minMs: number; readonly maxMs: number };
  /**
   * A member of a private room was removed (or left): called after the `member` frame is published, so the
   * service can stop sending the room to that user's sockets. The shared stream is the service's, not theirs:
   * the server does not end it, this does the ending for them.
   */
  readonly onMemberRemoved?: (room: string, user: string) => void;
  /** A member was added to a private room (invited, or its creator): their sockets may not know the room yet. */
  readonly onMemberAdded?: (room: string, user: string) => void;
  /** Told each time a room stream ends and will be reopened, with its gRPC code (undefined: ended cleanly). */
  readonly onStreamEnd?: (code: number | undefined) => void;
}

const PRESENCE_EVENTS: Partial<Record<NoteKind, "join" | "leave" | "typing">> = {
  [NoteKind.NOTE_KIND_JOIN]: "join",
  [NoteKind.NOTE_KIND_LEAVE]: "leave",
  [NoteKind.NOTE_KIND_TYPING]: "typing",
};

export class RoomChannel {
  readonly room: string;
  readonly ring: RoomRing;
  members = 0;
  epoch = "";
  /** Oldest seq the server retains for this room (0: none). */
  firstSeq = 0;
  lastSeq = 0;
  readonly present = new Set<string>();
  readonly ready: Promise<void>;
  readonly #options: RoomChannelOptions;
  readonly #ringSize: number;
  #markReady!: () => void;
  #stream: ClientReadableStream<RoomEvent> | null = null;
  #catchUpTo = 0;
  #started = false;
  #live = false;
  #closed = false;
  #failures = 0;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(room: string, options: RoomChannelOptions) {
    this.room = room;
    this.#options = options;
    this.#ringSize = options.ringSize ?? 500;
    this.ring = new RoomRing(this.#ringSize);
    this.ready = new Promise((resolve) => (this.#markReady = resolve));
  }

  get live(): boolean {
    return this.#live;
  }

  /**
   * The current stream's header arrived, so the server listens to the room's events for it: a membership
   * change from here on reaches this channel. (Those events are not stored: a stream started later never
   * sees one.)
   */
  get started(): boolean {
    return this.#started;
  }

  open(): void {
    void this.#subscribe();
  }

  close(): void {
    this.#closed = true;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#stream?.cancel();
    this.#stream = null;
  }

  async #subscribe(): Promise<void> {
    if (this.#closed) return;
    let token: string;
    try {
      token = await this.#options.serviceToken.get();
    } catch (error) {
      this.#options.log.error("cannot sign the relay token", { error });
      return this.#retry();
    }
    if (this.#closed) return;
    // First time: the newest ring-full; after a break: everything since the last seq delivered.
    const stream = this.#options.client.chat.subscribe(
      { room: this.room, afterSeq: this.lastSeq, tail: this.#ringSize },
      { token },
    );
    this.#stream = stream;
    stream.on("data", (event: RoomEvent) => this.#onEvent(event));
    stream.on("error", (error: ServiceError) => this.#onEnd(stream, error));
    stream.on("end", () => this.#onEnd(stream, null));
  }

  #onEvent(event: RoomEvent): void {
    if (this.#closed) return;
    if (event.started) {
      const started = event.started;
      const epoch = started.epoch ?? "";
      if (this.epoch !== "" && epoch !== this.epoch) {
        // The server lost this room's history: what we hold belongs to a past that no longer exists.
        this.ring.clear();
        this.lastSeq = 0;
        this.#options.publish(this.room, { type: "reset", room: this.room, epoch });
      }
      this.epoch = epoch;
      this.firstSeq = started.firstSeq ?? 0;
      this.#catchUpTo = started.lastSeq ?? 0;
      this.present.clear();
      for (const user of started.present ?? []) this.present.add(user);
      this.#started = true;
      this.#failures = 0;
      this.#checkCaughtUp();
      return;
    }
    const note = event.note;
    if (!note) return;
    const kind = note.kind ?? NoteKind.NOTE_KIND_CHAT;
    if (kind === NoteKind.NOTE_KIND_CHAT || kind === NoteKind.NOTE_KIND_SYSTEM) {
      const seq = note.seq ?? 0;
      if (seq <= this.lastSeq) return;
      const frame = noteToStoredMessageFrame(this.room, note);
      this.lastSeq = seq;
      this.ring.push(frame);
      this.#options.publish(this.room, frame);
      this.#checkCaughtUp();
      return;
    }
    const change = noteToChangeFrame(this.room, note);
    if (change) {
      this.ring.change(change.seq, (held) =>
        change.change === "deleted"
          ? { ...held, text: "", deleted: true }
          : { ...held, text: change.text, editedAt: change.editedAt },
      );
      this.#options.publish(this.room, change);
      return;
    }
    const member = noteToMemberChangeFrame(this.room, note);
    if (member) {
      this.#options.publish(this.room, member);
      if (member.event === "removed") this.#options.onMemberRemoved?.(this.room, member.user);
      else this.#options.onMemberAdded?.(this.room, member.user);
      return;
    }
    const presenceEvent = PRESENCE_EVENTS[kind];
    if (!presenceEvent || !note.name) return;
    if (presenceEvent === "join") this.present.add(note.name);
    if (presenceEvent === "leave") this.present.delete(note.name);
    this.#options.publish(this.room, { type: "presence", room: this.room, user: note.name, event: presenceEvent });
  }

  #checkCaughtUp(): void {
    if (this.#live || this.lastSeq < this.#catchUpTo) return;
    this.#live = true;
    this.#markReady();
    this.#options.publish(this.room, { type: "status", room: this.room, state: "live" });
  }

  #onEnd(stream: ClientReadableStream<RoomEvent>, error: ServiceError | null): void {
    if (this.#stream !== stream || this.#closed) return;
    this.#stream = null;
    const wasLive = this.#live;
    this.#started = false;
    this.#live = false;
    if (wasLive) this.#options.publish(this.room, { type: "status", room: this.room, state: "reconnecting" });
    this.#options.onStreamEnd?.(error?.code);
    const level = error?.code === GrpcStatus.UNAVAILABLE ? "info" : "warn";
    this.#options.log[level]("room stream ended; resuming", {
      room: this.room,
      lastSeq: this.lastSeq,
      code: error?.code,
      details: error?.details,
    });
    this.#retry();
  }

  #retry(): void {
    if (this.#closed) return;
    const { minMs, maxMs } = this.#options.backoff ?? { minMs: 100, maxMs: 3_000 };
    const delay = Math.min(maxMs, minMs * 2 ** this.#failures) * (0.75 + Math.random() * 0.5);
    this.#failures += 1;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      void this.#subscribe();
    }, delay);
  }
}
