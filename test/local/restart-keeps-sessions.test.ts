/**
 * `bun run start` twice on one data directory, as a person restarts it: whoever logged in on the first run is
 * still logged in on the second (same cookie: the web tier's session, the server's token behind it and the
 * relay credential all survive), because the development secrets are kept in the data directory, 0600, and
 * never printed.
 */
import { expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SpawnedProcess } from "@tertulia/testing/process";
import { freePort } from "@tertulia/testing/services";
import { openSocket } from "../support/socket.ts";
import { loginCookie } from "../support/stack.ts";
import { interrupt, runFromRoot } from "./support/from-root.ts";

const READY = /^\[start\] open http:\/\/localhost:\d+$/;

test("a restart of the local stack keeps everyone logged in; the secrets file is 0600 and never printed", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tertulia-local-restart-"));
  const dataDir = join(dir, "data");
  const web = await freePort();
  const env = { PORT: String(web), GRPC_PORT: String(await freePort()), DATA_DIR: dataDir };
  const base = `http://127.0.0.1:${web}`;
  const runs: SpawnedProcess[] = [];
  try {
    const first = runFromRoot("scripts/start-local.ts", env);
    runs.push(first);
    await first.untilStderr(READY);
    const cookie = await loginCookie(base, "mimi");
    await chatOnce(base, cookie, "before the restart");
    expect(await interrupt(first)).toBe(0);

    const second = runFromRoot("scripts/start-local.ts", env);
    runs.push(second);
    await second.untilStderr(READY);
    // The same cookie opens the chat page (not the login form) and can still send: SESSION_SECRET opened it,
    // JWT_SECRET accepted the token inside it, and RELAY_SECRET let the web tier stream the room back.
    const page = await fetch(`${base}/chat`, { headers: { cookie }, redirect: "manual" });
    expect(page.status).toBe(200);
    await chatOnce(base, cookie, "after the restart");
    expect(await interrupt(second)).toBe(0);

    const file = join(dataDir, "dev-secrets.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(first.stderr()).toContain(`development secrets created in ${file}`);
    expect(second.stderr()).not.toContain("development secrets created");
    const secrets = Object.values(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>);
    expect(secrets).toHaveLength(3);
    const printed = runs.map((r) => r.stdout() + r.stderr()).join("\n");
    for (const secret of secrets) expect(printed).not.toContain(secret);
    // No tier fell back to a secret of its own (which would end every session at the next restart).
    expect(printed).not.toContain("is not set");
  } finally {
    await Promise.all(runs.map((r) => interrupt(r)));
    rmSync(dir, { recursive: true, force: true });
  }
}, 240_000);

/** Joins a room, sends `text`, and waits for the stored copy to come back with its seq. */
async function chatOnce(base: string, cookie: string, text: string): Promise<void> {
  const socket = await openSocket(base, cookie);
  try {
    socket.send({ type: "join", room: "restart" });
    await socket.until((frames) => frames.some((f) => f.type === "joined"), 30_000);
    socket.send({ type: "send", room: "restart", text, clientId: crypto.randomUUID() });
    await socket.until(() => socket.messages("restart").some((m) => m.text === text && m.seq > 0), 30_000);
  } finally {
    socket.close();
  }
}
