import { describe, expect, test } from "bun:test";
import type { RoomSummary, StoredMessageFrame } from "@tertulia/protocol/browser";
import { newRoom } from "./room-state.ts";
import { applyReadMarker, applySummary, countMessage, mentionsMe } from "./unread-counts.ts";

const ME = "pepe";

function message(seq: number, author: string, text = `message ${seq}`): StoredMessageFrame {
  return { type: "message", room: "r", seq, author, text, sentAt: seq, clientId: `c${seq}` };
}

function summary(fields: Partial<RoomSummary>): RoomSummary {
  return {
    room: "r",
    kind: "public",
    peer: "",
    lastSeq: 0,
    lastActivity: 0,
    memberCount: 2,
    lastReadSeq: 0,
    unread: 0,
    mentions: 0,
    ...fields,
  };
}

describe("unread and mention counts", () => {
  test("a mention is the shared rule naming this person, any case, not an e-mail address", () => {
    expect(mentionsMe("hola @Pepe.", ME)).toBe(true);
    expect(mentionsMe("write to x@pepe.org", ME)).toBe(false);
    expect(mentionsMe("@pepito", ME)).toBe(false);
  });

  test("the server's counts, then live messages by others after its lastSeq, each counted once", () => {
    const room = newRoom("r");
    applySummary(room, summary({ lastSeq: 5, lastReadSeq: 3, unread: 2, mentions: 1 }), ME);
    expect(countMessage(room, message(5, "mimi"), ME)).toBe(false); // already in the server's count
    expect(countMessage(room, message(6, "mimi", "@pepe mira"), ME)).toBe(true);
    expect(countMessage(room, message(6, "mimi", "@pepe mira"), ME)).toBe(false);
    expect(countMessage(room, message(7, ME), ME)).toBe(false); // one's own
    expect(countMessage(room, { ...message(8, "mimi"), deleted: true }, ME)).toBe(false);
    expect([room.unread, room.mentions]).toEqual([3, 2]);
  });

  test("messages the page held beyond the server's lastSeq are counted when the counts arrive", () => {
    const room = newRoom("r");
    for (const seq of [4, 5, 6]) room.messages.set(seq, message(seq, "mimi"));
    room.lastSeq = 6;
    applySummary(room, summary({ lastSeq: 5, lastReadSeq: 3, unread: 2 }), ME);
    expect(room.unread).toBe(3);
    expect(room.countedThrough).toBe(6);
  });

  test("before the server's counts are known nothing is counted here", () => {
    const room = newRoom("r");
    expect(countMessage(room, message(1, "mimi"), ME)).toBe(false);
    expect(room.unread).toBe(0);
  });

  test("a read marker at the newest clears both; one inside what is held recounts; one further back asks the server", () => {
    const room = newRoom("r");
    for (const seq of [1, 2, 3, 4])
      room.messages.set(seq, message(seq, seq === 3 ? ME : "mimi", seq === 4 ? "@pepe" : "x"));
    room.lastSeq = 4;
    applySummary(room, summary({ lastSeq: 4, lastReadSeq: 0, unread: 3, mentions: 1 }), ME);
    expect(applyReadMarker(room, 2, ME)).toBe(true);
    expect([room.unread, room.mentions, room.lastReadSeq]).toEqual([1, 1, 2]);
    // Never backwards.
    expect(applyReadMarker(room, 1, ME)).toBe(true);
    expect(room.lastReadSeq).toBe(2);
    expect(applyReadMarker(room, 4, ME)).toBe(true);
    expect([room.unread, room.mentions]).toEqual([0, 0]);

    const far = newRoom("far");
    for (const seq of [50, 51]) far.messages.set(seq, message(seq, "mimi"));
    far.lastSeq = 51;
    applySummary(far, summary({ lastSeq: 51, lastReadSeq: 10, unread: 41 }), ME);
    expect(applyReadMarker(far, 20, ME)).toBe(false);
  });
});
