#!/usr/bin/env bun
/**
 * What it costs this machine to wake a Bun process that has nothing to do: a timer wakes it `rate` times a
 * second for `seconds`, and each wake runs nothing. Prints the process's CPU (user + system, all threads)
 * asleep, per wake (and how much of that is more than asleep), and per turn of a loop that never sleeps.
 *
 * At a low message rate every message wakes each process it goes through (raw Bun pub/sub: one; Tertulia: the
 * web tier twice, for the browser's frame and for the server's answer, and the server once), so on a machine
 * where a wake is dear that price is paid per message (bench/README.md, issue 19, part 6).
 *
 *   bun bench/tools/wake-cost.ts [--rate 25] [--seconds 10]
 */
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { rate: { type: "string", default: "25" }, seconds: { type: "string", default: "10" } },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);

/** CPU µs used over `seconds` of turns, each followed by `pause`, and how many turns there were. */
async function measure(pause: () => Promise<void>): Promise<{ cpuUs: number; turns: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let turns = 0;
  while (performance.now() - start < seconds * 1000) {
    turns++;
    await pause();
  }
  const used = process.cpuUsage(cpu);
  return { cpuUs: used.user + used.system, turns };
}

const timer = () => Bun.sleep(1000 / rate);
// A turn of the event loop without sleeping: setImmediate runs it after the loop polls with no wait.
const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

await measure(timer); // warm: the loop compiled, startup's garbage collected
// What the process costs asleep (JavaScriptCore's and Bun's own timers), so the wakes are counted apart from it.
const idle = await measure(() => Bun.sleep(seconds * 1000));
const idleUsPerSecond = idle.cpuUs / seconds;
const woken = await measure(timer);
const turning = await measure(immediate);
console.log(`asleep: ${(idleUsPerSecond / 1000).toFixed(2)} ms of CPU a second`);
console.log(
  `woken ${rate}/s by a timer: ${(woken.cpuUs / woken.turns).toFixed(1)} µs of CPU per wake, ` +
    `${((woken.cpuUs - idleUsPerSecond * seconds) / woken.turns).toFixed(1)} µs more than asleep`,
);
console.log(`turning without sleeping: ${(turning.cpuUs / turning.turns).toFixed(2)} µs of CPU per turn`);
