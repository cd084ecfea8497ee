#!/usr/bin/env bun
/**
 * How long the SQLite store's writes hold the event loop, with and without the checkpoint worker: the store's
 * own append path (SqliteAppendBatch on a connection opened with the store's pragmas) at `rate` appends a
 * second over 100 rooms for `seconds`, timing every synchronous flush (one transaction). With `--no-checkpoints`
 * nothing checkpoints during the run (the WAL only grows), so what is left is the commits' own writes; on
 * tmpfs (`--dir /dev/shm`) the disk is out of the picture altogether.
 *
 *   bun bench/tools/sqlite-write-stalls.ts [--dir /tmp] [--no-checkpoints] [--rate 1000] [--seconds 20]
 */
import { Database } from "bun:sqlite";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SqliteAppendBatch } from "@tertulia/server/src/store/sqlite-append-batch.ts";
import { type CheckpointReport, SqliteCheckpointer } from "@tertulia/server/src/store/sqlite-checkpointer.ts";
import { SQLITE_MIGRATIONS } from "@tertulia/server/src/store/sqlite-migrations.ts";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: tmpdir() },
    "no-checkpoints": { type: "boolean", default: false },
    rate: { type: "string", default: "1000" },
    seconds: { type: "string", default: "20" },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const dir = mkdtempSync(join(values.dir, "tertulia-write-stalls-"));
const path = join(dir, "chat.db");
const db = new Database(path, { create: true, strict: true });
// The store's pragmas (sqlite-store.ts).
for (const pragma of [
  "journal_mode = WAL",
  "synchronous = NORMAL",
  "busy_timeout = 5000",
  "wal_autocheckpoint = 20000",
])
  db.run(`PRAGMA ${pragma}`);
db.transaction(() => SQLITE_MIGRATIONS.forEach((sql) => db.run(sql)))();
const checkpoints: CheckpointReport[] = [];
const checkpointer = values["no-checkpoints"]
  ? null
  : new SqliteCheckpointer({
      path,
      everyMs: 1_000,
      restartPages: 4_096,
      onCheckpoint: (report) => checkpoints.push(report),
    });
const appends = new SqliteAppendBatch(db, {
  retainPerRoom: 10_000,
  busyTimeoutMs: 5_000,
  ensureRoom: (name) =>
    db.run("INSERT INTO rooms (name, epoch, created_at, last_activity) VALUES (?, 'e', 0, 0) ON CONFLICT DO NOTHING", [
      name,
    ]),
});

const flushes: number[] = [];
const start = performance.now();
let sent = 0;
while (performance.now() - start < seconds * 1000) {
  const due = Math.floor(((performance.now() - start) * rate) / 1000);
  const turn: Promise<unknown>[] = [];
  for (; sent < due; sent++) {
    const message = { room: `room-${sent % 100}`, author: `user-${sent % 20}`, body: `bench message ${sent}` };
    turn.push(appends.append({ ...message, kind: 1, clientMessageId: `c-${sent}`, sentAtMs: Date.now() }));
  }
  const before = performance.now();
  appends.flush();
  flushes.push(performance.now() - before);
  await Promise.all(turn);
  await Bun.sleep(1);
}
await checkpointer?.stop();
db.close();
rmSync(dir, { recursive: true, force: true });
const top = (values: number[]) =>
  values
    .sort((a, b) => b - a)
    .slice(0, 5)
    .map((ms) => Math.round(ms * 10) / 10);
console.log(
  JSON.stringify({
    dir: values.dir,
    checkpoints: checkpointer ? checkpoints.length : "off",
    appends: sent,
    longestFlushesMs: top(flushes),
    flushesOver50ms: flushes.filter((ms) => ms > 50).length,
    longestCheckpointsMs: top(checkpoints.map((c) => c.ms)),
  }),
);
