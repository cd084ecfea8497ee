/**
 * SendStream (proto/messaging.proto): many sends over one call, each authenticated by the token it carries.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { Server, ServerCredentials, status } from "@grpc/grpc-js";
import {
  chatMethods,
  GrpcStatus,
  PresenceState,
  RELAY_TOKEN,
  type SendStreamResult,
  serviceDefinition,
  TertuliaClient,
} from "@tertulia/protocol";
import { silentLogger } from "@tertulia/runtime";
import { DEFAULT_WINDOW_BYTES, openStalledGrpcCaller } from "@tertulia/testing/stalled-grpc-caller";
import { collect, eventually } from "@tertulia/testing/streams";
import { startTestServer, TEST_RELAY_SECRET, type TestServer } from "@tertulia/testing/test-server";
import { SignJWT } from "jose";
import type { ChatService } from "../src/chat/chat-service.ts";
import { SEND_STREAM_MAX_IN_FLIGHT, SendStreams } from "../src/transport/send-stream.ts";

let t: TestServer;
let mimi: string;
let pepe: string;

beforeAll(async () => {
  t = await startTestServer({ env: { MAX_MESSAGE_CHARS: "20" } });
  [mimi, pepe] = await Promise.all([t.login("mimi"), t.login("pepe")]);
});
afterAll(() => t.stop());

const history = async (room: string) =>
  (await t.client.chat.getHistory({ room, limit: 100 }, { token: mimi })).notes.map((n) => [n.name, n.message]);

/** Writes each request and waits for as many answers; answers come in the order sends finish. */
async function exchange(
  requests: Parameters<ReturnType<TertuliaClient["chat"]["sendStream"]>["write"]>[0][],
  token = mimi,
) {
  const stream = t.client.chat.sendStream({ token });
  const answers = collect<SendStreamResult>(stream);
  requests.forEach((request, i) => stream.write({ ...request, requestId: i + 1 }));
  await answers.until((items) => items.length === requests.length);
  stream.end();
  expect(await answers.ended).toBeNull();
  return [...answers.items].sort((a, b) => a.requestId - b.requestId).map((a) => [a.requestId, a.code, a.details]);
}

describe("per-message authentication", () => {
  test("each message is stored as the author of the token it carries, whatever the stream's metadata says", async () => {
    const answers = await exchange(
      [
        { token: mimi, note: { room: "stream-a", message: "from mimi", name: "pepe" } },
        { token: pepe, note: { room: "stream-a", message: "from pepe" } },
      ],
      mimi,
    );
    expect(answers).toEqual([
      [1, GrpcStatus.OK, ""],
      [2, GrpcStatus.OK, ""],
    ]);
    expect(await history("stream-a")).toEqual([
      ["mimi", "from mimi"],
      ["pepe", "from pepe"],
    ]);
  });

  test("a message without a token, with a forged one or with a service token is refused and not stored", async () => {
    const kid = JSON.parse(Buffer.from(pepe.split(".")[0]!, "base64url").toString()).kid;
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256", kid })
      .setSubject("pepe")
      .setIssuer("tertulia")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("attacker-secret-attacker-secret-!!"));
    const relay = await new SignJWT({})
      // The web tier's own service token (signed as it signs it): it may read rooms, never send.
      .setProtectedHeader({ alg: RELAY_TOKEN.algorithm, kid: RELAY_TOKEN.keyId })
      .setSubject("web")
      .setIssuer(RELAY_TOKEN.issuer)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(TEST_RELAY_SECRET));
    // The stream itself carries mimi's valid token: it lends nothing to the messages on it.
    const answers = await exchange(
      [
        { token: "", note: { room: "stream-b", message: "no token" } },
        { token: forged, note: { room: "stream-b", message: "forged" } },
        { token: relay, note: { room: "stream-b", message: "relay" } },
        { token: pepe.slice(0, -2), note: { room: "stream-b", message: "cut" } },
      ],
      mimi,
    );
    expect(answers.map(([id, code]) => [id, code])).toEqual([
      [1, GrpcStatus.UNAUTHENTICATED],
      [2, GrpcStatus.UNAUTHENTICATED],
      [3, GrpcStatus.PERMISSION_DENIED],
      [4, GrpcStatus.UNAUTHENTICATED],
    ]);
    expect(answers[0]![2]).toContain("each SendStream request carries its author's token");
    expect(answers[1]![2]).toMatch(/signature/);
    expect(await history("stream-b")).toEqual([]);
  });

  test("SendNote's rules answer per message, and a refusal does not end the stream", async () => {
    const answers = await exchange([
      { token: mimi, note: { room: "stream-c", message: "   " } },
      { token: mimi, note: { room: "Bad Room!", message: "hi" } },
      { token: mimi, note: { room: "stream-c", message: "x".repeat(21) } },
      { token: mimi, note: { room: "stream-c", message: "fine", clientMessageId: "c-1" } },
      { token: mimi, note: { room: "stream-c", message: "fine", clientMessageId: "c-1" } },
    ]);
    expect(answers.map(([id, code]) => [id, code])).toEqual([
      [1, GrpcStatus.INVALID_ARGUMENT],
      [2, GrpcStatus.INVALID_ARGUMENT],
      [3, GrpcStatus.INVALID_ARGUMENT],
      [4, GrpcStatus.OK],
      [5, GrpcStatus.OK],
    ]);
    // The retried clientId is stored once.
    expect(await history("stream-c")).toEqual([["mimi", "fine"]]);
  });
});

