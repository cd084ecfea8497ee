/**
 * A bus that lost messages (a Redis restart) says "resync": every open room stream re-reads the store from
 * the last seq it delivered, so a room that went quiet after the lost message is caught up, not stuck.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { NoteKind, type RoomEvent } from "@tertulia/protocol";
import { collect } from "@tertulia/testing/streams";
import { startTestServer, type TestServer } from "@tertulia/testing/test-server";

let t: TestServer;
let token: string;

beforeAll(async () => {
  t = await startTestServer();
  token = await t.login("mimi");
});
afterAll(() => t.stop());

const chatSeqs = (events: RoomEvent[]) =>
  events.filter((e) => e.note?.kind === NoteKind.NOTE_KIND_CHAT).map((e) => e.note!.seq!);

test("messages stored but never published reach subscribers on resync, once each, in order", async () => {
  const stream = collect(t.client.chat.subscribe({ room: "quiet" }, { token }));
  await stream.until((items) => items.length > 0);
  await t.client.chat.sendNote({ room: "quiet", message: "heard" }, { token });
  await stream.until((items) => chatSeqs(items).length === 1);
  // As if published while the bus was down: stored, never heard.
  for (let i = 0; i < 3; i++)
    await t.store.appendMessage({
      room: "quiet",
      author: "mimi",
      body: `lost ${i}`,
      kind: NoteKind.NOTE_KIND_CHAT,
      clientMessageId: "",
      sentAtMs: Date.now(),
    });
  t.bus.resync();
  await stream.until((items) => chatSeqs(items).length === 4);
  t.bus.resync();
  await t.client.chat.sendNote({ room: "quiet", message: "after" }, { token });
  expect(chatSeqs(await stream.until((items) => chatSeqs(items).length === 5))).toEqual([1, 2, 3, 4, 5]);
  stream.cancel();
});
