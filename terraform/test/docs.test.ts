/** Module and stack READMEs carry inputs/outputs tables that match the code (regenerate with scripts/docs.ts). */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { withTables } from "./lib/docs.ts";
import { label, loadConfiguration, moduleDirs, stackDirs } from "./lib/hcl.ts";

describe.each([...moduleDirs(), ...stackDirs()].map((d) => [label(d), d] as const))("%s/README.md", (_name, dir) => {
  const readme = readFileSync(join(dir, "README.md"), "utf8");

  test("has a usage or run section", () => {
    expect(readme).toMatch(/^## (Usage|Run)$/m);
  });

  test("has up-to-date inputs and outputs tables (bun terraform/scripts/docs.ts)", () => {
    const expected = withTables(readme, loadConfiguration(dir));
    expect(expected, "BEGIN_TF_DOCS/END_TF_DOCS markers").toBeDefined();
    expect(readme).toBe(expected as string);
  });
});
