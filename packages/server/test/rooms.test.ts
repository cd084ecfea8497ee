import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import {
  GrpcStatus,
  MAX_CLIENT_ID_LENGTH,
  NoteKind,
  PresenceState,
  RELAY_TOKEN,
  type RoomEvent,
  type ServiceError,
} from "@tertulia/protocol";
import { collect } from "@tertulia/testing/streams";
import { startTestServer, type TestServer } from "@tertulia/testing/test-server";

let t: TestServer;
let mimi: string;
let pepe: string;

beforeAll(async () => {
  t = await startTestServer({ env: { MAX_MESSAGE_CHARS: "20" } });
  [mimi, pepe] = await Promise.all([t.login("mimi"), t.login("pepe")]);
});
afterAll(() => t.stop());

const chatOf = (events: RoomEvent[]) =>
  events.filter((e) => e.note && e.note.kind === NoteKind.NOTE_KIND_CHAT).map((e) => e.note!);
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: ServiceError) => error,
  );

describe("fan-out", () => {
  test("two subscribers in one room get the same messages in the same order; another room gets none", async () => {
    const a = collect(t.client.chat.subscribe({ room: "fanout" }, { token: mimi }));
    const b = collect(t.newClient().chat.subscribe({ room: "fanout" }, { token: pepe }));
    const other = collect(t.client.chat.subscribe({ room: "elsewhere" }, { token: pepe }));
    await Promise.all([a, b, other].map((s) => s.until((items) => items.length > 0)));
    const sends = Array.from({ length: 40 }, (_, i) =>
      t.client.chat.sendNote({ room: "fanout", message: `n${i}` }, { token: i % 2 ? mimi : pepe }),
    );
    await Promise.all(sends);
    const [ea, eb] = await Promise.all([a, b].map((s) => s.until((items) => chatOf(items).length === 40)));
    const seqs = chatOf(ea!).map((n) => n.seq);
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(chatOf(eb!).map((n) => [n.seq, n.name, n.message])).toEqual(
      chatOf(ea!).map((n) => [n.seq, n.name, n.message]),
    );
    expect(chatOf(other.items)).toHaveLength(0);
    [a, b, other].forEach((s) => s.cancel());
  });

  test("each message carries room, author from the token, server time and its seq", async () => {
    const before = Date.now();
    const s = collect(t.client.chat.subscribe({ room: "stamps" }, { token: mimi }));
    await s.until((items) => items.length > 0);
    await t.client.chat.sendNote(
      { room: "stamps", name: "admin", message: "  hi  ", clientMessageId: "c-1" },
      { token: mimi },
    );
    const [note] = chatOf(await s.until((items) => chatOf(items).length === 1));
    expect(note).toMatchObject({ room: "stamps", name: "mimi", message: "hi", seq: 1, clientMessageId: "c-1" });
    expect(note!.sentAtMs).toBeGreaterThanOrEqual(before);
    expect(note!.sentAtMs).toBeLessThanOrEqual(Date.now());
    s.cancel();
  });
});

describe("input rules", () => {
  test("room names outside 1-64 of [a-z0-9_-] are INVALID_ARGUMENT naming the rule", async () => {
    for (const room of ["Caps", "with space", "x".repeat(65), "ñ", "../etc"]) {
      const error = await rejection(t.client.chat.sendNote({ room, message: "hi" }, { token: mimi }));
      expect(error?.code, room).toBe(GrpcStatus.INVALID_ARGUMENT);
      expect(error?.details).toMatch(/room names are 1-64 characters/);
    }
    const streamError = await collect(t.client.chat.subscribe({ room: "Bad Room" }, { token: mimi })).ended;
    expect(streamError?.code).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(await t.client.chat.sendNote({ room: "a".repeat(64), message: "ok" }, { token: mimi })).toBeDefined();
  });

  test("empty, blank and oversized messages are refused naming the limit; nothing is stored", async () => {
    for (const message of ["", "   \n\t "]) {
      const error = await rejection(t.client.chat.sendNote({ room: "limits", message }, { token: mimi }));
      expect(error?.code).toBe(GrpcStatus.INVALID_ARGUMENT);
      expect(error?.details).toBe("message is empty");
    }
    const long = await rejection(t.client.chat.sendNote({ room: "limits", message: "x".repeat(21) }, { token: mimi }));
    expect(long?.details).toBe("message is longer than 20 characters");
    // 20 emoji are 40 UTF-16 units but 20 characters: accepted.
    await t.client.chat.sendNote({ room: "limits", message: "😀".repeat(20) }, { token: mimi });
    const page = await t.client.chat.getHistory({ room: "limits" }, { token: mimi });
    expect(page.notes.map((n) => n.message)).toEqual(["😀".repeat(20)]);
  });

  test("a client_message_id is held to the page's clientId rule (MAX_CLIENT_ID_LENGTH), naming it", async () => {
    const longest = "c".repeat(MAX_CLIENT_ID_LENGTH);
    await t.client.chat.sendNote({ room: "ids", message: "fits", clientMessageId: longest }, { token: mimi });
    const error = await rejection(
      t.client.chat.sendNote({ room: "ids", message: "too long", clientMessageId: `${longest}c` }, { token: mimi }),
    );
    expect(error?.code).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(error?.details).toBe(`client_message_id is longer than ${MAX_CLIENT_ID_LENGTH} characters`);
  });

  test("a service token may read but not send", async () => {
    const { SignJWT } = await import("jose");
    const { TEST_RELAY_SECRET } = await import("@tertulia/testing/test-server");
    const relay = await new SignJWT({})
      // Signed as the web tier signs it, from the settings both tiers share.
      .setProtectedHeader({ alg: RELAY_TOKEN.algorithm, kid: RELAY_TOKEN.keyId })
      .setSubject("web")
      .setIssuer(RELAY_TOKEN.issuer)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(TEST_RELAY_SECRET));
    expect((await t.client.chat.getHistory({ room: "general" }, { token: relay })).room).toBe("general");
    const error = await rejection(t.client.chat.sendNote({ message: "hi" }, { token: relay }));
    expect(error?.code).toBe(GrpcStatus.PERMISSION_DENIED);
  });
});

