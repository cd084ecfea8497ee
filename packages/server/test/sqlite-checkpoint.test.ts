/**
 * WAL checkpoints off the event loop (src/store/sqlite-checkpointer.ts): the store's own connection no longer
 * checkpoints at SQLite's default 1,000 pages, and the worker's connection copies the WAL back. No timing is
 * asserted: the stall this removes is measured by `bun run bench` (bench/README.md, scenario 3).
 */
import { afterAll, afterEach, describe, expect, test } from "bun:test";
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from "node:fs";
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

/**
 * The WAL header's checkpoint sequence number: a big-endian u32 at offset 12 that SQLite adds one to each
 * time the WAL starts over from its first frame (https://www.sqlite.org/fileformat2.html#walformat; wal.c,
 * walRestartHdr).
 */
function walStartedOverCount(path: string): number {
  const header = Buffer.alloc(32);
  const fd = openSync(`${path}-wal`, "r");
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.readUInt32BE(12);
}

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

/**
 * Appends messages of 4 KB (at least one WAL page each), one per commit, until `until()` holds or `max` were
 * appended. Returns how many were.
 */
async function fill(store: ChatStore, max: number, until: () => boolean = () => false): Promise<number> {
  const body = "x".repeat(4_000);
  let count = 0;
  for (; count < max && !until(); count++) {
    await store.appendMessage({
      room: `room-${count % 10}`,
      author: "mimi",
      body,
      kind: NoteKind.NOTE_KIND_CHAT,
      clientMessageId: "",
      sentAtMs: 1_000 + count,
    });
  }
  return count;
}

/** Messages `fill` put in `room-3` when it appended `count`. */
const inRoom3 = (count: number) => Math.max(0, Math.ceil((count - 3) / 10));

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
    const { path, store } = open({
      checkpointEveryMs: 20,
      walRestartPages: 200,
      onCheckpoint: (r) => reports.push(r),
    });
    // The WAL's count of new starts once a FULL checkpoint has been reported, and whether it has moved since.
    let countAtFull: number | undefined;
    const startedOverAfterFull = () => {
      if (countAtFull !== undefined) return walStartedOverCount(path) !== countAtFull;
      if (reports.some((r) => r.full)) countAtFull = walStartedOverCount(path);
      return false;
    };
    // One 4 KB message per commit, back to back, until that is seen. A PASSIVE checkpoint alone never finds the
    // WAL all copied (a commit lands during each), so without the FULL one no report says `full`, the WAL only
    // grows (to the backstop checkpoint on the event loop) and this stops at the cap. Writes go on until the
    // worker has been seen doing it rather than for a fixed count, since how many checkpoints a fixed count
    // spans depends on how fast the machine writes and how soon the worker starts.
    const appended = await fill(store, 15_000, startedOverAfterFull);
    expect(reports.some((r) => r.full)).toBe(true);
    expect(startedOverAfterFull()).toBe(true);
    expect(await store.messagesAfter("room-3", 0, 2_000)).toHaveLength(inRoom3(appended));
  });
});
