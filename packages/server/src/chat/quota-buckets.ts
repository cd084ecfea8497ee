/**
 * Token buckets per key (a username): `burst` at once, refilled at `perSecond`. What a quota is checked with
 * before the work it pays for. Memory is bounded: a bucket that has refilled completely is the same as no
 * bucket, so those are swept once the map passes `sweepAbove` keys; what remains is one entry per key that
 * spent something within the last burst / perSecond seconds.
 */
export interface QuotaBucketsOptions {
  readonly perSecond: number;
  readonly burst: number;
  /** @default 10_000 */
  readonly sweepAbove?: number;
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class QuotaBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;
  readonly #burst: number;
  readonly #sweepAbove: number;
  readonly #now: () => number;

  constructor(options: QuotaBucketsOptions) {
    this.#perMs = options.perSecond / 1000;
    this.#burst = options.burst;
    this.#sweepAbove = options.sweepAbove ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** Spends one token of `key`. @returns 0 when granted, else the milliseconds until one is available. */
  take(key: string): number {
    const now = this.#now();
    const bucket = this.#refilled(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.#perMs);
  }

  get size(): number {
    return this.#buckets.size;
  }

  #refilled(key: string, now: number): Bucket {
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      if (this.#buckets.size >= this.#sweepAbove) this.#sweep(now);
      bucket = { tokens: this.#burst, at: now };
      this.#buckets.set(key, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#perMs);
    bucket.at = now;
    return bucket;
  }

  #sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * this.#perMs >= this.#burst) this.#buckets.delete(key);
    }
  }
}
