/**
 * Matches a `send` frame with its stored copy coming back from the server, for the round-trip histogram and
 * to hang the delivery under the message's trace. Keyed by author, room and the page's clientId; only sends
 * made on this pod are tracked (another pod publishing the same message finds nothing).
 *
 * Bounded: at most MAX_PENDING sends wait (a send that failed never comes back); the oldest go first.
 */
import type { Context } from "@tertulia/runtime/tracing";

const MAX_PENDING = 10_000;

interface Pending {
  readonly startedAt: number;
  readonly trace: Context | undefined;
}

export class SendTracker {
  readonly #pending = new Map<string, Pending>();
  readonly #limit: number;

  constructor(limit = MAX_PENDING) {
    this.#limit = limit;
  }

  started(author: string, room: string, clientId: string, trace?: Context): void {
    const key = keyOf(author, room, clientId);
    this.#pending.delete(key);
    if (this.#pending.size >= this.#limit) this.#pending.delete(this.#pending.keys().next().value!);
    this.#pending.set(key, { startedAt: performance.now(), trace });
  }

  /** @returns seconds since the send and its trace context, or undefined for a message not sent here. */
  delivered(
    author: string,
    room: string,
    clientId: string,
  ): { seconds: number; trace: Context | undefined } | undefined {
    if (clientId === "" || this.#pending.size === 0) return undefined;
    const key = keyOf(author, room, clientId);
    const pending = this.#pending.get(key);
    if (!pending) return undefined;
    this.#pending.delete(key);
    return { seconds: (performance.now() - pending.startedAt) / 1000, trace: pending.trace };
  }

  get size(): number {
    return this.#pending.size;
  }
}

const keyOf = (author: string, room: string, clientId: string) => `${author}\u0000${room}\u0000${clientId}`;
