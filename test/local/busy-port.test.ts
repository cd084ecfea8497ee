/**
 * A port another program holds: each tier (and `bun run start`) stops with exit code 2 and one line on
 * stderr naming the port and the variable that chose it, never a stack trace and never a second listener,
 * also when the holder allows sharing (SO_REUSEPORT, as Elysia's `listen` asks for by default: with it, a
 * second web tier would bind beside the first and silently take half its connections).
 */
import { afterAll, expect, test } from "bun:test";
import { freePort } from "@tertulia/testing/services";
import { holdPort, interrupt, runFromRoot } from "./support/from-root.ts";

const holders = { plain: holdPort(), sharing: holdPort({ reusePort: true }) };
afterAll(() => {
  for (const holder of Object.values(holders)) holder.stop();
});

const SERVER = "packages/server/src/main.ts";
const WEB = "packages/client/src/main.ts";
const START = "scripts/start-local.ts";
const serverEnv = { HOST: "127.0.0.1", DATABASE_PATH: ":memory:", LOG_LEVEL: "debug" };
const webEnv = { HOST: "127.0.0.1", SERVER_URL: "127.0.0.1:1", LOG_LEVEL: "debug" };
const startEnv = { HOST: "127.0.0.1", PORT: "free", GRPC_PORT: "free" };

/** `@` is the held port, `free` a free one. */
const cases = [
  { who: "the chat server", entry: SERVER, env: { ...serverEnv, PORT: "@" }, says: "tertulia-server: port @ (PORT)" },
  {
    who: "the chat server",
    entry: SERVER,
    env: { ...serverEnv, PORT: "0", METRICS_PORT: "@" },
    says: "tertulia-server: port @ (METRICS_PORT)",
  },
  { who: "the web tier", entry: WEB, env: { ...webEnv, PORT: "@" }, says: "tertulia-client: port @ (PORT)" },
  {
    who: "the web tier",
    entry: WEB,
    env: { ...webEnv, PORT: "0", METRICS_PORT: "@" },
    says: "tertulia-client: port @ (METRICS_PORT)",
  },
  { who: "bun run start", entry: START, env: { ...startEnv, PORT: "@" }, says: "[start] port @ (PORT)" },
  { who: "bun run start", entry: START, env: { ...startEnv, GRPC_PORT: "@" }, says: "[start] port @ (GRPC_PORT)" },
  {
    who: "bun run start",
    entry: START,
    env: { ...startEnv, METRICS_PORT: "@" },
    says: "[start] port @ (METRICS_PORT)",
  },
  {
    who: "bun run start",
    entry: START,
    env: { ...startEnv, WEB_METRICS_PORT: "@" },
    says: "[start] port @ (WEB_METRICS_PORT)",
  },
];

for (const [kind, holder] of Object.entries(holders)) {
  for (const { who, entry, env, says } of cases) {
    const variable = /\((\w+)\)/.exec(says)![1];
    test(`${who}, with ${variable} held by a ${kind} listener, says so in one line and exits 2`, async () => {
      const port = String(holder.port);
      const filled: Record<string, string> = {};
      for (const [name, value] of Object.entries(env)) {
        filled[name] = value === "@" ? port : value === "free" ? String(await freePort()) : value;
      }
      const child = runFromRoot(entry, filled);
      const code = await Promise.race([child.exited, Bun.sleep(60_000).then(() => "still running")]);
      await interrupt(child);
      expect(code).toBe(2);
      expect(child.stderr()).toBe(`${says.replace("@", port)} is already in use\n`);
      expect(child.stdout()).not.toMatch(/^\s+at /m);
    });
  }
}
