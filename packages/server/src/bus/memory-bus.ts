import type { RoomBus, RoomListener, RoomNote } from "./bus.ts";

/** The embedded bus: one process, listeners called synchronously in subscription order. Nothing is lost. */
export class MemoryBus implements RoomBus {
  readonly #rooms = new Map<string, Set<RoomListener>>();
  readonly #resyncListeners = new Set<() => void>();

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

  onResync(listener: () => void): () => void {
    const entry = () => listener();
    this.#resyncListeners.add(entry);
    return () => this.#resyncListeners.delete(entry);
  }

  /** Tells every subscriber to re-check the store, as a bus that lost messages does; for tests. */
  resync(): void {
    for (const listener of [...this.#resyncListeners]) listener();
  }

  /** Listeners registered, over all rooms and resync: what a leak would grow. */
  get listenerCount(): number {
    let count = this.#resyncListeners.size;
    for (const listeners of this.#rooms.values()) count += listeners.size;
    return count;
  }

  async close(): Promise<void> {
    this.#rooms.clear();
    this.#resyncListeners.clear();
  }
}
