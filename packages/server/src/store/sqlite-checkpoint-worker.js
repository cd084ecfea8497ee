/**
 * The SQLite checkpointer's thread (started by sqlite-checkpointer.ts). Its own connection to the chat file
 * runs `PRAGMA wal_checkpoint(PASSIVE)` every `everyMs`: copying the WAL back into the database and the two
 * fsyncs that come with it happen here, never on the thread that answers calls. PASSIVE takes no lock a
 * writer waits for and never invokes the busy handler (https://www.sqlite.org/pragma.html#pragma_wal_checkpoint,
 * https://www.sqlite.org/c3ref/wal_checkpoint_v2.html), so the chat server's commits go on meanwhile.
 *
 * Plain JavaScript on purpose: `bun build --compile` embeds this file as an asset (imported `with { type:
 * "file" }`) and a worker started from an embedded file is not transpiled, so it may hold no TypeScript.
 *
 * PASSIVE never leaves the WAL empty while the server writes all the time (a commit lands during every
 * checkpoint's fsync), and SQLite writes the WAL from its start again only once all of it is in the database.
 * So once the WAL holds `restartPages`, a `wal_checkpoint(FULL)` follows the PASSIVE one: it takes the write
 * lock for the frames the PASSIVE one left (a few), so the server's next commit starts the WAL over instead
 * of the WAL growing to the store's backstop and being checkpointed, fsyncs and all, inside a commit on the
 * event loop. While it holds the lock the server's appends wait for it between turns
 * (sqlite-append-batch.ts), not in SQLite's busy handler. Its own wait for the lock is short (`busy_timeout`
 * below): a checkpoint that cannot have it reports busy and the next tick tries again.
 *
 * Messages in: {type:"start", path, everyMs, restartPages} once, {type:"checkpoint"} for one now, {type:"stop"}.
 * Messages out: {type:"checkpointed", busy, log, checkpointed, full, ms} after each checkpoint, {type:"failed",
 * message} when one throws, {type:"stopped"} once its connection is closed.
 */
import { Database } from "bun:sqlite";

/** @type {Database | null} */
let db = null;
/** @type {ReturnType<typeof setInterval> | undefined} */
let timer;
let restartPages = Number.POSITIVE_INFINITY;
/** How long the FULL checkpoint waits for the server's commit in progress (each takes well under 1 ms). */
const FULL_BUSY_TIMEOUT_MS = 50;

function checkpoint() {
  if (db === null) return;
  const started = performance.now();
  try {
    const row = /** @type {{busy: number, log: number, checkpointed: number}} */ (
      db.query("PRAGMA wal_checkpoint(PASSIVE)").get()
    );
    let full = false;
    if (row.busy === 0 && row.log >= restartPages) {
      const tail = /** @type {{busy: number, log: number, checkpointed: number}} */ (
        db.query("PRAGMA wal_checkpoint(FULL)").get()
      );
      full = tail.busy === 0;
    }
    postMessage({ type: "checkpointed", ...row, full, ms: performance.now() - started });
  } catch (error) {
    postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (/** @type {MessageEvent} */ event) => {
  const message = event.data;
  if (message.type === "start") {
    db = new Database(message.path);
    db.run(`PRAGMA busy_timeout = ${FULL_BUSY_TIMEOUT_MS}`);
    restartPages = message.restartPages ?? Number.POSITIVE_INFINITY;
    timer = setInterval(checkpoint, message.everyMs);
  } else if (message.type === "checkpoint") {
    checkpoint();
  } else if (message.type === "stop") {
    clearInterval(timer);
    db?.close();
    db = null;
    postMessage({ type: "stopped" });
  }
};
