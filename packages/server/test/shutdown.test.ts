/** The real server process, signalled as Kubernetes does. */
import { expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GrpcStatus, TertuliaClient } from "@tertulia/protocol";
import { SERVER_MAIN } from "@tertulia/testing/entry-points";
import { runToExit, spawnProcess } from "@tertulia/testing/process";
import { collect } from "@tertulia/testing/streams";

test("SIGTERM with live streams: they end UNAVAILABLE and the process exits well within 10 s", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tertulia-sigterm-"));
  const server = spawnProcess({
    main: SERVER_MAIN,
    env: { DATABASE_PATH: join(dir, "chat.db"), SEED_DEMO_USERS: "1", NODE_ENV: "development", LOG_LEVEL: "info" },
  });
  const client = new TertuliaClient(`127.0.0.1:${await server.listening}`);
  try {
    const { token } = await client.auth.authenticateUser({ username: "mimi", password: "pass" });
    const streams = Array.from({ length: 20 }, (_, i) =>
      collect(client.chat.subscribe({ room: `room-${i % 3}` }, { token })),
    );
    await Promise.all(streams.map((s) => s.until((items) => items.length > 0)));
    await client.chat.sendNote({ room: "room-0", message: "a secret message body" }, { token });

    const signalledAt = performance.now();
    const exited = server.kill("SIGTERM");
    const errors = await Promise.all(streams.map((s) => s.ended));
    for (const error of errors) expect(error?.code).toBe(GrpcStatus.UNAVAILABLE);
    await exited;
    expect(await server.exited).toBe(0);
    expect(performance.now() - signalledAt).toBeLessThan(10_000);

    const logged = JSON.stringify(server.logs);
    expect(server.logs).toContainEqual(expect.objectContaining({ msg: "stopped" }));
    // Logs never carry tokens, passwords or message bodies.
    expect(logged).not.toContain(token);
    expect(logged).not.toContain("a secret message body");
    expect(server.nonJsonLines).toEqual([]);
  } finally {
    client.close();
    await server.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a production start without JWT_SECRET stops with a message naming the variable", async () => {
  const { code, stderr } = await runToExit(SERVER_MAIN, { NODE_ENV: "production", JWT_SECRET: "" });
  expect(code).toBe(2);
  expect(stderr).toContain("JWT_SECRET is required when NODE_ENV=production");
});
