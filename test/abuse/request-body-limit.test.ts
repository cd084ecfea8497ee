/**
 * Finding 4 of issue 15: the web tier read form bodies up to Bun's default 128 MB before the CSRF check, so
 * anyone, without an account, could fill its memory (six parallel 120 MB posts: 103 → 1,475 MB). Now a body
 * announced larger than HTTP_MAX_BODY is refused with 413 and a sentence naming the limit before a byte of it
 * is read, and a streamed (chunked) one is cut off by Bun's own limit.
 *
 * Server and web tier run as their own processes on loopback, so the web tier's RSS is its own (/proc).
 * Bounds are generous: a loaded 2-core machine must not make them flake.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { connect } from "node:net";
import { sampleProcess } from "../../bench/lib/proc.ts";
import { type BenchStack, spawnStack } from "../../bench/lib/stack.ts";
import { openSocket } from "../support/socket.ts";
import { loginCookie } from "../support/stack.ts";

const ATTACKERS = 6;
const BODY_MB = 64;
/** The web tier may grow this much while it is attacked (it grew by ~2 bytes per body byte before). */
const RSS_GROWTH_BOUND_MB = 64;

let stack: BenchStack;
beforeAll(async () => {
  stack = await spawnStack({ webEnv: { WS_RATE_PER_SECOND: "50", WS_RATE_BURST: "100" } });
});
afterAll(() => stack?.stop());

interface Outcome {
  readonly status: number;
  readonly body: string;
  /** Body bytes the socket accepted before the web tier answered or hung up. */
  readonly sentMb: number;
}

const MiB = 1 << 20;

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await Bun.sleep(10);
}

/** One unauthenticated form post of `bytes`, as a script would send it: raw HTTP/1.1 on a TCP socket. */
function hugePost(url: string, bytes: number, { chunked = false, waitForEarlyReply = true } = {}): Promise<Outcome> {
  const { hostname, port } = new URL(url);
  const chunk = Buffer.alloc(Math.min(MiB, bytes), "a");
  return new Promise((resolve) => {
    let reply = "";
    let sent = 0;
    let stopped = false;
    const socket = connect({ host: hostname, port: Number(port) }, async () => {
      const length = chunked ? "Transfer-Encoding: chunked" : `Content-Length: ${bytes}`;
      socket.write(
        `POST /login HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\n${length}\r\n\r\n`,
      );
      // Wait a moment for an early refusal before sending the body (as a client sending `Expect:
      // 100-continue` would): once the web tier closes, writing into the socket resets the connection, and a
      // reset discards a reply not read yet. Without an early answer, the whole body follows at full speed.
      if (waitForEarlyReply) await until(() => reply !== "" || stopped, 1_000);
      while (sent < bytes && !stopped && reply === "") {
        const ok = chunked
          ? socket.write(`${chunk.length.toString(16)}\r\n`) && socket.write(chunk) && socket.write("\r\n")
          : socket.write(chunk);
        sent += chunk.length;
        if (!ok) await new Promise((drained) => socket.once("drain", drained).once("close", drained));
      }
      if (chunked && !stopped) socket.write("0\r\n\r\n");
    });
    const finish = () => {
      if (stopped) return;
      stopped = true;
      socket.destroy();
      const [head = "", body = ""] = reply.split("\r\n\r\n");
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0), body, sentMb: sent / MiB });
    };
    socket.on("data", (data) => {
      reply += data.toString();
      if (reply.includes("\r\n\r\n")) setTimeout(finish, 50);
    });
    // Writing into a socket the web tier has closed fails (EPIPE/ECONNRESET): the reply, if any, came first.
    socket.on("error", () => {});
    socket.on("close", finish);
  });
}

test("huge form posts are refused with 413 before they are read; the web tier's memory holds and chat goes on", async () => {
  const webPid = stack.webPid!;
  const cookie = await loginCookie(stack.webUrl, "mimi");
  const user = await openSocket(stack.webUrl, cookie);
  user.send({ type: "join", room: "lobby" });
  await user.until((f) => f.some((x) => x.type === "joined"));
  const before = sampleProcess(webPid)!;

  // Huge announced bodies (Bun's backstop), mid-size ones (refused with the reason) and streamed ones without
  // a length, all in parallel.
  const attacks = [
    ...Array.from({ length: ATTACKERS }, () => hugePost(stack.webUrl, BODY_MB * MiB)),
    ...Array.from({ length: 2 }, () => hugePost(stack.webUrl, MiB / 2)),
    ...Array.from({ length: 2 }, () => hugePost(stack.webUrl, BODY_MB * MiB, { chunked: true })),
  ];
  // And some that send the whole body at once without waiting: cut off, whatever they manage to read.
  const blasts = Array.from({ length: ATTACKERS }, () =>
    hugePost(stack.webUrl, BODY_MB * MiB, { waitForEarlyReply: false }),
  );
  // The legitimate user keeps chatting meanwhile.
  for (let i = 0; i < 10; i++) user.send({ type: "send", room: "lobby", text: `during ${i}`, clientId: `d${i}` });
  const outcomes = await Promise.all(attacks);
  const blasted = await Promise.all(blasts);
  const after = sampleProcess(webPid)!;

  // Let through: the body was read to its end and answered (before the fix: 403, the CSRF check).
  const letThrough =
    outcomes.filter((o) => o.status !== 413 && o.status !== 411).length +
    blasted.filter((o) => o.sentMb >= BODY_MB || ![0, 413].includes(o.status)).length;
  const growthMb = after.peakRssMb - before.rssMb;
  console.log(
    `request-body-limit: ${letThrough} of ${outcomes.length + blasted.length} huge posts let through; web RSS ${before.rssMb.toFixed(0)} MB → peak ${after.peakRssMb.toFixed(0)} MB (+${growthMb.toFixed(0)} MB); MB sent per attacker: ${[...outcomes, ...blasted].map((o) => o.sentMb.toFixed(1)).join(", ")}`,
  );
  expect(outcomes.map((o) => o.status)).toEqual([...Array(ATTACKERS + 2).fill(413), 411, 411]);
  // Refusals from our own check say why; Bun's backstop answers a bare 413 for what is announced above 1 MiB.
  for (const o of outcomes.slice(ATTACKERS, ATTACKERS + 2)) expect(o.body).toContain("at most 16384 bytes");
  for (const o of outcomes.slice(ATTACKERS + 2)) expect(o.body).toContain("Content-Length");
  // A sender that does not wait is cut off: a 413 if it reads it in time, a reset otherwise; never its body read.
  for (const o of blasted) {
    expect([0, 413]).toContain(o.status);
    expect(o.sentMb).toBeLessThan(BODY_MB);
  }
  expect(letThrough).toBe(0);
  expect(growthMb).toBeLessThan(RSS_GROWTH_BOUND_MB);

  // Nothing lost: every message sent during the attack came back, and a new login still works.
  await user.until(() => user.messages("lobby").length >= 10, 10_000);
  expect(user.messages("lobby").map((m) => m.text)).toEqual(Array.from({ length: 10 }, (_, i) => `during ${i}`));
  expect(await loginCookie(stack.webUrl, "pepe")).toContain("tertulia_session=");
  // A normal form post still fits comfortably.
  user.close();
}, 120_000);
