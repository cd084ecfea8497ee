/**
 * `ops preflight`: every check a deploy depends on, run in parallel, one line each with ✔/✖ and the fix.
 * `--offline` runs only the local checks (tools, tfvars). Exit 1 when any check fails; warnings don't fail.
 */
import { resolve } from "node:path";
import { DEFAULTS } from "../../config.ts";
import type { Context } from "../../context.ts";
import { EXIT, type ExitCode, OpsError } from "../../errors.ts";
import type { Step, StepReport } from "../../output/steps.ts";
import { readBackendConfig } from "../../terraform/backend-config.ts";
import { checkTfvars, effectiveValues, readVariables, type TfvarsCheck } from "../../terraform/tfvars.ts";
import { fail, succeed } from "../outcome.ts";
import { awsChecks } from "./aws-checks.ts";
import { endpointAccessCheck } from "./endpoint-access.ts";
import { tfvarsCheck, toolChecks } from "./local-checks.ts";
import { checkIpUrl, publicAddress } from "./public-address.ts";
import { type StackInputs, stackInputs } from "./stack-inputs.ts";

export interface PreflightOptions {
  /** Only the local checks (tools, tfvars). @default false */
  readonly offline?: boolean;
  /** @default terraform */
  readonly terraformDir?: string;
  /** @default terraform/terraform.tfvars */
  readonly varFile?: string;
  /** @default terraform/backend.hcl */
  readonly backendFile?: string;
  /** Fail unless the credentials belong to this account. */
  readonly expectAccount?: string;
  /** Override the tfvars' cluster/project name. */
  readonly cluster?: string;
  /** ECR repository names. @default <cluster>-server,<cluster>-client */
  readonly repositories?: string[];
  /** The region's VPC quota. @default 5 */
  readonly vpcLimit?: number;
  /** Where this machine's public address is asked. @default https://checkip.amazonaws.com/ */
  readonly checkIpUrl?: string;
}

export interface PreflightResult {
  readonly ok: boolean;
  readonly checks: StepReport[];
}

/** Runs the checks and returns their reports (used by `deploy` too). */
export async function runPreflight(ctx: Context, options: PreflightOptions): Promise<PreflightResult> {
  const tfDir = resolve(ctx.root, options.terraformDir ?? DEFAULTS.terraformDir);
  const varFile = resolve(ctx.root, options.varFile ?? DEFAULTS.varFile);
  const backendFile = resolve(ctx.root, options.backendFile ?? DEFAULTS.backendFile);

  const tfvars = await loadTfvars(tfDir, varFile);
  const stack: StackInputs = stackInputs(tfvars.effective ?? tfvars.values, {
    ...(options.cluster ? { clusterName: options.cluster } : {}),
    ...(options.expectAccount ? { expectedAccount: options.expectAccount } : {}),
  });
  const steps: Step[] = [...toolChecks(ctx.runner), tfvarsCheck(varFile, async () => tfvars)];
  if (!options.offline) {
    steps.push(regionCheck(ctx, stack));
    const repositories =
      options.repositories ?? (stack.clusterName ? [`${stack.clusterName}-server`, `${stack.clusterName}-client`] : []);
    steps.push(
      ...awsChecks(ctx, {
        stack,
        backend: () => readBackendConfig(backendFile),
        repositories,
        vpcLimit: options.vpcLimit ?? 5,
      }),
      endpointAccessCheck(ctx, {
        values: tfvars.effective ?? tfvars.values,
        ...(stack.clusterName ? { clusterName: stack.clusterName } : {}),
        address: () => publicAddress(options.checkIpUrl ?? checkIpUrl()),
      }),
    );
  }
  const outcome = await ctx.progress.run(steps, { concurrent: true, continueOnError: true });
  return { ok: !outcome.reports.some((r) => r.status === "failed"), checks: outcome.reports };
}

export async function preflight(ctx: Context, options: PreflightOptions): Promise<ExitCode> {
  try {
    const result = await runPreflight(ctx, options);
    const count = (s: StepReport["status"]): number => result.checks.filter((c) => c.status === s).length;
    const summary = `${result.checks.length} checks: ${count("ok")} passed, ${count("failed")} failed, ${count("warn")} warnings, ${count("skipped")} skipped${options.offline ? " (offline: local checks only)" : ""}.`;
    if (!result.ok) {
      ctx.io.result(summary, { ok: false, checks: result.checks });
      return EXIT.failed;
    }
    return succeed(ctx, summary, { checks: result.checks });
  } catch (error) {
    return fail(ctx, error);
  }
}

async function loadTfvars(tfDir: string, varFile: string): Promise<TfvarsCheck> {
  const file = Bun.file(varFile);
  if (!(await file.exists()))
    return { values: {}, problems: [`the file does not exist (pass --var-file, or copy the stack's example tfvars)`] };
  const vars = await readVariables(tfDir).catch(() => undefined);
  if (!vars) return { values: {}, problems: [`the Terraform root ${tfDir} cannot be read (pass --terraform-dir)`] };
  const checked = checkTfvars(await file.text(), vars.variables);
  return {
    values: checked.values,
    effective: effectiveValues(checked.values, vars.variables),
    problems: [...vars.problems, ...checked.problems],
  };
}

function regionCheck(ctx: Context, stack: StackInputs): Step {
  return {
    title: "Region",
    run: async (s) => {
      const region = ctx.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
      if (stack.region && region && stack.region !== region)
        throw new OpsError(
          "Usage",
          `The tfvars deploy to ${stack.region} but the commands would call ${region}.`,
          `Pass --region ${stack.region} (or fix the tfvars).`,
        );
      if (!region && !stack.region)
        throw new OpsError(
          "AwsRegionMissing",
          "No region is set anywhere.",
          "Pass --region, set AWS_REGION, or set region in the tfvars.",
        );
      if (!region)
        throw new OpsError(
          "AwsRegionMissing",
          `The tfvars deploy to ${stack.region} but no region is set for the AWS calls.`,
          `Pass --region ${stack.region} (or set AWS_REGION).`,
        );
      s.detail(region);
    },
  };
}
