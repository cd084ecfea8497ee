import { describe, expect, test } from "bun:test";
import { TYPING_INTERVAL_MS } from "@tertulia/protocol";
import { ChatError } from "../errors.ts";
import { Claims } from "./claims.ts";

describe("Claims lease quota", () => {
  test("a new lease past the limit is refused naming it; a renewal and a stream claim always pass", () => {
    const claims = new Claims(() => 0);
    claims.hold("a", "mimi", "lease-1", 60_000, 2);
    claims.hold("b", "mimi", "lease-2", 60_000, 2);
    expect(() => claims.hold("c", "mimi", "lease-3", 60_000, 2)).toThrow(
      new ChatError("resource_exhausted", "too many presence leases: at most 2 per user; leave a room first"),
    );
    claims.hold("a", "mimi", "lease-1", 60_000, 2);
    claims.hold("c", "mimi", "stream-1", null, 2);
    claims.hold("c", "pepe", "lease-1", 60_000, 2);
    expect(claims.leases("mimi")).toBe(2);
  });

  test("released and lapsed leases give their place back, each once", () => {
    let now = 0;
    const claims = new Claims(() => now);
    claims.hold("a", "mimi", "lease-1", 10_000, 2);
    claims.hold("b", "mimi", "lease-2", 60_000, 2);
    claims.release("b", "mimi", "lease-2");
    claims.release("b", "mimi", "lease-2");
    expect(claims.leases("mimi")).toBe(1);
    now = 20_000;
    claims.sweep();
    expect(claims.leases("mimi")).toBe(0);
    claims.hold("c", "mimi", "lease-3", 60_000, 2);
    claims.hold("d", "mimi", "lease-4", 60_000, 2);
    expect(claims.leases("mimi")).toBe(2);
  });
});

describe("Claims typing throttle", () => {
  test("passes one typing event per user and room per TYPING_INTERVAL_MS, the interval every tier shares", () => {
    let now = 0;
    const claims = new Claims(() => now);
    expect(claims.allowTyping("a", "mimi")).toBe(true);
    expect(claims.allowTyping("b", "mimi")).toBe(true);
    now = TYPING_INTERVAL_MS - 1;
    expect(claims.allowTyping("a", "mimi")).toBe(false);
    now = TYPING_INTERVAL_MS;
    expect(claims.allowTyping("a", "mimi")).toBe(true);
  });
});
