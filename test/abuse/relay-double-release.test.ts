/**
 * Finding 1 of issue 15: a socket that closes while its join still waits for a down chat server must not
 * release the room's stream a second time when that join times out. Before the fix, the late release landed
 * on the next socket's membership: its room stream closed, it stayed "live" and received nothing more, not
 * even its own messages (which the server stored).
 *
 * Real chat server and web tier on loopback; the server stops and comes back on the same port and store.
 */
import { expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestServer } from "@tertulia/testing/test-server";
import { openSocket } from "../support/socket.ts";
import { loginCookie, startStack } from "../support/stack.ts";

/** RoomsService's default: how long a join waits for the server before the page is told to retry. */
const JOIN_TIMEOUT_MS = 10_000;
const ROOM = "outage";
const MESSAGES = 10;

async function freePort(): Promise<number> {
  const probe = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data() {} } });
  const port = probe.port;
  probe.stop(true);
  return port;
}

async function waitFor(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await Bun.sleep(20);
  }
}

test("a join that times out after its socket closed leaves the next socket's room stream alone", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tertulia-abuse-release-"));
  const databasePath = join(dir, "chat.db");
  const stack = await startStack({ databasePath, grpcPort: await freePort() });
  let restarted: Awaited<ReturnType<typeof startTestServer>> | null = null;
  try {
    const mimi = await loginCookie(stack.base, "mimi");
    const grpcPort = stack.server.server.port;
    await stack.server.stop({ keepData: true });

    // The outage: a page opens, joins (the join waits for the server), and is closed or refreshed.
    const early = await openSocket(stack.base, mimi);
    early.send({ type: "join", room: ROOM });
    const joinedAt = Date.now();
    await waitFor("the pending join to count its member", () => stack.web.relay.get(ROOM)?.members === 1);
    early.close();
    await early.closed;
    await waitFor("the closed socket to give its place back", () => stack.web.relay.get(ROOM) === undefined);

    // The server is back; the refreshed page joins and is live, alone in the room on this web pod.
    restarted = await startTestServer({ databasePath, env: { PORT: String(grpcPort) } });
    const page = await openSocket(stack.base, mimi);
    page.send({ type: "join", room: ROOM });
    await page.until((f) => f.some((x) => x.type === "joined" && x.room === ROOM), 15_000);

    // The first join's time-out fires now: before the fix it released the stream the new sockets share.
    await Bun.sleep(Math.max(0, joinedAt + JOIN_TIMEOUT_MS + 1_000 - Date.now()));

    // The page sends; another user (a direct gRPC client, as from another web pod) sends too.
    const pepe = await restarted.login("pepe");
    for (let i = 0; i < MESSAGES; i++) {
      page.send({ type: "send", room: ROOM, text: `mine ${i}`, clientId: `mine-${i}` });
      await restarted.client.chat.sendNote(
        { room: ROOM, message: `theirs ${i}`, clientMessageId: `theirs-${i}` },
        { token: pepe },
      );
    }
    // Nothing lost: the page sees all 20 messages, its own and the other user's, in seq order, none twice.
    await page.until(() => page.messages(ROOM).length >= 2 * MESSAGES, 10_000).catch(() => {});
    const received = page.messages(ROOM).length;
    expect({ received, lost: 2 * MESSAGES - received }).toEqual({ received: 2 * MESSAGES, lost: 0 });
    expect(page.messages(ROOM).map((m) => m.seq)).toEqual(Array.from({ length: 2 * MESSAGES }, (_, i) => i + 1));
    expect(stack.web.relay.get(ROOM)?.members).toBe(1);
    // A re-join on the same socket is still answered.
    page.send({ type: "join", room: ROOM, afterSeq: 2 * MESSAGES });
    await page.until((f) => f.filter((x) => x.type === "joined" && x.room === ROOM).length === 2, 5_000);
    page.close();
  } finally {
    await stack.web.stop();
    await restarted?.stop({ keepData: true });
    rmSync(dir, { recursive: true, force: true });
  }
}, 90_000);
