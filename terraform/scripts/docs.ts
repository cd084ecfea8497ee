/**
 * Rewrites the generated inputs/outputs tables of every module and stack README.
 * Usage: bun terraform/scripts/docs.ts [--check]   (--check: exit 1 when a README is stale, write nothing)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withTables } from "../test/lib/docs.ts";
import { label, loadConfiguration, moduleDirs, stackDirs } from "../test/lib/hcl.ts";

const check = process.argv.includes("--check");
let stale = 0;
for (const dir of [...moduleDirs(), ...stackDirs()]) {
  const path = join(dir, "README.md");
  const readme = readFileSync(path, "utf8");
  const next = withTables(readme, loadConfiguration(dir));
  if (next === undefined) {
    console.error(`${label(dir)}/README.md: no BEGIN_TF_DOCS/END_TF_DOCS markers`);
    stale++;
    continue;
  }
  if (next === readme) continue;
  stale++;
  if (check) console.error(`${label(dir)}/README.md is stale`);
  else {
    writeFileSync(path, next);
    console.error(`${label(dir)}/README.md updated`);
  }
}
if (check && stale > 0) process.exit(1);
