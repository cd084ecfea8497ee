/**
 * Bundles the page (./main.ts and what it imports, @tertulia/protocol/browser included) into one minified
 * browser script with `Bun.build`.
 *
 * src/pages/assets.ts imports `pageBundle` as a Bun macro (`with { type: "macro" }`), so the bundle is made
 * when the web tier is transpiled (`bun run`) or compiled (`bun build --compile`) and inlined as a string:
 * the binary needs no file beside it. A macro may not call `Bun.build` itself (Bun refuses: the bundler
 * would wait on the macro that waits on it), so the macro runs this file as its own `bun` process.
 * @see https://bun.com/docs/bundler/macros
 *
 * `bun packages/client/src/page/bundle.ts` prints the bundle.
 */

const ENTRY = `${import.meta.dir}/main.ts`;

/** The page as one browser script (ES module, minified). Throws with Bun's messages when it does not build. */
export async function buildPage(): Promise<string> {
  const result = await Bun.build({ entrypoints: [ENTRY], target: "browser", format: "esm", minify: true });
  const [output] = result.outputs;
  if (!result.success || !output) {
    throw new Error(`chat page bundle failed:\n${result.logs.map((log) => String(log)).join("\n")}`);
  }
  return await output.text();
}

/** The macro: the bundle's text, made in a child `bun` (see above). */
export function pageBundle(): string {
  const child = Bun.spawnSync([process.execPath, import.meta.path], { stdout: "pipe", stderr: "pipe" });
  if (!child.success) throw new Error(`chat page bundle failed: ${child.stderr.toString()}`);
  return child.stdout.toString();
}

if (import.meta.main) process.stdout.write(await buildPage());
