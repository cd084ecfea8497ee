/**
 * Finding 8 of issue 15: no quotas. One gRPC client sent 1,346 messages a second; one user created rooms
 * without end; reading a room created it; one user held 20,000 streams and 24,000 presence leases; one web
 * socket joined any number of rooms. Now each has a per-user quota on the server (RESOURCE_EXHAUSTED with a
 * sentence naming the limit; a `quota_exceeded` error frame on the page) and per-socket rooms on the web tier,
 * and a legitimate user in the same room keeps sending and receiving meanwhile.
 *
 * Server and web tier run as their own processes on loopback with the server's default quotas.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { GrpcStatus, PresenceState, type ServiceError, TertuliaClient } from "@tertulia/protocol";
import { sampleProcess } from "../../bench/lib/proc.ts";
import { type BenchStack, spawnStack } from "../../bench/lib/stack.ts";
import { type Frame, isFrame, openSocket, type TestSocket } from "../support/socket.ts";
import { loginCookie } from "../support/stack.ts";

/** The server's defaults (the bench stack raises them for load tests). */
const QUOTAS = {
  SEND_RATE_PER_USER: "10",
  SEND_BURST_PER_USER: "30",
  ROOMS_PER_USER_PER_HOUR: "20",
  STREAMS_PER_USER: "20",
  LEASES_PER_USER: "500",
};
const RSS_GROWTH_BOUND_MB = 100;

let stack: BenchStack;
let client: TertuliaClient;
const tokens: Record<string, string> = {};
let legit: TestSocket;

beforeAll(async () => {
  stack = await spawnStack({ serverEnv: QUOTAS });
  client = new TertuliaClient(stack.grpcAddress!);
  for (const user of ["mimi", "pepe", "juan"])
    tokens[user] = (await client.auth.authenticateUser({ username: user, password: "pass" })).token;
  legit = await openSocket(stack.webUrl, await loginCookie(stack.webUrl, "admin"));
  legit.send({ type: "join", room: "lobby" });
  await legit.until((f) => f.some((x) => x.type === "joined"), 10_000);
});
afterAll(async () => {
  legit?.close();
  client?.close();
  await stack?.stop();
});

let legitSent = 0;
/** The legitimate user says something and must see it come back. */
async function legitSays(): Promise<void> {
  const n = legitSent++;
  legit.send({ type: "send", room: "lobby", text: `still here ${n}`, clientId: `legit-${n}` });
  await legit.until(() => legit.messages("lobby").some((m) => m.clientId === `legit-${n}`), 10_000);
}

type Outcome = { ok: true } | { ok: false; code: number; details: string };
const settle = (promise: Promise<unknown>): Promise<Outcome> =>
  promise.then(
    () => ({ ok: true }),
    (error: ServiceError) => ({ ok: false, code: error.code, details: error.details }),
  );
const refusedWith = (outcomes: Outcome[], words: string) =>
  outcomes.filter((o) => !o.ok && o.code === GrpcStatus.RESOURCE_EXHAUSTED && o.details.includes(words)).length;

