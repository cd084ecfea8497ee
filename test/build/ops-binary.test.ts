/**
 * The ops CLI compiles too (`bun run build` makes dist/tertulia-ops) and works from an empty directory.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { type CompiledBinaries, compiledBinaries, releaseCompiledBinaries } from "./support/binaries.ts";

let binaries: CompiledBinaries;
beforeAll(async () => {
  binaries = await compiledBinaries(["ops"]);
}, 120_000);
afterAll(() => releaseCompiledBinaries());

const run = (args: string[]) => {
  const proc = Bun.spawnSync([binaries.path("ops"), ...args], {
    cwd: binaries.dir,
    env: { PATH: "/usr/bin:/bin" },
    stdout: "pipe",
    stderr: "pipe",
  });
  return { code: proc.exitCode, stdout: proc.stdout.toString(), stderr: proc.stderr.toString() };
};

describe("compiled ops CLI", () => {
  test("answers --help with every command, from a directory holding nothing but itself", () => {
    const { code, stdout } = run(["--help"]);
    expect(code).toBe(0);
    for (const command of ["bootstrap", "preflight", "deploy", "release", "smoke", "status", "destroy"])
      expect(stdout).toContain(command);
    expect(stdout).toContain("--region");
  });

  test("a command's help names the environment variables it reads", () => {
    const { code, stdout } = run(["preflight", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("env: AWS_PROFILE");
  });

  test("answers --version with the version and the commit it was built from", () => {
    const { code, stdout } = run(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toContain(binaries.commit);
  });
});
