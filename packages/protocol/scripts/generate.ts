/**
 * Generates the protocol's static code from `proto/*.proto` with protobufjs-cli (pbjs + pbts).
 *
 * Static code (not reflection, not @grpc/proto-loader) so compiled binaries never read a .proto at run time.
 * `bun run gen` writes into src/generated/; `generateInto(dir)` lets the staleness test compare a fresh run.
 */
import { mkdir, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";

const packageDir = resolve(import.meta.dir, "..");
const protoDir = resolve(packageDir, "../../proto");
const binDir = resolve(packageDir, "node_modules/.bin");

/** pbjs flags: 64-bit integers as plain numbers (seq and timestamps stay far below 2^53), no unused helpers. */
const PBJS_FLAGS = [
  "-t",
  "static-module",
  "-w",
  "es6",
  "--es6",
  "--force-number",
  "--no-verify",
  "--no-delimited",
  "--no-convert",
  "--no-beautify",
];

export async function generateInto(outDir: string): Promise<string[]> {
  const protos = (await readdir(protoDir))
    .filter((f) => f.endsWith(".proto"))
    .sort()
    .map((f) => join(protoDir, f));
  await mkdir(outDir, { recursive: true });
  const js = join(outDir, "proto.js");
  await run([join(binDir, "pbjs"), ...PBJS_FLAGS, "-o", js, ...protos]);
  await run([join(binDir, "pbts"), "-o", join(outDir, "proto.d.ts"), js]);
  return ["proto.js", "proto.d.ts"];
}

async function run(cmd: string[]): Promise<void> {
  const proc = Bun.spawn(cmd, { stdout: "pipe", stderr: "pipe" });
  const [code, stderr] = await Promise.all([proc.exited, new Response(proc.stderr).text()]);
  if (code !== 0) throw new Error(`${cmd[0]} exited with ${code}: ${stderr.trim()}`);
}

if (import.meta.main) {
  const outDir = join(packageDir, "src/generated");
  const files = await generateInto(outDir);
  console.log(`generated ${files.map((f) => join("packages/protocol/src/generated", f)).join(", ")}`);
}
