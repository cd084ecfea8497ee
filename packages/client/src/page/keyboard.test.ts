import { expect, test } from "bun:test";
import { neighbourRoom } from "./keyboard.ts";

test("Alt+↑/↓ go to the previous/next room in the sidebar's order, wrapping at either end", () => {
  const rooms = ["general", "ops", "random"];
  expect(neighbourRoom(rooms, "ops", 1)).toBe("random");
  expect(neighbourRoom(rooms, "random", 1)).toBe("general");
  expect(neighbourRoom(rooms, "general", -1)).toBe("random");
  expect(neighbourRoom([], "general", 1)).toBeUndefined();
});
