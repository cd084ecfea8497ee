/**
 * The example tfvars of each root stack against that stack's variables: names, required inputs, types,
 * and the validation conditions (evaluated by lib/eval.ts, without Terraform). Every variable default of
 * every module and stack must pass its own validations too.
 */
import { describe, expect, test } from "bun:test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Body, label, loadConfiguration, moduleDirs, parseHcl, stackDirs } from "./lib/hcl.ts";
import { parseType, typeErrors } from "./lib/types.ts";
import { checkValidations } from "./lib/validations.ts";

const stacksWithExamples = stackDirs().filter((d) => existsSync(join(d, "terraform.tfvars.example")));

test("every root stack has an example tfvars", () => {
  expect(stacksWithExamples.map(label)).toEqual(stackDirs().map(label));
});

describe.each(stacksWithExamples.map((d) => [label(d), d] as const))("%s/terraform.tfvars.example", (_name, dir) => {
  const config = loadConfiguration(dir);
  const values = parseHcl(
    readFileSync(join(dir, "terraform.tfvars.example"), "utf8"),
    `${label(dir)}/terraform.tfvars.example`,
  );

  test("sets only declared variables", () => {
    expect(Object.keys(values).filter((k) => !(k in config.variables))).toEqual([]);
  });

  test("sets every required variable", () => {
    const required = Object.entries(config.variables)
      .filter(([, v]) => !("default" in v))
      .map(([n]) => n);
    expect(required.filter((r) => !(r in values))).toEqual([]);
  });

  test("values match the declared types", () => {
    const errors = Object.entries(values).flatMap(([name, value]) => {
      const v = config.variables[name];
      return v ? typeErrors(value, parseType(String(v.type)), name) : [];
    });
    expect(errors).toEqual([]);
  });

  test("values pass every validation condition", () => {
    const { failed, unsupported } = checkValidations(config.variables, values);
    expect(unsupported).toEqual([]);
    expect(failed).toEqual([]);
  });
});

describe.each([...moduleDirs(), ...stackDirs()].map((d) => [label(d), d] as const))("%s defaults", (_name, dir) => {
  test("every default matches its type and passes its own validations (cross-variable rules need real values)", () => {
    const { variables } = loadConfiguration(dir);
    const typeProblems = Object.entries(variables)
      .filter(([, v]) => "default" in v)
      .flatMap(([name, v]) => typeErrors(v.default, parseType(String(v.type)), name));
    expect(typeProblems).toEqual([]);
    const withDefaults = Object.keys(variables).filter((n) => variables[n] && "default" in (variables[n] as Body));
    const { failed } = checkValidations(variables, {}, withDefaults, true);
    expect(failed).toEqual([]);
  });
});
