/**
 * The chat server as its users run it: `bun run src/main.ts` in its own process, configured only by the
 * environment, so a test sees exit codes, stderr and JSON log lines as an operator would.
 */
import { SERVER_MAIN } from "./entry-points.ts";
import { type SpawnedProcess, spawnProcess } from "./process.ts";
import { GENEROUS_QUOTAS, TEST_JWT_SECRET, TEST_RELAY_SECRET } from "./test-server.ts";

/** What every test server process starts with: the test secrets, the demo users, a short drain. */
export const TEST_SERVER_ENV: Readonly<Record<string, string>> = {
  JWT_SECRET: TEST_JWT_SECRET,
  RELAY_SECRET: TEST_RELAY_SECRET,
  SEED_DEMO_USERS: "1",
  SHUTDOWN_TIMEOUT: "2s",
};

/** Starts the server with TEST_SERVER_ENV and generous quotas, plus `env`; await `listening` for its port. */
export function spawnServer(env: Record<string, string>): SpawnedProcess {
  return spawnProcess({
    main: SERVER_MAIN,
    env: { ...TEST_SERVER_ENV, ...GENEROUS_QUOTAS, ...env },
    listenTimeoutMs: 20_000,
  });
}
