/**
 * Real processes for the abuse suite: the chat server and the web tier started from their entry points
 * (`main.ts`) as a user would, on free loopback ports, with their JSON logs and stderr captured and their
 * resident memory read from /proc. Attackers are the test's own scripts, talking HTTP and gRPC to them.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TertuliaClient } from "@tertulia/protocol";
import type { Subprocess } from "bun";
import {
  GENEROUS_QUOTAS,
  TEST_JWT_SECRET,
  TEST_RELAY_SECRET,
} from "../../../packages/server/test/support/test-server.ts";
import { TEST_SESSION_SECRET } from "../../support/stack.ts";

const SERVER_MAIN = join(import.meta.dir, "../../../packages/server/src/main.ts");
const WEB_MAIN = join(import.meta.dir, "../../../packages/client/src/main.ts");

export interface RunningProcess {
  readonly pid: number;
  readonly port: number;
  /** Every JSON log line written so far. */
  readonly logs: Array<Record<string, unknown>>;
  /** Bytes written to stdout so far (the log's size). */
  logBytes(): number;
  stderr(): string;
  /** Resident set size in MiB, from /proc/<pid>/status (VmRSS). */
  rssMb(): number;
  readonly exited: Promise<number>;
  stop(): Promise<void>;
}

/** Starts a process and waits for its "listening" log line (or its exit, which rejects). */
export async function spawnListening(main: string, env: Record<string, string>): Promise<RunningProcess> {
  const proc: Subprocess<"ignore", "pipe", "pipe"> = Bun.spawn([process.execPath, "run", main], {
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", ...env },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const logs: Array<Record<string, unknown>> = [];
  let bytes = 0;
  let stderr = "";
  let resolvePort: (port: number) => void = () => {};
  const listening = new Promise<number>((resolve) => (resolvePort = resolve));
  void (async () => {
    let buffer = "";
    const decoder = new TextDecoder();
    for await (const chunk of proc.stdout) {
      bytes += chunk.byteLength;
      buffer += decoder.decode(chunk, { stream: true });
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          // Huge lines are kept only by size: the abuse tests write megabytes of them on purpose.
          logs.push(line.length > 10_000 ? { msg: entry.msg, truncatedBytes: line.length } : entry);
          if (entry.msg === "listening") resolvePort(Number(entry.port));
        } catch {
          // not a log line
        }
      }
    }
  })();
  void (async () => {
    for await (const chunk of proc.stderr) stderr += new TextDecoder().decode(chunk);
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const port = await Promise.race([
    listening,
    proc.exited.then((code) => Promise.reject(new Error(`${main} exited with ${code}: ${stderr.slice(-2000)}`))),
    new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`${main} did not listen within 30 s`)), 30_000)),
    ),
  ]).finally(() => clearTimeout(timer));
  return {
    pid: proc.pid,
    port,
    logs,
    logBytes: () => bytes,
    stderr: () => stderr,
    rssMb: () => rssMb(proc.pid),
    exited: proc.exited,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill("SIGTERM");
      const timeout = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await proc.exited;
      clearTimeout(timeout);
    },
  };
}

/** Runs an entry point expected to fail at start-up: its exit code and what it wrote. */
export async function runToExit(
  which: "server" | "web",
  env: Record<string, string>,
  timeoutMs = 15_000,
): Promise<{ code: number; stderr: string; stdout: string }> {
  const proc = Bun.spawn([process.execPath, "run", which === "server" ? SERVER_MAIN : WEB_MAIN], {
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", ...env },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  // One that keeps running past the time-out did not fail at start-up: it is killed (exit code 137).
  const timer = setTimeout(() => proc.kill("SIGKILL"), timeoutMs);
  const [code, stdout, stderr] = await Promise.all([
    proc.exited,
    new Response(proc.stdout).text(),
    new Response(proc.stderr).text(),
  ]);
  clearTimeout(timer);
  return { code, stdout, stderr };
}

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
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
  const running = await spawnListening(SERVER_MAIN, {
    JWT_SECRET: TEST_JWT_SECRET,
    RELAY_SECRET: TEST_RELAY_SECRET,
    DATABASE_PATH: databasePath,
    SEED_DEMO_USERS: "1",
    SHUTDOWN_TIMEOUT: "2s",
    // These attacks are not on the chat quotas (test/abuse/chat-quotas.test.ts is).
    ...GENEROUS_QUOTAS,
    ...env,
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
  const running = await spawnListening(WEB_MAIN, {
    SERVER_URL: serverAddress,
    SESSION_SECRET: TEST_SESSION_SECRET,
    RELAY_SECRET: TEST_RELAY_SECRET,
    SHUTDOWN_TIMEOUT: "2s",
    ...env,
  });
  return { ...running, base: `http://127.0.0.1:${running.port}` };
}

/** A login form post as a browser makes it (CSRF cookie and field, same origin), with extra headers. */
export async function postLogin(
  base: string,
  username: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; cookie: string | null }> {
  const page = await fetch(`${base}/login`, { headers });
  const csrfCookie = page.headers
    .getSetCookie()
    .find((c) => c.startsWith("tertulia_csrf="))!
    .split(";")[0]!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const response = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ _csrf: csrf, username, password }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("tertulia_session="));
  return {
    status: response.status,
    body: await response.text(),
    cookie: session ? `${session.split(";")[0]}; ${csrfCookie}` : null,
  };
}
