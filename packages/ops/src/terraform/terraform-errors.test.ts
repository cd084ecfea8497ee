/**
 * Terraform's own words reach the user: every command line carries -no-color, and a failure's message holds the
 * whole `Error:` block. The first test runs the real Terraform (as `ops status` runs it) on a root whose S3 backend
 * was never initialised; Terraform's exit code and stderr are its own.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { status } from "../commands/status.ts";
import { createProcessRunner, tail } from "../process/runner.ts";
import { testContext } from "../testing/fake-context.ts";
import { terraform } from "./terraform.ts";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "ops-tf-"));
  await writeFile(join(root, "main.tf"), 'terraform {\n  backend "s3" {}\n}\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

test.skipIf(!Bun.which("terraform"))(
  "ops status shows Terraform's whole Error: block from a real run, without colour codes or box drawing",
  async () => {
    const real = { ...createProcessRunner(), calls: [], cmds: [] };
    const ctx = testContext({ root, json: true, runner: real });
    expect(await status(ctx, { terraformDir: ".", varFile: "", backendFile: "backend.hcl" })).toBe(1);
    const { error } = ctx.io.results[0]!.data as { error: { message: string; output: string } };
    expect(error.message).toContain('Error: Backend initialization required, please run "terraform init"');
    expect(error.message).toContain('Reason: Initial configuration of the requested backend "s3"');
    expect(error.message).toContain("configuration or state have been made.");
    for (const mark of ["\u001b[", "│", "╷", "╵"]) expect(error.message).not.toContain(mark);
    // --json carries the whole stderr as well.
    expect(error.output).toContain("Warning: Unable to open CLI configuration file");
  },
);

test("every Terraform command line asks for -no-color", () => {
  const r = { dir: "/r", varFile: "/r/t.tfvars", backendFile: "/r/b.hcl", planFile: "p" };
  for (const cmd of [
    terraform.init(r),
    terraform.plan(r),
    terraform.apply(r),
    terraform.output(r),
    terraform.destroy(r),
  ])
    expect(cmd.args).toContain("-no-color");
});

test("an excerpt keeps every Error: block, not the last lines; colour and boxes are removed", () => {
  // Recorded from Terraform 1.11 `init` on a configuration with a syntax error, as a colour terminal shows it.
  const stderr = [
    "\u001b[31m╷\u001b[0m\u001b[0m",
    "\u001b[31m│\u001b[0m \u001b[0m\u001b[1m\u001b[31mError: \u001b[0m\u001b[0m\u001b[1mUnclosed configuration block\u001b[0m",
    "\u001b[31m│\u001b[0m \u001b[0m",
    '\u001b[31m│\u001b[0m \u001b[0m\u001b[0m  on main.tf line 1, in resource "x":',
    '\u001b[31m│\u001b[0m \u001b[0m   1: \u001b[4mresource "x" {\u001b[0m\u001b[0m',
    "\u001b[31m│\u001b[0m \u001b[0m",
    "\u001b[31m│\u001b[0m \u001b[0mThere is no closing brace for this block before the end of the file.",
    "\u001b[31m╵\u001b[0m\u001b[0m",
  ].join("\n");
  expect(tail(stderr, 3)).toBe(
    [
      "Error: Unclosed configuration block",
      "",
      '  on main.tf line 1, in resource "x":',
      '   1: resource "x" {',
      "",
      "There is no closing brace for this block before the end of the file.",
    ].join("\n"),
  );
  expect(tail("a\nb\n\nc\nd\n", 2)).toBe("c\nd");
});
