/**
 * scripts/build.ts's command line and the `bun build` invocation it makes (the compiles themselves are
 * exercised by the other tests in this folder).
 */
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { BuildError, compileArgs, parseArgs, REPO_ROOT, TARGETS } from "../../scripts/build.ts";

describe("parseArgs", () => {
  test("defaults: every program, linux x64, dist/ at the root, the commit from the environment", () => {
    const options = parseArgs([], { TERTULIA_COMMIT: "abc123" });
    expect(options).toEqual({
      outdir: join(REPO_ROOT, "dist"),
      only: ["server", "client", "ops"],
      target: "bun-linux-x64",
      commit: "abc123",
    });
  });

  test("--only, --target, --outdir and --commit", () => {
    const options = parseArgs(
      ["--only", "server,client", "--target", "bun-linux-arm64", "--outdir", "/tmp/x", "--commit", "deadbeef"],
      {},
    );
    expect(options).toEqual({
      outdir: "/tmp/x",
      only: ["server", "client"],
      target: "bun-linux-arm64",
      commit: "deadbeef",
    });
  });

  test.each([
    [["--only", "web"], /unknown web/],
    [["--target", "bun-darwin-arm64"], /--target must be one of/],
    [["--outdir"], /--outdir needs a value/],
    [["--verbose", "yes"], /unknown option --verbose/],
  ])("refuses %p", (argv, message) => {
    expect(() => parseArgs(argv, { TERTULIA_COMMIT: "x" })).toThrow(message);
    try {
      parseArgs(argv, { TERTULIA_COMMIT: "x" });
    } catch (error) {
      expect(error).toBeInstanceOf(BuildError);
      expect((error as BuildError).code).toBe("usage");
    }
  });
});

describe("compileArgs", () => {
  test("compiles each entry point to one file with version and commit as string literals", () => {
    const server = TARGETS.find((t) => t.name === "server")!;
    const args = compileArgs(server, { outdir: "/out", target: "bun-linux-x64", commit: 'a"b' }, "0.1.0");
    expect(args.slice(1, 4)).toEqual(["build", "--compile", "--target=bun-linux-x64"]);
    expect(args).toContain('TERTULIA_VERSION="0.1.0"');
    expect(args).toContain('TERTULIA_COMMIT="a\\"b"');
    expect(args).toContain(join(REPO_ROOT, "packages/server/src/main.ts"));
    expect(args.slice(-2)).toEqual(["--outfile", "/out/tertulia-server"]);
  });

  test("knows the three programs and where their entry points are", () => {
    expect(TARGETS.map((t) => [t.name, t.outfile])).toEqual([
      ["server", "tertulia-server"],
      ["client", "tertulia-client"],
      ["ops", "tertulia-ops"],
    ]);
    for (const target of TARGETS) expect(Bun.file(join(REPO_ROOT, target.entry)).size).toBeGreaterThan(0);
  });
});
