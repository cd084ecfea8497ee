/**
 * What every ChatStore adapter must do, as one suite that each adapter's test file runs against its own
 * store: sqlite-store.test.ts and postgres-store.test.ts. `open` gives a fresh, empty store; `openTwin`, where
 * the adapter can, a second store on the same data (another replica).
 */
import { afterEach, describe, expect, test } from "bun:test";
import { NoteKind } from "@tertulia/protocol";
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
  });
}
