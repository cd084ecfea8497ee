/**
 * Finding 5 of issue 15: one session could fill the web tier's memory. It opened as many sockets as it liked,
 * let them not read (Bun held 16 MB per socket, then dropped frames while the socket stayed open: the page
 * silently missed them), and asked for the whole room again with a 112-byte resume `join` that drew a
 * multi-megabyte answer, ten times a second.
 *
 * Now: sockets per session and per user are capped (the upgrade is refused with 429 and the reason); a socket
 * that does not read is closed once Bun holds WS_BACKPRESSURE_LIMIT for it, so the page reconnects and resumes
 * from its last seq instead of missing frames; a `joined` answer carries at most FRAME_BUDGET_BYTES.
 *
 * Server and web tier run as their own processes on loopback; the web tier's RSS is read from /proc.
 */

import { afterAll, beforeAll, expect, test } from "bun:test";
import { TertuliaClient } from "@tertulia/protocol";
import { CLOSE_CODES } from "@tertulia/protocol/browser";
import { sampleProcess } from "../../bench/lib/proc.ts";
import { type BenchStack, spawnStack } from "../../bench/lib/stack.ts";
import { openSocket } from "../support/socket.ts";
import { loginCookie } from "../support/stack.ts";
import { openRawWebSocket, type RawWebSocket } from "./support/raw-websocket.ts";

const ROOM = "crowded";
/** Messages stored before the attack, each ~4 KB: the ring (500) holds ~2 MB of them. */
const STORED = 600;
const SOCKETS_TRIED = 40;
const RESUME_ROUNDS = 80;
const LIVE = 20;
/** The web tier may grow this much while attacked (20 such sockets took it from 104 to 503 MB before). */
const RSS_GROWTH_BOUND_MB = 150;
/** A `joined` frame's budget (256 KiB) plus its envelope. */
const JOINED_BOUND_BYTES = 300 * 1024;

let stack: BenchStack;
beforeAll(async () => {
  // The page's own frame rate (10/s, bursts of 30), not the bench's.
  // The bench's stack raises the socket caps for its load generator; empty means unset, so the web tier's
  // own defaults (10 a session, 30 a user) are what is attacked here.
  stack = await spawnStack({
    webEnv: {
      WS_RATE_PER_SECOND: "10",
      WS_RATE_BURST: "30",
      WS_MAX_SOCKETS_PER_SESSION: "",
      WS_MAX_SOCKETS_PER_USER: "",
    },
  });
  const client = new TertuliaClient(stack.grpcAddress!);
  try {
    const { token } = await client.auth.authenticateUser({ username: "juan", password: "pass" });
    for (let i = 0; i < STORED; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, j) =>
          client.chat.sendNote(
            { room: ROOM, message: `${i + j} ${"x".repeat(3_990)}`, clientMessageId: `fill-${i + j}` },
            { token },
          ),
        ),
      );
    }
  } finally {
    client.close();
  }
});
afterAll(() => stack?.stop());

async function until(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await Bun.sleep(20);
  }
}

const joinedCount = (s: RawWebSocket) => s.frames().filter((f) => f.type === "joined").length;

