/**
 * The runtime settings a package's container image starts its process with (the allocator's `ENV MIMALLOC_…`
 * and Bun's GC timer `ENV BUN_GC_…` lines of its Dockerfile), so the bench, which runs the sources with `bun`,
 * runs them as the image does. Read from the checkout under test: a `--baseline` checkout whose image sets
 * none runs without them.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const RUNTIME_ENV = /^ENV\s+((?:MIMALLOC|BUN_GC)_[A-Z_]+)=(\S+)\s*$/;

/** `{ MIMALLOC_PURGE_DELAY: "-1", BUN_GC_TIMER_DISABLE: "1" }` for an image that sets them; `{}` when the Dockerfile sets none (or is absent). */
export function imageRuntimeEnv(root: string, dockerfile: string): Record<string, string> {
  const path = join(root, dockerfile);
  if (!existsSync(path)) return {};
  const env: Record<string, string> = {};
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const match = RUNTIME_ENV.exec(line.trim());
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}
