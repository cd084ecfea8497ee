/**
 * Whether the store really works, for the health check. Two signals, because neither is enough alone:
 * every store call the server makes is watched, and one that failed in the last `failureWindowMs` means
 * NOT_SERVING (a corrupt table fails the sends that touch it, whatever a probe elsewhere says); with no
 * recent failure, a write probe (one row in `health_probe`, at most every `probeEveryMs`) decides, so an
 * idle server with a read-only or vanished database file is not reported healthy either.
 */
import type { Logger } from "@tertulia/runtime";
import type { ChatStore } from "../store/store.ts";

export interface StoreHealthOptions {
  readonly store: ChatStore;
  readonly log: Logger;
  /** @default 10_000 */
  readonly failureWindowMs?: number;
  /** @default 2_000 */
  readonly probeEveryMs?: number;
  readonly now?: () => number;
}

export class StoreHealth {
  /** The store to use everywhere else: the same store, with its failures counted here. */
  readonly store: ChatStore;
  readonly #inner: ChatStore;
  readonly #log: Logger;
  readonly #failureWindowMs: number;
  readonly #probeEveryMs: number;
  readonly #now: () => number;
  #lastFailureAt = Number.NEGATIVE_INFINITY;
  #probe: { readonly at: number; readonly result: Promise<boolean> } | null = null;

  constructor(options: StoreHealthOptions) {
    this.#inner = options.store;
    this.#log = options.log;
    this.#failureWindowMs = options.failureWindowMs ?? 10_000;
    this.#probeEveryMs = options.probeEveryMs ?? 2_000;
    this.#now = options.now ?? Date.now;
    this.store = this.#watched(options.store);
  }

  async serving(): Promise<boolean> {
    if (this.#now() - this.#lastFailureAt < this.#failureWindowMs) return false;
    if (!this.#probe || this.#now() - this.#probe.at >= this.#probeEveryMs) {
      this.#probe = { at: this.#now(), result: this.#runProbe() };
    }
    return this.#probe.result;
  }

  async #runProbe(): Promise<boolean> {
    try {
      await this.#inner.checkWritable();
      return true;
    } catch (error) {
      this.#failed("checkWritable", error);
      return false;
    }
  }

  #failed(method: string, error: unknown): void {
    const first = this.#now() - this.#lastFailureAt >= this.#failureWindowMs;
    this.#lastFailureAt = this.#now();
    // One line per outage, not one per failed send.
    if (first) this.#log.error("store failing: health is NOT_SERVING", { method, error: String(error) });
  }

  /**
   * Every method of the store, wrapped so a rejection (or a synchronous throw) is counted. A Proxy rather
   * than a class repeating each method, so a method added to ChatStore is watched without an edit here.
   */
  #watched(store: ChatStore): ChatStore {
    return new Proxy(store, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        // Called on the store itself, not the Proxy: its private fields belong to the store.
        if (property === "close") return value.bind(target);
        return (...args: unknown[]) => {
          try {
            const result: unknown = value.apply(target, args);
            if (result instanceof Promise) {
              return result.catch((error: unknown) => {
                this.#failed(String(property), error);
                throw error;
              });
            }
            return result;
          } catch (error) {
            this.#failed(String(property), error);
            throw error;
          }
        };
      },
    });
  }
}
