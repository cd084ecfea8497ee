/**
 * Reference checks over every module and root stack, from the parsed HCL (no Terraform needed):
 * variables, locals, resources and data sources used are declared (and declared ones are used),
 * module calls pass every required input and only declared ones, and module outputs read exist.
 */
import { describe, expect, test } from "bun:test";
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  bodiesOutsideVariables,
  type Configuration,
  captures,
  expressions,
  label,
  loadConfiguration,
  localModuleDir,
  moduleDirs,
  stackDirs,
} from "./lib/hcl.ts";

const META_ARGUMENTS = new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
const IDENT = "[A-Za-z_][A-Za-z0-9_-]*";

const allDirs = [...moduleDirs(), ...stackDirs()];

function usedIn(config: Configuration, pattern: RegExp): Set<string> {
  return new Set(captures(expressions(bodiesOutsideVariables(config)), pattern));
}

/** `aws_x.name` / `data.aws_x.name` references, as "type.name". */
function referencedBlocks(config: Configuration, data: boolean): Set<string> {
  const exprs = expressions(bodiesOutsideVariables(config));
  const pattern = data
    ? /\bdata\.([a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)/g
    : /(?<![\w.])((?:aws|kubernetes|helm)_[a-z0-9_]+\.[A-Za-z_][A-Za-z0-9_-]*)/g;
  return new Set(captures(exprs, pattern));
}

describe.each(allDirs.map((d) => [label(d), d] as const))("%s", (_name, dir) => {
  const config = loadConfiguration(dir);

  test("has the standard files: main.tf, variables.tf, outputs.tf, versions.tf and a README", () => {
    for (const f of ["main.tf", "variables.tf", "outputs.tf", "versions.tf", "README.md"]) {
      expect(existsSync(join(dir, f)), `${label(dir)}/${f}`).toBe(true);
    }
  });

  test("every variable used is declared", () => {
    const undeclared = [...usedIn(config, new RegExp(`\\bvar\\.(${IDENT})`, "g"))].filter(
      (v) => !(v in config.variables),
    );
    expect(undeclared).toEqual([]);
  });

  test("every declared variable is used", () => {
    const used = usedIn(config, new RegExp(`\\bvar\\.(${IDENT})`, "g"));
    expect(Object.keys(config.variables).filter((v) => !used.has(v))).toEqual([]);
  });

  test("every variable has a type and a description", () => {
    const incomplete = Object.entries(config.variables)
      .filter(
        ([, v]) => typeof v.type !== "string" || typeof v.description !== "string" || String(v.description).length < 10,
      )
      .map(([n]) => n);
    expect(incomplete).toEqual([]);
  });

  test("every output has a description", () => {
    expect(
      Object.entries(config.outputs)
        .filter(([, o]) => typeof o.description !== "string")
        .map(([n]) => n),
    ).toEqual([]);
  });

  test("every local used is declared, and every local declared is used", () => {
    const used = usedIn(config, new RegExp(`\\blocal\\.(${IDENT})`, "g"));
    expect([...used].filter((l) => !(l in config.locals))).toEqual([]);
    expect(Object.keys(config.locals).filter((l) => !used.has(l))).toEqual([]);
  });

  test("every resource and data source referenced is declared", () => {
    const resources = new Set(config.resources.map((r) => `${r.type}.${r.name}`));
    const data = new Set(config.data.map((d) => `${d.type}.${d.name}`));
    expect([...referencedBlocks(config, false)].filter((r) => !resources.has(r))).toEqual([]);
    expect([...referencedBlocks(config, true)].filter((d) => !data.has(d))).toEqual([]);
  });

  test("every data source declared is read", () => {
    const read = referencedBlocks(config, true);
    expect(config.data.map((d) => `${d.type}.${d.name}`).filter((d) => !read.has(d))).toEqual([]);
  });

  const calls = Object.entries(config.modules);
  if (calls.length > 0) {
    test.each(calls.map(([n, c]) => [n, c] as const))(
      "module %s passes every required input and only declared ones",
      (name, call) => {
        const target = localModuleDir(config, call);
        expect(target, `module ${name} must use a local source`).toBeDefined();
        const child = loadConfiguration(target as string);
        const passed = Object.keys(call).filter((k) => !META_ARGUMENTS.has(k));
        const required = Object.entries(child.variables)
          .filter(([, v]) => !("default" in v))
          .map(([n]) => n);
        expect(required.filter((r) => !passed.includes(r))).toEqual([]);
        expect(passed.filter((p) => !(p in child.variables))).toEqual([]);
      },
    );

    test("every module output read exists", () => {
      const exprs = expressions(bodiesOutsideVariables(config));
      const missing: string[] = [];
      for (const e of exprs) {
        for (const m of e.matchAll(new RegExp(`\\bmodule\\.(${IDENT})(?:\\[[^\\]]*\\])?\\.(${IDENT})`, "g"))) {
          const [, name, output] = m as unknown as [string, string, string];
          const call = config.modules[name];
          const target = call ? localModuleDir(config, call) : undefined;
          if (!target || !(output in loadConfiguration(target).outputs)) missing.push(`module.${name}.${output}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});

describe("stacks/kubernetes", () => {
  test("reads only outputs the aws stack declares", () => {
    const k8s = loadConfiguration(stackDirs().find((d) => d.endsWith("kubernetes")) as string);
    const aws = loadConfiguration(stackDirs().find((d) => d.endsWith("aws")) as string);
    const read = new Set([
      ...captures(expressions(bodiesOutsideVariables(k8s)), new RegExp(`\\blocal\\.cluster\\.(${IDENT})`, "g")),
      ...captures(
        expressions(bodiesOutsideVariables(k8s)),
        new RegExp(`terraform_remote_state\\.aws\\.outputs\\.(${IDENT})`, "g"),
      ),
    ]);
    expect(read.size).toBeGreaterThan(0);
    expect([...read].filter((o) => !(o in aws.outputs))).toEqual([]);
  });
});

const terraformDir = join(import.meta.dir, "..");
const inGit =
  Bun.spawnSync(["git", "rev-parse", "--is-inside-work-tree"], { cwd: terraformDir, stderr: "ignore" }).exitCode === 0;
if (!inGit) console.warn("git ignore check SKIPPED: terraform/ is not inside a git checkout");

test.skipIf(!inGit)(
  "no Terraform source is ignored by git (the root .gitignore's data/ rule once hid modules/data)",
  () => {
    const git = Bun.spawnSync(["git", "ls-files", "--others", "--ignored", "--exclude-standard", "--", "."], {
      cwd: terraformDir,
    });
    expect(git.exitCode).toBe(0);
    const ignored = git.stdout
      .toString()
      .split("\n")
      .filter((f) => /\.(tf|tftest\.hcl|md|json|ts|example)$/.test(f));
    expect(ignored).toEqual([]);
  },
);
