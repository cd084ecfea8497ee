/**
 * The environment the pipeline module's Terraform gives each CodeBuild build, read from the module itself
 * (terraform/modules/pipeline/main.tf, `local.ops_environment` merged over `var.environment_variables`, nulls
 * dropped), never copied by hand: the rehearsal runs the buildspec with exactly these variables.
 *
 * The values are evaluated for the inputs an applied stack would give the module. Only the expression forms the
 * block uses are understood (`var.x`, `var.x["key"]`, `local.region`); anything else throws, so a change to the
 * block that this cannot follow fails the rehearsal instead of passing it with a wrong environment.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseToObject } from "hcl2-parser";

export const PIPELINE_MODULE = join(import.meta.dir, "../../../terraform/modules/pipeline");

/** The raw `ops_environment` block: variable name → HCL expression. */
export function opsEnvironmentBlock(): Record<string, string> {
  const parsed = parseToObject(readFileSync(join(PIPELINE_MODULE, "main.tf"), "utf8")) as [
    { locals?: Record<string, unknown>[] },
  ];
  const block = (parsed[0].locals ?? []).map((l) => l.ops_environment).find(Boolean);
  if (!block || typeof block !== "object")
    throw new Error("terraform/modules/pipeline/main.tf has no local.ops_environment");
  return block as Record<string, string>;
}

export interface ModuleInputs {
  readonly vars: Readonly<Record<string, unknown>>;
  /** `data.aws_region.current.name`. */
  readonly region: string;
}

function evaluate(expression: string, inputs: ModuleInputs): unknown {
  const m = /^\$\{(var|local)\.([a-z_]+)(?:\["([a-z_]+)"\])?\}$/.exec(expression);
  if (!m) throw new Error(`pipeline-environment cannot evaluate ${expression}: extend it or simplify the block`);
  const [, root, name, key] = m as unknown as [string, string, string, string | undefined];
  if (root === "local") {
    if (name !== "region") throw new Error(`unknown local.${name}`);
    return inputs.region;
  }
  if (!(name in inputs.vars)) throw new Error(`the module input var.${name} was not given`);
  const value = inputs.vars[name];
  return key === undefined ? value : (value as Record<string, unknown> | null)?.[key];
}

/** The build's environment variables for these module inputs (what `aws_codebuild_project` would be given). */
export function buildEnvironment(inputs: ModuleInputs): Record<string, string> {
  const extra = (inputs.vars.environment_variables ?? {}) as Record<string, string>;
  const out: Record<string, string> = { ...extra };
  for (const [name, expression] of Object.entries(opsEnvironmentBlock())) {
    const value = evaluate(expression, inputs);
    if (value === null || value === undefined) continue;
    out[name] = String(value);
  }
  return out;
}
