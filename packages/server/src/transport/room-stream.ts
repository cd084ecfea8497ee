/**
 * A server-streaming call bound to a room: a RoomFeed for its messages, a presence claim for its user, and
 * an entry in the registry, all released exactly once however the call ends (client cancel, broken
 * connection, slow consumer, shutdown). Cleanup is wired before the first write.
 */
import { type ServerWritableStream, status } from "@grpc/grpc-js";
import type { Logger } from "@tertulia/runtime";
import type { Principal } from "../auth/principal.ts";
import type { RoomBus, RoomNote } from "../bus/bus.ts";
import { type FeedStart, RoomFeed } from "../chat/room-feed.ts";
import type { ClosableStream, StreamRegistry } from "../chat/stream-registry.ts";
import { ChatError } from "../errors.ts";
import type { PresenceTracker } from "../presence/presence.ts";
import { isMembershipEvent } from "../rooms/membership-events.ts";
import type { ChatStore } from "../store/store.ts";

export interface RoomStreamDeps {
  readonly store: ChatStore;
  readonly bus: RoomBus;
  readonly presence: PresenceTracker;
  readonly registry: StreamRegistry;
  readonly log: Logger;
  readonly queueLimit: number;
}

export interface RoomStreamParams<Out> {
  readonly principal: Principal;
  readonly room: string;
  readonly afterSeq: number;
  readonly tail: number;
  /** What goes on the wire for a room event. */
  readonly toWire: (note: RoomNote) => Out;
  /** Which events this stream carries. @default every event */
  readonly accepts?: (note: RoomNote) => boolean;
  /** An event written before the backlog, given where the stream starts and who is present. */
  readonly header?: (start: FeedStart, present: string[]) => Out;
  /** The caller's place in their stream quota, given back when the stream ends. */
  readonly lease?: { release(): void };
  /**
   * Checks, again, that the caller may read the room (room-access.ts); throws `permission_denied` once they
   * may not. Run on every membership event of the room and by the periodic access sweep.
   */
  readonly recheck?: () => Promise<void>;
}

let nextStreamId = 0;

export class RoomStream<Out> implements ClosableStream {
  readonly #call: ServerWritableStream<unknown, Out>;
  readonly #deps: RoomStreamDeps;
  readonly #params: RoomStreamParams<Out>;
  readonly #holder = `stream-${++nextStreamId}`;
  readonly #feed: RoomFeed;
  #finished = false;

  constructor(call: ServerWritableStream<unknown, Out>, deps: RoomStreamDeps, params: RoomStreamParams<Out>) {
    this.#call = call;
    this.#deps = deps;
    this.#params = params;
    this.#feed = new RoomFeed({
      store: deps.store,
      bus: deps.bus,
      room: params.room,
      queueLimit: deps.queueLimit,
      sink: {
        write: (note) => {
          if (params.accepts && !params.accepts(note)) return true;
          if (isMembershipEvent(note) && params.recheck) {
            // A person's stream passes a membership event on only once they are still allowed to see it.
            void this.#recheckThen(note);
            return true;
          }
          return this.#write(params.toWire(note));
        },
        drain: () => this.#drained(),
      },
      onFailure: (reason, error) => this.#onFeedFailure(reason, error),
    });
  }

  async run(): Promise<void> {
    this.#deps.registry.add(this);
    // grpc-js emits 'cancelled' even after a normal end; #release is idempotent.
    this.#call.on("cancelled", () => this.#release());
    this.#call.on("close", () => this.#release());
    // Cancelled while the caller was being authenticated: 'cancelled' has fired already and will not again.
    if (this.#call.cancelled) return this.#release();
    let start: FeedStart;
    try {
      start = await this.#feed.open(this.#params.afterSeq, this.#params.tail);
    } catch (error) {
      this.#deps.log.error("room stream failed to open", { room: this.#params.room, error });
      this.#endWith(status.UNAVAILABLE, "the message store is unavailable; retry");
      return;
    }
    if (this.#finished) return;
    const { principal, room } = this.#params;
    if (principal.kind === "user") this.#deps.presence.hold(room, principal.username, this.#holder, null);
    if (this.#params.header) {
      const present = await this.#deps.presence.present(room).catch((error: unknown) => {
        this.#deps.log.warn("presence unavailable; stream starts without it", { room, error });
        return [];
      });
      if (this.#finished) return;
      this.#write(this.#params.header(start, present));
    }
    this.#feed.start();
  }

  get principal(): Principal {
    return this.#params.principal;
  }

  endUnavailable(reason: string): void {
    this.#endWith(status.UNAVAILABLE, reason);
  }

  endUnauthenticated(reason: string): void {
    this.#endWith(status.UNAUTHENTICATED, reason);
  }

  /** Ends the stream with PERMISSION_DENIED when its caller may no longer read the room (removed, left). */
  async recheckAccess(): Promise<boolean> {
    const { recheck } = this.#params;
    if (!recheck || this.#finished) return true;
    try {
      await recheck();
      return true;
    } catch (error) {
      if (!(error instanceof ChatError) || error.code !== "permission_denied") {
        this.#deps.log.warn("room access re-check failed; stream kept", { room: this.#params.room, error });
        return true;
      }
      this.#endWith(status.PERMISSION_DENIED, error.message);
      return false;
    }
  }

  async #recheckThen(note: RoomNote): Promise<void> {
    if (await this.recheckAccess()) this.#write(this.#params.toWire(note));
  }

  #write(message: Out): boolean {
    if (this.#finished) return true;
    return this.#call.write(message);
  }

  #drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.#call.off("drain", done);
        this.#call.off("close", done);
        resolve();
      };
      this.#call.once("drain", done);
      this.#call.once("close", done);
    });
  }

  #onFeedFailure(reason: "overflow" | "store", error: unknown): void {
    if (reason === "overflow") {
      this.#deps.log.warn("slow subscriber cut off", { room: this.#params.room, lastSeq: this.#feed.lastSeq });
      this.#endWith(
        status.RESOURCE_EXHAUSTED,
        `subscriber fell more than ${this.#deps.queueLimit} events behind; resubscribe from seq ${this.#feed.lastSeq}`,
      );
    } else {
      this.#deps.log.error("room stream store read failed", { room: this.#params.room, error });
      this.#endWith(status.UNAVAILABLE, `the message store is unavailable; resubscribe from seq ${this.#feed.lastSeq}`);
    }
  }

  #endWith(code: status, details: string): void {
    if (this.#finished) return;
    this.#release();
    // grpc-js turns an 'error' event on a server stream into the call's final status.
    this.#call.emit("error", { code, details });
  }

  #release(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#feed.close();
    this.#params.lease?.release();
    const { principal, room } = this.#params;
    if (principal.kind === "user") this.#deps.presence.release(room, principal.username, this.#holder);
    this.#deps.registry.delete(this);
  }
}
