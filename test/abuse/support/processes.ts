/**
 * Real processes for the abuse suite: the chat server and the web tier started from their entry points
 * (`main.ts`) as a user would, on free loopback ports, with their JSON logs and stderr captured and their
 * resident memory read from /proc. Attackers are the test's own scripts, talking HTTP and gRPC to them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TertuliaClient } from "@tertulia/protocol";
import { SERVER_MAIN, WEB_MAIN } from "@tertulia/testing/entry-points";
import { type ListeningProcess, runToExit as runMainToExit, spawnListening } from "@tertulia/testing/process";
import { GENEROUS_QUOTAS, TEST_JWT_SECRET, TEST_RELAY_SECRET } from "@tertulia/testing/test-server";
import { TEST_SESSION_SECRET } from "../../support/stack.ts";

/** A process from its entry point, listening (see @tertulia/testing/process). */
export type RunningProcess = ListeningProcess;

/** Runs `server` or `web` expecting it to fail at start-up: its exit code and what it wrote. */
export function runToExit(which: "server" | "web", env: Record<string, string>, timeoutMs?: number) {
  return runMainToExit(which === "server" ? SERVER_MAIN : WEB_MAIN, env, timeoutMs);
}

export interface AbuseServer extends Omit<RunningProcess, "stop"> {
  readonly address: string;
  readonly dir: string;
  readonly databasePath: string;
  /** A gRPC client to this server (closed by stop). */
  client(): TertuliaClient;
  /** Stops the process and removes its database, unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** The chat server from main.ts, with a temporary SQLite file and the demo users (password "pass"). */
export async function spawnServer(env: Record<string, string> = {}, existingDir?: string): Promise<AbuseServer> {
  const dir = existingDir ?? mkdtempSync(join(tmpdir(), "tertulia-abuse-"));
  const databasePath = join(dir, "chat.db");
  const running = await spawnListening({
    main: SERVER_MAIN,
    env: {
      LOG_LEVEL: "info",
      JWT_SECRET: TEST_JWT_SECRET,
      RELAY_SECRET: TEST_RELAY_SECRET,
      DATABASE_PATH: databasePath,
      SEED_DEMO_USERS: "1",
      SHUTDOWN_TIMEOUT: "2s",
      // These attacks are not on the chat quotas (test/abuse/chat-quotas.test.ts is).
      ...GENEROUS_QUOTAS,
      ...env,
    },
  });
  const clients: TertuliaClient[] = [];
  const address = `127.0.0.1:${running.port}`;
  return {
    ...running,
    address,
    dir,
    databasePath,
    client() {
      const client = new TertuliaClient(address);
      clients.push(client);
      return client;
    },
    async stop({ keepData = false } = {}) {
      for (const client of clients) client.close();
      await running.stop();
      if (!keepData) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface AbuseWeb extends RunningProcess {
  readonly base: string;
}

/** The web tier from main.ts, talking to `serverAddress`. */
export async function spawnWeb(serverAddress: string, env: Record<string, string> = {}): Promise<AbuseWeb> {
  const running = await spawnListening({
    main: WEB_MAIN,
    env: {
      LOG_LEVEL: "info",
      SERVER_URL: serverAddress,
      SESSION_SECRET: TEST_SESSION_SECRET,
      RELAY_SECRET: TEST_RELAY_SECRET,
      SHUTDOWN_TIMEOUT: "2s",
      ...env,
    },
  });
  return { ...running, base: `http://127.0.0.1:${running.port}` };
}

export { postLogin } from "../../support/login-form.ts";
