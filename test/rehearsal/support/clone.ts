/**
 * A source directory like the one CodeBuild checks out: the repository's files as git sees them (tracked, and new
 * files not ignored, so a rehearsal of uncommitted work rehearses that work), committed in a fresh repository.
 * Nothing git ignores is there: no node_modules, no terraform.tfvars, no backend.hcl.
 */
import { cp, mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const REPO_ROOT = join(import.meta.dir, "../../..");

function git(args: string[], cwd: string): string {
  const r = Bun.spawnSync(["git", ...args], { cwd, stdout: "pipe", stderr: "pipe" });
  if (r.exitCode !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr.toString()}`);
  return r.stdout.toString();
}

export async function cloneLikeCodeBuild(): Promise<{ dir: string; commit: string }> {
  const dir = await mkdtemp(join(tmpdir(), "rehearsal-src-"));
  const files = git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], REPO_ROOT)
    .split("\0")
    .filter(Boolean);
  for (const f of files) {
    if (!(await Bun.file(join(REPO_ROOT, f)).exists())) continue; // deleted in the work tree
    await mkdir(dirname(join(dir, f)), { recursive: true });
    await cp(join(REPO_ROOT, f), join(dir, f), { preserveTimestamps: true });
  }
  git(["init", "-q", "-b", "main"], dir);
  git(["add", "-A"], dir);
  git(
    ["-c", "user.name=rehearsal", "-c", "user.email=rehearsal@example.invalid", "commit", "-q", "-m", "rehearsal"],
    dir,
  );
  return { dir, commit: git(["rev-parse", "HEAD"], dir).trim() };
}
