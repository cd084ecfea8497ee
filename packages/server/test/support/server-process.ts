/**
 * The server as its users run it: `bun run src/main.ts` in its own process, configured only by the
 * environment, so a test sees exit codes, stderr and JSON log lines as an operator would.
 */
import { join } from "node:path";
import type { Subprocess } from "bun";
import { GENEROUS_QUOTAS, TEST_JWT_SECRET, TEST_RELAY_SECRET } from "./test-server.ts";

const SERVER_MAIN = join(import.meta.dir, "../../src/main.ts");

export interface ServerProcess {
  readonly logs: Array<Record<string, unknown>>;
  readonly stderr: () => string;
  /** The port once it logged `listening`; rejects with stderr if it exits or takes more than 20 s. */
  readonly listening: Promise<number>;
  readonly exited: Promise<number>;
  stop(): Promise<void>;
}

/** Starts the server with a minimal environment (no HOME, no AWS profile) plus `env`. */
export function spawnServer(env: Record<string, string>): ServerProcess {
  const proc: Subprocess<"ignore", "pipe", "pipe"> = Bun.spawn([process.execPath, "run", SERVER_MAIN], {
    env: {
      PATH: process.env.PATH ?? "",
      HOST: "127.0.0.1",
      PORT: "0",
      JWT_SECRET: TEST_JWT_SECRET,
      RELAY_SECRET: TEST_RELAY_SECRET,
      SEED_DEMO_USERS: "1",
      SHUTDOWN_TIMEOUT: "2s",
      ...GENEROUS_QUOTAS,
      ...env,
    },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const logs: Array<Record<string, unknown>> = [];
  let stderr = "";
  let resolvePort: (port: number) => void = () => {};
  const port = new Promise<number>((resolve) => (resolvePort = resolve));
  const stdoutDone = (async () => {
    let buffer = "";
    const decoder = new TextDecoder();
    for await (const chunk of proc.stdout) {
      buffer += decoder.decode(chunk, { stream: true });
      for (let newline = buffer.indexOf("\n"); newline >= 0; newline = buffer.indexOf("\n")) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          logs.push(entry);
          if (entry.msg === "listening") resolvePort(Number(entry.port));
        } catch {
          // not a log line
        }
      }
    }
  })();
  const stderrDone = (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of proc.stderr) stderr += decoder.decode(chunk, { stream: true });
  })();
  const exited = proc.exited.then(async (code) => {
    await Promise.all([stdoutDone, stderrDone]);
    return code;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listening = Promise.race([
    port,
    exited.then((code) => Promise.reject(new Error(`server exited with ${code}: ${stderr.slice(-2000)}`))),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`server did not listen within 20 s: ${stderr.slice(-2000)}`)), 20_000);
    }),
  ]).finally(() => clearTimeout(timer));
  listening.catch(() => {}); // a test that expects an exit awaits `exited` instead
  return {
    logs,
    stderr: () => stderr,
    listening,
    exited,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
      await exited;
    },
  };
}
