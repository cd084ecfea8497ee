/** Preflight checks that need no AWS: local tools and the tfvars against the stack's variables. */
import { basename } from "node:path";
import { DEFAULTS } from "../../config.ts";
import { OpsError } from "../../errors.ts";
import type { Step } from "../../output/steps.ts";
import type { ProcessRunner } from "../../process/runner.ts";
import { compareVersions, TOOLS, toolVersion } from "../../process/tools.ts";
import type { TfvarsCheck } from "../../terraform/tfvars.ts";

const missingTool = (name: string, why: string, fix: string): OpsError =>
  new OpsError("ToolMissing", `${name} is not installed (${why}).`, fix);

export function toolChecks(runner: ProcessRunner): Step[] {
  return [
    {
      title: `terraform ≥ ${DEFAULTS.minTerraform}`,
      run: async (s) => {
        const v = await toolVersion(runner, TOOLS.terraform);
        if (!v)
          throw missingTool(
            "terraform",
            "it plans and applies the stack",
            `Install Terraform ${DEFAULTS.minTerraform} or later (S3-native state locking needs it).`,
          );
        if (compareVersions(v, DEFAULTS.minTerraform) < 0)
          throw new OpsError(
            "ToolMissing",
            `terraform ${v} is older than ${DEFAULTS.minTerraform}.`,
            `Upgrade Terraform, or bootstrap with --lock-table for DynamoDB locking on older versions.`,
          );
        s.detail(v);
      },
    },
    {
      title: "kubectl",
      run: async (s) => {
        const v = await toolVersion(runner, TOOLS.kubectl);
        if (!v)
          throw missingTool(
            "kubectl",
            "it renders and applies the manifests",
            "Install kubectl (the version of the cluster, ±1 minor).",
          );
        s.detail(v);
      },
    },
    {
      title: "docker or buildah (image builds)",
      run: async (s) => {
        const docker = await toolVersion(runner, TOOLS.docker);
        if (docker) return s.detail(`docker ${docker}`);
        const buildah = await toolVersion(runner, TOOLS.buildah);
        if (buildah) return s.detail(`buildah ${buildah}`);
        throw missingTool(
          "docker",
          "and neither is buildah; `ops release` builds the images with one of them",
          "Install Docker (or buildah), or run releases in CodeBuild.",
        );
      },
    },
    {
      title: "aws CLI (kubectl's EKS token)",
      run: async (s) => {
        const v = await toolVersion(runner, TOOLS.aws);
        if (!v) return s.warn("not found: kubectl cannot authenticate to EKS (install AWS CLI v2 for release/status)");
        s.detail(v);
      },
    },
  ];
}

export function tfvarsCheck(varFile: string, check: () => Promise<TfvarsCheck>): Step {
  return {
    title: `tfvars ${basename(varFile)}`,
    run: async (s) => {
      const { problems, values } = await check();
      if (!(await Bun.file(varFile).exists()))
        throw new OpsError(
          "TfvarsInvalid",
          `${varFile} does not exist.`,
          "Copy the stack's example tfvars to that path and fill it in, or pass --var-file PATH.",
        );
      if (problems.length)
        throw new OpsError(
          "TfvarsInvalid",
          `${varFile}: ${problems.join("; ")}.`,
          "Fix those entries (see the stack's variables.tf for names and types).",
        );
      s.detail(`${Object.keys(values).length} variables set, all declared and well-typed`);
    },
  };
}
