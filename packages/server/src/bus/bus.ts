/**
 * Fan-out of room events between whoever stores them and whoever streams them. In-process by default;
 * the scale-out profile puts Redis pub/sub behind the same interface so every server replica hears every
 * room. Delivery may be late, duplicated or out of order across replicas: subscribers order by `seq` and
 * fill gaps from the store (see chat/room-feed.ts), so the bus only has to be fast.
 */
import type { NoteKind } from "@tertulia/protocol";

/** A room event as it travels: a stored chat message (seq > 0) or an ephemeral presence event (seq 0). */
export interface RoomNote {
  readonly room: string;
  /** The author (chat) or the user the event is about (presence). */
  readonly name: string;
  readonly message: string;
  readonly seq: number;
  readonly sentAtMs: number;
  readonly clientMessageId: string;
  readonly kind: NoteKind;
  /** A chat message's last edit (or an edit event's time), epoch ms; absent when never edited. */
  readonly editedAtMs?: number;
  /** The author deleted this message; `message` is empty. */
  readonly deleted?: boolean;
  /** NOTE_KIND_EDIT and NOTE_KIND_DELETE events: the seq of the message that changed. */
  readonly targetSeq?: number;
}

export type RoomListener = (note: RoomNote) => void;

export interface RoomBus {
  publish(note: RoomNote): void;
  /** @returns a function that stops the listener; calling it twice is harmless. */
  subscribe(room: string, listener: RoomListener): () => void;
  /**
   * Listens for "deliveries may have been lost, in any room" (the bus reconnected after a break, or another
   * replica's did). A subscriber only notices a lost message when a later one arrives; on this signal it
   * re-reads the store from the last seq it delivered instead, so a quiet room is caught up too.
   * @returns a function that stops the listener; calling it twice is harmless.
   */
  onResync(listener: () => void): () => void;
  close(): Promise<void>;
}
