/**
 * Loads Terraform configurations with `hcl2-parser` into a shape the tests can query.
 *
 * The parser yields JSON where blocks are arrays nested by label and every expression is its raw source
 * wrapped in `"${...}"`; literal strings stay plain. So references (`var.x`, `module.m.o`) are only ever
 * looked for inside strings that contain `${`, never in descriptions or comments (comments are dropped).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { parseToObject } from "hcl2-parser";

/** The `terraform/` directory. */
export const TERRAFORM_DIR = resolve(import.meta.dir, "../..");

export type Body = Record<string, unknown>;

export interface Block {
  readonly type: string;
  readonly name: string;
  readonly body: Body;
  readonly file: string;
}

export interface Configuration {
  /** Absolute path of the directory. */
  readonly dir: string;
  /** Path relative to `terraform/`, for messages. */
  readonly id: string;
  readonly variables: Record<string, Body>;
  readonly outputs: Record<string, Body>;
  readonly locals: Record<string, unknown>;
  readonly modules: Record<string, Body>;
  readonly resources: Block[];
  readonly data: Block[];
  readonly providers: Block[];
  /** `terraform {}` blocks. */
  readonly settings: Body[];
  /** Raw text of every `.tf` file, by file name. */
  readonly sources: Record<string, string>;
}

/**
 * Parses one HCL document.
 * @throws {Error} naming the file when the parser rejects it (hcl2-parser reports errors as an empty result).
 */
export function parseHcl(text: string, file: string): Body {
  const result: unknown = parseToObject(text);
  const doc = Array.isArray(result) ? result[0] : undefined;
  if (doc === null || typeof doc !== "object") {
    if (text.trim() === "") return {};
    throw new Error(`${file}: HCL parse error`);
  }
  return doc as Body;
}

const asBody = (v: unknown): Body => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Body) : {});
const firstBody = (v: unknown): Body => asBody(Array.isArray(v) ? v[0] : v);

const cache = new Map<string, Configuration>();

/** Loads every `.tf` file of one directory (not recursive), merged as Terraform does. */
export function loadConfiguration(dir: string): Configuration {
  const abs = resolve(dir);
  const hit = cache.get(abs);
  if (hit) return hit;

  const config: Configuration = {
    dir: abs,
    id: relative(TERRAFORM_DIR, abs) || ".",
    variables: {},
    outputs: {},
    locals: {},
    modules: {},
    resources: [],
    data: [],
    providers: [],
    settings: [],
    sources: {},
  };
  for (const file of readdirSync(abs)
    .filter((f) => f.endsWith(".tf"))
    .sort()) {
    const text = readFileSync(join(abs, file), "utf8");
    config.sources[file] = text;
    const doc = parseHcl(text, join(config.id, file));
    for (const [name, v] of Object.entries(asBody(doc.variable))) config.variables[name] = firstBody(v);
    for (const [name, v] of Object.entries(asBody(doc.output))) config.outputs[name] = firstBody(v);
    for (const [name, v] of Object.entries(asBody(doc.module))) config.modules[name] = firstBody(v);
    for (const l of (doc.locals as unknown[] | undefined) ?? []) Object.assign(config.locals, asBody(l));
    for (const s of (doc.terraform as unknown[] | undefined) ?? []) config.settings.push(asBody(s));
    for (const [kind, target] of [
      ["resource", config.resources],
      ["data", config.data],
    ] as const) {
      for (const [type, byName] of Object.entries(asBody(doc[kind]))) {
        for (const [name, v] of Object.entries(asBody(byName))) target.push({ type, name, body: firstBody(v), file });
      }
    }
    for (const [type, v] of Object.entries(asBody(doc.provider))) {
      for (const body of Array.isArray(v) ? v : [v])
        config.providers.push({ type, name: type, body: asBody(body), file });
    }
  }
  cache.set(abs, config);
  return config;
}

const isDir = (p: string): boolean => statSync(p).isDirectory();

/** Child modules under `terraform/modules/`. */
export function moduleDirs(): string[] {
  const root = join(TERRAFORM_DIR, "modules");
  return readdirSync(root)
    .map((d) => join(root, d))
    .filter(isDir)
    .sort();
}

/** Root stacks under `terraform/stacks/`. */
export function stackDirs(): string[] {
  const root = join(TERRAFORM_DIR, "stacks");
  return readdirSync(root)
    .map((d) => join(root, d))
    .filter(isDir)
    .sort();
}

/** Root stacks that use no provider other than hashicorp/aws (so the offline mirror can validate them). */
export function awsOnlyStackDirs(): string[] {
  return stackDirs().filter((dir) => {
    const providers = requiredProviders(loadConfiguration(dir));
    return Object.keys(providers).length > 0 && Object.values(providers).every((p) => p.source === "hashicorp/aws");
  });
}

/** `required_providers` entries of a configuration, by local name. */
export function requiredProviders(config: Configuration): Record<string, { source: string; version: string }> {
  const out: Record<string, { source: string; version: string }> = {};
  for (const s of config.settings) {
    for (const rp of (s.required_providers as unknown[] | undefined) ?? []) {
      for (const [name, spec] of Object.entries(asBody(rp))) {
        const b = asBody(spec);
        out[name] = { source: String(b.source ?? ""), version: String(b.version ?? "") };
      }
    }
  }
  return out;
}

/**
 * Every string anywhere inside a value, depth-first, object keys included: the parser turns an object
 * literal such as `{ "kubernetes.io/cluster/${var.name}" = "shared" }` into a JSON key holding the template.
 */
export function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  }
  return [];
}

/** Every expression (string holding `${`) anywhere inside a value. */
export function expressions(value: unknown): string[] {
  return strings(value).filter((s) => s.includes("${"));
}

/** Everything of a configuration except its variable blocks: where uses of variables count. */
export function bodiesOutsideVariables(config: Configuration): unknown[] {
  return [
    config.outputs,
    config.locals,
    config.modules,
    config.resources.map((r) => r.body),
    config.data.map((d) => d.body),
    config.providers.map((p) => p.body),
  ];
}

/** All names captured by `pattern`'s first group in the given expressions. */
export function captures(exprs: readonly string[], pattern: RegExp): string[] {
  const out: string[] = [];
  for (const e of exprs) for (const m of e.matchAll(pattern)) if (m[1] !== undefined) out.push(m[1]);
  return out;
}

/** Nested blocks of a body (`statement`, `filter_group` …) as a list of bodies. */
export function blocks(body: Body, name: string): Body[] {
  const v = body[name];
  return Array.isArray(v) ? v.map(asBody) : v === undefined ? [] : [asBody(v)];
}

/** The local source path of a module call, resolved, or undefined for registry sources. */
export function localModuleDir(config: Configuration, call: Body): string | undefined {
  const source = String(call.source ?? "");
  return source.startsWith("./") || source.startsWith("../") ? resolve(config.dir, source) : undefined;
}

/** Short label for messages: `modules/cluster`. */
export function label(dir: string): string {
  return relative(TERRAFORM_DIR, dir) || basename(dir);
}
