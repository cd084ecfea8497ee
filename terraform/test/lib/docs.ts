/**
 * Inputs/outputs tables for module READMEs, generated from the parsed HCL (a terraform-docs stand-in that
 * needs no binary). READMEs carry the tables between the markers below; `bun terraform/scripts/docs.ts`
 * rewrites them and a test fails when one is stale.
 */
import type { Body, Configuration } from "./hcl.ts";

export const BEGIN = "<!-- BEGIN_TF_DOCS -->";
export const END = "<!-- END_TF_DOCS -->";

/** `${list(string)}` → `list(string)`, whitespace collapsed. */
export function unwrap(expr: unknown): string {
  const s = String(expr ?? "");
  const inner = s.startsWith("${") && s.endsWith("}") ? s.slice(2, -1) : s;
  return inner.replace(/\s+/g, " ").replace(/\(\{ /g, "({").replace(/ \}\)/g, "})").trim();
}

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function renderDefault(v: Body): string {
  if (!("default" in v)) return "n/a";
  return `\`${cell(JSON.stringify(v.default))}\``;
}

/** The generated section (markers included) for one configuration. */
export function renderTables(config: Configuration): string {
  const inputs = Object.entries(config.variables)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, v]) =>
        `| ${name} | ${cell(String(v.description))} | \`${cell(unwrap(v.type))}\` | ${renderDefault(v)} | ${"default" in v ? "no" : "yes"} |`,
    );
  const outputs = Object.entries(config.outputs)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, o]) => `| ${name} | ${cell(String(o.description))} |`);
  return [
    BEGIN,
    "## Inputs",
    "",
    "| Name | Description | Type | Default | Required |",
    "|------|-------------|------|---------|:--------:|",
    ...inputs,
    "",
    "## Outputs",
    "",
    "| Name | Description |",
    "|------|-------------|",
    ...outputs,
    END,
  ].join("\n");
}

/** The README with its generated section replaced (or undefined when the markers are missing). */
export function withTables(readme: string, config: Configuration): string | undefined {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(0, start) + renderTables(config) + readme.slice(end + END.length);
}
