/**
 * RoomsService with a fake socket and an in-memory chat server behind the real RoomRelay: resume, epoch
 * reset, join time-out and send retry, each observed in the frames a page receives.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { GrpcStatus, type ParsedRoomFrame, PresenceState } from "@tertulia/protocol";
import { silentLogger } from "@tertulia/runtime";
import { RoomRelay } from "../relay/room-relay.ts";
import { roomTopic } from "../relay/room-topic.ts";
import { RoomsService } from "./service.ts";
import { FakeChatServer, FakeConnection, FakeTopics, grpcError } from "./testing/fake-chat.ts";

interface Setup {
  readonly chat: FakeChatServer;
  readonly relay: RoomRelay;
  readonly rooms: RoomsService;
  connect(username: string): FakeConnection;
  handle(connection: FakeConnection, frame: ParsedRoomFrame): Promise<void>;
}

let stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

function setup(
  options: { ringSize?: number; joinTimeoutMs?: number; maxMessageChars?: number; leaseRenewMs?: number } = {},
): Setup {
  const chat = new FakeChatServer();
  const topics = new FakeTopics();
  const relay = new RoomRelay({
    client: chat,
    serviceToken: { get: async () => "relay-token" },
    log: silentLogger,
    publish: (room, frame) => topics.publish(roomTopic(room), frame),
    ringSize: options.ringSize,
    backoff: { minMs: 1, maxMs: 5 },
    onMemberRemoved: (room, user) => rooms.memberRemoved(room, user),
  });
  const rooms = new RoomsService({
    relay,
    client: chat,
    log: silentLogger,
    maxMessageChars: () => options.maxMessageChars ?? 4_000,
    instanceId: "test",
    joinTimeoutMs: options.joinTimeoutMs,
    leaseRenewMs: options.leaseRenewMs,
  });
  stops.push(
    () => rooms.stop(),
    () => relay.close(),
  );
  return {
    chat,
    relay,
    rooms,
    connect: (username) => {
      const connection = new FakeConnection(topics, username);
      rooms.connect(connection);
      return connection;
    },
    handle: (connection, frame) => rooms.handle(connection, frame),
  };
}

const join = (room: string, afterSeq = 0, epoch = ""): ParsedRoomFrame => ({ type: "join", room, afterSeq, epoch });
const send = (room: string, text: string, clientId: string): ParsedRoomFrame => ({
  type: "send",
  room,
  text,
  clientId,
});

describe("hello", () => {
  test("tells the page the server's limits", async () => {
    const s = setup({ maxMessageChars: 1_234 });
    const ana = s.connect("ana");
    expect(await ana.next("hello")).toEqual({
      type: "hello",
      user: "ana",
      limits: { maxMessageChars: 1_234, maxClientIdLength: 64, typingIntervalMs: 2_000 },
    });
  });
});

describe("resume", () => {
  test("a page holding seq 2 of this epoch gets exactly what it missed, from the ring", async () => {
    const s = setup();
    for (const text of ["one", "two", "three", "four"]) s.chat.store("books", "bea", text);
    const ana = s.connect("ana");
    await s.handle(ana, join("books", 2, "epoch-1"));
    const joined = await ana.next("joined");
    expect(joined.reset).toBe(false);
    expect(joined.messages.map((m) => m.text)).toEqual(["three", "four"]);
    expect(s.chat.historyCalls).toEqual([]);
  });

  test("a resume from further back than the ring is filled from GetHistory, without a gap", async () => {
    const s = setup({ ringSize: 2 });
    for (let i = 1; i <= 6; i++) s.chat.store("books", "bea", `m${i}`);
    const ana = s.connect("ana");
    await s.handle(ana, join("books", 1, "epoch-1"));
    const joined = await ana.next("joined");
    expect(joined.reset).toBe(false);
    expect(joined.messages.map((m) => m.seq)).toEqual([2, 3, 4, 5, 6]);
    expect(s.chat.historyCalls.length).toBeGreaterThan(0);
  });

  test("after joining, live messages reach the page through the room's topic", async () => {
    const s = setup();
    const ana = s.connect("ana");
    await s.handle(ana, join("books"));
    await ana.next("joined");
    s.chat.store("books", "bea", "hello");
    expect((await ana.next("message")).text).toBe("hello");
  });
});

describe("epoch reset", () => {
  test("a page holding another epoch's history is told to start over from the newest page", async () => {
    const s = setup();
    s.chat.store("books", "bea", "old");
    s.chat.loseHistory("epoch-2");
    s.chat.store("books", "bea", "new");
    const ana = s.connect("ana");
    await s.handle(ana, join("books", 5, "epoch-1"));
    const joined = await ana.next("joined");
    expect(joined).toMatchObject({ epoch: "epoch-2", reset: true });
    expect(joined.messages.map((m) => m.text)).toEqual(["new"]);
  });
});

describe("join time-out", () => {
  test("a server that never answers: the page is told to retry and the room's place is given back", async () => {
    const s = setup({ joinTimeoutMs: 50 });
    s.chat.silent = true;
    const ana = s.connect("ana");
    await s.handle(ana, join("books"));
    expect(await ana.next("error")).toMatchObject({ code: "unavailable", room: "books" });
    expect(ana.frames.some((f) => f.type === "joined")).toBe(false);
    expect(ana.topics.size).toBe(0);
    expect(s.relay.openRooms).toBe(0);
  });
});

describe("send retry", () => {
  test("UNAVAILABLE twice, then stored: one message, no error, the same clientId on every attempt", async () => {
    const s = setup();
    const ana = s.connect("ana");
    await s.handle(ana, join("books"));
    await ana.next("joined");
    s.chat.failSends = [grpcError(GrpcStatus.UNAVAILABLE, "no connection"), grpcError(GrpcStatus.UNAVAILABLE, "again")];
    await s.handle(ana, send("books", " hi ", "c-1"));
    expect(s.chat.sendCalls.map((n) => n.clientMessageId)).toEqual(["c-1", "c-1", "c-1"]);
    expect(s.chat.notesByRoom.get("books")!.map((n) => n.message)).toEqual(["hi"]);
    expect((await ana.next("message", (m) => m.clientId === "c-1")).text).toBe("hi");
    expect(ana.frames.some((f) => f.type === "error")).toBe(false);
  });

  test("still UNAVAILABLE after three attempts: the page gets an error naming its clientId", async () => {
    const s = setup();
    const ana = s.connect("ana");
    await s.handle(ana, join("books"));
    s.chat.failSends = [1, 2, 3].map(() => grpcError(GrpcStatus.UNAVAILABLE, "down"));
    await s.handle(ana, send("books", "hi", "c-2"));
    expect(s.chat.sendCalls).toHaveLength(3);
    expect(await ana.next("error")).toMatchObject({ code: "unavailable", room: "books", clientId: "c-2" });
  });

  test("a refusal is not retried: INVALID_ARGUMENT is sent once and its details shown", async () => {
    const s = setup();
    const ana = s.connect("ana");
    await s.handle(ana, join("books"));
    s.chat.failSends = [grpcError(GrpcStatus.INVALID_ARGUMENT, "message is too long")];
    await s.handle(ana, send("books", "hi", "c-3"));
    expect(s.chat.sendCalls).toHaveLength(1);
    expect(await ana.next("error")).toMatchObject({ code: "invalid", message: "message is too long", clientId: "c-3" });
  });

  test("a message over the server's limit is refused before any call", async () => {
    const s = setup({ maxMessageChars: 3 });
    const ana = s.connect("ana");
    await s.handle(ana, join("books"));
    await s.handle(ana, send("books", "four", "c-4"));
    expect(s.chat.sendCalls).toHaveLength(0);
    expect(await ana.next("error")).toMatchObject({ code: "invalid", message: "Messages are at most 3 characters" });
  });
});

describe("private rooms through the shared stream", () => {
  test("a non-member's join is refused before anything of a room the relay already holds", async () => {
    const s = setup();
    s.chat.privateRooms.set("vault", new Set(["ana"]));
    const ana = s.connect("ana");
    await s.handle(ana, join("vault"));
    await ana.next("joined");
    s.chat.store("vault", "ana", "the combination");
    await ana.next("message");
    const bob = s.connect("bob");
    await s.handle(bob, join("vault"));
    await s.handle(bob, join("vault", 1, "epoch-1"));
    expect(bob.frames.filter((f) => f.type !== "hello" && f.type !== "rooms")).toEqual([
      expect.objectContaining({ type: "error", code: "forbidden", room: "vault" }),
      expect.objectContaining({ type: "error", code: "forbidden", room: "vault" }),
    ]);
    expect(bob.topics.size).toBe(0);
    expect(s.relay.get("vault")?.members).toBe(1);
  });

  test("an edit seen on the stream reaches members and the ring, so later joins show the new text", async () => {
    const s = setup();
    const ana = s.connect("ana");
    await s.handle(ana, join("books"));
    s.chat.store("books", "ana", "helo");
    await ana.next("message");
    await s.handle(ana, { type: "edit", room: "books", seq: 1, text: "hello" });
    expect(await ana.next("message-changed")).toMatchObject({ seq: 1, change: "edited", text: "hello" });
    const bea = s.connect("bea");
    await s.handle(bea, join("books"));
    expect((await bea.next("joined")).messages).toEqual([expect.objectContaining({ text: "hello" })]);
  });

  test("a removal the stream missed is found by the next lease renewal: removed, then nothing more", async () => {
    const s = setup();
    s.chat.privateRooms.set("vault", new Set(["ana", "bea"]));
    const bea = s.connect("bea");
    await s.handle(bea, join("vault"));
    await bea.next("joined");
    // Taken out of the room with no event on the stream (a lost bus delivery).
    s.chat.privateRooms.get("vault")!.delete("bea");
    // Each socket's lease is renewed once every 20 s.
    expect(await bea.next("member")).toEqual({ type: "member", room: "vault", user: "bea", event: "removed", by: "" });
    expect(bea.topics.size).toBe(0);
    s.chat.store("vault", "ana", "after");
    await Bun.sleep(10);
    expect(bea.frames.some((f) => f.type === "message")).toBe(false);
  }, 30_000);
});

describe("presence leases", () => {
  const { PRESENCE_STATE_JOINED: JOINED, PRESENCE_STATE_LEFT: LEFT } = PresenceState;

  test("a session's sockets in one room share one lease: renewed once, left only when the last socket leaves", async () => {
    const s = setup({ leaseRenewMs: 200 });
    // Two tabs of one session (one token), a third socket of another user.
    const tab1 = s.connect("ana");
    const tab2 = s.connect("ana");
    const bea = s.connect("bea");
    for (const socket of [tab1, tab2, bea]) {
      await s.handle(socket, join("books"));
      await socket.next("joined");
    }
    const joins = s.chat.presenceCalls.splice(0);
    // Each join still asks the server (that call is its membership check), under the session's one holder.
    expect(joins.map((call) => [call.token, call.state])).toEqual([
      ["ana", JOINED],
      ["ana", JOINED],
      ["bea", JOINED],
    ]);
    const anaHolder = joins[0]!.holderId;
    expect(joins[1]!.holderId).toBe(anaHolder);
    expect(joins[2]!.holderId).not.toBe(anaHolder);

    // Five renewal periods: a lease is renewed once a period, so the two tabs' one lease as often as bea's.
    await Bun.sleep(1_000);
    const renewals = s.chat.presenceCalls.splice(0);
    const anaRenewals = renewals.filter((call) => call.token === "ana");
    const beaRenewals = renewals.filter((call) => call.token === "bea");
    expect(beaRenewals.length).toBeGreaterThanOrEqual(3);
    expect(anaRenewals.length).toBeLessThanOrEqual(beaRenewals.length + 1);
    expect(new Set(anaRenewals.map((call) => `${call.holderId} ${call.state}`))).toEqual(
      new Set([`${anaHolder} ${JOINED}`]),
    );

    // The first tab leaving leaves the user present; the last one takes the lease back.
    s.rooms.stop();
    await s.handle(tab1, { type: "leave", room: "books" });
    expect(s.chat.presenceCalls).toEqual([]);
    await s.handle(tab2, { type: "leave", room: "books" });
    expect(s.chat.presenceCalls).toEqual([{ room: "books", state: LEFT, holderId: anaHolder, token: "ana" }]);
  });

  test("a refused renewal reaches every socket of the lease", async () => {
    const s = setup({ leaseRenewMs: 200 });
    s.chat.privateRooms.set("vault", new Set(["ana", "bea"]));
    const tab1 = s.connect("bea");
    const tab2 = s.connect("bea");
    for (const socket of [tab1, tab2]) {
      await s.handle(socket, join("vault"));
      await socket.next("joined");
    }
    s.chat.privateRooms.get("vault")!.delete("bea");
    for (const socket of [tab1, tab2]) {
      expect(await socket.next("member")).toMatchObject({ room: "vault", user: "bea", event: "removed" });
      expect(socket.topics.size).toBe(0);
    }
  });

  test("a socket closed while its session's other socket stays keeps the user present", async () => {
    const s = setup();
    const tab1 = s.connect("ana");
    const tab2 = s.connect("ana");
    for (const socket of [tab1, tab2]) {
      await s.handle(socket, join("books"));
      await socket.next("joined");
    }
    s.chat.presenceCalls.splice(0);
    s.rooms.disconnect(tab1);
    expect(s.chat.presenceCalls).toEqual([]);
    s.rooms.disconnect(tab2);
    expect(s.chat.presenceCalls.map((call) => call.state)).toEqual([LEFT]);
  });
});

describe("a removal while a join is in flight", () => {
  test("the join that passed its check before the removal stops: member removed, no joined, no topic", async () => {
    const s = setup();
    s.chat.privateRooms.set("vault", new Set(["ana", "bea"]));
    const ana = s.connect("ana");
    await s.handle(ana, join("vault"));
    await ana.next("joined");
    let answer!: () => void;
    s.chat.holdPresence = new Promise((resolve) => (answer = resolve));
    const bea = s.connect("bea");
    const joining = s.handle(bea, join("vault"));
    await Bun.sleep(5);
    s.chat.removeMember("vault", "bea", "ana");
    await ana.next("member");
    answer();
    await joining;
    expect(bea.frames.filter((f) => f.type !== "hello" && f.type !== "rooms")).toEqual([
      { type: "member", room: "vault", user: "bea", event: "removed", by: "" },
    ]);
    expect(bea.topics.size).toBe(0);
  });

  test("a removal after the check but before the room's stream listens is caught by a second check", async () => {
    const s = setup();
    s.chat.privateRooms.set("vault", new Set(["ana", "bea"]));
    // The room is cold on this pod: bea's join opens its stream, and the server is slow to start it.
    s.chat.holdStreams = true;
    const bea = s.connect("bea");
    const joining = s.handle(bea, join("vault"));
    while (s.chat.presenceCalls.length === 0) await Bun.sleep(1);
    await Bun.sleep(5);
    // Her check has passed. The removal is on no stream: the only one is not listening yet.
    s.chat.removeMember("vault", "bea", "ana");
    s.chat.startHeldStreams();
    await joining;
    expect(bea.frames.filter((f) => f.type !== "hello" && f.type !== "rooms")).toEqual([
      expect.objectContaining({ type: "error", code: "forbidden", room: "vault" }),
    ]);
    expect(bea.topics.size).toBe(0);
    expect(s.chat.presenceCalls.map((c) => c.state)).toEqual([0, 0, 1]);
  });
});

describe("the join's membership check", () => {
  test("is asked again while the server is unreachable, and the join completes once it answers", async () => {
    const s = setup();
    s.chat.failPresence = [
      grpcError(GrpcStatus.UNAVAILABLE, "no connection"),
      grpcError(GrpcStatus.UNAVAILABLE, "again"),
    ];
    const ana = s.connect("ana");
    await s.handle(ana, join("books"));
    expect(await ana.next("joined")).toMatchObject({ room: "books" });
    expect(s.chat.failPresence).toEqual([]);
    expect(ana.frames.some((f) => f.type === "error")).toBe(false);
  });

  test("a server that stays away: the page is told to retry, and nothing of the room was sent", async () => {
    const s = setup({ joinTimeoutMs: 300 });
    s.chat.failPresence = Array.from({ length: 20 }, () => grpcError(GrpcStatus.UNAVAILABLE, "down"));
    const ana = s.connect("ana");
    await s.handle(ana, join("books"));
    expect(await ana.next("error")).toMatchObject({ code: "unavailable", room: "books" });
    expect(ana.frames.some((f) => f.type === "joined")).toBe(false);
    expect(ana.topics.size).toBe(0);
    expect(s.relay.openRooms).toBe(0);
  });
});
