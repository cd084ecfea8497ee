import { expect, test } from "bun:test";
import { SocketQuota } from "./socket-quota.ts";

test("sockets are capped per session and per user; a lease gives its place back once", () => {
  const quota = new SocketQuota({ perSession: 2, perUser: 3 });
  const a = quota.reserve("s1", "mimi");
  const b = quota.reserve("s1", "mimi");
  expect(quota.reserve("s1", "mimi")).toEqual({
    ok: false,
    reason: "Too many open chat windows for this session (at most 2); close one",
  });
  const c = quota.reserve("s2", "mimi");
  expect(quota.refusal("s3", "mimi")).toBe("Too many open chat windows for this user (at most 3); close one");
  if (!a.ok || !b.ok || !c.ok) throw new Error("expected the first three to be granted");
  a.lease.release();
  a.lease.release();
  expect(quota.reserve("s1", "mimi").ok).toBe(true);
  expect(quota.reserve("s3", "mimi").ok).toBe(false);
  b.lease.release();
  c.lease.release();
  expect(quota.sessions).toBe(1);
});
