/**
 * Add-on versions follow the Kubernetes version: every version the stack accepts is planned by the mocked
 * `terraform test` (stacks/aws/tests/plan.tftest.hcl, run by terraform-cli.test.ts), which asserts that the
 * add-ons get that version's builds. Pins made for one version once failed every other accepted version at apply.
 */
import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Body, blocks, loadConfiguration, TERRAFORM_DIR } from "./lib/hcl.ts";

/** The versions a `contains([...], var.kubernetes_version)` validation accepts. */
function acceptedVersions(dir: string): string[] {
  const v = loadConfiguration(join(TERRAFORM_DIR, dir)).variables.kubernetes_version as Body;
  const conditions = blocks(v, "validation").map((b) => String(b.condition));
  const list = conditions.map((c) => /contains\(\[([^\]]*)\], var\.kubernetes_version\)/.exec(c)?.[1]).find(Boolean);
  return [...(list ?? "").matchAll(/"([0-9.]+)"/g)].map((m) => m[1] as string);
}

test("the stack and the cluster module accept the same Kubernetes versions", () => {
  expect(acceptedVersions("stacks/aws").length).toBeGreaterThan(0);
  expect(acceptedVersions("stacks/aws")).toEqual(acceptedVersions("modules/cluster"));
});

test("the mocked plan runs every accepted version and checks its add-ons follow it", () => {
  const tftest = readFileSync(join(TERRAFORM_DIR, "stacks/aws/tests/plan.tftest.hcl"), "utf8");
  for (const version of acceptedVersions("stacks/aws")) {
    const name = `addons_follow_kubernetes_${version.replace(".", "_")}`;
    const run = new RegExp(
      `run "${name}" \\{[\\s\\S]*?kubernetes_version = "${version.replace(".", "\\.")}"[\\s\\S]*?output\\.addon_versions`,
    );
    expect(tftest, `plan.tftest.hcl needs run "${name}"`).toMatch(run);
  }
});

test("no add-on version is pinned by default: each is looked up for the cluster's version", () => {
  const cluster = loadConfiguration(join(TERRAFORM_DIR, "modules/cluster"));
  expect((cluster.variables.addon_versions as Body).default).toEqual({});
  expect(loadConfiguration(join(TERRAFORM_DIR, "stacks/aws")).variables.addon_versions?.default).toEqual({});
});