test("one session cannot fill the web tier: capped sockets, bounded answers, non-readers closed, nothing missed", async () => {
  const webPid = stack.webPid!;
  const pepe = await openSocket(stack.webUrl, await loginCookie(stack.webUrl, "pepe"));
  pepe.send({ type: "join", room: ROOM });
  await pepe.until((f) => f.some((x) => x.type === "joined"), 10_000);
  const before = sampleProcess(webPid)!;

  // One session opens sockets one after another.
  const mimi = await loginCookie(stack.webUrl, "mimi");
  const attempts: RawWebSocket[] = [];
  for (let i = 0; i < SOCKETS_TRIED; i++) attempts.push(await openRawWebSocket(stack.webUrl, mimi));
  const accepted = attempts.filter((s) => s.status === 101);
  const refused = attempts.filter((s) => s.status !== 101);
  for (const s of refused) s.destroy();

  // Each joins the room and reads its first answer; one measures what a resume `join` of a joined room costs.
  for (const s of accepted) s.send({ type: "join", room: ROOM });
  await until("every socket joined", () => accepted.every((s) => s.closed || joinedCount(s) >= 1));
  const epoch = accepted[0]!.frames().find((f) => f.type === "joined")!.epoch as string;
  const resume = { type: "join", room: ROOM, afterSeq: 1, epoch };
  const probe = accepted[0]!;
  const bytesBefore = probe.bytesReceived;
  probe.send(resume);
  await until("the resume answer", () => joinedCount(probe) >= 2);
  const resumeAnswerBytes = probe.bytesReceived - bytesBefore;

  // Then they stop reading and ask for the whole room again and again, while pepe chats on.
  for (const s of accepted) s.pause();
  for (let round = 0; round < RESUME_ROUNDS; round++) {
    for (const s of accepted) s.send(resume);
    if (round % (RESUME_ROUNDS / LIVE) === 0) {
      const n = round / (RESUME_ROUNDS / LIVE);
      pepe.send({ type: "send", room: ROOM, text: `live ${n}`, clientId: `live-${n}` });
    }
    await Bun.sleep(100);
  }
  const pepeLive = () => pepe.messages(ROOM).filter((m) => m.text.startsWith("live ")).length;
  await pepe.until(() => pepeLive() >= LIVE, 20_000).catch(() => {});
  const after = sampleProcess(webPid)!;

  // The attackers read again: each either has every live message or was closed (the page then resumes).
  for (const s of accepted) s.resume();
  const liveSeqs = pepe
    .messages(ROOM)
    .filter((m) => m.text.startsWith("live "))
    .map((m) => m.seq);
  const missing = (s: RawWebSocket) => {
    const seen = new Set(s.frames().flatMap((f) => (f.type === "message" ? [f.seq as number] : [])));
    return liveSeqs.filter((seq) => !seen.has(seq)).length;
  };
  await until(
    "every attacking socket caught up or closed",
    () => accepted.every((s) => s.closed || missing(s) === 0),
    20_000,
  ).catch(() => {});
  const stillOpen = accepted.filter((s) => !s.closed);
  const silentlyLost = stillOpen.reduce((sum, s) => sum + missing(s), 0);
  const growthMb = after.peakRssMb - before.rssMb;
  console.log(
    `socket-flood: ${accepted.length} of ${SOCKETS_TRIED} sockets let through for one session; resume answer ${(resumeAnswerBytes / 1024).toFixed(0)} KB; web RSS ${before.rssMb.toFixed(0)} → peak ${after.peakRssMb.toFixed(0)} MB (+${growthMb.toFixed(0)} MB); ${accepted.length - stillOpen.length} non-reading sockets closed, ${silentlyLost} live messages silently missed by ${stillOpen.length} left open; the legitimate user got ${pepeLive()} of ${LIVE}`,
  );

  expect(accepted.length).toBe(10);
  expect(refused[0]?.status).toBe(429);
  expect(refused[0]?.refusal).toContain("at most 10");
  expect(resumeAnswerBytes).toBeLessThan(JOINED_BOUND_BYTES);
  expect(growthMb).toBeLessThan(RSS_GROWTH_BOUND_MB);
  expect(silentlyLost).toBe(0);
  // Closed the way that makes a page reconnect and resume (no close frame: 1006), never "log in again".
  for (const s of accepted) {
    const close = s.frames().find((f) => f.type === "close");
    expect(close?.code === CLOSE_CODES.sessionExpired || close?.code === 1008).toBe(false);
  }

  // The legitimate user lost nothing and keeps going; the session can open a socket again once others closed.
  expect(
    pepe
      .messages(ROOM)
      .filter((m) => m.text.startsWith("live "))
      .map((m) => m.text),
  ).toEqual(Array.from({ length: LIVE }, (_, i) => `live ${i}`));
  for (const s of accepted) s.destroy();
  await until("the attacking sockets to be gone", () => accepted.every((s) => s.closed));
  const again = await openSocket(stack.webUrl, mimi);
  again.send({ type: "join", room: ROOM, afterSeq: liveSeqs.at(-1)! - 5, epoch });
  const [answer] = (await again.until((f) => f.some((x) => x.type === "joined"), 10_000)).filter(
    (x) => x.type === "joined",
  );
  expect((answer!.messages as unknown[]).length).toBe(5);
  again.close();
  pepe.close();
}, 120_000);

test("one user cannot get around the session cap with more sessions", async () => {
  const sessions = await Promise.all(Array.from({ length: 4 }, () => loginCookie(stack.webUrl, "juan")));
  const sockets: RawWebSocket[] = [];
  for (const cookie of sessions)
    for (let i = 0; i < 10; i++) sockets.push(await openRawWebSocket(stack.webUrl, cookie));
  const accepted = sockets.filter((s) => s.status === 101).length;
  const refusal = sockets.find((s) => s.status !== 101);
  console.log(`socket-flood: ${accepted} of ${sockets.length} sockets let through for one user in 4 sessions`);
  expect(accepted).toBe(30);
  expect(refusal?.status).toBe(429);
  expect(refusal?.refusal).toContain("for this user (at most 30)");
  for (const s of sockets) s.destroy();
}, 60_000);
