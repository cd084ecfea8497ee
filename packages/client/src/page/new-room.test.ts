import { describe, expect, test } from "bun:test";
import { memberNames } from "./new-room.ts";

describe("the new-room dialog", () => {
  test("members typed with commas or spaces, each once", () => {
    expect(memberNames(" ana, luis  pepe;ana ")).toEqual(["ana", "luis", "pepe"]);
    expect(memberNames("")).toEqual([]);
  });
});
