/**
 * The AWS stack's provider lock file is committed, so every `terraform init` installs the same provider build the
 * tests validated (terraform-cli.test.ts inits from the offline mirror against it, which fails on a hash mismatch).
 */
import { expect, test } from "bun:test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TERRAFORM_DIR } from "./lib/hcl.ts";

const LOCK = join(TERRAFORM_DIR, "stacks/aws/.terraform.lock.hcl");

test("stacks/aws/.terraform.lock.hcl exists and pins hashicorp/aws within 5.x with a hash", () => {
  expect(existsSync(LOCK)).toBe(true);
  const text = readFileSync(LOCK, "utf8");
  expect(text).toMatch(/provider "registry\.terraform\.io\/hashicorp\/aws" \{\s*version\s*= "5\.\d+\.\d+"/);
  expect(text).toMatch(/"h1:[A-Za-z0-9+/=]+"/);
});

test("git does not ignore the lock file", () => {
  const r = Bun.spawnSync(["git", "check-ignore", "--no-index", "-q", LOCK], { cwd: TERRAFORM_DIR });
  // check-ignore exits 1 when the path is NOT ignored.
  expect(r.exitCode).toBe(1);
});
