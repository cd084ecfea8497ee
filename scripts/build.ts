#!/usr/bin/env bun
/**
 * `bun run build`: single-file executables with `bun build --compile`, one per program, for Linux x64 (glibc).
 *
 *   dist/tertulia-server   packages/server/src/main.ts   the gRPC chat server
 *   dist/tertulia-client   packages/client/src/main.ts   the web tier (its page bundle and public/ files embedded)
 *   dist/tertulia-ops      packages/ops/src/cli.ts       the ops CLI
 *
 * Each binary embeds the Bun runtime, the bundled code (the protocol's static generated JS, never a .proto) and
 * every asset imported `with { type: "file" }`, so it runs from any directory with nothing beside it. The
 * version and git commit are compiled in (`--define TERTULIA_VERSION/TERTULIA_COMMIT`, read by
 * packages/runtime/src/version.ts) and printed by `--version`.
 *
 * Options:
 *   --outdir <dir>        where the binaries go (default: dist/ at the repository root)
 *   --only <names>        comma-separated subset of server, client, ops (default: all three)
 *   --target <target>     bun-linux-x64 (default), bun-linux-x64-baseline or bun-linux-arm64; a target other
 *                         than this machine's makes Bun download that runtime, which needs the network
 *   --commit <sha>        the commit to stamp (default: $TERTULIA_COMMIT, else `git rev-parse HEAD`, with
 *                         "-dirty" when tracked files differ from it; "unknown" outside a git checkout)
 *
 * Exit codes: 0 every requested binary built · 1 a compile failed · 2 usage.
 */
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";

/** A program this script knows how to compile. */
export interface BuildTarget {
  readonly name: "server" | "client" | "ops";
  /** Entry point, relative to the repository root. */
  readonly entry: string;
  /** package.json whose `version` the binary reports. */
  readonly packageJson: string;
  readonly outfile: string;
}

export const TARGETS: readonly BuildTarget[] = [
  {
    name: "server",
    entry: "packages/server/src/main.ts",
    packageJson: "packages/server/package.json",
    outfile: "tertulia-server",
  },
  {
    name: "client",
    entry: "packages/client/src/main.ts",
    packageJson: "packages/client/package.json",
    outfile: "tertulia-client",
  },
  { name: "ops", entry: "packages/ops/src/cli.ts", packageJson: "packages/ops/package.json", outfile: "tertulia-ops" },
];

const COMPILE_TARGETS = ["bun-linux-x64", "bun-linux-x64-baseline", "bun-linux-arm64"] as const;
type CompileTarget = (typeof COMPILE_TARGETS)[number];

export const REPO_ROOT = resolve(import.meta.dir, "..");

/** What one build run does; every field has a default from the command line or the checkout. */
export interface BuildOptions {
  /** @default `<repo>/dist` */
  readonly outdir: string;
  /** @default every target */
  readonly only: readonly BuildTarget["name"][];
  /** @default "bun-linux-x64" */
  readonly target: CompileTarget;
  /** @default from git, see {@link gitCommit} */
  readonly commit: string;
}

/** The result of compiling one program. */
export interface BuiltBinary {
  readonly name: BuildTarget["name"];
  readonly path: string;
  readonly bytes: number;
  readonly ms: number;
}

/** Raised for a bad command line (exit 2) or a failed compile (exit 1). */
export class BuildError extends Error {
  constructor(
    readonly code: "usage" | "compile",
    message: string,
  ) {
    super(message);
    this.name = "BuildError";
  }
}

/**
 * The commit to stamp: `git rev-parse HEAD`, plus "-dirty" when a tracked file differs from it, or "unknown"
 * when `root` is not a git checkout (a Docker build context leaves `.git` out; pass `--commit` there).
 */
export function gitCommit(root: string = REPO_ROOT): string {
  const head = Bun.spawnSync(["git", "rev-parse", "HEAD"], { cwd: root, stdout: "pipe", stderr: "ignore" });
  if (head.exitCode !== 0) return "unknown";
  const sha = head.stdout.toString().trim();
  const diff = Bun.spawnSync(["git", "diff", "--quiet", "HEAD", "--"], {
    cwd: root,
    stdout: "ignore",
    stderr: "ignore",
  });
  return diff.exitCode === 0 ? sha : `${sha}-dirty`;
}

