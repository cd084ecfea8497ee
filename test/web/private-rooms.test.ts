/**
 * Issue 17 through the real web tier and the real chat server: private rooms and their members, direct
 * messages, edits and deletes, read state, the directory, and the frames a page may get wrong. The people are
 * the test server's demo accounts: mimi creates rooms, pepe is invited, juan is a stranger, admin is invited
 * later.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from "bun:test";
import type { ServerFrame } from "@tertulia/protocol/browser";
import { isFrame, openSocket, type TestSocket } from "../support/socket.ts";
import { loginCookie, type Stack, startStack, startTestWebTier } from "../support/stack.ts";

let stack: Stack;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  stack = await startStack({ web: { ratePerSecond: 200, rateBurst: 200 } });
  for (const user of ["mimi", "pepe", "juan", "admin"]) cookies[user] = await loginCookie(stack.base, user);
});
afterAll(() => stack.stop());

const sockets: TestSocket[] = [];
async function open(user: string): Promise<TestSocket> {
  const socket = await openSocket(stack.base, cookies[user]!);
  sockets.push(socket);
  // Every socket is sent its rooms after hello: wait for it, so later frames are answers to the test's own.
  await socket.until((frames) => frames.some((f) => f.type === "rooms"));
  return socket;
}
// Each test's sockets are closed after it: a session may hold 10 at once.
afterEach(async () => {
  const open = sockets.splice(0);
  for (const socket of open) socket.close();
  await Promise.all(open.map((socket) => socket.closed));
});

/** The first frame at or after index `from` that matches. */
async function next<T extends ServerFrame["type"]>(
  socket: TestSocket,
  type: T,
  match: (frame: Extract<ServerFrame, { type: T }>) => boolean = () => true,
  from = 0,
): Promise<Extract<ServerFrame, { type: T }>> {
  const found = () =>
    socket.frames
      .slice(from)
      .filter(isFrame(type))
      .find((f) => match(f));
  await socket.until(() => found() !== undefined);
  return found()!;
}

async function join(socket: TestSocket, room: string) {
  const from = socket.frames.length;
  socket.send({ type: "join", room });
  return next(socket, "joined", (f) => f.room === room, from);
}

async function say(socket: TestSocket, room: string, text: string) {
  const clientId = crypto.randomUUID();
  socket.send({ type: "send", room, text, clientId });
  return next(socket, "message", (f) => f.clientId === clientId);
}

/**
 * Proves everything the web tier would have sent this socket up to now has arrived: a `rooms` round trip
 * (frames of one socket are handled and written in order).
 */
async function settle(socket: TestSocket) {
  const from = socket.frames.length;
  socket.send({ type: "rooms" });
  return next(socket, "rooms", () => true, from);
}

const framesOf = (socket: TestSocket, room: string) =>
  socket.frames.filter((f) => "room" in f && (f.room === room || (typeof f.room === "object" && f.room.room === room)));

