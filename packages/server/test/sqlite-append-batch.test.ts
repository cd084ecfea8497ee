/**
 * Group commit in the SQLite store (src/store/sqlite-append-batch.ts): the appends of one event-loop turn
 * share one transaction, and each caller still gets its own seq, its own duplicate answer or its own error.
 */
import { Database } from "bun:sqlite";
import { afterAll, afterEach, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NoteKind } from "@tertulia/protocol";
import { openSqliteStore } from "../src/store/sqlite-store.ts";
import type { ChatStore, NewMessage } from "../src/store/store.ts";

const dir = mkdtempSync(join(tmpdir(), "tertulia-batch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const opened: ChatStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

function open() {
  const path = join(dir, `chat-${++files}.db`);
  // No checkpoint during the test, so the WAL's size counts the pages every commit wrote.
  const store = openSqliteStore({ path, retainPerRoom: 100_000, checkpointEveryMs: 3_600_000 });
  opened.push(store);
  return { path, store };
}

const message = (room: string, body: string, clientMessageId = ""): NewMessage => ({
  room,
  author: "mimi",
  body,
  kind: NoteKind.NOTE_KIND_CHAT,
  clientMessageId,
  sentAtMs: 1_000,
});

describe("SQLite group commit", () => {
  test("appends made in one turn get consecutive seqs in call order, in one transaction", async () => {
    const { path, store } = open();
    await store.appendMessage(message("plaza", "first")); // the room exists; its pages are in the WAL
    const walBefore = statSync(`${path}-wal`).size;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => store.appendMessage(message(i % 2 ? "plaza" : "patio", `m${i}`))),
    );
    const plaza = results.filter((r) => r.message.room === "plaza").map((r) => r.message);
    const patio = results.filter((r) => r.message.room === "patio").map((r) => r.message);
    expect(plaza.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    expect(plaza.map((m) => m.body)).toEqual(Array.from({ length: 50 }, (_, i) => `m${2 * i + 1}`));
    expect(patio.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect((await store.messagesAfter("plaza", 0, 100)).map((m) => m.seq)).toEqual(
      Array.from({ length: 51 }, (_, i) => i + 1),
    );
    expect(await store.bounds("patio")).toEqual({ firstSeq: 1, lastSeq: 50 });
    // One commit writes each page it changed once: a handful of 4 KiB frames. A commit per append writes at
    // least the rooms page and a messages page each time: 200 frames or more.
    const frames = (statSync(`${path}-wal`).size - walBefore) / (4096 + 24);
    expect(frames).toBeLessThan(20);
  });

  test("a retry of a client message id inside one batch is stored once and answered with the original", async () => {
    const { store } = open();
    const [first, retry, other, again] = await Promise.all([
      store.appendMessage(message("r", "hola", "c-1")),
      store.appendMessage(message("r", "hola (retry)", "c-1")),
      store.appendMessage(message("r", "sin id")),
      store.appendMessage(message("r", "hola (retry 2)", "c-1")),
    ]);
    expect(first).toEqual({ message: { ...message("r", "hola", "c-1"), seq: 1 }, duplicate: false });
    expect(retry).toEqual({ message: first!.message, duplicate: true });
    expect(again).toEqual({ message: first!.message, duplicate: true });
    expect(other!.message.seq).toBe(2);
    expect((await store.messagesAfter("r", 0, 10)).map((m) => [m.seq, m.body])).toEqual([
      [1, "hola"],
      [2, "sin id"],
    ]);
    expect(await store.bounds("r")).toEqual({ firstSeq: 1, lastSeq: 2 });
  });

  test("a failing append fails only its caller; the others of its batch are stored with no gap", async () => {
    const { store } = open();
    // A caller's bug (a null body) reaches SQLite as a NOT NULL violation of that one INSERT.
    const nullBody = { ...message("g", ""), body: null } as unknown as NewMessage;
    const settled = await Promise.allSettled([
      store.appendMessage(message("g", "uno")),
      store.appendMessage(nullBody),
      store.appendMessage(message("g", "dos")),
      store.appendMessage(nullBody),
      store.appendMessage(message("h", "otra sala")),
    ]);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled", "rejected", "fulfilled"]);
    expect(String((settled[1] as PromiseRejectedResult).reason)).toContain("NOT NULL constraint failed: messages.body");
    expect((await store.messagesAfter("g", 0, 10)).map((m) => [m.seq, m.body])).toEqual([
      [1, "uno"],
      [2, "dos"],
    ]);
    expect(await store.bounds("g")).toEqual({ firstSeq: 1, lastSeq: 2 });
    expect((await store.messagesAfter("h", 0, 10)).map((m) => m.seq)).toEqual([1]);
    // The next append continues the room's seqs.
    expect((await store.appendMessage(message("g", "tres"))).message.seq).toBe(3);
  });

  test("while another connection holds the write lock, appends wait without holding the event loop", async () => {
    const { path, store } = open();
    await store.appendMessage(message("lobby", "first"));
    // Another connection (the checkpoint worker's FULL checkpoint, another process) takes the write lock.
    const other = new Database(path);
    other.run("BEGIN IMMEDIATE");
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const appended = store.appendMessage(message("lobby", "second"));
    // SQLite's busy handler would sleep on this thread until busy_timeout (5 s), and this timer would not run.
    await Bun.sleep(100);
    expect(ticks).toBeGreaterThan(3);
    other.run("COMMIT");
    other.close();
    clearInterval(timer);
    expect((await appended).message.seq).toBe(2);
    expect((await store.messagesAfter("lobby", 0, 10)).map((m) => m.body)).toEqual(["first", "second"]);
  });

  test("past busy_timeout (5 s) of a lock held elsewhere, the batch's callers get SQLITE_BUSY and it stores nothing", async () => {
    const { path, store } = open();
    await store.appendMessage(message("lobby", "first"));
    const other = new Database(path);
    other.run("BEGIN IMMEDIATE");
    const refused = store.appendMessage(message("lobby", "never")).catch((error: { code?: string }) => error.code);
    expect(await refused).toBe("SQLITE_BUSY");
    other.run("ROLLBACK");
    other.close();
    expect((await store.appendMessage(message("lobby", "second"))).message.seq).toBe(2);
    expect((await store.messagesAfter("lobby", 0, 10)).map((m) => m.body)).toEqual(["first", "second"]);
  });
});
