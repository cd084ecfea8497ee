import { expect, test } from "bun:test";
import type { MessageFrame } from "@tertulia/protocol";
import { fitsWithin, newestWithin } from "./frame-budget.ts";

const message = (seq: number, text: string): MessageFrame => ({
  type: "message",
  room: "r",
  seq,
  author: "mimi",
  text,
  sentAt: 0,
  clientId: "",
});

test("keeps the newest messages that fit, at least one, and says when older ones were left out", () => {
  const messages = Array.from({ length: 10 }, (_, i) => message(i + 11, "x".repeat(1_000)));
  const size = Buffer.byteLength(JSON.stringify(messages[0]));
  const kept = newestWithin(messages, size * 3);
  expect(kept.messages.map((m) => m.seq)).toEqual([18, 19, 20]);
  expect(kept.trimmed).toBe(true);
  expect(newestWithin(messages, 10).messages.map((m) => m.seq)).toEqual([20]);
  expect(fitsWithin(messages, size * 10)).toBe(true);
  expect(fitsWithin(messages, size * 10 - 1)).toBe(false);
});
