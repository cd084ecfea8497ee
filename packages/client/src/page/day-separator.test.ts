import { describe, expect, test } from "bun:test";
import { continuesGroup, dayKey, dayLabel, GROUP_WITHIN_MS } from "./day-separator.ts";

const noon = new Date(2026, 11, 3, 12, 0, 0).getTime();

describe("day separators", () => {
  test("today, yesterday, then a date (with the year only when it is another year)", () => {
    expect(dayLabel(noon - 3_600_000, noon)).toBe("Today");
    expect(dayLabel(new Date(2026, 11, 2, 23, 59).getTime(), noon)).toBe("Yesterday");
    expect(dayLabel(new Date(2026, 11, 1, 9, 0).getTime(), noon)).not.toMatch(/Today|Yesterday|2026/);
    expect(dayLabel(new Date(2025, 11, 31, 9, 0).getTime(), noon)).toMatch(/2025/);
  });

  test("the day key is the local calendar day", () => {
    expect(dayKey(new Date(2026, 0, 5, 0, 0, 1).getTime())).toBe("2026-01-05");
    expect(dayKey(new Date(2026, 0, 5, 23, 59, 59).getTime())).toBe("2026-01-05");
  });
});

describe("grouping", () => {
  const a = { author: "mimi", sentAt: noon };
  test("the same author within a few minutes continues the group", () => {
    expect(continuesGroup(a, { author: "mimi", sentAt: noon + GROUP_WITHIN_MS - 1 })).toBe(true);
  });
  test("another author, a long pause, another day or nothing before starts a new one", () => {
    expect(continuesGroup(a, { author: "pepe", sentAt: noon + 1_000 })).toBe(false);
    expect(continuesGroup(a, { author: "mimi", sentAt: noon + GROUP_WITHIN_MS })).toBe(false);
    const lateNight = { author: "mimi", sentAt: new Date(2026, 11, 3, 23, 59).getTime() };
    expect(continuesGroup(lateNight, { author: "mimi", sentAt: new Date(2026, 11, 4, 0, 1).getTime() })).toBe(false);
    expect(continuesGroup(undefined, a)).toBe(false);
  });
});
