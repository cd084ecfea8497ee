import { afterAll, beforeAll, expect, test } from "bun:test";
import { chatMethods, GrpcStatus, NoteKind } from "@tertulia/protocol";
import { openStalledGrpcCaller } from "@tertulia/testing/stalled-grpc-caller";
import { collect, eventually } from "@tertulia/testing/streams";
import { startTestServer, type TestServer } from "@tertulia/testing/test-server";

let t: TestServer;
let token: string;

beforeAll(async () => {
  t = await startTestServer({ env: { STREAM_QUEUE_LIMIT: "50" } });
  token = await t.login("mimi");
});
afterAll(() => t.stop());

function heapMb(): number {
  Bun.gc(true);
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

test("1,000 streams opened then cancelled: none stays registered, login stays prompt, memory returns near baseline", async () => {
  // Warm up code paths so the baseline includes them.
  const warm = collect(t.client.chat.subscribe({ room: "leak" }, { token }));
  await warm.until((items) => items.length > 0);
  warm.cancel();
  await eventually(() => t.server.openStreams() === 0, 5_000, "warm-up stream to close");
  const baseline = heapMb();
  const listenersBefore = t.bus.listenerCount;

  const streams = Array.from({ length: 1_000 }, (_, i) =>
    collect(t.client.chat.subscribe({ room: `leak-${i % 10}` }, { token })),
  );
  await Promise.all(streams.map((s) => s.until((items) => items.length > 0, 20_000)));
  expect(t.server.openStreams()).toBe(1_000);
  streams.forEach((s) => s.cancel());
  await eventually(() => t.server.openStreams() === 0, 10_000, "every stream to be released");

  expect(t.bus.listenerCount).toBe(listenersBefore);
  expect(await t.server.presence.present("leak-0")).toEqual([]);
  const started = performance.now();
  const login = await t.client.auth.authenticateUser({ username: "pepe", password: "pass" });
  expect(login.token).not.toBe("");
  // Generous bound: argon2id alone takes tens of ms; the original wedged forever here.
  expect(performance.now() - started).toBeLessThan(2_000);
  const growth = heapMb() - baseline;
  expect(growth).toBeLessThan(20);
}, 60_000);

test("a subscriber that falls behind is released at once and ends with RESOURCE_EXHAUSTED naming its seq", async () => {
  const reader = collect(t.client.chat.subscribe({ room: "slow" }, { token }));
  await reader.until((items) => items.length > 0);
  const slowStream = t.newClient().chat.subscribe({ room: "slow" }, { token });
  const slow = collect(slowStream);
  await slow.until((items) => items.length > 0);
  slowStream.pause(); // stop reading: HTTP/2 flow control fills, then the server-side queue
  const big = "x".repeat(3_900);
  for (let i = 0; i < 400; i++) await t.client.chat.sendNote({ room: "slow", message: `${i} ${big}` }, { token });
  // The server lets go of the slow stream without waiting for its client: only the reader remains.
  await eventually(() => t.server.openStreams() === 1, 5_000, "the slow stream to be released");
  await reader.until((items) => items.filter((e) => e.note?.kind === NoteKind.NOTE_KIND_CHAT).length === 400, 20_000);

  slowStream.resume(); // what was already sent arrives, then the status
  const error = await slow.ended;
  expect(error?.code).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
  const resumeFrom = Number(/resubscribe from seq (\d+)/.exec(error?.details ?? "")?.[1]);
  const received = slow.items.filter((e) => e.note?.kind === NoteKind.NOTE_KIND_CHAT).map((e) => e.note!.seq);
  expect(received.length).toBeLessThan(400);
  expect(received.at(-1)).toBe(resumeFrom);
  reader.cancel();
  await eventually(() => t.server.openStreams() === 0, 5_000, "streams to close");
}, 60_000);

test("a subscriber whose HTTP/2 window takes nothing is released once its queue limit is passed", async () => {
  // The test above pauses a grpc-js client, which under Bun goes on reading at the HTTP/2 level until its
  // own buffer is full; this caller reads nothing at all, so only the server's limit can let it go.
  const before = t.server.openStreams();
  const port = Number(t.address.split(":").at(-1));
  const caller = await openStalledGrpcCaller(port, chatMethods.subscribe.path, { authorization: `Bearer ${token}` });
  try {
    caller.send(chatMethods.subscribe.request.encode({ room: "stalled" }).finish(), { last: true });
    await eventually(() => t.server.openStreams() === before + 1, 5_000, "the stalled stream to open");
    for (let i = 0; i < 100; i++) await t.client.chat.sendNote({ room: "stalled", message: `note ${i}` }, { token });
    // STREAM_QUEUE_LIMIT is 50 here: 100 notes pass it, however many grpc-js holds before the queue.
    await eventually(() => t.server.openStreams() === before, 5_000, "the stalled stream to be released");
    expect(caller.dataReceived).toBe(0);
  } finally {
    caller.close();
  }
}, 60_000);
