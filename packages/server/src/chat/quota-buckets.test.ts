import { expect, test } from "bun:test";
import { QuotaBuckets } from "./quota-buckets.ts";

test("a bucket grants its burst, then one token per refill interval, and says how long to wait", () => {
  let now = 0;
  const buckets = new QuotaBuckets({ perSecond: 10, burst: 3, now: () => now });
  expect([buckets.take("mimi"), buckets.take("mimi"), buckets.take("mimi")]).toEqual([0, 0, 0]);
  expect(buckets.take("mimi")).toBe(100);
  expect(buckets.take("pepe")).toBe(0);
  now = 100;
  expect(buckets.take("mimi")).toBe(0);
  expect(buckets.take("mimi")).toBe(100);
});

test("full buckets are swept once the map passes its bound, so idle users cost nothing", () => {
  let now = 0;
  const buckets = new QuotaBuckets({ perSecond: 1, burst: 1, sweepAbove: 100, now: () => now });
  for (let i = 0; i < 100; i++) buckets.take(`user-${i}`);
  now = 2_000;
  buckets.take("newcomer");
  expect(buckets.size).toBe(1);
});