describe("presence over the stream", () => {
  test("a lease is held as the user of the token it carries; one with a bad token or a bad holder is refused", async () => {
    const lease = (token: string, holderId: string) => ({
      token,
      presence: { room: "stream-p", state: PresenceState.PRESENCE_STATE_JOINED, holderId, ttlSeconds: 60 },
    });
    const answers = await exchange(
      [lease(pepe, "pod.1"), lease("forged", "pod.2"), lease(mimi, "x".repeat(129))],
      mimi,
    );
    expect(answers.map(([id, code]) => [id, code])).toEqual([
      [1, GrpcStatus.OK],
      [2, GrpcStatus.UNAUTHENTICATED],
      [3, GrpcStatus.INVALID_ARGUMENT],
    ]);
    expect(await t.server.presence.present("stream-p")).toEqual(["pepe"]);
  });
});

describe("bounds and lifecycle", () => {
  test("past the in-flight bound a request is answered RESOURCE_EXHAUSTED at once; the others are served", async () => {
    // The chat service is a dependency of SendStreams: a send that waits for the test holds requests in flight.
    const held: (() => void)[] = [];
    const hold = () => new Promise<void>((resolve) => held.push(resolve));
    const chat: Pick<ChatService, "send" | "updatePresence"> = { send: hold, updatePresence: hold };
    const streams = new SendStreams({ chat, log: silentLogger, maxInFlight: 3 });
    const server = new Server();
    server.addService(serviceDefinition({ sendStream: chatMethods.sendStream }), {
      sendStream: (call: Parameters<SendStreams["serve"]>[0]) => streams.serve(call),
    });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
    );
    const client = new TertuliaClient(`127.0.0.1:${port}`);
    try {
      const stream = client.chat.sendStream();
      const answers = collect<SendStreamResult>(stream);
      for (let id = 1; id <= 5; id++) stream.write({ requestId: id, token: mimi, note: { room: "r", message: "m" } });
      const early = await answers.until((items) => items.length === 2);
      expect(early.map((a) => [a.requestId, a.code])).toEqual([
        [4, status.RESOURCE_EXHAUSTED],
        [5, status.RESOURCE_EXHAUSTED],
      ]);
      expect(early[0]!.details).toContain("more than 3 sends unanswered");
      expect(held).toHaveLength(3);
      // Answering one makes room for the next.
      held.shift()!();
      await answers.until((items) => items.length === 3);
      stream.write({ requestId: 6, token: mimi, note: { room: "r", message: "m" } });
      await eventually(() => held.length === 3);
      for (const release of held.splice(0)) release();
      const all = await answers.until((items) => items.length === 6);
      expect(
        all
          .filter((a) => a.code === status.OK)
          .map((a) => a.requestId)
          .sort(),
      ).toEqual([1, 2, 3, 6]);
      stream.end();
      expect(await answers.ended).toBeNull();
      expect(streams.size).toBe(0);
    } finally {
      client.close();
      server.forceShutdown();
    }
  });

  /** A SendStreams server whose chat counts the sends it serves. */
  async function countingServer(): Promise<{ port: number; served: () => number; stop: () => void }> {
    let served = 0;
    const chat: Pick<ChatService, "send" | "updatePresence"> = {
      send: async () => {
        served++;
      },
      updatePresence: async () => {},
    };
    const streams = new SendStreams({ chat, log: silentLogger });
    const server = new Server();
    server.addService(serviceDefinition({ sendStream: chatMethods.sendStream }), {
      sendStream: (call: Parameters<SendStreams["serve"]>[0]) => streams.serve(call),
    });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", ServerCredentials.createInsecure(), (e: Error | null, p: number) =>
        e ? reject(e) : resolve(p),
      ),
    );
    return { port, served: () => served, stop: () => server.forceShutdown() };
  }

  /** Waits until `count` stops changing for 300 ms. */
  async function settled(count: () => number): Promise<number> {
    let last = -1;
    while (count() !== last) {
      last = count();
      await Bun.sleep(300);
    }
    return last;
  }

  test("a caller that does not read its answers stops being read: the server holds a bounded queue of answers", async () => {
    const { port, served, stop } = await countingServer();
    // A caller whose HTTP/2 window takes no answer at all: every answer waits on the server.
    const caller = await openStalledGrpcCaller(port, chatMethods.sendStream.path);
    try {
      const request = (id: number) =>
        chatMethods.sendStream.request
          .encode({ requestId: id, token: "t", note: { room: "r", message: "m" } })
          .finish();
      const total = Math.floor(DEFAULT_WINDOW_BYTES / (request(99_999).length + 14));
      for (let id = 1; id <= total; id++) caller.send(request(id));
      // Every request fits in the server's window, so only the server's own choice stops it reading them.
      const taken = await settled(served);
      expect(caller.dataReceived).toBe(0);
      expect(total).toBeGreaterThan(2_000);
      // What waits is grpc-js's writable high-water mark (16 objects) plus the unanswered requests allowed;
      // without the pause it takes all of them (2,259) and queues every answer.
      expect(taken).toBeLessThanOrEqual(16 + SEND_STREAM_MAX_IN_FLIGHT);
    } finally {
      caller.close();
      stop();
    }
  });

  test("answers held back by a caller that paused are all delivered once it reads, and the stream ends OK", async () => {
    const { port, served, stop } = await countingServer();
    const client = new TertuliaClient(`127.0.0.1:${port}`);
    const total = 50_000;
    try {
      const stream = client.chat.sendStream();
      stream.pause();
      for (let id = 1; id <= total; id++)
        stream.write({ requestId: id, token: "t", note: { room: "r", message: "m" } });
      await settled(served);
      let answered = 0;
      stream.on("data", () => answered++);
      stream.resume();
      await eventually(() => answered === total, 60_000);
      expect(served()).toBe(total);
      const ended = new Promise((resolve) => stream.on("status", resolve));
      stream.end();
      expect(await ended).toMatchObject({ code: status.OK });
    } finally {
      client.close();
      stop();
    }
  });

  test("shutdown ends an open send stream once its sends are answered, without waiting for the shutdown timeout", async () => {
    const s = await startTestServer({ env: { SHUTDOWN_TIMEOUT: "100s" } });
    const token = await s.login("mimi");
    const stream = s.client.chat.sendStream();
    const answers = collect<SendStreamResult>(stream);
    stream.write({ requestId: 1, token, note: { room: "bye", message: "last one" } });
    await answers.until((items) => items.length === 1);
    const started = Date.now();
    await s.stop();
    // Without closing send streams, grpc-js's tryShutdown waits for this call until the 100 s timeout.
    expect(Date.now() - started).toBeLessThan(50_000);
    expect(await answers.ended).toBeNull();
    expect(answers.items.map((a) => [a.requestId, a.code])).toEqual([[1, GrpcStatus.OK]]);
  });
});
