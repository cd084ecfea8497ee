import { describe, expect, test } from "bun:test";
import { LoginThrottle } from "./login-throttle.ts";
import { RateLimiter } from "./rate-limiter.ts";

describe("RateLimiter", () => {
  test("reserves before the work: the attempt past the limit is refused, a release gives one back", () => {
    const clock = { now: 0 };
    const limiter = new RateLimiter({ limit: 2, windowMs: 1_000, now: () => clock.now });
    expect(limiter.reserve("k")).toBe(0);
    expect(limiter.reserve("k")).toBe(0);
    expect(limiter.reserve("k")).toBe(1_000);
    limiter.release("k");
    expect(limiter.reserve("k")).toBe(0);
  });

  test("expired windows are dropped by a sweep, so an idle limiter empties", () => {
    const clock = { now: 0 };
    const limiter = new RateLimiter({ limit: 5, windowMs: 1_000, now: () => clock.now });
    for (let i = 0; i < 1_000; i++) limiter.reserve(`key-${i}`);
    expect(limiter.size).toBe(1_000);
    clock.now = 999;
    limiter.sweep();
    expect(limiter.size).toBe(1_000);
    clock.now = 1_000;
    limiter.sweep();
    expect(limiter.size).toBe(0);
  });

  test("holds at most maxKeys, dropping the oldest", () => {
    const limiter = new RateLimiter({ limit: 5, windowMs: 60_000, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) limiter.reserve(`key-${i}`);
    expect(limiter.size).toBe(100);
  });
});

describe("LoginThrottle", () => {
  test("limits (user, address) pairs, and slows an account down instead of locking it", () => {
    const clock = { now: 0 };
    const throttle = new LoginThrottle({
      perPair: 3,
      perAddress: 100,
      slowAfter: 3,
      slowdownMs: 500,
      windowMs: 60_000,
      now: () => clock.now,
    });
    try {
      for (let i = 0; i < 3; i++) {
        const admission = throttle.admitLogin("mimi", "192.0.2.1");
        if (!admission.ok) throw new Error("refused too early");
        throttle.failed(admission.attempt);
      }
      expect(throttle.admitLogin("mimi", "192.0.2.1").ok).toBe(false);
      const fromElsewhere = throttle.admitLogin("mimi", "203.0.113.9");
      expect(fromElsewhere).toMatchObject({ ok: true, slowdownMs: 500 });
      expect(throttle.admitLogin("pepe", "192.0.2.1")).toMatchObject({ ok: true, slowdownMs: 0 });
      clock.now = 60_000;
      throttle.sweep();
      expect(throttle.admitLogin("mimi", "192.0.2.1")).toMatchObject({ ok: true, slowdownMs: 0 });
    } finally {
      throttle.close();
    }
  });
});
