/**
 * Private rooms across two server replicas on one PostgreSQL and one Redis: a room created through one
 * replica refuses a non-member on every RPC of the other; a member removed through one replica loses the
 * stream they hold on the other (PERMISSION_DENIED); edits, deletes and read markers made on one are what the
 * other serves.
 */
import { expect, test } from "bun:test";
import {
  GrpcStatus,
  NoteKind,
  PresenceState,
  RoomKind,
  type ServiceError,
  type TertuliaClient,
} from "@tertulia/protocol";
import { collect } from "@tertulia/testing/streams";
import { clusterSuite } from "./cluster.ts";

const { suite, cluster } = clusterSuite("scale-out: private rooms");

async function login(client: TertuliaClient, username: string): Promise<string> {
  const { token, error } = await client.auth.authenticateUser({ username, password: "pass" });
  if (!token) throw new Error(`login as ${username} failed: ${error}`);
  return token;
}

async function expectCode(promise: Promise<unknown>, code: GrpcStatus): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: ServiceError) => e,
  );
  expect(error?.code).toBe(code);
}

suite("private rooms on two replicas", () => {
  test("every RPC on the other replica refuses a non-member; removal there ends the member's stream here", async () => {
    const [r1, r2] = await Promise.all([cluster().startReplica(), cluster().startReplica()]);
    const one = r1.client();
    const two = r2.client();
    const [mimi, pepe, juan] = await Promise.all([login(one, "mimi"), login(two, "pepe"), login(two, "juan")]);

    await one.rooms.createRoom({ room: "vault", kind: RoomKind.ROOM_KIND_PRIVATE, members: ["pepe"] }, { token: mimi });
    await one.chat.sendNote({ room: "vault", message: "for pepe only" }, { token: mimi });

    // Replica two, which never saw the room created, refuses juan on every call.
    const DENIED = GrpcStatus.PERMISSION_DENIED;
    const juanStream = collect(two.chat.subscribe({ room: "vault" }, { token: juan }));
    expect((await juanStream.ended)?.code).toBe(DENIED);
    await expectCode(two.chat.getHistory({ room: "vault" }, { token: juan }), DENIED);
    await expectCode(two.chat.sendNote({ room: "vault", message: "hi?" }, { token: juan }), DENIED);
    await expectCode(
      two.chat.updatePresence(
        { room: "vault", state: PresenceState.PRESENCE_STATE_JOINED, holderId: "t" },
        { token: juan },
      ),
      DENIED,
    );
    await expectCode(two.chat.editNote({ room: "vault", seq: 1, message: "x" }, { token: juan }), DENIED);
    await expectCode(two.chat.deleteNote({ room: "vault", seq: 1 }, { token: juan }), DENIED);
    await expectCode(two.rooms.listMembers({ room: "vault" }, { token: juan }), DENIED);
    await expectCode(two.rooms.markRead({ room: "vault", seq: 1 }, { token: juan }), DENIED);
    expect((await two.chat.listRooms({ rooms: ["vault"] }, { token: juan })).rooms).toEqual([]);
    expect((await two.rooms.browseRooms({ query: "vault" }, { token: juan })).rooms).toEqual([]);

    // Pepe, a member, reads it on replica two and holds a stream there.
    const pepeStream = collect(two.chat.subscribe({ room: "vault" }, { token: pepe }));
    await pepeStream.until((items) => items.some((e) => e.note?.message === "for pepe only"), 10_000);

    // An edit through replica one reaches the stream on replica two; the marker set on two is read on one.
    await one.chat.editNote({ room: "vault", seq: 1, message: "for pepe, edited" }, { token: mimi });
    const events = await pepeStream.until(
      (items) => items.some((e) => e.note?.kind === NoteKind.NOTE_KIND_EDIT),
      10_000,
    );
    expect(events.find((e) => e.note?.kind === NoteKind.NOTE_KIND_EDIT)?.note).toMatchObject({
      targetSeq: 1,
      message: "for pepe, edited",
    });
    expect((await two.rooms.markRead({ room: "vault", seq: 1 }, { token: pepe })).lastReadSeq).toBe(1);
    const onOne = await one.rooms.listMyRooms({}, { token: await login(one, "pepe") });
    expect(onOne.rooms.find((r) => r.name === "vault")).toMatchObject({ lastReadSeq: 1, unreadCount: 0 });

    // Removed through replica one: the stream on replica two ends, and two refuses pepe from then on.
    await one.rooms.removeMember({ room: "vault", username: "pepe" }, { token: mimi });
    const ended = await pepeStream.ended;
    expect(ended?.code).toBe(DENIED);
    expect(ended?.details).toMatch(/vault is private and you are not a member/);
    await expectCode(two.chat.getHistory({ room: "vault" }, { token: pepe }), DENIED);
  }, 60_000);
});