describe("idempotent retries", () => {
  test("a SendNote retried with the same client message id is stored and delivered once", async () => {
    const s = collect(t.client.chat.subscribe({ room: "retry" }, { token: pepe }));
    await s.until((items) => items.length > 0);
    await Promise.all(
      [1, 2, 3].map(() =>
        t.client.chat.sendNote({ room: "retry", message: "once", clientMessageId: "abc" }, { token: mimi }),
      ),
    );
    // The same id from another author is another message.
    await t.client.chat.sendNote({ room: "retry", message: "mine", clientMessageId: "abc" }, { token: pepe });
    await s.until((items) => chatOf(items).length === 2);
    const page = await t.client.chat.getHistory({ room: "retry" }, { token: mimi });
    expect(page.notes.map((n) => [n.seq, n.name, n.message])).toEqual([
      [1, "mimi", "once"],
      [2, "pepe", "mine"],
    ]);
    expect(chatOf(s.items)).toHaveLength(2);
    s.cancel();
  });
});

describe("history paging", () => {
  test("pages go backwards from before_seq, oldest first within a page, with has_more", async () => {
    for (let i = 1; i <= 25; i++) await t.client.chat.sendNote({ room: "paging", message: `p${i}` }, { token: mimi });
    const latest = await t.client.chat.getHistory({ room: "paging", limit: 10 }, { token: mimi });
    expect(latest.notes.map((n) => n.seq)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    expect(latest.hasMore).toBe(true);
    expect(latest.epoch).not.toBe("");
    const older = await t.client.chat.getHistory({ room: "paging", beforeSeq: 16, limit: 10 }, { token: mimi });
    expect(older.notes.map((n) => n.seq)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    const oldest = await t.client.chat.getHistory({ room: "paging", beforeSeq: 6, limit: 10 }, { token: mimi });
    expect(oldest.notes.map((n) => n.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(oldest.hasMore).toBe(false);
    const defaults = await t.client.chat.getHistory({ room: "paging" }, { token: mimi });
    expect(defaults.notes).toHaveLength(25);
    const tooMany = await rejection(t.client.chat.getHistory({ room: "paging", limit: 201 }, { token: mimi }));
    expect(tooMany?.details).toBe("limit must be at most 200");
    const empty = await t.client.chat.getHistory({ room: "never-used" }, { token: mimi });
    expect(empty).toMatchObject({ notes: [], hasMore: false });
  });
});

describe("presence", () => {
  test("subscribers are present; join and leave are announced; ListRooms shows who is there", async () => {
    const watcher = collect(t.client.chat.subscribe({ room: "lobby" }, { token: pepe }));
    const [started] = await watcher.until((items) => items.length > 0);
    expect(started!.started?.present).toEqual(["pepe"]);
    const mimiStream = collect(t.newClient().chat.subscribe({ room: "lobby" }, { token: mimi }));
    await watcher.until((items) =>
      items.some((e) => e.note?.kind === NoteKind.NOTE_KIND_JOIN && e.note.name === "mimi"),
    );
    const rooms = await t.client.chat.listRooms({ rooms: ["lobby", "does-not-exist"] }, { token: pepe });
    expect(rooms.rooms.map((r) => [r.name, r.present])).toEqual([["lobby", ["mimi", "pepe"]]]);
    mimiStream.cancel();
    await watcher.until((items) =>
      items.some((e) => e.note?.kind === NoteKind.NOTE_KIND_LEAVE && e.note.name === "mimi"),
    );
    expect((await t.client.chat.listRooms({ rooms: ["lobby"] }, { token: pepe })).rooms[0]!.present).toEqual(["pepe"]);
    watcher.cancel();
  });

  test("a presence lease from the web tier joins, typing is relayed, and a lapsed lease leaves", async () => {
    const watcher = collect(t.client.chat.subscribe({ room: "leases" }, { token: pepe }));
    await watcher.until((items) => items.length > 0);
    await t.client.chat.updatePresence(
      { room: "leases", state: PresenceState.PRESENCE_STATE_JOINED, holderId: "tab-1", ttlSeconds: 1 },
      { token: mimi },
    );
    await t.client.chat.updatePresence(
      { room: "leases", state: PresenceState.PRESENCE_STATE_TYPING, holderId: "tab-1" },
      { token: mimi },
    );
    await watcher.until((items) =>
      items.some((e) => e.note?.kind === NoteKind.NOTE_KIND_TYPING && e.note.name === "mimi"),
    );
    expect(await t.server.presence.present("leases")).toEqual(["mimi", "pepe"]);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await t.server.presence.sweep();
    await watcher.until((items) =>
      items.some((e) => e.note?.kind === NoteKind.NOTE_KIND_LEAVE && e.note.name === "mimi"),
    );
    expect(await t.server.presence.present("leases")).toEqual(["pepe"]);
    watcher.cancel();
  });

  test("ListRooms without names lists rooms by recent activity", async () => {
    await t.client.chat.sendNote({ room: "freshest", message: "now" }, { token: mimi });
    const { rooms } = await t.client.chat.listRooms({}, { token: mimi });
    expect(rooms[0]?.name).toBe("freshest");
    expect(rooms[0]?.lastSeq).toBe(1);
  });
});
