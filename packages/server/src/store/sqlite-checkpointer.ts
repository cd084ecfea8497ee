/**
 * WAL checkpoints off the event loop. A checkpoint copies the WAL back into the database file and fsyncs
 * both; on a shared disk that fsync has taken 1-2 s. Run inside a commit on the server's only thread (SQLite's
 * auto-checkpoint), it held every call for that long (bench/README.md, scenario 3). Here a Bun Worker with its
 * own connection checkpoints on a timer instead, and the store's own connection only auto-checkpoints as a
 * backstop far above what the worker lets the WAL reach (sqlite-store.ts, `WAL_BACKSTOP_PAGES`).
 */
import workerPath from "./sqlite-checkpoint-worker.js" with { type: "file" };

/** One `PRAGMA wal_checkpoint(PASSIVE)`: frames in the WAL, frames copied back, and how long it took. */
export interface CheckpointReport {
  /** 1 when another connection held the checkpoint lock, so nothing was done. */
  readonly busy: number;
  /** Frames in the WAL. */
  readonly log: number;
  /** Frames of it now in the database file. */
  readonly checkpointed: number;
  /**
   * Whether a FULL checkpoint followed (the WAL held `restartPages` or more) and copied the rest: the
   * store's next commit writes the WAL from its start.
   */
  readonly full: boolean;
  readonly ms: number;
}

export interface CheckpointerOptions {
  /** The database file (WAL mode). */
  readonly path: string;
  readonly everyMs: number;
  /** WAL frames from which a FULL checkpoint follows the PASSIVE one, so the WAL starts over. @default Infinity */
  readonly restartPages?: number;
  readonly onCheckpoint?: (report: CheckpointReport) => void;
  /** A checkpoint threw, or the worker could not start. The next tick tries again. */
  readonly onError?: (message: string) => void;
}

type WorkerMessage =
  | ({ readonly type: "checkpointed" } & CheckpointReport)
  | { readonly type: "failed"; readonly message: string }
  | { readonly type: "stopped" };

/** How long `stop()` waits for the worker to close its connection (it may be inside a slow fsync). */
const STOP_TIMEOUT_MS = 10_000;

export class SqliteCheckpointer {
  readonly #worker: Worker;
  readonly #stopped: Promise<void>;

  constructor(options: CheckpointerOptions) {
    this.#worker = new Worker(workerPath);
    // Never the reason the process stays up: the store's close() stops it, and an exit without close() is safe.
    // (Bun's Worker has unref(); the DOM lib's type, which wins here, does not declare it.)
    (this.#worker as Worker & { unref(): void }).unref();
    let stopped = () => {};
    this.#stopped = new Promise((resolve) => {
      stopped = resolve;
    });
    this.#worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === "checkpointed") {
        const { type: _, ...report } = message;
        options.onCheckpoint?.(report);
      } else if (message.type === "failed") options.onError?.(message.message);
      else stopped();
    });
    this.#worker.addEventListener("error", (event) => options.onError?.(event.message));
    this.#worker.addEventListener("close", () => stopped());
    this.#worker.postMessage({
      type: "start",
      path: options.path,
      everyMs: options.everyMs,
      restartPages: options.restartPages ?? Number.POSITIVE_INFINITY,
    });
  }

  /** Asks for one checkpoint now (reported like the timer's). */
  checkpointNow(): void {
    this.#worker.postMessage({ type: "checkpoint" });
  }

  /** Closes the worker's connection, then the worker. */
  async stop(): Promise<void> {
    this.#worker.postMessage({ type: "stop" });
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.#stopped, new Promise((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS)))]);
    clearTimeout(timer);
    this.#worker.terminate();
  }
}
