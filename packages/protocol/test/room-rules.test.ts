import { expect, test } from "bun:test";
import {
  NoteKind,
  noteToChangeFrame,
  noteToStoredMessageFrame,
  parseMentions,
  ROOM_NAME_PATTERN,
  suggestRoomName,
} from "../src/index.ts";

test("mentions: @name after a non-word character, lower-cased, distinct, bounded, sentence dots trimmed", () => {
  expect(parseMentions("hi @Mimi. and @pepe, @mimi again; mail x@juan.com; @ab is too short", 10)).toEqual([
    "mimi",
    "pepe",
  ]);
  expect(parseMentions("@a.b-c_d (@juan)", 10)).toEqual(["a.b-c_d", "juan"]);
  expect(parseMentions("@one1 @two2 @three", 2)).toEqual(["one1", "two2"]);
});

test("a refused room name gets a suggestion that passes the rule, never a direct-message name", () => {
  for (const [input, expected] of [
    ["Team Chat!", "team-chat"],
    ["Café  del   Mar", "cafe-del-mar"],
    ["--x--", "x"],
    ["!!!", null],
    ["DM-abc", null],
  ] as const) {
    const suggestion = suggestRoomName(input);
    expect(suggestion).toBe(expected);
    if (suggestion) expect(ROOM_NAME_PATTERN.test(suggestion)).toBe(true);
  }
  expect(suggestRoomName("x".repeat(100))).toHaveLength(64);
});

test("edit and delete events become message-changed frames; the page module's kind numbers match the proto", () => {
  const edit = {
    room: "r",
    name: "mimi",
    message: "new",
    seq: 0,
    targetSeq: 7,
    editedAtMs: 5,
    kind: NoteKind.NOTE_KIND_EDIT,
  };
  expect(noteToChangeFrame("r", edit)).toEqual({
    type: "message-changed",
    room: "r",
    seq: 7,
    change: "edited",
    text: "new",
    author: "mimi",
    editedAt: 5,
  });
  expect(noteToChangeFrame("r", { ...edit, kind: NoteKind.NOTE_KIND_DELETE, message: "" })?.change).toBe("deleted");
  expect(noteToChangeFrame("r", { ...edit, kind: NoteKind.NOTE_KIND_CHAT })).toBeNull();
  expect(noteToStoredMessageFrame("r", { seq: 3, name: "mimi", message: "", deleted: true })).toMatchObject({
    seq: 3,
    deleted: true,
  });
  expect(noteToStoredMessageFrame("r", { seq: 3, name: "mimi", message: "x" })).not.toHaveProperty("editedAt");
});
