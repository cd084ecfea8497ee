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
 * Messages in: {type:"start", path, everyMs} once, {type:"checkpoint"} for one now, {type:"stop"}.
 * Messages out: {type:"checkpointed", busy, log, checkpointed, ms} after each checkpoint, {type:"failed",
 * message} when one throws, {type:"stopped"} once its connection is closed.
 */
import { Database } from "bun:sqlite";

/** @type {Database | null} */
let db = null;
/** @type {ReturnType<typeof setInterval> | undefined} */
let timer;

function checkpoint() {
  if (db === null) return;
  const started = performance.now();
  try {
    const row = /** @type {{busy: number, log: number, checkpointed: number}} */ (
      db.query("PRAGMA wal_checkpoint(PASSIVE)").get()
    );
    postMessage({ type: "checkpointed", ...row, ms: performance.now() - started });
  } catch (error) {
    postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (/** @type {MessageEvent} */ event) => {
  const message = event.data;
  if (message.type === "start") {
    db = new Database(message.path);
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