describe("private rooms", () => {
  test("a stranger's join gets forbidden and nothing of the room, even when the relay holds it in memory", async () => {
    const mimi = await open("mimi");
    mimi.send({ type: "create-room", room: "secret", private: true, members: ["pepe"] });
    const opened = await next(mimi, "room-opened");
    expect(opened.room).toMatchObject({ room: "secret", kind: "private", memberCount: 2 });
    // mimi's join makes the room hot on this pod: its stream is open and its ring holds the message.
    await join(mimi, "secret");
    await say(mimi, "secret", "classified");

    const juan = await open("juan");
    juan.send({ type: "join", room: "secret" });
    const refused = await next(juan, "error", (f) => f.room === "secret");
    expect(refused.code).toBe("forbidden");
    expect(refused.message).toContain("private");
    // A resume served entirely from the ring (no epoch, a seq the ring covers) is checked the same way.
    juan.send({ type: "join", room: "secret", afterSeq: 0 });
    juan.send({ type: "join", room: "secret", afterSeq: 1, epoch: "" });
    juan.send({ type: "history", room: "secret", beforeSeq: 0 });
    await juan.until(() => juan.frames.filter((f) => f.type === "error" && f.room === "secret").length === 4);
    // Sent after juan's refusals and seen by mimi: had juan been subscribed, it would be in his frames too.
    await say(mimi, "secret", "still classified");
    await settle(juan);

    expect(framesOf(juan, "secret").map((f) => f.type)).toEqual(["error", "error", "error", "error"]);
    expect(framesOf(juan, "secret").every((f) => f.type === "error" && f.code === "forbidden")).toBe(true);
    expect(JSON.stringify(juan.frames)).not.toContain("classified");
    // Nor is it in his list, nor can he write to it, edit in it, or list its members.
    const list = await settle(juan);
    expect(list.rooms.map((r) => r.room)).not.toContain("secret");
    juan.send({ type: "members", room: "secret" });
    juan.send({ type: "read", room: "secret", seq: 1 });
    juan.send({ type: "edit", room: "secret", seq: 1, text: "mine now" });
    await juan.until(() => juan.frames.filter((f) => f.type === "error" && f.room === "secret").length === 7);
    expect(
      juan.frames
        .filter(isFrame("error"))
        .slice(-3)
        .map((f) => f.code),
    ).toEqual(["forbidden", "forbidden", "forbidden"]);

    // The member joins from the same hot ring and sees it.
    const pepe = await open("pepe");
    const joined = await join(pepe, "secret");
    expect(joined.messages.map((m) => m.text)).toEqual(["classified", "still classified"]);
  });

  test("an invitee can join once invited; the room's members see them added", async () => {
    const mimi = await open("mimi");
    mimi.send({ type: "create-room", room: "guild", private: true, members: [] });
    await next(mimi, "room-opened", (f) => f.room.room === "guild");
    await join(mimi, "guild");
    await say(mimi, "guild", "welcome");

    const admin = await open("admin");
    admin.send({ type: "join", room: "guild" });
    expect((await next(admin, "error", (f) => f.room === "guild")).code).toBe("forbidden");
    const roomsBefore = admin.frames.filter((f) => f.type === "rooms").length;

    mimi.send({ type: "invite", room: "guild", user: "admin" });
    const members = await next(mimi, "members", (f) => f.room === "guild");
    expect(members).toEqual({ type: "members", room: "guild", kind: "private", members: ["admin", "mimi"] });
    expect(await next(mimi, "member", (f) => f.room === "guild" && f.user === "admin")).toEqual({
      type: "member",
      room: "guild",
      user: "admin",
      event: "added",
      by: "mimi",
    });

    // admin's open socket is sent its rooms again, the new one in them, without asking.
    await admin.until(() => admin.frames.filter((f) => f.type === "rooms").length > roomsBefore);
    const pushed = admin.frames.filter(isFrame("rooms")).at(-1)!;
    expect(pushed.rooms.map((r) => r.room)).toContain("guild");
    const joined = await join(admin, "guild");
    expect(joined.messages.map((m) => m.text)).toEqual(["welcome"]);
    const rooms = await settle(admin);
    expect(rooms.rooms.find((r) => r.room === "guild")).toMatchObject({ kind: "private", memberCount: 2 });
  });

  test("a removed member's open sockets get `member` removed, then nothing more of the room", async () => {
    const mimi = await open("mimi");
    mimi.send({ type: "create-room", room: "club", private: true, members: ["pepe"] });
    await next(mimi, "room-opened", (f) => f.room.room === "club");
    const pepe = await open("pepe");
    const pepeTab = await open("pepe");
    await Promise.all([join(mimi, "club"), join(pepe, "club"), join(pepeTab, "club")]);
    await say(mimi, "club", "before");
    await Promise.all([pepe, pepeTab].map((s) => next(s, "message", (f) => f.text === "before")));

    mimi.send({ type: "remove-member", room: "club", user: "pepe" });
    expect(await next(mimi, "members", (f) => f.room === "club")).toMatchObject({ members: ["mimi"] });
    for (const socket of [pepe, pepeTab]) {
      expect(await next(socket, "member", (f) => f.room === "club")).toEqual({
        type: "member",
        room: "club",
        user: "pepe",
        event: "removed",
        by: "mimi",
      });
    }
    await say(mimi, "club", "after");
    mimi.send({ type: "typing", room: "club" });
    await Promise.all([settle(pepe), settle(pepeTab)]);
    for (const socket of [pepe, pepeTab]) {
      const club = framesOf(socket, "club");
      expect(club.at(-1)?.type).toBe("member");
      expect(JSON.stringify(socket.frames)).not.toContain('"after"');
    }
    // And joining again is refused by the server.
    pepe.send({ type: "join", room: "club" });
    expect((await next(pepe, "error", (f) => f.room === "club")).code).toBe("forbidden");
  });
});

