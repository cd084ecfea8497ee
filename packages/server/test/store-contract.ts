/**
 * What every ChatStore adapter must do, as one suite that each adapter's test file runs against its own
 * store: sqlite-store.test.ts and postgres-store.test.ts. `open` gives a fresh, empty store; `openTwin`, where
 * the adapter can, a second store on the same data (another replica).
 */
import { afterEach, describe, expect, test } from "bun:test";
import { NoteKind, RoomKind } from "@tertulia/protocol";
import type { ChatStore, NewMessage } from "../src/store/store.ts";

export interface StoreFixture {
  readonly store: ChatStore;
  /** A second store on the same data, as another replica would open it. */
  openTwin(): Promise<ChatStore>;
}

export interface ContractOptions {
  /** A fresh, empty store with the given retention. */
  readonly open: (options: { retainPerRoom: number }) => Promise<StoreFixture>;
}

const message = (room: string, author: string, body: string, clientMessageId = "", sentAtMs = 1_000): NewMessage => ({
  room,
  author,
  body,
  kind: NoteKind.NOTE_KIND_CHAT,
  clientMessageId,
  sentAtMs,
});

export function storeContract(adapter: string, options: ContractOptions): void {
  describe(`${adapter} store contract`, () => {
    const opened: ChatStore[] = [];
    const open = async (retainPerRoom = 100_000) => {
      const fixture = await options.open({ retainPerRoom });
      opened.push(fixture.store);
      return {
        store: fixture.store,
        openTwin: async () => {
          const twin = await fixture.openTwin();
          opened.push(twin);
          return twin;
        },
      };
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    test("users: created once, found by name, a taken name refused", async () => {
      const { store } = await open();
      expect(await store.createUser({ username: "mimi", passwordHash: "h1" })).toBe(true);
      expect(await store.createUser({ username: "mimi", passwordHash: "h2" })).toBe(false);
      const mimi = await store.findUser("mimi");
      expect(mimi).toMatchObject({ username: "mimi", passwordHash: "h1", tokenGeneration: 0 });
      expect(mimi!.id).toMatch(/^[0-9a-f-]{32,36}$/);
      expect(await store.findUser("nobody")).toBeNull();
    });

    test("users: revocation bumps the token generation; a deleted name registered again is another id", async () => {
      const { store } = await open();
      await store.createUser({ username: "mimi", passwordHash: "h1" });
      const first = (await store.findUser("mimi"))!;
      expect(await store.revokeTokens(first.id)).toBe(1);
      expect(await store.changePassword(first.id, "h2")).toBe(2);
      expect(await store.findUser("mimi")).toMatchObject({ passwordHash: "h2", tokenGeneration: 2, id: first.id });
      expect(await store.revokeTokens("no-such-id")).toBeNull();
      expect(await store.deleteUser(first.id)).toBe(true);
      expect(await store.deleteUser(first.id)).toBe(false);
      expect(await store.findUser("mimi")).toBeNull();
      await store.createUser({ username: "mimi", passwordHash: "h3" });
      const second = (await store.findUser("mimi"))!;
      expect(second.id).not.toBe(first.id);
      expect(second.tokenGeneration).toBe(0);
    });

    test("rooms: created on first use with a stable epoch; unknown rooms are null", async () => {
      const { store } = await open();
      const first = await store.ensureRoom("plaza");
      expect(first).toMatchObject({ name: "plaza", lastSeq: 0 });
      expect(first.epoch).not.toBe("");
      expect((await store.ensureRoom("plaza")).epoch).toBe(first.epoch);
      expect(await store.findRoom("plaza")).toEqual(first);
      expect(await store.findRoom("nowhere")).toBeNull();
      expect(await store.bounds("nowhere")).toEqual({ firstSeq: 0, lastSeq: 0 });
    });

    test("messages get consecutive seqs per room, from 1, with every field kept", async () => {
      const { store } = await open();
      const a = await store.appendMessage(message("a", "mimi", "uno", "c1", 1_700_000_000_123));
      const b = await store.appendMessage(message("a", "pepe", "dos"));
      const c = await store.appendMessage(message("b", "mimi", "otro"));
      expect([a.message.seq, b.message.seq, c.message.seq]).toEqual([1, 2, 1]);
      expect(a.duplicate).toBe(false);
      expect(await store.messagesAfter("a", 0, 10)).toEqual([
        {
          room: "a",
          seq: 1,
          author: "mimi",
          body: "uno",
          kind: NoteKind.NOTE_KIND_CHAT,
          clientMessageId: "c1",
          sentAtMs: 1_700_000_000_123,
        },
        {
          room: "a",
          seq: 2,
          author: "pepe",
          body: "dos",
          kind: NoteKind.NOTE_KIND_CHAT,
          clientMessageId: "",
          sentAtMs: 1_000,
        },
      ]);
      const room = await store.findRoom("a");
      expect(room?.lastSeq).toBe(2);
      expect(typeof room?.lastActivityMs).toBe("number");
      expect(await store.bounds("a")).toEqual({ firstSeq: 1, lastSeq: 2 });
    });

    test("a retry with the same client message id returns the original; without an id nothing is deduplicated", async () => {
      const { store } = await open();
      const first = await store.appendMessage(message("r", "mimi", "hola", "same"));
      const again = await store.appendMessage(message("r", "mimi", "hola (retry)", "same"));
      expect(again).toEqual({ message: first.message, duplicate: true });
      const otherAuthor = await store.appendMessage(message("r", "pepe", "hola", "same"));
      expect(otherAuthor.duplicate).toBe(false);
      await store.appendMessage(message("r", "mimi", "x"));
      await store.appendMessage(message("r", "mimi", "x"));
      expect((await store.messagesAfter("r", 0, 10)).map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    });

    test("pages: after a seq oldest first, before a seq the newest page oldest first", async () => {
      const { store } = await open();
      for (let i = 1; i <= 10; i++) await store.appendMessage(message("p", "mimi", `m${i}`));
      expect((await store.messagesAfter("p", 3, 4)).map((m) => m.seq)).toEqual([4, 5, 6, 7]);
      expect((await store.messagesAfter("p", 10, 4)).map((m) => m.seq)).toEqual([]);
      expect((await store.messagesBefore("p", 8, 3)).map((m) => m.seq)).toEqual([5, 6, 7]);
      expect((await store.messagesBefore("p", Number.MAX_SAFE_INTEGER, 2)).map((m) => m.seq)).toEqual([9, 10]);
    });

    test("rooms are listed most recently active first", async () => {
      const { store } = await open();
      await store.appendMessage(message("old", "mimi", "x", "", 1_000));
      await store.appendMessage(message("new", "mimi", "x", "", 5_000));
      await store.appendMessage(message("mid", "mimi", "x", "", 3_000));
      expect((await store.listRooms(10)).map((r) => r.name)).toEqual(["new", "mid", "old"]);
      expect((await store.listRooms(1)).map((r) => r.name)).toEqual(["new"]);
    });

    test("old messages are pruned past the retention; bounds move with them", async () => {
      const { store } = await open(100);
      for (let i = 1; i <= 512; i++) await store.appendMessage(message("big", "mimi", `m${i}`));
      const { firstSeq, lastSeq } = await store.bounds("big");
      expect(lastSeq).toBe(512);
      expect(firstSeq).toBeGreaterThan(1);
      expect(firstSeq).toBeLessThanOrEqual(512 - 100 + 1);
      expect((await store.messagesAfter("big", 0, 1))[0]!.seq).toBe(firstSeq);
    });

    test("two stores on the same data (two replicas) never hand out the same seq", async () => {
      const { store, openTwin } = await open();
      const twin = await openTwin();
      const results = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          (i % 2 === 0 ? store : twin).appendMessage(message("race", i % 2 ? "pepe" : "mimi", `m${i}`)),
        ),
      );
      expect(results.map((r) => r.message.seq).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 60 }, (_, i) => i + 1),
      );
      expect((await twin.messagesAfter("race", 0, 100)).map((m) => m.seq)).toEqual(
        Array.from({ length: 60 }, (_, i) => i + 1),
      );
    });

    test("the same retry reaching two replicas at once is stored once", async () => {
      const { store, openTwin } = await open();
      const twin = await openTwin();
      for (let round = 0; round < 10; round++) {
        const results = await Promise.all(
          [store, twin, store, twin].map((s) => s.appendMessage(message("dup", "mimi", "once", `id-${round}`))),
        );
        expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
        expect(new Set(results.map((r) => r.message.seq)).size).toBe(1);
      }
      expect((await store.messagesAfter("dup", 0, 100)).map((m) => m.seq)).toEqual(
        Array.from({ length: 10 }, (_, i) => i + 1),
      );
    });
    const bounds = { maxMembers: 3, maxRoomsPerUser: 2 };

    test("private rooms: created with their members at once; a taken name is refused; bounds hold", async () => {
      const { store } = await open();
      const room = { name: "secret", kind: RoomKind.ROOM_KIND_PRIVATE, createdBy: "mimi", createdAtMs: 5 };
      expect(await store.createRoom({ ...room, members: ["mimi", "pepe"] }, bounds)).toEqual({ outcome: "created" });
      expect(await store.findRoom("secret")).toMatchObject({ kind: RoomKind.ROOM_KIND_PRIVATE, createdBy: "mimi" });
      expect(await store.createRoom({ ...room, members: ["juan"] }, bounds)).toEqual({ outcome: "exists" });
      expect(await store.listMembers("secret", 10)).toEqual(["mimi", "pepe"]);
      expect(await store.membership("secret", "juan")).toBeNull();
      expect(await store.addMember("secret", "juan", 6, bounds)).toBe("added");
      expect(await store.addMember("secret", "juan", 6, bounds)).toBe("exists");
      expect(await store.addMember("secret", "ana", 6, bounds)).toBe("room_full");
      expect(await store.countMembers("secret")).toBe(3);
      // mimi is in one room; a second fills her bound, a third is refused and writes nothing.
      expect(await store.createRoom({ ...room, name: "two", members: ["mimi"] }, bounds)).toEqual({
        outcome: "created",
      });
      expect(await store.createRoom({ ...room, name: "three", members: ["ana", "mimi"] }, bounds)).toEqual({
        outcome: "user_full",
        username: "mimi",
      });
      expect(await store.findRoom("three")).toBeNull();
      expect(await store.membership("three", "ana")).toBeNull();
      expect(await store.removeMember("secret", "pepe")).toBe(true);
      expect(await store.removeMember("secret", "pepe")).toBe(false);
      expect(await store.listMembers("secret", 10)).toEqual(["juan", "mimi"]);
    });

    test("the directory lists public rooms only, by name, matching a literal substring, paged", async () => {
      const { store } = await open();
      for (const name of ["team_a", "teamxa", "alpha", "beta-team"])
        await store.appendMessage(message(name, "mimi", "x"));
      await store.createRoom(
        { name: "team-hidden", kind: RoomKind.ROOM_KIND_PRIVATE, createdBy: "mimi", members: ["mimi"], createdAtMs: 1 },
        bounds,
      );
      await store.addMember("alpha", "pepe", 1, bounds);
      const all = await store.browseRooms({ contains: "", after: "", limit: 10 });
      expect(all.map((r) => r.name)).toEqual(["alpha", "beta-team", "team_a", "teamxa"]);
      expect(all[0]).toMatchObject({ memberCount: 1, lastSeq: 1 });
      // '_' is matched as itself, not as a wildcard.
      expect((await store.browseRooms({ contains: "m_", after: "", limit: 10 })).map((r) => r.name)).toEqual([
        "team_a",
      ]);
      expect((await store.browseRooms({ contains: "team", after: "", limit: 2 })).map((r) => r.name)).toEqual([
        "beta-team",
        "team_a",
      ]);
      expect((await store.browseRooms({ contains: "team", after: "team_a", limit: 2 })).map((r) => r.name)).toEqual([
        "teamxa",
      ]);
    });

    test("read state: a member's marker only moves forward and never past the room; unread and mentions counted", async () => {
      const { store } = await open();
      await store.appendMessage(message("plaza", "pepe", "one"));
      await store.addMember("plaza", "mimi", 1, { maxMembers: 10, maxRoomsPerUser: 10 });
      const two = await store.appendMessage(message("plaza", "pepe", "hey @mimi"));
      await store.setMentions("plaza", two.message.seq, ["mimi"]);
      await store.appendMessage(message("plaza", "mimi", "mine"));
      const four = await store.appendMessage(message("plaza", "pepe", "four"));
      expect(await store.markRead("plaza", "juan", 1)).toBeNull();
      let [mine] = await store.memberRooms("mimi", 10);
      expect(mine).toMatchObject({ name: "plaza", lastReadSeq: 0, unreadCount: 3, mentionCount: 1, memberCount: 1 });
      expect(await store.markRead("plaza", "mimi", 2)).toBe(2);
      expect(await store.markRead("plaza", "mimi", 1)).toBe(2);
      [mine] = await store.memberRooms("mimi", 10);
      expect(mine).toMatchObject({ lastReadSeq: 2, unreadCount: 1, mentionCount: 0 });
      expect(await store.markRead("plaza", "mimi", 99)).toBe(4);
      await store.deleteMessage("plaza", four.message.seq, "pepe", 9);
      expect(await store.markRead("plaza", "mimi", 3)).toBe(4);
    });

    test("edits and deletes: only the author's own live message changes; deleted text is gone from the store", async () => {
      const { store } = await open();
      const { message: first } = await store.appendMessage(message("e", "mimi", "helo @pepe"));
      await store.setMentions("e", first.seq, ["pepe"]);
      await store.addMember("e", "pepe", 1, { maxMembers: 10, maxRoomsPerUser: 10 });
      expect(await store.editMessage("e", first.seq, "pepe", "hijacked", 2)).toEqual({ outcome: "not_author" });
      expect(await store.editMessage("e", 99, "mimi", "x", 2)).toEqual({ outcome: "not_found" });
      const edited = await store.editMessage("e", first.seq, "mimi", "hello @pepe", 2_000);
      expect(edited).toMatchObject({ outcome: "changed", message: { body: "hello @pepe", editedAtMs: 2_000 } });
      expect((await store.messagesAfter("e", 0, 10))[0]).toMatchObject({ body: "hello @pepe", editedAtMs: 2_000 });
      expect((await store.memberRooms("pepe", 10))[0]!.mentionCount).toBe(1);
      expect(await store.deleteMessage("e", first.seq, "pepe", 3)).toEqual({ outcome: "not_author" });
      const deleted = await store.deleteMessage("e", first.seq, "mimi", 3_000);
      expect(deleted).toMatchObject({ outcome: "changed", message: { body: "", deleted: true } });
      expect(await store.editMessage("e", first.seq, "mimi", "back", 4)).toEqual({ outcome: "deleted" });
      expect(await store.deleteMessage("e", first.seq, "mimi", 4)).toEqual({ outcome: "deleted" });
      const [stored] = await store.messagesBefore("e", Number.MAX_SAFE_INTEGER, 10);
      expect(stored).toMatchObject({ seq: first.seq, body: "", deleted: true, author: "mimi" });
      expect((await store.memberRooms("pepe", 10))[0]).toMatchObject({ unreadCount: 0, mentionCount: 0 });
    });

    test("a deleted account leaves its rooms, so its name registered again is in none of them", async () => {
      const { store } = await open();
      await store.createUser({ username: "mimi", passwordHash: "h" });
      const mimi = (await store.findUser("mimi"))!;
      await store.createRoom(
        { name: "hidden", kind: RoomKind.ROOM_KIND_PRIVATE, createdBy: "mimi", members: ["mimi"], createdAtMs: 1 },
        bounds,
      );
      expect(await store.deleteUser(mimi.id)).toBe(true);
      expect(await store.membership("hidden", "mimi")).toBeNull();
    });

    test("a marker, a membership and an edit made through one replica are seen by the other", async () => {
      const { store, openTwin } = await open();
      const twin = await openTwin();
      const { message: sent } = await store.appendMessage(message("shared", "mimi", "draft"));
      await store.addMember("shared", "pepe", 1, { maxMembers: 10, maxRoomsPerUser: 10 });
      expect(await twin.membership("shared", "pepe")).toMatchObject({ lastReadSeq: 0 });
      await twin.editMessage("shared", sent.seq, "mimi", "final", 7);
      expect((await store.messagesAfter("shared", 0, 1))[0]!.body).toBe("final");
      expect(await twin.markRead("shared", "pepe", 1)).toBe(1);
      expect((await store.membership("shared", "pepe"))!.lastReadSeq).toBe(1);
    });
  });
}
