/** The real server process, signalled as Kubernetes does. */
import { expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { GrpcStatus, TertuliaClient } from "@tertulia/protocol";
import { collect } from "./support/streams.ts";

const MAIN = resolve(import.meta.dir, "../src/main.ts");

async function spawnServer(env: Record<string, string>) {
  const proc = Bun.spawn(["bun", MAIN], { env: { ...process.env, ...env }, stdout: "pipe", stderr: "pipe" });
  const lines: string[] = [];
  const reader = proc.stdout.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${lines.join("\n")}`)), 10_000);
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value);
        let newline: number;
        while ((newline = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          lines.push(line);
          const entry = JSON.parse(line) as { msg: string; port?: number };
          if (entry.msg === "listening") {
            clearTimeout(timer);
            resolvePort(entry.port!);
          }
        }
      }
    })();
  });
  return { proc, port, lines };
}

test("SIGTERM with live streams: they end UNAVAILABLE and the process exits well within 10 s", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tertulia-sigterm-"));
  const { proc, port, lines } = await spawnServer({
    HOST: "127.0.0.1",
    PORT: "0",
    DATABASE_PATH: join(dir, "chat.db"),
    SEED_DEMO_USERS: "1",
    NODE_ENV: "development",
    LOG_LEVEL: "info",
  });
  const client = new TertuliaClient(`127.0.0.1:${port}`);
  try {
    const { token } = await client.auth.authenticateUser({ username: "mimi", password: "pass" });
    const streams = Array.from({ length: 20 }, (_, i) =>
      collect(client.chat.subscribe({ room: `room-${i % 3}` }, { token })),
    );
    await Promise.all(streams.map((s) => s.until((items) => items.length > 0)));
    await client.chat.sendNote({ room: "room-0", message: "a secret message body" }, { token });

    const signalledAt = performance.now();
    proc.kill("SIGTERM");
    const errors = await Promise.all(streams.map((s) => s.ended));
    for (const error of errors) expect(error?.code).toBe(GrpcStatus.UNAVAILABLE);
    expect(await proc.exited).toBe(0);
    expect(performance.now() - signalledAt).toBeLessThan(10_000);

    const logged = lines.join("\n");
    expect(logged).toContain('"msg":"stopped"');
    // Logs never carry tokens, passwords or message bodies.
    expect(logged).not.toContain(token);
    expect(logged).not.toContain("a secret message body");
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  } finally {
    client.close();
    proc.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a production start without JWT_SECRET stops with a message naming the variable", async () => {
  const proc = Bun.spawn(["bun", MAIN], {
    env: { ...process.env, NODE_ENV: "production", JWT_SECRET: "" },
    stdout: "pipe",
    stderr: "pipe",
  });
  expect(await proc.exited).toBe(2);
  expect(await new Response(proc.stderr).text()).toContain("JWT_SECRET is required when NODE_ENV=production");
});
