/**
 * What the local tests add to @tertulia/testing/process: programs started from the repository root as a
 * person starts them (`bun run start`, or one tier's main.ts), and a listener that holds a port the way
 * another program would.
 */
import { resolve } from "node:path";
import { type SpawnedProcess, spawnProcess } from "@tertulia/testing/process";

export const ROOT = resolve(import.meta.dir, "../../..");

/** `bun run <entry>` from the repository root, with `env` over a minimal environment (and HOME). */
export function runFromRoot(entry: string, env: Record<string, string>): SpawnedProcess {
  return spawnProcess({ main: entry, cwd: ROOT, env: { HOME: process.env.HOME ?? "/root", ...env } });
}

/** Ctrl-C, then the exit code once it has ended (its own, when it had ended already). */
export async function interrupt(process: SpawnedProcess): Promise<number> {
  await process.kill("SIGINT");
  return process.exited;
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
