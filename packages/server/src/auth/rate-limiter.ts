/**
 * Counts attempts per key (a username and address pair, an address) in a fixed window. An attempt is
 * reserved before the work it guards, so parallel requests cannot all slip in before the first one is
 * counted; a success hands its reservation back.
 *
 * Memory is bounded and really expires: windows are created in time order, so the Map's insertion order is
 * also their expiry order and a sweep deletes from the front until it meets a live window. Sweeps run on
 * every reservation and on a timer, so an idle limiter empties too; past `maxKeys` the oldest go.
 */
export interface RateLimiterOptions {
  readonly limit: number;
  readonly windowMs: number;
  /** @default 50_000 */
  readonly maxKeys?: number;
  readonly now?: () => number;
}

interface Window {
  count: number;
  readonly resetAt: number;
}

export class RateLimiter {
  readonly #windows = new Map<string, Window>();
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #maxKeys: number;
  readonly #now: () => number;

  constructor(options: RateLimiterOptions) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#maxKeys = options.maxKeys ?? 50_000;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Counts one attempt for `key` if it has any left in its window.
   * @returns 0 when reserved, otherwise the milliseconds until the key may try again.
   */
  reserve(key: string): number {
    this.sweep();
    const window = this.#windows.get(key);
    if (window) {
      if (window.count >= this.#limit) return Math.max(1, window.resetAt - this.#now());
      window.count += 1;
      return 0;
    }
    if (this.#windows.size >= this.#maxKeys) this.#windows.delete(this.#windows.keys().next().value!);
    this.#windows.set(key, { count: 1, resetAt: this.#now() + this.#windowMs });
    return 0;
  }

  /** Hands back one reservation (the attempt succeeded, so it does not count). */
  release(key: string): void {
    const window = this.#windows.get(key);
    if (window && window.count > 0) window.count -= 1;
  }

  /** Attempts counted for `key` in its current window. */
  count(key: string): number {
    const window = this.#windows.get(key);
    return window && window.resetAt > this.#now() ? window.count : 0;
  }

  reset(key: string): void {
    this.#windows.delete(key);
  }

  get size(): number {
    return this.#windows.size;
  }

  /** Drops every expired window. */
  sweep(): void {
    const now = this.#now();
    for (const [key, window] of this.#windows) {
      if (window.resetAt > now) break;
      this.#windows.delete(key);
    }
  }
}
