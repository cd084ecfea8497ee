/**
 * The gRPC server goes away mid-chat and comes back on the same address and store: the web tier says
 * "reconnecting", resumes every room from its last seq, and every client ends with every message sent
 * after the restart, none twice.
 */
import { expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestServer } from "@tertulia/testing/test-server";
import { openSocket } from "../support/socket.ts";
import { loginCookie, startStack } from "../support/stack.ts";

async function freePort(): Promise<number> {
  const probe = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data() {} } });
  const port = probe.port;
  probe.stop(true);
  return port;
}

test("server restarted mid-chat: every message after the restart reaches every client exactly once", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tertulia-restart-web-"));
  const databasePath = join(dir, "chat.db");
  const grpcPort = await freePort();
  const stack = await startStack({ databasePath, grpcPort });
  let restarted: Awaited<ReturnType<typeof startTestServer>> | null = null;
  try {
    const [mimi, pepe] = await Promise.all([loginCookie(stack.base, "mimi"), loginCookie(stack.base, "pepe")]);
    const a = await openSocket(stack.base, mimi);
    const b = await openSocket(stack.base, pepe);
    for (const s of [a, b]) s.send({ type: "join", room: "restart" });
    await Promise.all([a, b].map((s) => s.until((f) => f.some((x) => x.type === "joined"))));
    a.send({ type: "send", room: "restart", text: "before", clientId: "before" });
    await b.until(() => b.messages("restart").length === 1);

    await stack.server.stop({ keepData: true });
    await Promise.all(
      [a, b].map((s) => s.until((f) => f.some((x) => x.type === "status" && x.state === "reconnecting"))),
    );

    restarted = await startTestServer({ databasePath, env: { PORT: String(grpcPort) } });
    await Promise.all(
      [a, b].map((s) => s.until((f) => f.filter((x) => x.type === "status" && x.state === "live").length >= 1, 10_000)),
    );

    for (let i = 0; i < 10; i++) {
      a.send({ type: "send", room: "restart", text: `a${i}`, clientId: `a${i}` });
      b.send({ type: "send", room: "restart", text: `b${i}`, clientId: `b${i}` });
    }
    await Promise.all([a, b].map((s) => s.until(() => s.messages("restart").length >= 21, 10_000)));
    for (const s of [a, b]) {
      const messages = s.messages("restart");
      expect(messages.map((m) => m.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
      expect(
        messages
          .slice(1)
          .map((m) => m.text)
          .sort(),
      ).toEqual(
        [...Array.from({ length: 10 }, (_, i) => `a${i}`), ...Array.from({ length: 10 }, (_, i) => `b${i}`)].sort(),
      );
    }
    a.close();
    b.close();
  } finally {
    await stack.web.stop();
    await restarted?.stop({ keepData: true });
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
