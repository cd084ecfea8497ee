/**
 * Checks a tfvars file against the variables a Terraform root declares, offline: every name is declared, every
 * required variable is set, and each value has the declared type's shape. Parsed with hcl2-parser, so types arrive
 * as raw expressions (`"${list(string)}"`) and values as JSON.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { type HclObject, parseHcl } from "./hcl.ts";

export interface VariableSpec {
  readonly name: string;
  /** The type expression without `${}`, e.g. `list(string)`; "any" when undeclared. */
  readonly type: string;
  readonly required: boolean;
  /** The declared default, when there is one. */
  readonly default?: unknown;
}

export interface TfvarsCheck {
  readonly values: HclObject;
  /** `values` over the variables' defaults. */
  readonly effective?: HclObject;
  readonly problems: string[];
}

/** Reads every `variable` block of the `.tf` files directly in `dir`. */
export async function readVariables(dir: string): Promise<{ variables: VariableSpec[]; problems: string[] }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".tf")).sort();
  const variables: VariableSpec[] = [];
  const problems: string[] = [];
  for (const f of files) {
    const doc = parseHcl(await Bun.file(join(dir, f)).text());
    if (!doc) {
      problems.push(`${f} is not valid HCL`);
      continue;
    }
    const blocks = (doc.variable ?? {}) as Record<string, HclObject[]>;
    for (const [name, list] of Object.entries(blocks)) {
      const body = list[0] ?? {};
      variables.push({
        name,
        type: unwrap(body.type) ?? "any",
        required: !("default" in body),
        ...("default" in body ? { default: body.default } : {}),
      });
    }
  }
  return { variables: variables.sort((a, b) => a.name.localeCompare(b.name)), problems };
}

function unwrap(expr: unknown): string | undefined {
  if (typeof expr !== "string") return undefined;
  const m = /^\$\{([\s\S]*)\}$/.exec(expr.trim());
  return (m ? m[1]! : expr).trim();
}

/** The declared defaults, overlaid by the values set (what Terraform would use). */
export function effectiveValues(values: HclObject, variables: readonly VariableSpec[]): HclObject {
  const defaults = Object.fromEntries(
    variables.filter((v) => v.default !== undefined && v.default !== null).map((v) => [v.name, v.default]),
  );
  return { ...defaults, ...values };
}

/** Checks `text` (a tfvars file) against `variables`. */
export function checkTfvars(text: string, variables: readonly VariableSpec[]): TfvarsCheck {
  const values = parseHcl(text);
  if (!values) return { values: {}, problems: ["the file is not valid HCL (check quotes, brackets and `=` signs)"] };
  const problems: string[] = [];
  const declared = new Map(variables.map((v) => [v.name, v]));
  for (const name of Object.keys(values))
    if (!declared.has(name)) problems.push(`"${name}" is not a variable of the stack`);
  for (const v of variables) {
    if (!(v.name in values)) {
      if (v.required) problems.push(`"${v.name}" is required (no default) but not set`);
      continue;
    }
    const why = typeProblem(values[v.name], v.type);
    if (why) problems.push(`"${v.name}" ${why}`);
  }
  return { values, problems };
}

/** Why `value` does not fit `type`, or undefined when it fits (shape only; validations are Terraform's). */
export function typeProblem(value: unknown, type: string): string | undefined {
  const t = type.replace(/\s+/g, "");
  if (value === null || t === "any" || (typeof value === "string" && value.startsWith("${"))) return undefined;
  if (t === "string")
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? undefined
      : "should be a string";
  if (t === "number")
    return typeof value === "number" ||
      (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value)))
      ? undefined
      : "should be a number";
  if (t === "bool")
    return typeof value === "boolean" || value === "true" || value === "false" ? undefined : "should be true or false";
  const coll = /^(list|set|map)\((.*)\)$/.exec(t);
  if (coll) {
    const [, kind, inner] = coll as unknown as [string, string, string];
    if (kind === "map") {
      if (typeof value !== "object" || Array.isArray(value)) return "should be a map";
      for (const [k, v] of Object.entries(value as object)) {
        const p = typeProblem(v, inner);
        if (p) return `key "${k}" ${p}`;
      }
      return undefined;
    }
    if (!Array.isArray(value)) return `should be a ${kind}`;
    for (const [i, v] of value.entries()) {
      const p = typeProblem(v, inner);
      if (p) return `item ${i} ${p}`;
    }
    return undefined;
  }
  if (/^(object|tuple)\(/.test(t))
    return typeof value === "object" ? undefined : `should be an ${t.startsWith("object") ? "object" : "tuple"}`;
  return undefined;
}

/** The first value found under any of `names`, searching nested objects too. */
export function findValue(values: unknown, names: readonly string[]): unknown {
  if (values === null || typeof values !== "object" || Array.isArray(values)) return undefined;
  const obj = values as Record<string, unknown>;
  for (const n of names) if (n in obj) return obj[n];
  for (const v of Object.values(obj)) {
    const found = findValue(v, names);
    if (found !== undefined) return found;
  }
  return undefined;
}