describe("two web pods", () => {
  test("a removal made through one pod drops the member's sockets on the other; a stranger there is refused", async () => {
    const other = await startTestWebTier(stack.server.address, { web: { ratePerSecond: 200, rateBurst: 200 } });
    try {
      const mimi = await open("mimi");
      mimi.send({ type: "create-room", room: "two-pods", private: true, members: ["pepe"] });
      await next(mimi, "room-opened", (f) => f.room.room === "two-pods");
      const pepe = await openSocket(other.url, await loginCookie(other.url, "pepe"));
      const juan = await openSocket(other.url, await loginCookie(other.url, "juan"));
      sockets.push(pepe, juan);
      await join(pepe, "two-pods");
      await join(mimi, "two-pods");
      await say(mimi, "two-pods", "hello pod b");
      await next(pepe, "message", (f) => f.text === "hello pod b");
      // The room is hot on pod B (pepe's join): juan's join there is still refused.
      juan.send({ type: "join", room: "two-pods" });
      expect((await next(juan, "error", (f) => f.room === "two-pods")).code).toBe("forbidden");

      mimi.send({ type: "remove-member", room: "two-pods", user: "pepe" });
      expect(await next(pepe, "member", (f) => f.room === "two-pods")).toMatchObject({
        user: "pepe",
        event: "removed",
      });
      await say(mimi, "two-pods", "gone from pod b");
      await settle(pepe);
      await settle(juan);
      expect(JSON.stringify(pepe.frames)).not.toContain("gone from pod b");
      expect(JSON.stringify(juan.frames)).not.toContain("pod b");
    } finally {
      await other.stop();
    }
  });
});

describe("direct messages", () => {
  test("both sides opening the conversation get the same room, shown as the other person", async () => {
    const mimi = await open("mimi");
    const juan = await open("juan");
    mimi.send({ type: "open-direct", peer: "juan" });
    juan.send({ type: "open-direct", peer: "mimi" });
    const [fromMimi, fromJuan] = await Promise.all([next(mimi, "room-opened"), next(juan, "room-opened")]);
    expect(fromMimi.room.room).toBe(fromJuan.room.room);
    expect(fromMimi.room.room).toMatch(/^dm-[0-9a-f]{40}$/);
    expect(fromMimi.room).toMatchObject({ kind: "direct", peer: "juan", memberCount: 2 });
    expect(fromJuan.room).toMatchObject({ kind: "direct", peer: "mimi" });
    const room = fromMimi.room.room;
    await Promise.all([join(mimi, room), join(juan, room)]);
    await say(mimi, room, "psst");
    await next(juan, "message", (f) => f.text === "psst");
    // A third person cannot read it.
    const pepe = await open("pepe");
    pepe.send({ type: "join", room });
    expect((await next(pepe, "error", (f) => f.room === room)).code).toBe("forbidden");
    mimi.send({ type: "open-direct", peer: "nobody-here" });
    expect((await next(mimi, "error", (f) => f.code === "not_found")).message).toContain("nobody-here");
  });
});

describe("edits and deletes", () => {
  test("reach the other members as message-changed; joins, resumes and history carry editedAt and deleted", async () => {
    const mimi = await open("mimi");
    const pepe = await open("pepe");
    const first = await join(mimi, "edits");
    await join(pepe, "edits");
    const typo = await say(mimi, "edits", "helo");
    const gone = await say(mimi, "edits", "oops");
    mimi.send({ type: "edit", room: "edits", seq: typo.seq, text: "hello" });
    mimi.send({ type: "delete", room: "edits", seq: gone.seq });
    const edited = await next(pepe, "message-changed", (f) => f.change === "edited");
    expect(edited).toMatchObject({ room: "edits", seq: typo.seq, text: "hello", author: "mimi" });
    expect(edited.editedAt).toBeGreaterThan(0);
    expect(await next(pepe, "message-changed", (f) => f.change === "deleted")).toMatchObject({
      seq: gone.seq,
      text: "",
    });
    await next(mimi, "message-changed", (f) => f.change === "deleted");

    // Someone else's message: refused by the server.
    pepe.send({ type: "edit", room: "edits", seq: typo.seq, text: "mine" });
    expect((await next(pepe, "error", (f) => f.room === "edits")).code).toBe("forbidden");

    // A join from the relay's memory, a resume, and history all show the latest state.
    const juan = await open("juan");
    const joined = await join(juan, "edits");
    expect(joined.messages).toEqual([
      expect.objectContaining({ seq: typo.seq, text: "hello", editedAt: edited.editedAt }),
      expect.objectContaining({ seq: gone.seq, text: "", deleted: true }),
    ]);
    const again = await open("juan");
    again.send({ type: "join", room: "edits", afterSeq: 0, epoch: first.epoch });
    await next(again, "joined");
    again.send({ type: "history", room: "edits", beforeSeq: gone.seq + 1 });
    const history = await next(again, "history");
    expect(history.messages).toEqual([
      expect.objectContaining({ seq: typo.seq, text: "hello", editedAt: edited.editedAt }),
      expect.objectContaining({ seq: gone.seq, text: "", deleted: true }),
    ]);
  });
});

