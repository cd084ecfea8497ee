/**
 * One subscriber's view of a room: retained messages after a seq, then live ones, in seq order with no gap
 * and no duplicate, including messages that arrive while the backlog is being sent.
 *
 * How: listen to the bus *before* reading the store, so nothing published after the read can be missed;
 * queue live events while the backlog is sent; drop any seq already sent; when a live seq skips ahead
 * (bus lag, another replica), fill the hole from the store first; when the bus says deliveries may have been
 * lost (resync), re-read the store up to its newest seq, so a quiet room is caught up too. The queue is
 * bounded: a subscriber that falls too far behind is cut off (it resumes from its seq) rather than holding
 * memory without limit.
 */
import type { RoomBus, RoomNote } from "../bus/bus.ts";
import type { ChatStore, StoredMessage } from "../store/store.ts";

/** Where a stream writes. `write` reports backpressure the way Node streams do: false means "wait for drain". */
export interface FeedSink {
  write(note: RoomNote): boolean;
  drain(): Promise<void>;
}

export interface FeedStart {
  readonly room: string;
  readonly epoch: string;
  readonly firstSeq: number;
  readonly lastSeq: number;
  /** The requested seq was older than what is retained (or from a history this store never had). */
  readonly truncated: boolean;
}

export interface RoomFeedOptions {
  readonly store: ChatStore;
  readonly bus: RoomBus;
  readonly room: string;
  readonly sink: FeedSink;
  /** Live events that may wait behind a slow sink before `onOverflow`. */
  readonly queueLimit: number;
  /** Called once when the queue overflows or the store fails; the feed is closed by then. */
  readonly onFailure: (reason: "overflow" | "store", error?: unknown) => void;
}

/** Backlog is read in pages, so a resume from far back never loads the whole room at once. */
const PAGE_SIZE = 500;

export class RoomFeed {
  readonly #options: RoomFeedOptions;
  readonly #queue: RoomNote[] = [];
  #lastSeq = 0;
  /** The stored backlog to send before live events: every seq after lastSeq up to this one. */
  #backlogThrough = 0;
  #pumping = false;
  #started = false;
  #closed = false;
  /** The bus asked for a resync: read the store up to its newest seq before the next live event. */
  #recheck = false;
  #unsubscribe: (() => void) | null = null;
  #unsubscribeResync: (() => void) | null = null;

  constructor(options: RoomFeedOptions) {
    this.#options = options;
  }

  /**
   * Starts listening and decides where the stream begins. Nothing is written until `start()`, so the caller
   * can send its own first event (e.g. SubscriptionStarted) ahead of the backlog.
   * @param afterSeq deliver messages with seq > afterSeq; 0 means from the oldest retained.
   * @param tail with afterSeq 0, only the newest `tail` messages (0: all retained).
   */
  async open(afterSeq: number, tail: number): Promise<FeedStart> {
    const { store, bus, room } = this.#options;
    this.#unsubscribe = bus.subscribe(room, (note) => this.#enqueue(note));
    this.#unsubscribeResync = bus.onResync(() => this.#resync());
    // Reading never creates a room: one that does not exist yet starts empty, with no epoch until it does.
    const record = await store.findRoom(room);
    const { firstSeq, lastSeq } = await store.bounds(room);
    const oldestAvailable = Math.max(firstSeq - 1, 0);
    let truncated = false;
    if (afterSeq === 0) {
      this.#lastSeq = tail > 0 ? Math.max(oldestAvailable, lastSeq - tail) : oldestAvailable;
    } else if (afterSeq > lastSeq || afterSeq < oldestAvailable) {
      truncated = true;
      this.#lastSeq = oldestAvailable;
    } else {
      this.#lastSeq = afterSeq;
    }
    // Everything up to lastSeq is in the store; whatever comes later is queued by the listener above.
    this.#backlogThrough = lastSeq;
    return { room, epoch: record?.epoch ?? "", firstSeq, lastSeq, truncated };
  }

  /** Sends the backlog, then keeps delivering live events until `close()`. */
  start(): void {
    this.#started = true;
    void this.#pump();
  }

  close(): void {
    this.#closed = true;
    this.#queue.length = 0;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#unsubscribeResync?.();
    this.#unsubscribeResync = null;
  }

  /** The seq of the last message delivered. */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  #enqueue(note: RoomNote): void {
    if (this.#closed) return;
    // Fast path: caught up, nothing waiting, the next seq in order, and the sink has room.
    if (
      this.#started &&
      !this.#pumping &&
      this.#queue.length === 0 &&
      (note.seq === 0 || note.seq === this.#lastSeq + 1)
    ) {
      if (note.seq !== 0) this.#lastSeq = note.seq;
      if (this.#options.sink.write(note)) return;
      this.#pumping = true;
      void this.#options.sink.drain().then(() => {
        this.#pumping = false;
        void this.#pump();
      });
      return;
    }
    if (note.seq !== 0 && note.seq <= this.#lastSeq) return;
    if (this.#queue.length >= this.#options.queueLimit) {
      this.#fail("overflow");
      return;
    }
    this.#queue.push(note);
    if (this.#started) void this.#pump();
  }

  #resync(): void {
    if (this.#closed) return;
    this.#recheck = true;
    if (this.#started) void this.#pump();
  }

  async #pump(): Promise<void> {
    if (this.#pumping || this.#closed) return;
    this.#pumping = true;
    try {
      if (this.#backlogThrough > 0) {
        const through = this.#backlogThrough;
        this.#backlogThrough = 0;
        await this.#fillThrough(through);
      }
      while (!this.#closed && (this.#queue.length > 0 || this.#recheck)) {
        if (this.#recheck) {
          this.#recheck = false;
          await this.#fillThrough((await this.#options.store.bounds(this.#options.room)).lastSeq);
          continue;
        }
        const note = this.#queue.shift()!;
        if (note.seq === 0) {
          await this.#deliver(note);
        } else if (note.seq > this.#lastSeq) {
          await this.#fillThrough(note.seq - 1);
          if (note.seq > this.#lastSeq) await this.#deliver(note);
        }
      }
    } catch (error) {
      this.#fail("store", error);
    } finally {
      this.#pumping = false;
    }
  }

  /** Delivers every stored message after lastSeq up to and including `seq`. */
  async #fillThrough(seq: number): Promise<void> {
    while (!this.#closed && this.#lastSeq < seq) {
      const page = await this.#options.store.messagesAfter(
        this.#options.room,
        this.#lastSeq,
        Math.min(PAGE_SIZE, seq - this.#lastSeq),
      );
      if (page.length === 0) return; // pruned meanwhile: nothing more to give
      for (const message of page) {
        if (this.#closed) return;
        await this.#deliver(toRoomNote(message));
      }
    }
  }

  async #deliver(note: RoomNote): Promise<void> {
    if (note.seq > 0) this.#lastSeq = note.seq;
    if (!this.#options.sink.write(note)) await this.#options.sink.drain();
  }

  #fail(reason: "overflow" | "store", error?: unknown): void {
    if (this.#closed) return;
    this.close();
    this.#options.onFailure(reason, error);
  }
}

export function toRoomNote(message: StoredMessage): RoomNote {
  return {
    room: message.room,
    name: message.author,
    message: message.body,
    seq: message.seq,
    sentAtMs: message.sentAtMs,
    clientMessageId: message.clientMessageId,
    kind: message.kind,
    ...(message.editedAtMs !== undefined && { editedAtMs: message.editedAtMs }),
    ...(message.deleted && { deleted: true }),
  };
}
