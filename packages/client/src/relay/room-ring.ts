import type { StoredMessageFrame } from "@tertulia/protocol";

/**
 * The newest messages of a room, in seq order, so a browser joining or resuming is served from memory.
 * Fixed capacity: the oldest fall out as new ones come in.
 */
export class RoomRing {
  readonly #capacity: number;
  #items: StoredMessageFrame[] = [];

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  push(message: StoredMessageFrame): void {
    this.#items.push(message);
    // Trim in batches: splicing one element per push would make every insert O(capacity).
    if (this.#items.length > this.#capacity * 1.25) this.#items = this.#items.slice(-this.#capacity);
  }

  /** Oldest seq held, or 0 when empty. */
  get firstSeq(): number {
    return this.#items.length > this.#capacity
      ? this.#items[this.#items.length - this.#capacity]!.seq
      : (this.#items[0]?.seq ?? 0);
  }

  get lastSeq(): number {
    return this.#items.at(-1)?.seq ?? 0;
  }

  /** Messages with seq > `seq`, oldest first. */
  after(seq: number): StoredMessageFrame[] {
    const held = this.#held();
    let low = 0;
    let high = held.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (held[mid]!.seq <= seq) low = mid + 1;
      else high = mid;
    }
    return held.slice(low);
  }

  /**
   * Replaces the message `seq` with what `change` makes of it (an edit or delete seen on the stream), so joins
   * and resumes served from memory show the latest text. A seq no longer held changes nothing.
   */
  change(seq: number, change: (message: StoredMessageFrame) => StoredMessageFrame): void {
    const index = this.#indexAfter(seq - 1);
    const held = this.#items[index];
    if (held?.seq === seq) this.#items[index] = change(held);
  }

  tail(count: number): StoredMessageFrame[] {
    return count <= 0 ? [] : this.#held().slice(-count);
  }

  clear(): void {
    this.#items = [];
  }

  /** Index in #items of the first message with a seq above `seq` (binary search: seqs only grow). */
  #indexAfter(seq: number): number {
    let low = 0;
    let high = this.#items.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.#items[mid]!.seq <= seq) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  #held(): StoredMessageFrame[] {
    return this.#items.length > this.#capacity ? this.#items.slice(-this.#capacity) : this.#items;
  }
}
