import type { RoomBus, RoomListener, RoomNote } from "./bus.ts";

/** The embedded bus: one process, listeners called synchronously in subscription order. */
export class MemoryBus implements RoomBus {
  readonly #rooms = new Map<string, Set<RoomListener>>();

  publish(note: RoomNote): void {
    const listeners = this.#rooms.get(note.room);
    if (!listeners) return;
    for (const listener of listeners) listener(note);
  }

  subscribe(room: string, listener: RoomListener): () => void {
    let listeners = this.#rooms.get(room);
    if (!listeners) this.#rooms.set(room, (listeners = new Set()));
    // Wrapped so the same function subscribed twice is two subscriptions, each removed on its own.
    const entry: RoomListener = (note) => listener(note);
    listeners.add(entry);
    return () => {
      listeners.delete(entry);
      if (listeners.size === 0 && this.#rooms.get(room) === listeners) this.#rooms.delete(room);
    };
  }

  /** Listeners registered, over all rooms: what a leak would grow. */
  get listenerCount(): number {
    let count = 0;
    for (const listeners of this.#rooms.values()) count += listeners.size;
    return count;
  }

  async close(): Promise<void> {
    this.#rooms.clear();
  }
}
