/**
 * WAL checkpoints off the event loop (src/store/sqlite-checkpointer.ts): the store's own connection no longer
 * checkpoints at SQLite's default 1,000 pages, and the worker's connection copies the WAL back. No timing is
 * asserted: the stall this removes is measured by `bun run bench` (bench/README.md, scenario 3).
 */
import { afterAll, afterEach, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NoteKind } from "@tertulia/protocol";
import { type CheckpointReport, SqliteCheckpointer } from "../src/store/sqlite-checkpointer.ts";
import { openSqliteStore } from "../src/store/sqlite-store.ts";
import type { ChatStore } from "../src/store/store.ts";

const dir = mkdtempSync(join(tmpdir(), "tertulia-checkpoint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const HOUR = 3_600_000;
/** A WAL frame: a 24-byte header and one page (4 KiB, SQLite's default). */
const FRAME_BYTES = 4096 + 24;
const walBytes = (path: string) => statSync(`${path}-wal`).size;

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((it) => it.close()));
});

function open(options: {
  checkpointEveryMs: number;
  walRestartPages?: number;
  onCheckpoint?: (report: CheckpointReport) => void;
}) {
  const path = join(dir, `chat-${++files}.db`);
  const store = openSqliteStore({ path, retainPerRoom: 1_000_000, ...options });
  opened.push(store);
  return { path, store };
}

/** Appends `count` messages of 4 KB: at least one WAL page each. */
async function fill(store: ChatStore, count: number): Promise<void> {
  const body = "x".repeat(4_000);
  for (let i = 0; i < count; i++) {
    await store.appendMessage({
      room: `room-${i % 10}`,
      author: "mimi",
      body,
      kind: NoteKind.NOTE_KIND_CHAT,
      clientMessageId: "",
      sentAtMs: 1_000 + i,
    });
  }
}

function nextReport(
  reports: CheckpointReport[],
  done: (report: CheckpointReport) => boolean,
): Promise<CheckpointReport> {
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      const found = reports.find(done);
      if (found) {
        clearInterval(poll);
        resolve(found);
      }
    }, 10);
  });
}

describe("SQLite WAL checkpoints", () => {
  test("the store's own connection does not checkpoint at SQLite's default 1,000 pages", async () => {
    const reports: CheckpointReport[] = [];
    const { path, store } = open({ checkpointEveryMs: HOUR, onCheckpoint: (r) => reports.push(r) });
    await fill(store, 2_500);
    // With auto-checkpoint at 1,000 pages the WAL is checkpointed inside a commit and then written again from
    // its start, so the file never holds much more than 1,000 frames.
    expect(walBytes(path)).toBeGreaterThan(2_000 * FRAME_BYTES);
    expect(reports).toEqual([]);
  });

  test("a checkpointer on its own connection copies the whole WAL back; the next commit cuts the file", async () => {
    const { path, store } = open({ checkpointEveryMs: HOUR });
    await fill(store, 5_000);
    const grown = walBytes(path);
    expect(grown).toBeGreaterThan(16 * 1024 * 1024);

    const reports: CheckpointReport[] = [];
    const checkpointer = new SqliteCheckpointer({ path, everyMs: HOUR, onCheckpoint: (r) => reports.push(r) });
    opened.push({ close: () => checkpointer.stop() });
    checkpointer.checkpointNow();
    const report = await nextReport(reports, () => true);
    expect(report.busy).toBe(0);
    expect(report.log).toBe((grown - 32) / FRAME_BYTES); // a 32-byte WAL header, then the frames
    expect(report.checkpointed).toBe(report.log);

    // The WAL is now wholly in the database: the store's next commit writes it from the start and, since it
    // had grown past journal_size_limit, truncates it to that.
    await fill(store, 1);
    expect(walBytes(path)).toBeLessThanOrEqual(16 * 1024 * 1024);
  });

  test("the store's checkpoint worker runs on its timer and keeps up with the writes", async () => {
    const reports: CheckpointReport[] = [];
    const { store } = open({ checkpointEveryMs: 20, onCheckpoint: (r) => reports.push(r) });
    await fill(store, 500);
    const report = await nextReport(reports, (r) => r.log > 0 && r.checkpointed === r.log);
    expect(report.busy).toBe(0);
    expect(await store.messagesAfter("room-3", 0, 1_000)).toHaveLength(50);
  });

  test("under writes that never pause, a FULL checkpoint past walRestartPages makes the WAL start over", async () => {
    const reports: CheckpointReport[] = [];
    const { store } = open({ checkpointEveryMs: 20, walRestartPages: 200, onCheckpoint: (r) => reports.push(r) });
    // One 4 KB message per commit, back to back: a PASSIVE checkpoint alone never finds the WAL all copied
    // (a commit lands during each), so the WAL would only grow, to the backstop checkpoint on the event loop.
    await fill(store, 3_000);
    expect(reports.some((r) => r.full)).toBe(true);
    // After a FULL one the next commit writes the WAL from its start: a later checkpoint finds fewer frames.
    expect(reports.some((r, i) => i > 0 && r.log < reports[i - 1]!.log)).toBe(true);
    expect(await store.messagesAfter("room-3", 0, 1_000)).toHaveLength(300);
  });
});
