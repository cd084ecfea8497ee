/**
 * The pipeline's build timeout covers every bounded wait of a release plus the image builds, even before the
 * measured phases are added (pipeline.test.ts adds them from a real run).
 */
import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseToObject } from "hcl2-parser";
import { worstCase } from "./support/time-budget.ts";

test("build_timeout_minutes is at least the worst case of the waits ops makes and the two image builds", () => {
  const variables = parseToObject(
    readFileSync(join(import.meta.dir, "../../terraform/modules/pipeline/variables.tf"), "utf8"),
  ) as [{ variable: Record<string, [{ default: number }]> }];
  const timeout = variables[0].variable.build_timeout_minutes![0]!.default;
  const budget = worstCase({});
  expect(budget.totalSeconds).toBeGreaterThan(60 * 60);
  expect(timeout * 60).toBeGreaterThanOrEqual(budget.totalSeconds);
});
