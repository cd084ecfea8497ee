/**
 * The inputs an applied AWS stack gives the pipeline module, for the example tfvars: the root stack
 * (terraform/stacks/aws/main.tf) passes the cluster module's name and ECR URLs and the app namespace; the example
 * sets the project name and region. Read from the example, not restated.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseToObject } from "hcl2-parser";
import type { ModuleInputs } from "./pipeline-environment.ts";
import { ACCOUNT } from "./world.ts";

export const EXAMPLE_TFVARS = join(import.meta.dir, "../../../terraform/stacks/aws/terraform.tfvars.example");

export function exampleTfvars(): Record<string, unknown> {
  return (parseToObject(readFileSync(EXAMPLE_TFVARS, "utf8")) as [Record<string, unknown>])[0];
}

export function moduleInputsForExample(): ModuleInputs {
  const tfvars = exampleTfvars();
  const region = String(tfvars.region);
  const name = String(tfvars.project_name);
  const registry = `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com`;
  return {
    region,
    vars: {
      cluster_name: name,
      app_namespace: (tfvars.app_namespace as string | undefined) ?? "tertulia",
      ecr_repository_urls: { server: `${registry}/${name}-server`, client: `${registry}/${name}-client` },
      certificate_arn: (tfvars.certificate_arn as string | undefined) ?? null,
      public_host: (tfvars.public_host as string | undefined) ?? null,
      environment_variables: {},
    },
  };
}
