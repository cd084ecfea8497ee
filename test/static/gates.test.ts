/**
 * The static gates run as tests, so the runner's own counts include them: the type check (`bun run typecheck`)
 * and Biome's format, import-order and lint check (`bun run lint`). Fix a Biome failure with `bun run format`.
 */
import { describe, expect, test } from "bun:test";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dir, "../..");

async function run(cmd: string[]): Promise<{ code: number; output: string }> {
  const proc = Bun.spawn(cmd, { cwd: ROOT, stdout: "pipe", stderr: "pipe", env: { ...process.env, NO_COLOR: "1" } });
  const [stdout, stderr, code] = await Promise.all([
    new Response(proc.stdout).text(),
    new Response(proc.stderr).text(),
    proc.exited,
  ]);
  return { code, output: `${stdout}${stderr}` };
}

describe("static gates", () => {
  test("the whole workspace type-checks (tsc --noEmit, strict)", async () => {
    const { code, output } = await run(["bun", "run", "typecheck"]);
    if (code !== 0) console.error(output);
    expect(code).toBe(0);
  });

  test("Biome finds nothing to format, reorder or lint (biome ci)", async () => {
    const { code, output } = await run(["bun", "run", "lint"]);
    if (code !== 0) console.error(output);
    expect(code).toBe(0);
  });
});