describe("read state", () => {
  test("read moves the marker on the user's other sockets; rooms carries unread and mention counts", async () => {
    const mimi = await open("mimi");
    const mimiTab = await open("mimi");
    mimi.send({ type: "join-room", room: "reading" });
    expect((await next(mimi, "room-opened")).room).toMatchObject({ room: "reading", kind: "public" });
    const pepe = await open("pepe");
    await join(pepe, "reading");
    await say(pepe, "reading", "one");
    const two = await say(pepe, "reading", "two");
    await say(pepe, "reading", "three @mimi");

    const before = (await settle(mimi)).rooms.find((r) => r.room === "reading")!;
    expect(before).toMatchObject({ unread: 3, mentions: 1, lastReadSeq: 0 });

    mimi.send({ type: "read", room: "reading", seq: two.seq });
    for (const socket of [mimi, mimiTab]) {
      expect(await next(socket, "read-state")).toEqual({ type: "read-state", room: "reading", lastReadSeq: two.seq });
    }
    // pepe, another person, is told nothing.
    await settle(pepe);
    expect(pepe.frames.some((f) => f.type === "read-state")).toBe(false);
    const after = (await settle(mimiTab)).rooms.find((r) => r.room === "reading")!;
    expect(after).toMatchObject({ unread: 1, mentions: 1, lastReadSeq: two.seq });
    // A fresh socket's first `rooms` (sent after hello) has the same read state.
    const later = await open("mimi");
    expect(later.frames.find(isFrame("rooms"))!.rooms.find((r) => r.room === "reading")).toMatchObject({
      unread: 1,
      lastReadSeq: two.seq,
    });
  });
});

describe("the directory", () => {
  test("browse and search public rooms, page by page; private rooms never listed", async () => {
    const juan = await open("juan");
    for (const room of ["dir-apple", "dir-banana", "dir-cherry"]) {
      juan.send({ type: "join-room", room });
      await next(juan, "room-opened", (f) => f.room.room === room);
    }
    const mimi = await open("mimi");
    mimi.send({ type: "create-room", room: "dir-hidden", private: true, members: [] });
    await next(mimi, "room-opened", (f) => f.room.room === "dir-hidden");

    juan.send({ type: "browse", query: "dir-", limit: 2 });
    const first = await next(juan, "directory");
    expect(first.rooms.map((r) => r.room)).toEqual(["dir-apple", "dir-banana"]);
    expect(first.rooms[0]).toMatchObject({ memberCount: 1 });
    expect(first.nextAfter).toBe("dir-banana");
    let from = juan.frames.length;
    juan.send({ type: "browse", query: "dir-", after: first.nextAfter, limit: 2 });
    const second = await next(juan, "directory", () => true, from);
    expect(second).toMatchObject({
      query: "dir-",
      rooms: [expect.objectContaining({ room: "dir-cherry" })],
      nextAfter: "",
    });
    from = juan.frames.length;
    juan.send({ type: "browse", query: "anan" });
    expect((await next(juan, "directory", () => true, from)).rooms.map((r) => r.room)).toEqual(["dir-banana"]);
  });
});

describe("bad frames", () => {
  test("get specific errors, and the socket stays usable", async () => {
    const mimi = await open("mimi");
    const from = mimi.frames.length;
    mimi.send({ type: "create-room", room: "Team Chat", private: true, members: [] });
    mimi.send({
      type: "create-room",
      room: "crowd",
      private: true,
      members: Array.from({ length: 100 }, (_, i) => `user${i}`),
    });
    mimi.send({ type: "browse", query: "Not a query!" });
    mimi.send({ type: "create-room", room: "dm-sneaky", private: true, members: [] });
    await mimi.until(() => mimi.frames.slice(from).filter((f) => f.type === "error").length === 4);
    const errors = mimi.frames.slice(from).filter(isFrame("error"));
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ["bad_frame", `invalid room: room names are 1-64 characters of a-z, 0-9, '_' and '-'; try "team-chat"`],
      ["bad_frame", "invalid members: a private room has at most 100 members: invite at most 99"],
      ["bad_frame", "invalid query: search for at most 64 characters of a-z, 0-9, '_' and '-'"],
      ["bad_frame", `invalid room: names starting with "dm-" are kept for direct messages`],
    ]);

    // An edit over the server's limit (4,000 characters by default) is refused before any call.
    await join(mimi, "long-edits");
    const mine = await say(mimi, "long-edits", "short");
    mimi.send({ type: "edit", room: "long-edits", seq: mine.seq, text: "x".repeat(4_001) });
    expect(await next(mimi, "error", (f) => f.room === "long-edits")).toMatchObject({
      code: "invalid",
      message: "Messages are at most 4000 characters",
    });
    // A name taken: its own code.
    mimi.send({ type: "create-room", room: "long-edits", private: true, members: [] });
    expect((await next(mimi, "error", (f) => f.code === "already_exists")).message).toContain("long-edits");
    await say(mimi, "long-edits", "still here");
  });
});
