import { describe, expect, test } from "bun:test";
import { sampleThreads, threadTimesBetween } from "./threads.ts";

function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // on the CPU on purpose
  }
}

describe("thread CPU by role", () => {
  test("the JavaScript thread's CPU is main, a Worker's is other", async () => {
    const start = sampleThreads([process.pid]);
    spin(60);
    const spun = threadTimesBetween(start, sampleThreads([process.pid]));
    // Time on the CPU, not wall time: a loaded machine may give the loop less than 60 ms of it, never more.
    expect(spun.main).toBeGreaterThan(5);
    expect(spun.main).toBeLessThan(1_000);

    const beforeWorker = sampleThreads([process.pid]);
    // The timer keeps the Worker's thread alive after it reports: one that ended is in no role, and on a busy
    // machine its message can arrive after an idle Worker has already stopped.
    const worker = new Worker(
      URL.createObjectURL(
        new Blob([
          "const until = performance.now() + 200; while (performance.now() < until); postMessage('done'); setInterval(() => {}, 60_000);",
        ]),
      ),
    );
    const duringWorker = await new Promise<ReturnType<typeof sampleThreads>>((resolve) => {
      worker.onmessage = () => resolve(sampleThreads([process.pid]));
    });
    worker.terminate();
    const worked = threadTimesBetween(beforeWorker, duringWorker);
    expect(worked.other).toBeGreaterThan(5);
    expect(worked.other).toBeGreaterThan(worked.main);
  });

  test("a process that is gone has no threads", () => {
    expect(sampleThreads([2 ** 22 + 1]).size).toBe(0);
  });
});
