/**
 * A program started as its users start it (`bun run <main>` in its own process, configured only by the
 * environment) and watched as an operator would: its JSON log lines, its stderr, its exit code and its
 * resident memory. The one "spawn and wait for the listening log" helper every suite uses.
 */
import { readFileSync } from "node:fs";
import type { Subprocess } from "bun";

export interface SpawnOptions {
  /** The entry point to `bun run` (see entry-points.ts). */
  readonly main: string;
  /**
   * Added to a minimal environment: PATH, HOST=127.0.0.1 and PORT=0 (a free port), and nothing from the
   * test's own environment (no HOME, no AWS profile), so a process sees only what a test gives it.
   */
  readonly env?: Record<string, string>;
  /** How long `listening` waits for the log line. @default 30000 */
  readonly listenTimeoutMs?: number;
  /** Where `main` is resolved and the process runs. @default the test runner's working directory */
  readonly cwd?: string;
}

export interface SpawnedProcess {
  readonly pid: number;
  /** Every JSON log line so far (lines over 10 kB are kept as `{ msg, truncatedBytes }`). */
  readonly logs: Array<Record<string, unknown>>;
  /** Lines on stdout that were not JSON: a structured log has none. */
  readonly nonJsonLines: string[];
  /** Bytes written to stdout so far (the log's size). */
  logBytes(): number;
  /** What it wrote to stdout, as written (the first MAX_KEPT_STDOUT characters). */
  stdout(): string;
  stderr(): string;
  /**
   * The first stderr line matching `pattern`, once printed (a launcher such as `bun run start` says it is
   * ready on stderr, not in a JSON log line). Rejects with stderr when the process exits first or the wait
   * passes `timeoutMs`.
   */
  untilStderr(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resident set size in MiB, from /proc/<pid>/status (VmRSS). */
  rssMb(): number;
  /** The port from the `listening` log line; rejects with stderr if the process exits or takes too long. */
  readonly listening: Promise<number>;
  /** The exit code, once stdout and stderr are read to their end. */
  readonly exited: Promise<number>;
  /** Sends `signal` (SIGKILL for `kill -9`) and waits for the exit; nothing when it has ended already. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** SIGTERM, then SIGKILL if it is still running after 10 s. */
  stop(): Promise<void>;
}

export interface ListeningProcess extends SpawnedProcess {
  readonly port: number;
}

/** Huge lines are kept only by size: the abuse tests write megabytes of them on purpose. */
const MAX_KEPT_LINE = 10_000;
/** Raw stdout kept for `stdout()`; the abuse tests' megabytes are counted by `logBytes()`, not kept. */
const MAX_KEPT_STDOUT = 1_000_000;

/** Starts `main`; a test that expects a failed start awaits `exited` instead of `listening`. */
export function spawnProcess(options: SpawnOptions): SpawnedProcess {
  const { main } = options;
  const proc: Subprocess<"ignore", "pipe", "pipe"> = Bun.spawn([process.execPath, "run", main], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", ...options.env },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const logs: Array<Record<string, unknown>> = [];
  const nonJsonLines: string[] = [];
  let bytes = 0;
  let stdout = "";
  let stderr = "";
  /** Called on every stderr chunk and at the exit: `untilStderr`'s checks. */
  const stderrWaiters = new Set<() => void>();
  let resolvePort: (port: number) => void = () => {};
  const port = new Promise<number>((resolve) => (resolvePort = resolve));
  const take = (line: string) => {
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line) as Record<string, unknown>;
    } catch {
      nonJsonLines.push(line.slice(0, MAX_KEPT_LINE));
      return;
    }
    logs.push(line.length > MAX_KEPT_LINE ? { msg: entry.msg, truncatedBytes: line.length } : entry);
    if (entry.msg === "listening") resolvePort(Number(entry.port));
  };
  const stdoutDone = (async () => {
    let buffer = "";
    const decoder = new TextDecoder();
    for await (const chunk of proc.stdout) {
      bytes += chunk.byteLength;
      const text = decoder.decode(chunk, { stream: true });
      if (stdout.length < MAX_KEPT_STDOUT) stdout += text.slice(0, MAX_KEPT_STDOUT - stdout.length);
      buffer += text;
      for (let newline = buffer.indexOf("\n"); newline >= 0; newline = buffer.indexOf("\n")) {
        take(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
      }
    }
    if (buffer.length > 0) take(buffer);
  })();
  const stderrDone = (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of proc.stderr) {
      stderr += decoder.decode(chunk, { stream: true });
      for (const check of stderrWaiters) check();
    }
  })();
  let ended = false;
  const exited = proc.exited.then(async (code) => {
    await Promise.all([stdoutDone, stderrDone]);
    ended = true;
    for (const check of stderrWaiters) check();
    return code;
  });
  const timeoutMs = options.listenTimeoutMs ?? 30_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listening = Promise.race([
    port,
    exited.then((code) => Promise.reject(new Error(`${main} exited with ${code}: ${stderr.slice(-2000)}`))),
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${main} did not listen within ${timeoutMs} ms: ${stderr.slice(-2000)}`)),
        timeoutMs,
      );
    }),
  ]).finally(() => clearTimeout(timer));
  listening.catch(() => {}); // a test that expects an exit awaits `exited` instead
  const running = () => proc.exitCode === null && proc.signalCode === null;
  return {
    pid: proc.pid,
    logs,
    nonJsonLines,
    logBytes: () => bytes,
    stdout: () => stdout,
    stderr: () => stderr,
    untilStderr(pattern, untilMs = 90_000) {
      return new Promise((resolveLine, reject) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const finish = (error: Error | null, line = "") => {
          clearTimeout(timer);
          stderrWaiters.delete(check);
          if (error) reject(error);
          else resolveLine(line);
        };
        const check = () => {
          const line = stderr.split("\n").find((l) => pattern.test(l));
          if (line !== undefined) finish(null, line);
          else if (ended) finish(new Error(`${main} exited before printing ${pattern}; stderr:\n${stderr}`));
        };
        timer = setTimeout(
          () => finish(new Error(`${main} did not print ${pattern} within ${untilMs} ms; stderr:\n${stderr}`)),
          untilMs,
        );
        stderrWaiters.add(check);
        check();
      });
    },
    rssMb: () => rssMb(proc.pid),
    listening,
    exited,
    async kill(signal = "SIGKILL") {
      if (!running()) return;
      proc.kill(signal);
      await exited;
    },
    async stop() {
      if (!running()) return;
      proc.kill("SIGTERM");
      const timeout = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}

/**
 * Starts `main` and waits for its `listening` log line.
 * @throws {Error} with the end of stderr when it exits first or does not listen in time.
 */
export async function spawnListening(options: SpawnOptions): Promise<ListeningProcess> {
  const process = spawnProcess(options);
  try {
    return { ...process, port: await process.listening };
  } catch (error) {
    await process.kill();
    throw error;
  }
}

/** Runs an entry point expected to fail at start-up: its exit code and what it wrote. */
export async function runToExit(
  main: string,
  env: Record<string, string>,
  timeoutMs = 15_000,
): Promise<{ code: number; stderr: string; stdout: string }> {
  const proc = Bun.spawn([process.execPath, "run", main], {
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
