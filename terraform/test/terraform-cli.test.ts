/**
 * Terraform itself, offline: `fmt -check`, and `init -backend=false` + `validate` + a mocked-provider
 * `terraform test` of every AWS-only root through the local provider mirror. When Terraform or the mirror
 * is missing these tests are reported as skipped, with one plain line saying why; the HCL checks in the
 * other test files run regardless.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { awsOnlyStackDirs, label, stackDirs, TERRAFORM_DIR } from "./lib/hcl.ts";
import { ORIGINAL_TOTAL } from "./lib/inventory.ts";
import {
  MIRROR_DIR,
  mirrorHasAws,
  plannedResources,
  terraformBinary,
  type Workspace,
  workspace,
} from "./lib/terraform-cli.ts";

// The mocked plan runs once per accepted Kubernetes version and per refusal: ~20 plans.
const TIMEOUT = 240_000;
const hasTerraform = terraformBinary() !== undefined;
const canValidate = hasTerraform && mirrorHasAws();

if (!hasTerraform)
  console.warn(
    "terraform CLI tests SKIPPED: no terraform binary on PATH (fmt, validate and the mocked plan did not run)",
  );
else if (!mirrorHasAws())
  console.warn(`terraform validate SKIPPED: no hashicorp/aws in the offline provider mirror ${MIRROR_DIR}`);

for (const dir of stackDirs().filter((d) => !awsOnlyStackDirs().includes(d))) {
  console.warn(
    `${label(dir)}: HCL checks only; its providers (helm, kubernetes) are not in the offline mirror, so terraform validate cannot run on it here`,
  );
  test.skip(`terraform validate ${label(dir)} (helm/kubernetes providers are not in the offline mirror)`, () => {});
}

test.skipIf(!hasTerraform)(
  "terraform fmt -check -recursive passes",
  async () => {
    const ws = workspace(TERRAFORM_DIR);
    try {
      const { code, out } = await ws.run(["fmt", "-check", "-recursive", "-diff", TERRAFORM_DIR], TERRAFORM_DIR);
      expect(out.replace(/.*CLI configuration[\s\S]*?╵\n?/, "")).toBe("");
      expect(code).toBe(0);
    } finally {
      ws.dispose();
    }
  },
  TIMEOUT,
);

describe.each(awsOnlyStackDirs().map((d) => [label(d), d] as const))("%s through the offline mirror", (_name, dir) => {
  let ws: Workspace | undefined;

  beforeAll(async () => {
    if (!canValidate) return;
    ws = workspace(dir);
    const init = await ws.run(["init", "-backend=false", "-input=false"]);
    if (init.code !== 0) throw new Error(`terraform init failed:\n${init.out}`);
  }, TIMEOUT);

  afterAll(() => ws?.dispose());

  test.skipIf(!canValidate)(
    "terraform validate passes",
    async () => {
      const { code, out } = await (ws as Workspace).run(["validate", "-no-color"]);
      expect(out).toContain("Success!");
      expect(code).toBe(0);
    },
    TIMEOUT,
  );

  test.skipIf(!canValidate)(
    "terraform test plans the stack with the example tfvars against a mocked provider",
    async () => {
      const { code, out } = await (ws as Workspace).run([
        "test",
        "-verbose",
        "-no-color",
        "-var-file=terraform.tfvars.example",
      ]);
      if (code !== 0)
        console.error(
          out
            .split("\n")
            .filter((l) => /Error|fail/i.test(l))
            .join("\n"),
        );
      expect(code).toBe(0);
      expect(out).toMatch(/Success! \d+ passed, 0 failed/);

      const planned = plannedResources(out, "plan_with_example_values");
      const total = [...planned.values()].reduce((n, a) => n + a.length, 0);
      // The original's 35 are the floor (INVENTORY §8e); the example plans more (logging, KMS, access entries …).
      expect(total).toBeGreaterThanOrEqual(ORIGINAL_TOTAL);
      expect([...planned.keys()].sort()).toEqual(["cluster", "data", "network", "pipeline"]);
    },
    TIMEOUT,
  );
});