/** The `bun build` command line for one program. Exported for tests. */
export function compileArgs(
  target: BuildTarget,
  options: Pick<BuildOptions, "outdir" | "target" | "commit">,
  version: string,
): string[] {
  return [
    process.execPath,
    "build",
    "--compile",
    `--target=${options.target}`,
    // Precompiled bytecode: start-up ~90 ms faster for ~5 MB. ESM keeps the entry points' top-level await.
    // Bytecode keeps import.meta.url pointing at the build machine: never derive run-time paths from it.
    "--bytecode",
    "--format=esm",
    // JSON.stringify makes each value a JS string literal, which is what --define substitutes.
    "--define",
    `TERTULIA_VERSION=${JSON.stringify(version)}`,
    "--define",
    `TERTULIA_COMMIT=${JSON.stringify(options.commit)}`,
    join(REPO_ROOT, target.entry),
    "--outfile",
    join(options.outdir, target.outfile),
  ];
}

/**
 * Compiles the requested programs one after another (each takes a second or two and most of a core).
 * @throws {BuildError} code "compile" naming the program whose compile failed, with Bun's output.
 */
export async function build(options: BuildOptions, log: (line: string) => void = () => {}): Promise<BuiltBinary[]> {
  await mkdir(options.outdir, { recursive: true });
  const built: BuiltBinary[] = [];
  for (const target of TARGETS.filter((t) => options.only.includes(t.name))) {
    const { version } = (await Bun.file(join(REPO_ROOT, target.packageJson)).json()) as { version: string };
    const started = performance.now();
    const proc = Bun.spawnSync(compileArgs(target, options, version), {
      cwd: REPO_ROOT,
      stdout: "pipe",
      stderr: "pipe",
    });
    if (proc.exitCode !== 0) {
      const output = `${proc.stdout.toString()}${proc.stderr.toString()}`.trim();
      throw new BuildError("compile", `compiling ${target.entry} failed (exit ${proc.exitCode}):\n${output}`);
    }
    const path = join(options.outdir, target.outfile);
    const binary: BuiltBinary = {
      name: target.name,
      path,
      bytes: Bun.file(path).size,
      ms: Math.round(performance.now() - started),
    };
    log(`${target.outfile}  ${(binary.bytes / 1e6).toFixed(1)} MB  ${binary.ms} ms  (${version}, ${options.commit})`);
    built.push(binary);
  }
  return built;
}

/** @throws {BuildError} code "usage" for an unknown flag, a missing value or an unknown name. */
export function parseArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): BuildOptions {
  let outdir = join(REPO_ROOT, "dist");
  let only: BuildTarget["name"][] = TARGETS.map((t) => t.name);
  let target: CompileTarget = "bun-linux-x64";
  let commit = env.TERTULIA_COMMIT || "";
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) throw new BuildError("usage", `${flag} needs a value\n${USAGE}`);
    i++;
    if (flag === "--outdir") outdir = resolve(value);
    else if (flag === "--commit") commit = value;
    else if (flag === "--target") {
      if (!(COMPILE_TARGETS as readonly string[]).includes(value))
        throw new BuildError("usage", `--target must be one of ${COMPILE_TARGETS.join(", ")}`);
      target = value as CompileTarget;
    } else if (flag === "--only") {
      const names = value.split(",").map((n) => n.trim());
      const unknown = names.filter((n) => !TARGETS.some((t) => t.name === n));
      if (unknown.length > 0)
        throw new BuildError(
          "usage",
          `--only: unknown ${unknown.join(", ")} (known: ${TARGETS.map((t) => t.name).join(", ")})`,
        );
      only = names as BuildTarget["name"][];
    } else throw new BuildError("usage", `unknown option ${flag}\n${USAGE}`);
  }
  return { outdir, only, target, commit: commit || gitCommit() };
}

const USAGE = "usage: bun run build [--outdir DIR] [--only server,client,ops] [--target bun-linux-x64] [--commit SHA]";

if (import.meta.main) {
  if (Bun.argv.includes("--help") || Bun.argv.includes("-h")) {
    console.log(USAGE);
    process.exit(0);
  }
  try {
    const options = parseArgs(Bun.argv.slice(2));
    await build(options, (line) => console.error(`[build] ${line}`));
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    console.error(error.message);
    process.exit(error.code === "usage" ? 2 : 1);
  }
}
