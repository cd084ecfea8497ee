#!/usr/bin/env bun
/**
 * The SQLite store alone, in this process: `rate` appends a second over `rooms` rooms for `seconds`, as the
 * chat server makes them (a few per event-loop turn). Prints CPU per append (user + system of this process,
 * the checkpoint worker's thread included) and the longest gaps of a 1 ms timer: a commit, a checkpoint or
 * anything else that holds the event loop shows there. Takes the store module to load, so an older checkout's
 * store runs through the same loop.
 *
 *   bun bench/tools/store-append.ts [--store path/to/sqlite-store.ts] [--dir /tmp] [--rate 1000] [--rooms 100] [--seconds 20]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ChatStore } from "@tertulia/server/src/store/store.ts";

const { values } = parseArgs({
  options: {
    store: { type: "string", default: resolve(import.meta.dir, "../../packages/server/src/store/sqlite-store.ts") },
    dir: { type: "string", default: tmpdir() },
    rate: { type: "string", default: "1000" },
    rooms: { type: "string", default: "100" },
    seconds: { type: "string", default: "20" },
  },
});
const rate = Number(values.rate);
const rooms = Number(values.rooms);
const seconds = Number(values.seconds);
const { openSqliteStore } = (await import(resolve(values.store))) as {
  openSqliteStore: (options: { path: string; retainPerRoom: number }) => ChatStore;
};
const dir = mkdtempSync(join(values.dir, "tertulia-store-append-"));
const store = openSqliteStore({ path: join(dir, "chat.db"), retainPerRoom: 10_000 });

const gaps: number[] = [];
let tick = performance.now();
const timer = setInterval(() => {
  const now = performance.now();
  gaps.push(now - tick);
  tick = now;
}, 1);
const cpu = process.cpuUsage();
const start = performance.now();
let sent = 0;
while (performance.now() - start < seconds * 1000) {
  const due = Math.floor(((performance.now() - start) * rate) / 1000);
  const turn: Promise<unknown>[] = [];
  for (; sent < due; sent++) {
    turn.push(
      store.appendMessage({
        room: `room-${sent % rooms}`,
        author: `user-${sent % 20}`,
        body: `bench message ${sent}`,
        kind: 1,
        clientMessageId: `c-${sent}`,
        sentAtMs: Date.now(),
      }),
    );
  }
  await Promise.all(turn);
  await Bun.sleep(1);
}
const used = process.cpuUsage(cpu);
clearInterval(timer);
await store.close();
rmSync(dir, { recursive: true, force: true });
gaps.sort((a, b) => b - a);
const round = (ms: number) => Math.round(ms * 10) / 10;
console.log(
  JSON.stringify({
    store: values.store,
    appends: sent,
    cpuUsPerAppend: Math.round((used.user + used.system) / sent),
    longestGapsMs: gaps.slice(0, 5).map(round),
    gapsOver50ms: gaps.filter((g) => g > 50).length,
  }),
);
