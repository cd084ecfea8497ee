/**
 * The web tier's send path over SendStream (packages/client/src/chat-link/send-stream-link.ts), against the
 * real chat server: sends go over the stream, fall back to unary SendNote when it is down or full, and a
 * stream that breaks with sends unanswered loses and doubles none of them.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { Server, ServerCredentials } from "@grpc/grpc-js";
import { type CallOptions, GrpcStatus, PresenceState, type ServiceError, TertuliaClient } from "@tertulia/protocol";
import { silentLogger } from "@tertulia/runtime";
import { eventually } from "@tertulia/testing/streams";
import { startTestServer, type TestServer } from "@tertulia/testing/test-server";
import { SendStreamLink } from "./send-stream-link.ts";

let t: TestServer;
let mimi: string;
let pepe: string;

beforeAll(async () => {
  t = await startTestServer();
  [mimi, pepe] = await Promise.all([t.login("mimi"), t.login("pepe")]);
});
afterAll(() => t.stop());

type Chat = TertuliaClient["chat"];
type Stream = ReturnType<Chat["sendStream"]>;

/** The real client's calls, counting the unary SendNotes and keeping the streams opened. */
function watched(client: TertuliaClient, openStream: () => Stream = () => client.chat.sendStream()) {
  const seen = { unary: 0, streams: [] as Stream[] };
  const chat = {
    sendNote: (note: Parameters<Chat["sendNote"]>[0], options?: CallOptions) => {
      seen.unary++;
      return client.chat.sendNote(note, options);
    },
    updatePresence: (update: Parameters<Chat["updatePresence"]>[0], options?: CallOptions) => {
      seen.unary++;
      return client.chat.updatePresence(update, options);
    },
    sendStream: () => {
      const stream = openStream();
      seen.streams.push(stream);
      return stream;
    },
  };
  return { seen, client: { chat } };
}

/** A stream whose answers never reach the link, as when the network loses them. */
function deaf(client: TertuliaClient): Stream {
  const stream = client.chat.sendStream();
  // Only the link's own 'data' listener is dropped; grpc-js's status and errors still reach it.
  const on = stream.on.bind(stream) as (event: string, listener: (...args: never[]) => void) => Stream;
  stream.on = ((event: string, listener: (...args: never[]) => void) =>
    event === "data" ? stream : on(event, listener)) as Stream["on"];
  return stream;
}

const history = async (room: string) =>
  (await t.client.chat.getHistory({ room, limit: 100 }, { token: mimi })).notes.map((n) => [n.name, n.message]);
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: ServiceError) => error,
  );

