import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { NoteKind, type RoomEvent } from "@tertulia/protocol";
import { collect } from "@tertulia/testing/streams";
import { startTestServer, type TestServer } from "@tertulia/testing/test-server";

let t: TestServer;
let token: string;

beforeAll(async () => {
  t = await startTestServer({ env: { HISTORY_RETAIN: "300" } });
  token = await t.login("mimi");
});
afterAll(() => t.stop());

const chatSeqs = (events: RoomEvent[]) =>
  events.filter((e) => e.note?.kind === NoteKind.NOTE_KIND_CHAT).map((e) => e.note!.seq!);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("resume from a seq", () => {
  test("disconnect, 100 messages sent, resubscribe from the last seq: exactly those 100, in order", async () => {
    const first = collect(t.client.chat.subscribe({ room: "resume" }, { token }));
    await first.until((items) => items.length > 0);
    for (let i = 0; i < 5; i++) await t.client.chat.sendNote({ room: "resume", message: `before ${i}` }, { token });
    const seen = chatSeqs(await first.until((items) => chatSeqs(items).length === 5));
    first.cancel();
    const lastSeen = seen.at(-1)!;

    for (let i = 0; i < 100; i++) await t.client.chat.sendNote({ room: "resume", message: `missed ${i}` }, { token });

    const again = collect(t.client.chat.subscribe({ room: "resume", afterSeq: lastSeen }, { token }));
    const events = await again.until((items) => chatSeqs(items).length >= 100);
    expect(events[0]!.started).toMatchObject({ room: "resume", truncated: false, lastSeq: 105 });
    expect(chatSeqs(events)).toEqual(range(6, 105));
    expect(events.filter((e) => e.note?.kind === NoteKind.NOTE_KIND_CHAT).map((e) => e.note!.message)).toEqual(
      range(0, 99).map((i) => `missed ${i}`),
    );
    again.cancel();
  });

  test("messages sent while a backlog is replayed arrive after it with no gap or duplicate", async () => {
    for (let i = 0; i < 250; i++) await t.client.chat.sendNote({ room: "race", message: `old ${i}` }, { token });
    const senders = t.newClient();
    // Subscribe and send concurrently: the live messages race the backlog read.
    const stream = collect(t.client.chat.subscribe({ room: "race", afterSeq: 0 }, { token }));
    const sending = Promise.all(
      range(1, 150).map((i) => senders.chat.sendNote({ room: "race", message: `new ${i}` }, { token })),
    );
    await sending;
    const events = await stream.until((items) => chatSeqs(items).length >= 400, 10_000);
    expect(chatSeqs(events)).toEqual(range(1, 400));
    stream.cancel();
  });

  test("a seq older than what is retained is flagged truncated and starts from the oldest retained", async () => {
    // HISTORY_RETAIN is 300: at seq 512 pruning keeps 213..512.
    for (let i = 0; i < 512; i++) await t.client.chat.sendNote({ room: "pruned", message: `m${i}` }, { token });
    const stream = collect(t.client.chat.subscribe({ room: "pruned", afterSeq: 3 }, { token }));
    const events = await stream.until((items) => chatSeqs(items).length >= 300);
    expect(events[0]!.started).toMatchObject({ truncated: true, firstSeq: 213, lastSeq: 512 });
    expect(chatSeqs(events)).toEqual(range(213, 512));
    stream.cancel();
  });

  test("a seq from another history (ahead of this room) is flagged truncated", async () => {
    const stream = collect(t.client.chat.subscribe({ room: "resume", afterSeq: 9_999 }, { token }));
    const [started] = await stream.until((items) => items.length > 0);
    expect(started!.started).toMatchObject({ truncated: true });
    stream.cancel();
  });

  test("tail limits the backlog of a fresh subscription", async () => {
    const stream = collect(t.client.chat.subscribe({ room: "resume", tail: 3 }, { token }));
    const events = await stream.until((items) => chatSeqs(items).length >= 3);
    expect(chatSeqs(events)).toEqual([103, 104, 105]);
    stream.cancel();
  });
});
