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
