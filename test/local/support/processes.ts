/**
 * Real processes as a person starts them (`bun run start`, or one tier's main.ts), with what they print kept
 * for the test to read, and a listener that holds a port the way another program would.
 */
import { resolve } from "node:path";

export const ROOT = resolve(import.meta.dir, "../../..");

export interface RunningProcess {
  /** Everything printed so far. */
  readonly output: { stdout: string; stderr: string };
  /** Resolves when stderr has printed a line matching `pattern`; rejects if the process exits first. */
  untilStderr(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGINT (Ctrl-C), then the exit code once the process has ended. */
  interrupt(): Promise<number>;
  readonly exited: Promise<number>;
}

/**
 * Starts `bun <entry>` from the repository root with only `env` (and PATH, HOME): nothing of the test
 * runner's environment (its NODE_ENV, any secret) leaks in.
 */
export function run(entry: string, env: Record<string, string>): RunningProcess {
  const child = Bun.spawn(["bun", entry], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/root", ...env },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const output = { stdout: "", stderr: "" };
  const waiters = new Set<() => void>();
  const collect = async (stream: ReadableStream<Uint8Array>, key: "stdout" | "stderr") => {
    const decoder = new TextDecoder();
    for await (const chunk of stream) {
      output[key] += decoder.decode(chunk, { stream: true });
      for (const waiter of waiters) waiter();
    }
  };
  const drained = Promise.all([collect(child.stdout, "stdout"), collect(child.stderr, "stderr")]);
  let done = false;
  const exited = child.exited.then(async (code) => {
    await drained;
    done = true;
    for (const waiter of waiters) waiter();
    return code;
  });
  return {
    output,
    exited,
    untilStderr(pattern, timeoutMs = 90_000) {
      return new Promise((resolveLine, reject) => {
        const timer = setTimeout(
          () => finish(new Error(`timed out waiting for ${pattern}; stderr:\n${output.stderr}`)),
          timeoutMs,
        );
        const check = () => {
          const line = output.stderr.split("\n").find((l) => pattern.test(l));
          if (line !== undefined) finish(null, line);
          else if (done) finish(new Error(`exited before printing ${pattern}; stderr:\n${output.stderr}`));
        };
        const finish = (error: Error | null, line = "") => {
          clearTimeout(timer);
          waiters.delete(check);
          if (error) reject(error);
          else resolveLine(line);
        };
        waiters.add(check);
        check();
      });
    },
    async interrupt() {
      child.kill("SIGINT");
      return exited;
    },
  };
}

export function freePort(): number {
  const probe = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data() {} } });
  const port = probe.port;
  probe.stop(true);
  return port;
}

/**
 * Another program's listener on a loopback port: a plain bind and listen, or one that allows sharing the
 * port (SO_REUSEPORT), as a second Elysia app with its default `reusePort: true` would be.
 */
export function holdPort(options: { readonly reusePort?: boolean } = {}): { readonly port: number; stop(): void } {
  const holder = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    reusePort: options.reusePort ?? false,
    fetch: () => new Response("the holder\n"),
  });
  return { port: holder.port!, stop: () => void holder.stop(true) };
}