describe("SendStreamLink", () => {
  test("sends go over one stream, each stored as its own token's author; refusals come back as SendNote's", async () => {
    const { seen, client } = watched(t.client);
    const link = new SendStreamLink({ client, log: silentLogger });
    await Promise.all([
      link.sendNote({ room: "link-a", message: "one", clientMessageId: "a-1" }, { token: mimi }),
      link.sendNote({ room: "link-a", message: "two", clientMessageId: "a-2" }, { token: pepe }),
    ]);
    await link.sendNote({ room: "link-a", message: "three", clientMessageId: "a-3" }, { token: mimi });
    const refused = await rejection(link.sendNote({ room: "link-a", message: "nope" }, { token: "not-a-token" }));
    expect(refused?.code).toBe(GrpcStatus.UNAUTHENTICATED);
    expect(refused?.details).toBeTruthy();
    expect(seen).toMatchObject({ unary: 0 });
    expect(seen.streams).toHaveLength(1);
    const stored = await history("link-a");
    // "one" and "two" went together from two people: the server stores them in whichever order their token
    // checks finish (under load pepe's first, now and then). "three" was sent after both were answered.
    expect(stored).toHaveLength(3);
    expect(stored.slice(0, 2)).toEqual(
      expect.arrayContaining([
        ["mimi", "one"],
        ["pepe", "two"],
      ]),
    );
    expect(stored[2]).toEqual(["mimi", "three"]);
    link.close();
  });

  test("presence leases go over the same stream, each held as its own token's user", async () => {
    const { seen, client } = watched(t.client);
    const link = new SendStreamLink({ client, log: silentLogger });
    const lease = (holderId: string) => ({
      room: "link-p",
      state: PresenceState.PRESENCE_STATE_JOINED,
      holderId,
      ttlSeconds: 60,
    });
    await Promise.all([
      link.updatePresence(lease("pod.1"), { token: pepe }),
      link.updatePresence(lease("pod.2"), { token: mimi }),
    ]);
    const refused = await rejection(link.updatePresence(lease("pod.3"), { token: "not-a-token" }));
    expect(refused?.code).toBe(GrpcStatus.UNAUTHENTICATED);
    expect(seen.unary).toBe(0);
    expect(seen.streams).toHaveLength(1);
    expect(await t.server.presence.present("link-p")).toEqual(["mimi", "pepe"]);
    // A leave is unary (on logout it must not fall behind RevokeTokens; rooms.test.ts "logout closes...").
    await link.updatePresence({ ...lease("pod.1"), state: PresenceState.PRESENCE_STATE_LEFT }, { token: pepe });
    expect(seen.unary).toBe(1);
    expect(await t.server.presence.present("link-p")).toEqual(["mimi"]);
    link.close();
  });

  test("past maxInFlight unanswered sends on the stream, the next goes as a unary SendNote", async () => {
    const { seen, client } = watched(t.client, () => deaf(t.client));
    const link = new SendStreamLink({ client, log: silentLogger, maxInFlight: 2, timeoutMs: 60_000 });
    const held = [1, 2].map((i) =>
      link.sendNote({ room: "link-b", message: `held ${i}`, clientMessageId: `b-${i}` }, { token: mimi }),
    );
    expect(link.streaming).toBe(false);
    await link.sendNote({ room: "link-b", message: "unary", clientMessageId: "b-3" }, { token: mimi });
    expect(seen.unary).toBe(1);
    // The two held sends were stored; their answers are lost. Breaking the stream resends them unary.
    await eventually(async () => (await history("link-b")).length === 3);
    seen.streams[0]!.cancel();
    await Promise.all(held);
    expect(seen.unary).toBe(3);
    expect((await history("link-b")).map(([, m]) => m).sort()).toEqual(["held 1", "held 2", "unary"]);
  });

  test("a stream that breaks with sends unanswered: each is sent again unary with its clientId and stored once", async () => {
    const { seen, client } = watched(t.client, () => deaf(t.client));
    const link = new SendStreamLink({ client, log: silentLogger, reopenAfterMs: 60_000 });
    const sends = Array.from({ length: 20 }, (_, i) =>
      link.sendNote({ room: "link-c", message: `m${i}`, clientMessageId: `c-${i}` }, { token: i % 2 ? pepe : mimi }),
    );
    // Every message reached the server over the stream; none of the answers reached the link.
    await eventually(async () => (await history("link-c")).length === 20);
    seen.streams[0]!.cancel();
    await Promise.all(sends);
    expect(seen.unary).toBe(20);
    const stored = await history("link-c");
    expect(stored).toHaveLength(20);
    expect(new Set(stored.map(([, m]) => m)).size).toBe(20);
    // Until reopenAfterMs, sends stay unary.
    await link.sendNote({ room: "link-c", message: "after", clientMessageId: "c-after" }, { token: mimi });
    expect(seen.unary).toBe(21);
    expect(seen.streams).toHaveLength(1);
  });

  test("a server without SendStream (UNIMPLEMENTED): the send goes unary, and later ones too until retried", async () => {
    // A grpc-js server with no service at all answers every call UNIMPLEMENTED, as a server older than
    // SendStream answers it.
    const old = new Server();
    const port = await new Promise<number>((resolve, reject) =>
      old.bindAsync("127.0.0.1:0", ServerCredentials.createInsecure(), (e: Error | null, p: number) =>
        e ? reject(e) : resolve(p),
      ),
    );
    const oldClient = new TertuliaClient(`127.0.0.1:${port}`);
    let now = 0;
    try {
      const { seen, client } = watched(t.client, () => oldClient.chat.sendStream());
      const link = new SendStreamLink({ client, log: silentLogger, now: () => now });
      await link.sendNote({ room: "link-d", message: "first", clientMessageId: "d-1" }, { token: mimi });
      expect(seen.unary).toBe(1);
      await link.sendNote({ room: "link-d", message: "second", clientMessageId: "d-2" }, { token: mimi });
      expect(seen.unary).toBe(2);
      expect(seen.streams).toHaveLength(1);
      now = 60_001;
      await link.sendNote({ room: "link-d", message: "third", clientMessageId: "d-3" }, { token: mimi });
      expect(seen.streams).toHaveLength(2);
      expect(await history("link-d")).toEqual([
        ["mimi", "first"],
        ["mimi", "second"],
        ["mimi", "third"],
      ]);
    } finally {
      oldClient.close();
      old.forceShutdown();
    }
  });
});
