/**
 * An event-loop lag probe for every Bun process of a bench run (load generator, server, web tier), loaded
 * with `--preload` through BUN_OPTIONS so neither package is changed: a 20 ms timer; each time it fires more
 * than `LAG_MIN_MS` late, one line (time, process, how late) goes to `LAG_LOG`. Tells which process held its
 * event loop when the bench's "slowest moments" happened. Keep it cheap: no heap statistics per tick (those
 * alone overloaded a 2-core machine).
 *
 *   BUN_OPTIONS="--preload=$PWD/bench/tools/event-loop-lag.ts" LAG_LOG=/tmp/lag.log \
 *     bun bench/run.ts --only many-rooms --set many-rooms.seconds=60
 *   awk '{print $2}' /tmp/lag.log | sort | uniq -c            # late ticks per process
 *
 * (`bun run bench` does not take BUN_OPTIONS' --preload: run bench/run.ts directly.)
 */
import { appendFileSync } from "node:fs";

const EVERY_MS = 20;
const minMs = Number(process.env.LAG_MIN_MS ?? 30);
const logPath = process.env.LAG_LOG ?? "/tmp/event-loop-lag.log";
const who = `${(process.argv[1] ?? "?").split("/").slice(-3).join("/")}#${process.pid}`;
let last = performance.now();
const timer = setInterval(() => {
  const now = performance.now();
  const lateMs = now - last - EVERY_MS;
  last = now;
  if (lateMs > minMs) appendFileSync(logPath, `${new Date().toISOString()} ${who} late ${lateMs.toFixed(1)}ms\n`);
}, EVERY_MS);
timer.unref();
