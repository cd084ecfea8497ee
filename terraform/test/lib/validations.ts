/** Evaluation of variable validation blocks against concrete values (see eval.ts for the supported subset). */
import { evaluateExpression, HclEvalError, Unsupported } from "./eval.ts";
import { type Body, blocks } from "./hcl.ts";

export interface Outcome {
  readonly failed: string[];
  readonly unsupported: string[];
}

/**
 * Evaluates every validation of the given variables with `values` (and defaults for the rest).
 * With `selfOnly`, conditions that also read other variables (cross-variable rules) are left out.
 */
export function checkValidations(
  variables: Record<string, Body>,
  values: Record<string, unknown>,
  only?: readonly string[],
  selfOnly = false,
): Outcome {
  const vars: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(variables)) if ("default" in v) vars[name] = v.default;
  Object.assign(vars, values);
  const failed: string[] = [];
  const unsupported: string[] = [];
  for (const [name, v] of Object.entries(variables)) {
    if (only && !only.includes(name)) continue;
    if (vars[name] === undefined) continue;
    for (const rule of blocks(v, "validation")) {
      const reads = [...String(rule.condition).matchAll(/\bvar\.([A-Za-z_][A-Za-z0-9_-]*)/g)].map((m) => m[1]);
      if (selfOnly && reads.some((r) => r !== name)) continue;
      try {
        if (evaluateExpression(String(rule.condition), vars) !== true)
          failed.push(`${name}: ${String(rule.error_message)}`);
      } catch (e) {
        if (e instanceof Unsupported) unsupported.push(`${name}: ${e.message}`);
        else if (e instanceof HclEvalError) failed.push(`${name}: ${String(rule.error_message)} (${e.message})`);
        else throw e;
      }
    }
  }
  return { failed, unsupported };
}
