import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkTfvars, findValue, readVariables } from "./tfvars.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tfvars-"));
  await Bun.write(
    join(dir, "variables.tf"),
    `variable "region" {
  type        = string
  description = "AWS region"
}
variable "availability_zones" {
  type    = list(string)
  default = ["sa-east-1a", "sa-east-1b"]
}
variable "node_count" {
  type    = number
  default = 2
}
variable "network" {
  type = object({ single_nat_gateway = bool })
  default = { single_nat_gateway = false }
}
`,
  );
  await Bun.write(join(dir, "main.tf"), `resource "null_resource" "x" {}\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("tfvars", () => {
  test("reads variables with their types and whether they are required", async () => {
    const { variables } = await readVariables(dir);
    expect(variables).toEqual([
      { name: "availability_zones", type: "list(string)", required: false, default: ["sa-east-1a", "sa-east-1b"] },
      {
        name: "network",
        type: "object({ single_nat_gateway = bool })",
        required: false,
        default: { single_nat_gateway: false },
      },
      { name: "node_count", type: "number", required: false, default: 2 },
      { name: "region", type: "string", required: true },
    ]);
  });

  test("a good file has no problems", async () => {
    const { variables } = await readVariables(dir);
    const r = checkTfvars(`region = "sa-east-1"\navailability_zones = ["sa-east-1a"]\nnode_count = 3\n`, variables);
    expect(r.problems).toEqual([]);
    expect(r.values.region).toBe("sa-east-1");
  });

  test("names unknown, missing and mistyped variables", async () => {
    const { variables } = await readVariables(dir);
    const r = checkTfvars(`availability_zones = "sa-east-1a"\nnode_count = "many"\nregoin = "x"\n`, variables);
    expect(r.problems.sort()).toEqual([
      '"availability_zones" should be a list',
      '"node_count" should be a number',
      '"region" is required (no default) but not set',
      '"regoin" is not a variable of the stack',
    ]);
  });

  test("invalid HCL is one clear problem", () => {
    expect(checkTfvars(`region = `, []).problems).toEqual([
      "the file is not valid HCL (check quotes, brackets and `=` signs)",
    ]);
  });

  test("findValue searches nested objects", () => {
    expect(findValue({ network: { azs: ["a"] } }, ["availability_zones", "azs"])).toEqual(["a"]);
    expect(findValue({ a: 1 }, ["x"])).toBeUndefined();
  });
});