test("per-user quotas refuse the excess with RESOURCE_EXHAUSTED; the legitimate user goes on", async () => {
  const serverPid = stack.serverPid!;
  const before = sampleProcess(serverPid)!;
  const figures: string[] = [];

  // 1. One gRPC client sends as fast as it can.
  const started = performance.now();
  const flood: Outcome[] = [];
  for (let batch = 0; batch < 6; batch++) {
    flood.push(
      ...(await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          settle(
            client.chat.sendNote(
              { room: "lobby", message: `flood ${batch}.${i}`, clientMessageId: `f${batch}.${i}` },
              // On a loaded machine 300 calls can outlast the client's default deadline; only the server's
              // answers count here, so give them room.
              { token: tokens.mimi, timeoutMs: 60_000 },
            ),
          ),
        ),
      )),
    );
  }
  const floodSeconds = (performance.now() - started) / 1000;
  const floodAccepted = flood.filter((o) => o.ok).length;
  const otherRefusals = flood.flatMap((o) =>
    !o.ok && !(o.code === GrpcStatus.RESOURCE_EXHAUSTED && o.details.includes("messages a second"))
      ? [`${o.code} ${o.details}`]
      : [],
  );
  figures.push(
    `send flood: ${floodAccepted} of ${flood.length} let through in ${floodSeconds.toFixed(1)} s` +
      (otherRefusals.length > 0 ? ` (other refusals: ${[...new Set(otherRefusals)].join(" | ")})` : ""),
  );
  await legitSays();

  // 2. One user creates rooms (a message each), paced under the send rate.
  const rooms: Outcome[] = [];
  for (let batch = 0; batch < 4; batch++) {
    rooms.push(
      ...(await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          settle(
            client.chat.sendNote(
              { room: `new-${batch}-${i}`, message: "hi", clientMessageId: `n${batch}.${i}` },
              { token: tokens.pepe },
            ),
          ),
        ),
      )),
    );
    await Bun.sleep(1_100);
  }
  const listed = await client.chat.listRooms({ rooms: [] }, { token: tokens.pepe });
  const roomsCreated = listed.rooms.filter((r) => r.name?.startsWith("new-")).length;
  figures.push(`room creation: ${roomsCreated} of ${rooms.length} rooms created`);

  // 3. Reading rooms that do not exist (a stream's start, a history page) creates none of them.
  for (let i = 0; i < 15; i++) {
    const stream = client.chat.subscribe({ room: `ghost-${i}`, afterSeq: 0, tail: 10 }, { token: tokens.juan });
    await new Promise<void>((resolve) => {
      stream.once("data", () => resolve());
      stream.once("error", () => resolve());
    });
    stream.cancel();
    await client.chat.getHistory({ room: `ghost-h-${i}`, beforeSeq: 0, limit: 10 }, { token: tokens.juan });
  }
  const ghosts = await client.chat.listRooms({ rooms: [] }, { token: tokens.juan });
  const ghostRooms = ghosts.rooms.filter((r) => r.name?.startsWith("ghost")).length;
  figures.push(`reading: ${ghostRooms} of 30 unknown rooms created by reading them`);
  await legitSays();

  // 4. One user opens streams and never reads them.
  const streams = Array.from({ length: 50 }, () =>
    client.chat.subscribe({ room: "lobby", afterSeq: 0, tail: 1 }, { token: tokens.juan }),
  );
  const streamOutcomes = await Promise.all(
    streams.map(
      (stream) =>
        new Promise<Outcome>((resolve) => {
          stream.once("data", () => resolve({ ok: true }));
          stream.once("error", (error: ServiceError) =>
            resolve({ ok: false, code: error.code, details: error.details }),
          );
        }),
    ),
  );
  const streamsOpened = streamOutcomes.filter((o) => o.ok).length;
  figures.push(`streams: ${streamsOpened} of ${streams.length} opened by one user`);
  await legitSays();
  for (const stream of streams) stream.cancel();

  // 5. One user takes presence leases in arbitrary rooms.
  const leases: Outcome[] = [];
  for (let batch = 0; batch < 6; batch++) {
    leases.push(
      ...(await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          settle(
            client.chat.updatePresence(
              {
                room: `lease-${batch}-${i}`,
                state: PresenceState.PRESENCE_STATE_JOINED,
                holderId: `h-${batch}-${i}`,
                ttlSeconds: 600,
              },
              { token: tokens.juan },
            ),
          ),
        ),
      )),
    );
  }
  const leasesHeld = leases.filter((o) => o.ok).length;
  figures.push(`leases: ${leasesHeld} of ${leases.length} held by one user`);

  // 6. Through the web tier: one socket joins rooms without end, then floods a room.
  const mimi = await openSocket(stack.webUrl, await loginCookie(stack.webUrl, "mimi"));
  for (let i = 0; i < 60; i++) mimi.send({ type: "join", room: `many-${i}` });
  await mimi.until(
    (f) => f.filter((x) => x.type === "joined" || (x.type === "error" && x.code === "too_many_rooms")).length >= 60,
    20_000,
  );
  const socketRooms = mimi.frames.filter((x) => x.type === "joined").length;
  figures.push(`web: ${socketRooms} of 60 rooms joined by one socket`);
  for (let i = 0; i < 40; i++) mimi.send({ type: "send", room: "many-0", text: `web flood ${i}`, clientId: `w${i}` });
  const webAnswered = (f: readonly Frame[]) =>
    f.filter(
      (x) =>
        (x.type === "message" && String(x.text).startsWith("web flood")) ||
        (x.type === "error" && x.code === "quota_exceeded"),
    ).length;
  await mimi.until((f) => webAnswered(f) >= 40, 20_000);
  const quotaFrame = mimi.frames.filter(isFrame("error")).find((x) => x.code === "quota_exceeded");
  mimi.close();
  await legitSays();

  const after = sampleProcess(serverPid)!;
  const growthMb = after.peakRssMb - before.rssMb;
  figures.push(
    `server RSS ${before.rssMb.toFixed(0)} → peak ${after.peakRssMb.toFixed(0)} MB (+${growthMb.toFixed(0)} MB)`,
  );
  console.log(`chat-quotas: ${figures.join("; ")}`);

  // Send rate: the burst plus the refill over the elapsed time (and a margin), never the whole flood.
  expect(floodAccepted).toBeLessThanOrEqual(30 + Math.ceil(10 * floodSeconds) + 10);
  expect(refusedWith(flood, "at most 10 messages a second")).toBe(flood.length - floodAccepted);
  expect(roomsCreated).toBe(20);
  expect(refusedWith(rooms, "at most 20 an hour")).toBe(20);
  expect(ghostRooms).toBe(0);
  expect(streamsOpened).toBe(20);
  expect(refusedWith(streamOutcomes, "at most 20 per user")).toBe(30);
  expect(leasesHeld).toBe(500);
  expect(refusedWith(leases, "at most 500 per user")).toBe(100);
  expect(socketRooms).toBe(50);
  expect(quotaFrame?.message).toContain("at most 10 messages a second");
  expect(growthMb).toBeLessThan(RSS_GROWTH_BOUND_MB);
  // The legitimate user's every message came back, in order, none lost.
  expect(
    legit
      .messages("lobby")
      .filter((m) => m.author === "admin")
      .map((m) => m.text),
  ).toEqual(Array.from({ length: legitSent }, (_, i) => `still here ${i}`));
}, 120_000);
