/**
 * The public directory, joining, read state and mentions, and edits/deletes against the real server.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { GrpcStatus, NoteKind, RoomKind, type ServiceError } from "@tertulia/protocol";
import { collect } from "@tertulia/testing/streams";
import { startTestServer, type TestServer } from "@tertulia/testing/test-server";

let t: TestServer;
let mimi: string;
let pepe: string;
let juan: string;

beforeAll(async () => {
  t = await startTestServer();
  [mimi, pepe, juan] = await Promise.all([t.login("mimi"), t.login("pepe"), t.login("juan")]);
});
afterAll(() => t.stop());

async function expectCode(promise: Promise<unknown>, code: GrpcStatus, details?: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: ServiceError) => e,
  );
  expect(error?.code).toBe(code);
  if (details) expect(error?.details).toMatch(details);
}

describe("room directory", () => {
  test("browses public rooms by name with member counts and activity, searches, pages, and never lists private ones", async () => {
    const { chat, rooms } = t.client;
    for (const room of ["dir-alpha", "dir-beta", "dir_gamma", "other"]) {
      await chat.sendNote({ room, message: "hi" }, { token: mimi });
    }
    await rooms.createRoom({ room: "dir-hidden", kind: RoomKind.ROOM_KIND_PRIVATE }, { token: mimi });
    await rooms.joinRoom({ room: "dir-alpha" }, { token: pepe });
    await rooms.joinRoom({ room: "dir-alpha" }, { token: juan });

    const first = await rooms.browseRooms({ query: "DIR", limit: 2 }, { token: juan });
    expect(first.rooms.map((r) => r.name)).toEqual(["dir-alpha", "dir-beta"]);
    expect(first.rooms[0]).toMatchObject({ memberCount: 2, lastSeq: 1, kind: RoomKind.ROOM_KIND_PUBLIC });
    expect(first.rooms[0]!.lastActivityMs).toBeGreaterThan(0);
    expect(first.nextAfter).toBe("dir-beta");
    const second = await rooms.browseRooms({ query: "dir", after: first.nextAfter, limit: 2 }, { token: juan });
    expect(second.rooms.map((r) => r.name)).toEqual(["dir_gamma"]);
    expect(second.nextAfter).toBe("");
    // '_' is a character, not a wildcard.
    expect((await rooms.browseRooms({ query: "r_" }, { token: juan })).rooms.map((r) => r.name)).toEqual(["dir_gamma"]);
  });

  test("bounds: page size, query length and alphabet are refused with the rule", async () => {
    const { rooms } = t.client;
    await expectCode(rooms.browseRooms({ limit: 101 }, { token: mimi }), GrpcStatus.INVALID_ARGUMENT, /at most 100/);
    await expectCode(
      rooms.browseRooms({ query: "a".repeat(65) }, { token: mimi }),
      GrpcStatus.INVALID_ARGUMENT,
      /longer than 64/,
    );
    await expectCode(
      rooms.browseRooms({ query: "team chat" }, { token: mimi }),
      GrpcStatus.INVALID_ARGUMENT,
      /a-z, 0-9/,
    );
    await expectCode(rooms.browseRooms({}), GrpcStatus.UNAUTHENTICATED);
  });

  test("joining a public room by name creates it when new; the dm- prefix cannot be joined into existence", async () => {
    const { rooms } = t.client;
    const joined = await rooms.joinRoom({ room: "fresh-room" }, { token: pepe });
    expect(joined).toMatchObject({ name: "fresh-room", memberCount: 1, kind: RoomKind.ROOM_KIND_PUBLIC });
    await expectCode(
      rooms.joinRoom({ room: `dm-${"a".repeat(40)}` }, { token: pepe }),
      GrpcStatus.INVALID_ARGUMENT,
      /direct messages/,
    );
    await rooms.leaveRoom({ room: "fresh-room" }, { token: pepe });
    expect((await rooms.listMyRooms({}, { token: pepe })).rooms.map((r) => r.name)).not.toContain("fresh-room");
  });
});

describe("read state and mentions", () => {
  test("the marker is the server's, never goes back, and unread and mention counts follow it", async () => {
    const { chat, rooms } = t.client;
    await rooms.joinRoom({ room: "reading" }, { token: pepe });
    await expectCode(rooms.markRead({ room: "reading", seq: 1 }, { token: juan }), GrpcStatus.NOT_FOUND, /JoinRoom/);
    await chat.sendNote({ room: "reading", message: "one" }, { token: mimi });
    await chat.sendNote({ room: "reading", message: "@pepe look" }, { token: mimi });
    await chat.sendNote({ room: "reading", message: "my own" }, { token: pepe });
    await chat.sendNote({ room: "reading", message: "hey @PEPE and @pepe again, @juan" }, { token: mimi });
    const view = async () => (await rooms.listMyRooms({}, { token: pepe })).rooms.find((r) => r.name === "reading");
    expect(await view()).toMatchObject({ lastSeq: 4, lastReadSeq: 0, unreadCount: 3, mentionCount: 2 });
    expect((await rooms.markRead({ room: "reading", seq: 2 }, { token: pepe })).lastReadSeq).toBe(2);
    expect(await view()).toMatchObject({ lastReadSeq: 2, unreadCount: 1, mentionCount: 1 });
    // Another tab that is behind cannot move it back; a seq past the room is clamped.
    expect((await rooms.markRead({ room: "reading", seq: 1 }, { token: pepe })).lastReadSeq).toBe(2);
    expect((await rooms.markRead({ room: "reading", seq: 1_000 }, { token: pepe })).lastReadSeq).toBe(4);
    expect(await view()).toMatchObject({ lastReadSeq: 4, unreadCount: 0, mentionCount: 0 });
  });
});

describe("edit and delete", () => {
  test("only the author edits or deletes; streams get the events; history shows the latest text and a placeholder", async () => {
    const { chat } = t.client;
    const stream = collect(t.newClient().chat.subscribe({ room: "edits" }, { token: pepe }));
    await stream.until((items) => items.length > 0);
    await chat.sendNote({ room: "edits", message: "helo wrold" }, { token: mimi });
    await chat.sendNote({ room: "edits", message: "oops, secret" }, { token: mimi });

    await expectCode(
      chat.editNote({ room: "edits", seq: 1, message: "pepe was here" }, { token: pepe }),
      GrpcStatus.PERMISSION_DENIED,
      /only its author/,
    );
    await expectCode(chat.deleteNote({ room: "edits", seq: 1 }, { token: pepe }), GrpcStatus.PERMISSION_DENIED);
    await expectCode(chat.editNote({ room: "edits", seq: 9, message: "x" }, { token: mimi }), GrpcStatus.NOT_FOUND);
    await expectCode(
      chat.editNote({ room: "edits", seq: 1, message: "   " }, { token: mimi }),
      GrpcStatus.INVALID_ARGUMENT,
    );
    await expectCode(
      chat.editNote({ room: "edits", seq: 0, message: "x" }, { token: mimi }),
      GrpcStatus.INVALID_ARGUMENT,
    );

    const edited = await chat.editNote({ room: "edits", seq: 1, message: "hello world" }, { token: mimi });
    expect(edited).toMatchObject({ seq: 1, message: "hello world", name: "mimi" });
    expect(edited.editedAtMs).toBeGreaterThan(0);
    const deleted = await chat.deleteNote({ room: "edits", seq: 2 }, { token: mimi });
    expect(deleted).toMatchObject({ seq: 2, message: "", deleted: true });
    await expectCode(
      chat.editNote({ room: "edits", seq: 2, message: "back" }, { token: mimi }),
      GrpcStatus.NOT_FOUND,
      /deleted/,
    );

    const events = await stream.until((items) => items.some((e) => e.note?.kind === NoteKind.NOTE_KIND_DELETE));
    const edit = events.find((e) => e.note?.kind === NoteKind.NOTE_KIND_EDIT)!.note!;
    expect(edit).toMatchObject({ seq: 0, targetSeq: 1, message: "hello world", name: "mimi", room: "edits" });
    expect(edit.editedAtMs).toBeGreaterThan(0);
    const del = events.find((e) => e.note?.kind === NoteKind.NOTE_KIND_DELETE)!.note!;
    expect(del).toMatchObject({ seq: 0, targetSeq: 2, message: "", deleted: true });

    const page = await chat.getHistory({ room: "edits" }, { token: juan });
    expect(page.notes.map((n) => [n.seq, n.message, Number(n.editedAtMs) > 0, n.deleted])).toEqual([
      [1, "hello world", true, false],
      [2, "", false, true],
    ]);
    // The text is gone from the store, not hidden by the RPC.
    const stored = await t.store.messagesAfter("edits", 0, 10);
    expect(stored.map((m) => m.body)).toEqual(["hello world", ""]);
    // A resume from seq 0 carries the changed rows as they are now.
    const resumed = collect(t.newClient().chat.subscribe({ room: "edits" }, { token: juan }));
    const replay = await resumed.until((items) => items.filter((e) => e.note?.seq).length === 2);
    expect(replay.filter((e) => e.note?.seq).map((e) => [e.note!.message, e.note!.deleted])).toEqual([
      ["hello world", false],
      ["", true],
    ]);
    stream.cancel();
    resumed.cancel();
  });
});
