import { expect, test } from "bun:test";
import { OpsError } from "../errors.ts";
import { fakeIO } from "../testing/fake-io.ts";
import { plainProgress } from "./steps.ts";

test("plain progress: one line per step with ✔/⚠/–/✖, the fix under a failure, and stop at the first failure", async () => {
  const io = fakeIO();
  const out = await plainProgress(io).run([
    { title: "one", run: async (s) => s.detail("fine") },
    { title: "two", run: async (s) => s.warn("look at this") },
    { title: "three", run: async (s) => s.skip("not needed") },
    { title: "four", run: async () => Promise.reject(new OpsError("CommandFailed", "it broke", "mend it")) },
    { title: "five", run: async () => {} },
  ]);
  expect(out.reports.map((r) => r.status)).toEqual(["ok", "warn", "skipped", "failed"]);
  expect(out.failure?.message).toBe("it broke");
  const lines = io.lines.map((l) => l.replace(/\(\d+ms\)/, "(Tms)"));
  expect(lines).toEqual([
    "✔ one · fine (Tms)",
    "⚠ two · look at this (Tms)",
    "– three · not needed (Tms)",
    "✖ four · it broke (Tms)\n    fix: mend it",
  ]);
});

test("concurrent steps all run even when one fails", async () => {
  const io = fakeIO();
  const out = await plainProgress(io).run(
    [
      { title: "a", run: async () => Promise.reject(new Error("x")) },
      { title: "b", run: async () => {} },
    ],
    { concurrent: true, continueOnError: true },
  );
  expect(out.reports.map((r) => r.status)).toEqual(["failed", "ok"]);
});

test("plain progress announces a step that is still running, so a CI log shows what is being waited for", async () => {
  const io = fakeIO();
  let release = (): void => {};
  const waiting = new Promise<void>((r) => (release = r));
  const announced = new Promise<void>((resolve) => {
    const push = io.lines.push.bind(io.lines);
    io.lines.push = (...items: string[]) => {
      const n = push(...items);
      if (items.some((l) => l.startsWith("… State bucket"))) resolve();
      return n;
    };
  });
  const run = plainProgress(io, { announceAfterMs: 10 }).run([
    { title: "quick", run: async () => {} },
    { title: "State bucket b", run: () => waiting },
  ]);
  await announced;
  expect(io.lines.at(-1)).toMatch(/^… State bucket b · running, started \d+ms ago$/);
  release();
  await run;
  expect(io.lines.filter((l) => l.startsWith("…"))).toHaveLength(1);
  expect(io.lines.at(-1)).toMatch(/^✔ State bucket b/);
});
