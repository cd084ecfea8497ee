/**
 * A compiled binary run as a container would run it: a clean environment (only what the test passes, no PATH,
 * no HOME), an unwritable working directory and, when the tests run as root, the images' non-root UID.
 */
import { readFileSync } from "node:fs";
import { NONROOT, runsAsNonroot } from "./binaries.ts";

export interface RunningBinary {
  readonly pid: number;
  /** The port from the `{"msg":"listening","port":N}` log line. */
  readonly port: number;
  /** Every stdout and stderr line so far, for failure messages. */
  readonly output: string[];
  /** Resident set size now, from /proc, in bytes. */
  rss(): number;
  /** SIGTERM, then SIGKILL if it has not exited within 5 s. @returns the exit code. */
  stop(): Promise<number | null>;
}

export interface StartOptions {
  readonly cwd: string;
  readonly env: Record<string, string>;
  /** @default 10_000 */
  readonly timeoutMs?: number;
}

/** The command line for a binary: wrapped in setpriv to drop to UID/GID 65532 when the tests run as root. */
export function commandFor(binary: string, args: readonly string[] = []): string[] {
  return runsAsNonroot()
    ? ["setpriv", `--reuid=${NONROOT}`, `--regid=${NONROOT}`, "--clear-groups", "--", binary, ...args]
    : [binary, ...args];
}

/**
 * Starts a compiled server or web tier and waits for its "listening" log line.
 * @throws Error with the process's output when it exits or stays silent past the timeout.
 */
export function startBinary(binary: string, options: StartOptions): Promise<RunningBinary> {
  // setpriv itself is found through PATH; the binary gets the environment the test gives, nothing more.
  return startCommand(commandFor(binary), {
    ...options,
    env: runsAsNonroot() ? { PATH: "/usr/bin:/bin", ...options.env } : options.env,
  });
}

/** Starts any command that ends up logging `{"msg":"listening","port":N}` (a binary, or `buildah run` of one). */
export async function startCommand(command: readonly string[], options: StartOptions): Promise<RunningBinary> {
  const binary = command.at(-1)!;
  const proc = Bun.spawn([...command], {
    cwd: options.cwd,
    env: options.env,
    stdout: "pipe",
    stderr: "pipe",
  });
  const output: string[] = [];
  let resolvePort: (port: number) => void = () => {};
  const port = new Promise<number>((resolve) => (resolvePort = resolve));
  const collect = async (stream: ReadableStream<Uint8Array>) => {
    const decoder = new TextDecoder();
    let buffered = "";
    for await (const chunk of stream) {
      buffered += decoder.decode(chunk, { stream: true });
      let newline: number;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        output.push(line);
        const listening = /"msg":"listening".*?"port":(\d+)/.exec(line);
        if (listening) resolvePort(Number(listening[1]));
      }
    }
  };
  void collect(proc.stdout);
  void collect(proc.stderr);
  const timeoutMs = options.timeoutMs ?? 10_000;
  let timer: Timer | undefined;
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${binary} did not log "listening" within ${timeoutMs} ms:\n${output.join("\n")}`)),
      timeoutMs,
    );
    void proc.exited.then((code) =>
      reject(new Error(`${binary} exited with ${code} before listening:\n${output.join("\n")}`)),
    );
  });
  // Once listening, a later exit is the test's business (stop() awaits it), not an unhandled rejection.
  failed.catch(() => {});
  try {
    const listeningPort = await Promise.race([port, failed]);
    // The real process is setpriv's child only until setpriv execs it: the pid is the same.
    return {
      pid: proc.pid,
      port: listeningPort,
      output,
      rss: () => rssOf(proc.pid),
      async stop() {
        proc.kill("SIGTERM");
        const killer = setTimeout(() => proc.kill("SIGKILL"), 5_000);
        const code = await proc.exited;
        clearTimeout(killer);
        return code;
      },
    };
  } catch (error) {
    proc.kill("SIGKILL");
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** VmRSS of a process, in bytes. */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!kb) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb[1]) * 1024;
}
