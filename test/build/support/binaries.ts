/**
 * Compiled binaries for the build tests: built once per `bun test` process by scripts/build.ts into a temporary
 * directory outside the checkout, then copied into an empty directory they run from, so nothing in the
 * repository (proto/, public/, node_modules/) can be found by accident.
 */
import { chmodSync, chownSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BuildTarget, build, gitCommit } from "../../../scripts/build.ts";

/** Where the binaries of this test run live, and the commit they were stamped with. */
export interface CompiledBinaries {
  /** An otherwise empty directory holding only the binaries; processes run with it as their working directory. */
  readonly dir: string;
  readonly commit: string;
  path(name: BuildTarget["name"]): string;
  /** Bytes of each binary, by name. */
  readonly sizes: ReadonlyMap<BuildTarget["name"], number>;
}

/** UID/GID of distroless's `nonroot` user, the one the images and the Kubernetes manifests run as. */
export const NONROOT = 65532;

const builds = new Map<string, Promise<CompiledBinaries>>();
const cleanups: string[] = [];
let users = 0;

/**
 * Builds the named programs (once for the same set while some test file holds them) and copies them to an
 * empty directory. Every call is paired with {@link releaseCompiledBinaries} in the same file's afterAll.
 */
export function compiledBinaries(
  names: readonly BuildTarget["name"][] = ["server", "client"],
): Promise<CompiledBinaries> {
  users++;
  const key = [...names].sort().join(",");
  let pending = builds.get(key);
  if (!pending) {
    pending = compile(names);
    builds.set(key, pending);
  }
  return pending;
}

/** Drops one hold on the binaries; the last one removes them and every data directory (bun test fires no "exit"). */
export function releaseCompiledBinaries(): void {
  if (--users > 0) return;
  builds.clear();
  for (const dir of cleanups.splice(0)) rmSync(dir, { recursive: true, force: true });
}

async function compile(names: readonly BuildTarget["name"][]): Promise<CompiledBinaries> {
  const root = mkdtempSync(join(tmpdir(), "tertulia-build-"));
  cleanups.push(root);
  const commit = gitCommit();
  const built = await build({ outdir: join(root, "out"), only: names, target: "bun-linux-x64", commit });
  const dir = join(root, "run");
  mkdirSync(dir);
  for (const binary of built) copyFileSync(binary.path, join(dir, binary.path.split("/").pop()!));
  rmSync(join(root, "out"), { recursive: true });
  // Readable by the non-root user the processes may run as; the run directory itself stays unwritable to it.
  for (const binary of built) chmodSync(join(dir, binary.path.split("/").pop()!), 0o755);
  chmodSync(dir, 0o555);
  chmodSync(root, 0o755);
  const files = new Map(built.map((b) => [b.name, b.path.split("/").pop()!] as const));
  return {
    dir,
    commit,
    sizes: new Map(built.map((b) => [b.name, b.bytes] as const)),
    path(name) {
      const file = files.get(name);
      if (!file) throw new Error(`${name} was not built in this set (${names.join(", ")})`);
      return join(dir, file);
    },
  };
}

/**
 * A fresh directory for a server's SQLite file, writable by the user the processes run as: the only place
 * besides /tmp a process may write (in Kubernetes, the /data volume).
 */
export function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tertulia-data-"));
  cleanups.push(dir);
  if (runsAsNonroot()) chownSync(dir, NONROOT, NONROOT);
  return dir;
}

/** True when the tests run as root and can drop to the images' non-root UID with util-linux's setpriv. */
export function runsAsNonroot(): boolean {
  return process.getuid?.() === 0 && Bun.which("setpriv") !== null;
}
