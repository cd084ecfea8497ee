/**
 * Who may try a password, and how fast. The policy, in order:
 *
 * 1. Per (username, address): `perPair` failures per window, then that pair is refused until the window
 *    ends. Guessing one account from one place is what this stops; the real user, from their own address,
 *    is in another bucket and keeps logging in. Nobody can lock an account for everyone.
 * 2. Per address: `perAddress` attempts per window over all names (sign-ups count too), so one address
 *    cannot spread guesses over many accounts or mint accounts in bulk.
 * 3. Per account, from anywhere: past `slowAfter` failures in the window, every attempt on that account
 *    waits `slowdownMs` before its password is checked. A slowdown, not a lock: the real user still gets
 *    in, a second later.
 *
 * Each count is reserved before the argon2 verify (~40 ms) and handed back when the login succeeds, so N
 * parallel guesses from one address get at most `perPair` verifies, not N.
 */
import { RateLimiter } from "./rate-limiter.ts";

export interface LoginThrottleOptions {
  readonly perPair: number;
  readonly perAddress: number;
  readonly slowAfter: number;
  readonly slowdownMs: number;
  readonly windowMs: number;
  /** Keys each limiter keeps at most. @default 50_000 */
  readonly maxKeys?: number;
  readonly now?: () => number;
  /** How often expired windows are dropped when nobody logs in. @default windowMs / 5 */
  readonly sweepEveryMs?: number;
}

/** A reserved attempt, to be settled as a success or a failure. */
export interface Attempt {
  readonly pair: string;
  readonly address: string;
  readonly username: string;
}

export type Admission =
  | { readonly ok: true; readonly attempt: Attempt; readonly slowdownMs: number }
  | { readonly ok: false; readonly retryAfterMs: number };

export class LoginThrottle {
  readonly #pairs: RateLimiter;
  readonly #addresses: RateLimiter;
  readonly #accounts: RateLimiter;
  readonly #slowAfter: number;
  readonly #slowdownMs: number;
  readonly #timer: ReturnType<typeof setInterval>;

  constructor(options: LoginThrottleOptions) {
    const common = { windowMs: options.windowMs, maxKeys: options.maxKeys, now: options.now };
    this.#pairs = new RateLimiter({ ...common, limit: options.perPair });
    this.#addresses = new RateLimiter({ ...common, limit: options.perAddress });
    // Counted only, never refused: a large limit keeps `reserve` from saying no.
    this.#accounts = new RateLimiter({ ...common, limit: Number.MAX_SAFE_INTEGER });
    this.#slowAfter = options.slowAfter;
    this.#slowdownMs = options.slowdownMs;
    this.#timer = setInterval(() => this.sweep(), options.sweepEveryMs ?? Math.max(1_000, options.windowMs / 5));
    this.#timer.unref();
  }

  /** Reserves a login attempt for `username` from `address`, before its password is checked. */
  admitLogin(username: string, address: string): Admission {
    const pair = `${username}\n${address}`;
    const pairWait = this.#pairs.reserve(pair);
    if (pairWait > 0) return { ok: false, retryAfterMs: pairWait };
    const addressWait = this.#addresses.reserve(address);
    if (addressWait > 0) {
      this.#pairs.release(pair);
      return { ok: false, retryAfterMs: addressWait };
    }
    const slowdownMs = this.#accounts.count(username) >= this.#slowAfter ? this.#slowdownMs : 0;
    return { ok: true, attempt: { pair, address, username }, slowdownMs };
  }

  /** A sign-up always counts against its address: accounts are not minted in bulk. */
  admitSignup(address: string): { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number } {
    const wait = this.#addresses.reserve(address);
    return wait > 0 ? { ok: false, retryAfterMs: wait } : { ok: true };
  }

  succeeded(attempt: Attempt): void {
    this.#pairs.reset(attempt.pair);
    this.#addresses.release(attempt.address);
  }

  failed(attempt: Attempt): void {
    this.#accounts.reserve(attempt.username);
  }

  /** Keys held, for tests and metrics. */
  get size(): number {
    return this.#pairs.size + this.#addresses.size + this.#accounts.size;
  }

  sweep(): void {
    this.#pairs.sweep();
    this.#addresses.sweep();
    this.#accounts.sweep();
  }

  close(): void {
    clearInterval(this.#timer);
  }
}
