import { describe, expect, test } from "bun:test";
import { type CliDeps, runCli } from "./cli.ts";
import { createContext } from "./context.ts";
import { testContext } from "./testing/fake-context.ts";
import { fakeRunner } from "./testing/fake-runner.ts";

function deps(): CliDeps & { out: string[]; err: string[]; contexts: ReturnType<typeof testContext>[] } {
  const out: string[] = [];
  const err: string[] = [];
  const contexts: ReturnType<typeof testContext>[] = [];
  return {
    out,
    err,
    contexts,
    writeOut: (t) => void out.push(t),
    writeErr: (t) => void err.push(t),
    makeContext: (o) => {
      const ctx = testContext({ json: o.json ?? false, dryRun: o.dryRun ?? false, runner: fakeRunner() });
      contexts.push(ctx);
      return ctx;
    },
  };
}

describe("cli", () => {
  test("--help exits 0 and lists every command with the exit codes", async () => {
    const d = deps();
    expect(await runCli(["--help"], d)).toBe(0);
    const help = d.out.join("");
    for (const c of ["bootstrap", "preflight", "deploy", "release", "smoke", "status", "destroy", "pipeline"])
      expect(help).toContain(c);
    expect(help).toContain("Exit codes: 0 ok · 1 a check or step failed · 2 usage");
  });

  test("each command's --help has examples", async () => {
    for (const c of ["bootstrap", "preflight", "deploy", "release", "smoke", "status", "destroy"]) {
      const d = deps();
      expect(await runCli([c, "--help"], d)).toBe(0);
      expect(d.out.join("")).toContain(`$ ops ${c}`);
    }
  });

  test("usage errors exit 2: unknown command, unknown flag, missing required flag", async () => {
    expect(await runCli(["launch"], deps())).toBe(2);
    expect(await runCli(["status", "--nope"], deps())).toBe(2);
    const d = deps();
    expect(await runCli(["bootstrap"], d)).toBe(2);
    expect(d.err.join("")).toContain("--bucket");
  });

  test("a usage error with --json still prints one JSON document on stdout", async () => {
    const d = deps();
    expect(await runCli(["status", "--json", "--nope"], d)).toBe(2);
    expect(JSON.parse(d.out.join(""))).toMatchObject({
      ok: false,
      error: { code: "Usage", message: "unknown option '--nope'" },
    });
  });

  test("--dry-run exists only where a command changes something", async () => {
    expect(await runCli(["status", "--dry-run"], deps())).toBe(2);
    expect(await runCli(["preflight", "--dry-run"], deps())).toBe(2);
  });

  test("options reach the handler: an invalid bucket name is a usage error before any call", async () => {
    const d = deps();
    expect(await runCli(["bootstrap", "--bucket", "Bad_Name", "--region", "eu-west-1", "--json"], d)).toBe(2);
    expect(d.contexts[0]!.io.results[0]!.data).toMatchObject({ ok: false, error: { code: "InvalidBucketName" } });
  });
});

describe("cli: global AWS options", () => {
  test("an invalid --region is a usage error (exit 2) before any command runs, in one JSON document with --json", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(["status", "--region", "SA-EAST-1", "--json"], {
      writeOut: (t) => void out.push(t),
      writeErr: (t) => void err.push(t),
      makeContext: (o) => createContext(o, {}),
    });
    expect(code).toBe(2);
    expect(JSON.parse(out.join(""))).toMatchObject({ ok: false, error: { code: "InvalidRegion" } });
    expect(err.join("")).toContain('"SA-EAST-1" (from --region) is not an AWS region name');
  });

  test("--aws-timeout must be a positive number of seconds", async () => {
    expect(await runCli(["status", "--aws-timeout", "soon"], deps())).toBe(2);
    expect(await runCli(["status", "--aws-timeout", "0"], deps())).toBe(2);
  });

  test("--s3-path-style and AWS_S3_FORCE_PATH_STYLE reach the context", async () => {
    expect((await createContext({ s3PathStyle: true }, {})).s3PathStyle).toBe(true);
    expect((await createContext({}, { AWS_S3_FORCE_PATH_STYLE: "true" })).s3PathStyle).toBe(true);
    expect((await createContext({}, {})).s3PathStyle).toBe(false);
  });
});
