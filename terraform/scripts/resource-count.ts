/**
 * Prints the resources per module: the resource blocks from the HCL, and, when Terraform and the offline
 * provider mirror are present, the resources a mocked plan of the AWS stack creates with the example
 * tfvars, next to the original's 35 (14 Networking + 21 eks).
 * Usage: bun terraform/scripts/resource-count.ts
 */
import { join } from "node:path";
import { TERRAFORM_DIR } from "../test/lib/hcl.ts";
import { ORIGINAL, ORIGINAL_TOTAL, resourceBlocks } from "../test/lib/inventory.ts";
import { mirrorHasAws, plannedResources, terraformBinary, workspace } from "../test/lib/terraform-cli.ts";

console.log("Resource blocks per module (HCL):");
for (const { config, blocks } of resourceBlocks()) {
  const repeated = blocks.filter((b) => b.repeat).length;
  console.log(`  ${config.padEnd(24)} ${String(blocks.length).padStart(3)} blocks (${repeated} with for_each/count)`);
}

if (!terraformBinary() || !mirrorHasAws()) {
  console.log("\nPlanned resources: not computed (terraform or the offline provider mirror is missing).");
  process.exit(0);
}

const ws = workspace(join(TERRAFORM_DIR, "stacks/aws"));
try {
  const init = await ws.run(["init", "-backend=false", "-input=false"]);
  if (init.code !== 0) throw new Error(init.out);
  const test = await ws.run([
    "test",
    "-verbose",
    "-no-color",
    "-var-file=terraform.tfvars.example",
    "-filter=tests/plan.tftest.hcl",
  ]);
  const planned = plannedResources(test.out, "plan_with_example_values");
  let total = 0;
  console.log(
    "\nPlanned resources, stacks/aws with terraform.tfvars.example (mocked provider, 2+2 subnets, data tier on):",
  );
  for (const [mod, addresses] of [...planned].sort(([a], [b]) => a.localeCompare(b))) {
    total += addresses.length;
    console.log(`  module.${mod.padEnd(16)} ${String(addresses.length).padStart(3)}`);
  }
  console.log(`  ${"total".padEnd(23)} ${String(total).padStart(3)}`);
  console.log(
    `\nOriginal (INVENTORY §8e): Networking ${ORIGINAL.Networking} + eks ${ORIGINAL.eks} = ${ORIGINAL_TOTAL}, plus 5 in tf_state_infra (here: ops bootstrap).`,
  );
} finally {
  ws.dispose();
}
