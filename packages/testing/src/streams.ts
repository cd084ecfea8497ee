/**
 * Awaitable views of a gRPC server stream, so tests wait for events instead of sleeping.
 */
import type { ClientReadableStream, ServiceError } from "@grpc/grpc-js";

export interface Collected<T> {
  readonly items: T[];
  /** Resolves when `predicate` holds for the items so far; rejects after `timeoutMs` or if the stream fails. */
  until(predicate: (items: T[]) => boolean, timeoutMs?: number): Promise<T[]>;
  /** Resolves with the stream's final error (or null for a clean end). */
  readonly ended: Promise<ServiceError | null>;
  cancel(): void;
}

export function collect<T>(stream: ClientReadableStream<T>): Collected<T> {
  const items: T[] = [];
  const waiters = new Set<() => void>();
  let failure: ServiceError | null = null;
  let finished = false;
  const ended = new Promise<ServiceError | null>((resolve) => {
    stream.on("error", (error: ServiceError) => {
      failure = error;
      finished = true;
      waiters.forEach((w) => w());
      resolve(error);
    });
    stream.on("end", () => {
      finished = true;
      waiters.forEach((w) => w());
      resolve(null);
    });
  });
  stream.on("data", (item: T) => {
    items.push(item);
    waiters.forEach((w) => w());
  });
  return {
    items,
    ended,
    cancel: () => stream.cancel(),
    until(predicate, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (predicate(items)) {
            cleanup();
            resolve(items);
          } else if (finished) {
            cleanup();
            reject(
              new Error(
                `stream ended before the condition held (${items.length} items): ${failure?.details ?? "clean end"}`,
              ),
            );
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out after ${timeoutMs} ms with ${items.length} items`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** Resolves when `check` returns true, polling the event loop; for state that has no event (server-side counters). */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
  what = "condition",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
