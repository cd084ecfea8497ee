/**
 * Counts failures per key (a username, a peer address) in a fixed window. Memory is bounded: expired
 * entries are swept as new ones arrive, and past `maxKeys` the oldest are dropped.
 */
export interface RateLimiterOptions {
  readonly limit: number;
  readonly windowMs: number;
  /** @default 100_000 */
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
    this.#maxKeys = options.maxKeys ?? 100_000;
    this.#now = options.now ?? Date.now;
  }

  /** Milliseconds until `key` may try again, or 0 when it is not blocked. */
  retryAfterMs(key: string): number {
    const window = this.#current(key);
    return window && window.count >= this.#limit ? window.resetAt - this.#now() : 0;
  }

  recordFailure(key: string): void {
    const window = this.#current(key);
    if (window) {
      window.count += 1;
      return;
    }
    this.#sweep();
    this.#windows.set(key, { count: 1, resetAt: this.#now() + this.#windowMs });
  }

  reset(key: string): void {
    this.#windows.delete(key);
  }

  get size(): number {
    return this.#windows.size;
  }

  #current(key: string): Window | undefined {
    const window = this.#windows.get(key);
    if (window && window.resetAt <= this.#now()) {
      this.#windows.delete(key);
      return undefined;
    }
    return window;
  }

  #sweep(): void {
    if (this.#windows.size < this.#maxKeys) return;
    const now = this.#now();
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
    // Map iteration is insertion order: what remains first is the oldest.
    for (const key of this.#windows.keys()) {
      if (this.#windows.size < this.#maxKeys) break;
      this.#windows.delete(key);
    }
  }
}
