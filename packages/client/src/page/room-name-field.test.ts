import { describe, expect, test } from "bun:test";
import { roomNameProblem } from "./room-name-field.ts";

describe("room-name fields", () => {
  test("a refused name is explained with the shared rule and a valid name close to it", () => {
    expect(roomNameProblem("team-chat")).toBe("");
    expect(roomNameProblem("")).toBe("");
    expect(roomNameProblem("Team Chat!")).toBe(
      "Room names are 1-64 characters of a-z, 0-9, '_' and '-'. Try “team-chat”.",
    );
    // Nothing usable left, or a direct room's prefix: the rule alone.
    expect(roomNameProblem("!!!")).toBe("Room names are 1-64 characters of a-z, 0-9, '_' and '-'.");
    expect(roomNameProblem("DM-abc")).toBe("Room names are 1-64 characters of a-z, 0-9, '_' and '-'.");
  });
});
