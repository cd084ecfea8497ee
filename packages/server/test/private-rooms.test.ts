/**
 * Private rooms and direct messages against the real server: every RPC that names a room refuses a
 * non-member, a removed member's open stream ends PERMISSION_DENIED, the web tier's shared stream is told whom
 * to drop, and a direct room is the same room whichever side opens it.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { GrpcStatus, NoteKind, PresenceState, type RoomEvent, RoomKind, type ServiceError } from "@tertulia/protocol";
import { collect } from "@tertulia/testing/streams";
import { startTestServer, TEST_RELAY_SECRET, type TestServer } from "@tertulia/testing/test-server";
import { SignJWT } from "jose";

let t: TestServer;
let mimi: string;
let pepe: string;
let juan: string;

beforeAll(async () => {
  t = await startTestServer();
  [mimi, pepe, juan] = await Promise.all([t.login("mimi"), t.login("pepe"), t.login("juan")]);
});
afterAll(() => t.stop());

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: ServiceError) => error,
  );

async function expectCode(promise: Promise<unknown>, code: GrpcStatus, details?: RegExp): Promise<void> {
  const error = await rejection(promise);
  expect(error?.code).toBe(code);
  if (details) expect(error?.details).toMatch(details);
}

function relayToken(): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256", kid: "relay" })
    .setSubject("web")
    .setIssuer("tertulia")
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(new TextEncoder().encode(TEST_RELAY_SECRET));
}

const chatOf = (events: RoomEvent[]) =>
  events.filter((e) => e.note?.kind === NoteKind.NOTE_KIND_CHAT).map((e) => e.note!);

describe("a private room refuses non-members on every call", () => {
  test("juan, not a member, is refused by each RPC; pepe, a member, is served", async () => {
    const { chat, rooms } = t.client;
    const info = await rooms.createRoom(
      { room: "backroom", kind: RoomKind.ROOM_KIND_PRIVATE, members: ["pepe"] },
      { token: mimi },
    );
    expect(info).toMatchObject({ name: "backroom", kind: RoomKind.ROOM_KIND_PRIVATE, memberCount: 2 });
    await chat.sendNote({ room: "backroom", message: "secret plan @pepe" }, { token: mimi });
    const DENIED = GrpcStatus.PERMISSION_DENIED;
    const notMember = /backroom is private and you are not a member/;

    const stream = collect(t.newClient().chat.subscribe({ room: "backroom" }, { token: juan }));
    const streamError = await stream.ended;
    expect(streamError?.code).toBe(DENIED);
    expect(streamError?.details).toMatch(notMember);
    expect(stream.items).toHaveLength(0);
    await expectCode(chat.getHistory({ room: "backroom" }, { token: juan }), DENIED, notMember);
    await expectCode(chat.sendNote({ room: "backroom", message: "let me in" }, { token: juan }), DENIED, notMember);
    for (const state of [PresenceState.PRESENCE_STATE_JOINED, PresenceState.PRESENCE_STATE_TYPING]) {
      await expectCode(
        chat.updatePresence({ room: "backroom", state, holderId: "tab-1" }, { token: juan }),
        DENIED,
        notMember,
      );
    }
    await expectCode(chat.editNote({ room: "backroom", seq: 1, message: "x" }, { token: juan }), DENIED, notMember);
    await expectCode(chat.deleteNote({ room: "backroom", seq: 1 }, { token: juan }), DENIED, notMember);
    await expectCode(rooms.listMembers({ room: "backroom" }, { token: juan }), DENIED, notMember);
    await expectCode(rooms.markRead({ room: "backroom", seq: 1 }, { token: juan }), DENIED, notMember);
    await expectCode(rooms.joinRoom({ room: "backroom" }, { token: juan }), DENIED, notMember);
    await expectCode(rooms.inviteMember({ room: "backroom", username: "juan" }, { token: juan }), DENIED, notMember);
    await expectCode(rooms.leaveRoom({ room: "backroom" }, { token: juan }), DENIED, notMember);
    // Lists leave it out as if it did not exist: no name, no presence.
    const named = await chat.listRooms({ rooms: ["backroom"] }, { token: juan });
    expect(named.rooms).toEqual([]);
    const all = await chat.listRooms({}, { token: juan });
    expect(all.rooms.map((r) => r.name)).not.toContain("backroom");
    expect((await rooms.browseRooms({ query: "backroom" }, { token: juan })).rooms).toEqual([]);
    expect((await rooms.listMyRooms({}, { token: juan })).rooms.map((r) => r.name)).not.toContain("backroom");

    // The member is served by the same calls.
    const history = await chat.getHistory({ room: "backroom" }, { token: pepe });
    expect(history.notes.map((n) => n.message)).toEqual(["secret plan @pepe"]);
    await chat.updatePresence(
      { room: "backroom", state: PresenceState.PRESENCE_STATE_JOINED, holderId: "tab-1" },
      { token: pepe },
    );
    expect((await chat.listRooms({ rooms: ["backroom"] }, { token: pepe })).rooms[0]).toMatchObject({
      name: "backroom",
      kind: RoomKind.ROOM_KIND_PRIVATE,
    });
    const mine = (await rooms.listMyRooms({}, { token: pepe })).rooms.find((r) => r.name === "backroom");
    expect(mine).toMatchObject({ unreadCount: 1, mentionCount: 1, memberCount: 2, lastReadSeq: 0 });
  });

  test("a removed member's open stream ends PERMISSION_DENIED; the web tier's shared stream hears whom to drop", async () => {
    const { chat, rooms } = t.client;
    await rooms.createRoom(
      { room: "crew", kind: RoomKind.ROOM_KIND_PRIVATE, members: ["pepe", "juan"] },
      { token: mimi },
    );
    const pepeStream = collect(t.newClient().chat.subscribe({ room: "crew" }, { token: pepe }));
    const juanStream = collect(t.newClient().chat.subscribe({ room: "crew" }, { token: juan }));
    const shared = collect(t.newClient().chat.subscribe({ room: "crew" }, { token: await relayToken() }));
    await Promise.all([pepeStream, juanStream, shared].map((s) => s.until((items) => items.length > 0)));

    // Only the creator removes others.
    await expectCode(
      rooms.removeMember({ room: "crew", username: "juan" }, { token: pepe }),
      GrpcStatus.PERMISSION_DENIED,
      /only the room's creator/,
    );
    const after = await rooms.removeMember({ room: "crew", username: "pepe" }, { token: mimi });
    expect(after.members).toEqual(["juan", "mimi"]);
    const ended = await pepeStream.ended;
    expect(ended?.code).toBe(GrpcStatus.PERMISSION_DENIED);
    expect(ended?.details).toMatch(/crew is private and you are not a member/);

    await chat.sendNote({ room: "crew", message: "pepe is gone" }, { token: mimi });
    await shared.until((items) => chatOf(items).some((n) => n.message === "pepe is gone"));
    const removal = shared.items.find((e) => e.note?.kind === NoteKind.NOTE_KIND_MEMBER_REMOVED);
    expect(removal?.note).toMatchObject({ name: "pepe", message: "mimi", seq: 0 });
    await juanStream.until((items) => chatOf(items).some((n) => n.message === "pepe is gone"));
    expect(chatOf(pepeStream.items).map((n) => n.message)).not.toContain("pepe is gone");
    await expectCode(chat.getHistory({ room: "crew" }, { token: pepe }), GrpcStatus.PERMISSION_DENIED);

    // Leaving ends one's own streams the same way.
    const again = collect(t.newClient().chat.subscribe({ room: "crew" }, { token: juan }));
    await again.until((items) => items.length > 0);
    await rooms.leaveRoom({ room: "crew" }, { token: juan });
    expect((await again.ended)?.code).toBe(GrpcStatus.PERMISSION_DENIED);
    expect((await juanStream.ended)?.code).toBe(GrpcStatus.PERMISSION_DENIED);
    shared.cancel();
  });

  test("invitations: any member invites by name; unknown people, public rooms and full bounds are refused", async () => {
    const { rooms } = t.client;
    await rooms.createRoom({ room: "invites", kind: RoomKind.ROOM_KIND_PRIVATE }, { token: mimi });
    expect((await rooms.inviteMember({ room: "invites", username: "Pepe" }, { token: mimi })).members).toEqual([
      "mimi",
      "pepe",
    ]);
    expect((await rooms.inviteMember({ room: "invites", username: "juan" }, { token: pepe })).members).toEqual([
      "juan",
      "mimi",
      "pepe",
    ]);
    await expectCode(
      rooms.inviteMember({ room: "invites", username: "nobody" }, { token: mimi }),
      GrpcStatus.NOT_FOUND,
      /no user named nobody/,
    );
    await expectCode(
      t.client.chat
        .sendNote({ room: "lobby", message: "open to all" }, { token: mimi })
        .then(() => rooms.inviteMember({ room: "lobby", username: "pepe" }, { token: mimi })),
      GrpcStatus.INVALID_ARGUMENT,
      /public/,
    );
    await expectCode(rooms.inviteMember({ room: "nowhere", username: "pepe" }, { token: mimi }), GrpcStatus.NOT_FOUND);
    await expectCode(
      rooms.createRoom(
        { room: "crowd", kind: RoomKind.ROOM_KIND_PRIVATE, members: Array.from({ length: 100 }, (_, i) => `user${i}`) },
        { token: mimi },
      ),
      GrpcStatus.INVALID_ARGUMENT,
      /at most 99 members besides you/,
    );
    await expectCode(
      rooms.createRoom({ room: "invites", kind: RoomKind.ROOM_KIND_PRIVATE }, { token: pepe }),
      GrpcStatus.ALREADY_EXISTS,
    );
    await expectCode(
      rooms.createRoom({ room: "Team Chat!", kind: RoomKind.ROOM_KIND_PRIVATE }, { token: pepe }),
      GrpcStatus.INVALID_ARGUMENT,
      /try "team-chat"/,
    );
  });
});

describe("direct messages", () => {
  test("the same room whichever side opens it; a third person is refused; the dm- prefix is reserved", async () => {
    const { chat, rooms } = t.client;
    const fromMimi = await rooms.openDirect({ peer: "pepe" }, { token: mimi });
    const fromPepe = await rooms.openDirect({ peer: "mimi" }, { token: pepe });
    expect(fromMimi.name).toMatch(/^dm-[0-9a-f]{40}$/);
    expect(fromPepe.name).toBe(fromMimi.name);
    expect(fromMimi).toMatchObject({ kind: RoomKind.ROOM_KIND_DIRECT, peer: "pepe", memberCount: 2 });
    expect(fromPepe.peer).toBe("mimi");
    await chat.sendNote({ room: fromMimi.name, message: "just us" }, { token: mimi });
    expect((await chat.getHistory({ room: fromMimi.name }, { token: pepe })).notes.map((n) => n.message)).toEqual([
      "just us",
    ]);
    await expectCode(chat.getHistory({ room: fromMimi.name }, { token: juan }), GrpcStatus.PERMISSION_DENIED);
    await expectCode(
      rooms.inviteMember({ room: fromMimi.name, username: "juan" }, { token: mimi }),
      GrpcStatus.INVALID_ARGUMENT,
      /direct rooms are for two/,
    );
    await expectCode(rooms.openDirect({ peer: "mimi" }, { token: mimi }), GrpcStatus.INVALID_ARGUMENT);
    await expectCode(rooms.openDirect({ peer: "ghost" }, { token: mimi }), GrpcStatus.NOT_FOUND);
    // Nobody can squat a direct room's name by sending to it first.
    await expectCode(
      chat.sendNote({ room: `dm-${"0".repeat(40)}`, message: "mine now" }, { token: juan }),
      GrpcStatus.INVALID_ARGUMENT,
      /kept for direct messages/,
    );
    const pepesRooms = (await rooms.listMyRooms({}, { token: pepe })).rooms;
    expect(pepesRooms.find((r) => r.name === fromMimi.name)).toMatchObject({ peer: "mimi", unreadCount: 1 });
  });
});

describe("streams that lose access", () => {
  test("a stream opened on a name before it became a private room ends when the room is created", async () => {
    const early = collect(t.newClient().chat.subscribe({ room: "not-yet" }, { token: juan }));
    await early.until((items) => items.length > 0);
    await t.client.rooms.createRoom(
      { room: "not-yet", kind: RoomKind.ROOM_KIND_PRIVATE, members: ["pepe"] },
      { token: mimi },
    );
    const ended = await early.ended;
    expect(ended?.code).toBe(GrpcStatus.PERMISSION_DENIED);
    // It saw its own arrival and nothing of the room's members.
    expect(early.items.filter((e) => e.note && e.note.name !== "juan")).toEqual([]);
  });

  test("a removal the bus never carried still ends the stream, at the next access sweep", async () => {
    await t.client.rooms.createRoom(
      { room: "quiet-removal", kind: RoomKind.ROOM_KIND_PRIVATE, members: ["pepe"] },
      { token: mimi },
    );
    const stream = collect(t.newClient().chat.subscribe({ room: "quiet-removal" }, { token: pepe }));
    await stream.until((items) => items.length > 0);
    // Straight in the store: no membership event is published, as when the bus lost it.
    expect(await t.store.removeMember("quiet-removal", "pepe")).toBe(true);
    // The sweep runs every 10 s; well past two of them, the stream must have ended.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ended = await Promise.race([
      stream.ended,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("the stream was not ended within 25 s")), 25_000);
      }),
    ]).finally(() => clearTimeout(timer));
    expect(ended?.code).toBe(GrpcStatus.PERMISSION_DENIED);
  }, 30_000);
});
