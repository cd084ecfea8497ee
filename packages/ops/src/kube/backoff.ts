/**
 * Bounded retries with exponential backoff, for waits on things AWS provisions at its own pace (the ALB, its
 * target groups, its DNS name). Every attempt is reported; the sleep is injected so tests never wait.
 */

export interface Backoff {
  readonly attempts: number;
  /** Delay after the first failed attempt; doubled each time up to `maxMs`. */
  readonly firstMs: number;
  readonly maxMs: number;
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * 16 attempts, 15 waits of 5, 10, 20 then 30 s: about 6.5 minutes in all. An ALB is usually active 2–3 minutes after
 * the Ingress is created, and its DNS name resolves a minute or two later.
 */
export const LOAD_BALANCER_BACKOFF: Omit<Backoff, "sleep"> = { attempts: 16, firstMs: 5_000, maxMs: 30_000 };

export const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export type Attempt<T> = { done: true; value: T } | { done: false; note: string };

/**
 * Runs `attempt` until it is done or the attempts run out.
 * @throws {Error} with the last attempt's note when it never succeeds.
 */
export async function retryWithBackoff<T>(
  b: Backoff,
  onAttempt: (attempt: number, of: number, note: string, nextInMs: number) => void,
  attempt: () => Promise<Attempt<T>>,
): Promise<T> {
  let delay = b.firstMs;
  let last = "";
  for (let i = 1; i <= b.attempts; i++) {
    const r = await attempt();
    if (r.done) return r.value;
    last = r.note;
    const next = i < b.attempts ? delay : 0;
    onAttempt(i, b.attempts, r.note, next);
    if (i < b.attempts) {
      await b.sleep(delay);
      delay = Math.min(delay * 2, b.maxMs);
    }
  }
  throw new Error(`gave up after ${b.attempts} attempts: ${last}`);
}
