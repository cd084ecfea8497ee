import { describe, expect, test } from "bun:test";
import { directoryQuery, lastActivityWords } from "./directory.ts";

describe("the directory", () => {
  test("a directory search keeps only the characters a room name may hold", () => {
    expect(directoryQuery("Book Club!")).toBe("bookclub");
    expect(directoryQuery("dev_ops-2")).toBe("dev_ops-2");
  });

  test("last activity in words", () => {
    const now = Date.UTC(2026, 0, 10, 12);
    expect(lastActivityWords(0, now)).toBe("no messages yet");
    expect(lastActivityWords(now - 10_000, now)).toBe("active just now");
    expect(lastActivityWords(now - 5 * 60_000, now)).toMatch(/^active 5 minutes ago$/);
    expect(lastActivityWords(now - 2 * 86_400_000, now)).toMatch(/^active 2 days ago$/);
  });
});
