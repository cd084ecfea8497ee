/**
 * Presence across replicas through a real Redis: a user online through any replica is online everywhere,
 * JOIN is announced when the cluster-wide count goes 0 → 1 and LEAVE when it goes back to 0, once each.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { NoteKind } from "@tertulia/protocol";
import { silentLogger } from "@tertulia/runtime";
import { findRedis, type RunningRedis, startRedis, warnSkip } from "@tertulia/testing/services";
import { eventually } from "@tertulia/testing/streams";
import type { RoomNote } from "../src/bus/bus.ts";
import { RedisBus } from "../src/bus/redis-bus.ts";
import { RedisPresence } from "../src/presence/redis-presence.ts";

const binary = findRedis();
if (typeof binary === "object") warnSkip("Redis presence tests", binary.reason);
// Skipped only on a machine without the Debian package (warnSkip above prints which binary is missing);
// CI installs it (scripts/setup.sh --test), so there the suite always runs.
const suite = typeof binary === "object" ? describe.skip : describe;

let redis: RunningRedis;
const buses: RedisBus[] = [];
const trackers: RedisPresence[] = [];
beforeAll(async () => {
  if (typeof binary === "string") redis = await startRedis(binary);
});
afterAll(async () => {
  await Promise.all(trackers.map((t) => t.close()));
  await Promise.all(buses.map((b) => b.close()));
  await redis?.stop();
});

async function replica(prefix: string) {
  const bus = await RedisBus.open({ url: redis.url, log: silentLogger, prefix });
  const presence = new RedisPresence({ redis: bus.commands, bus, log: silentLogger, prefix, ttlMs: 60_000 });
  buses.push(bus);
  trackers.push(presence);
  return { bus, presence };
}

suite("Redis presence", () => {
  test("two replicas holding the same user: one JOIN, one LEAVE, the same answer everywhere", async () => {
    const [a, b, watcher] = await Promise.all([replica("p1"), replica("p1"), replica("p1")]);
    const heard: RoomNote[] = [];
    watcher.bus.subscribe("hall", (note) => heard.push(note));
    const kinds = () => heard.filter((n) => n.name === "mimi").map((n) => n.kind);

    a.presence.hold("hall", "mimi", "stream-1", null);
    b.presence.hold("hall", "mimi", "stream-9", null);
    b.presence.hold("hall", "pepe", "lease-x", 60_000);
    await eventually(async () => (await watcher.presence.present("hall")).length === 2, 5_000, "both present");
    expect(await a.presence.present("hall")).toEqual(["mimi", "pepe"]);
    expect(await watcher.presence.present("hall")).toEqual(["mimi", "pepe"]);

    a.presence.release("hall", "mimi", "stream-1");
    await eventually(async () => (await b.presence.present("hall")).includes("mimi"), 5_000, "still present through b");
    b.presence.release("hall", "mimi", "stream-9");
    await eventually(() => kinds().includes(NoteKind.NOTE_KIND_LEAVE), 5_000, "LEAVE heard");
    expect(kinds()).toEqual([NoteKind.NOTE_KIND_JOIN, NoteKind.NOTE_KIND_LEAVE]);
    expect(await watcher.presence.present("hall")).toEqual(["pepe"]);
  });

  test("after Redis restarts empty, every replica writes its users back", async () => {
    const a = await replica("p2");
    a.presence.hold("lobby", "juan", "stream-1", null);
    await eventually(async () => (await a.presence.present("lobby")).includes("juan"), 5_000, "juan present");
    await redis.restart();
    await eventually(
      async () => (await a.presence.present("lobby").catch((): string[] => [])).includes("juan"),
      10_000,
      "juan present again",
    );
  });
});
