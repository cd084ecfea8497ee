import { describe, expect, test } from "bun:test";
import { parseClientFrame } from "../src/browser/parse-client-frame.ts";
import { ROOM_LIMITS } from "../src/rules/rooms.ts";

const refusal = (frame: unknown) => {
  const parsed = parseClientFrame(JSON.stringify(frame));
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(frame)}`);
  return parsed.message;
};

describe("parseClientFrame: issue 17's frames", () => {
  test("every new frame parses, with its defaults", () => {
    const frames = [
      { type: "edit", room: "a", seq: 1, text: "x" },
      { type: "delete", room: "a", seq: 1 },
      { type: "read", room: "a", seq: 0 },
      { type: "create-room", room: "a", private: true, members: ["bob"] },
      { type: "open-direct", peer: "bob" },
      { type: "invite", room: "a", user: "bob" },
      { type: "remove-member", room: "a", user: "bob" },
      { type: "join-room", room: "a" },
      { type: "leave-room", room: "a" },
      { type: "browse", query: "te", after: "team", limit: 10 },
      { type: "rooms" },
      { type: "members", room: "a" },
    ];
    for (const frame of frames) expect(parseClientFrame(frame)).toEqual({ ok: true, frame: frame as never });
    expect(parseClientFrame({ type: "browse" })).toEqual({
      ok: true,
      frame: { type: "browse", query: "", after: "", limit: 50 },
    });
    expect(parseClientFrame({ type: "create-room", room: "a", private: false })).toEqual({
      ok: true,
      frame: { type: "create-room", room: "a", private: false, members: [] },
    });
  });

  test("a refused room name says the rule and suggests one that passes", () => {
    expect(refusal({ type: "create-room", room: "Team Chat!", private: true })).toBe(
      `invalid room: room names are 1-64 characters of a-z, 0-9, '_' and '-'; try "team-chat"`,
    );
    expect(refusal({ type: "join-room", room: "Team Chat" })).toBe(
      "invalid room: room names are 1-64 characters of a-z, 0-9, '_' and '-'",
    );
    expect(refusal({ type: "create-room", room: "dm-mine", private: true })).toContain("kept for direct messages");
  });

  test("members are bounded, and public rooms take none", () => {
    const members = Array.from({ length: ROOM_LIMITS.maxMembers }, (_, i) => `user${i}`);
    expect(refusal({ type: "create-room", room: "a", private: true, members })).toBe(
      "invalid members: a private room has at most 100 members: invite at most 99",
    );
    expect(refusal({ type: "create-room", room: "a", private: false, members: ["bob"] })).toBe(
      "invalid members: public rooms take no invitations: anyone may join them",
    );
  });

  test("edit text, names and directory queries are bounded with the rule in the error", () => {
    expect(refusal({ type: "edit", room: "a", seq: 1, text: "x".repeat(200_000) })).toBe(
      "invalid text: messages are at most 65536 characters",
    );
    expect(refusal({ type: "edit", room: "a", seq: 0, text: "x" })).toBe("invalid seq");
    expect(refusal({ type: "invite", room: "a", user: "" })).toBe("invalid user: name someone");
    expect(refusal({ type: "open-direct", peer: "x".repeat(65) })).toBe(
      "invalid peer: names are at most 64 characters",
    );
    expect(refusal({ type: "browse", query: "x".repeat(65) })).toContain("invalid query: search for at most 64");
    expect(refusal({ type: "browse", query: "Big Room" })).toContain("invalid query");
    expect(refusal({ type: "browse", query: "", limit: 101 })).toBe(
      "invalid limit: a directory page holds 1 to 100 rooms",
    );
    expect(refusal({ type: "browse", query: "", after: "Not A Room" })).toContain("invalid after");
  });
});
