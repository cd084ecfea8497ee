/**
 * `ops deploy`: preflight → `terraform init` with the bootstrap backend → plan (shown; confirmed unless `--yes`) →
 * apply → release. A plan with no changes skips the apply, and a release of the running commit builds nothing, so
 * re-running with nothing changed changes nothing.
 */
import { join, resolve } from "node:path";
import { DEFAULTS } from "../config.ts";
import type { Context } from "../context.ts";
import { type ExitCode, OpsError } from "../errors.ts";
import type { Step, StepReport } from "../output/steps.ts";
import { tail } from "../process/runner.ts";
import { readBackendConfig } from "../terraform/backend-config.ts";
import { type TerraformRoot, terraform } from "../terraform/terraform.ts";
import { terraformRoot } from "./cluster-access.ts";
import { fail, reportsJson, succeed } from "./outcome.ts";
import { endpointAccessVars, stackValues } from "./preflight/endpoint-access.ts";
import { runPreflight } from "./preflight/index.ts";
import { checkIpUrl, publicAddress } from "./preflight/public-address.ts";
import { type ReleaseDeps, type ReleaseOptions, runRelease } from "./release/index.ts";

export interface DeployOptions extends ReleaseOptions {
  /** Skip preflight entirely. @default false */
  readonly skipPreflight?: boolean;
  /** Run only preflight's local checks. @default false */
  readonly offline?: boolean;
  /** Only the Terraform part; no release. @default false */
  readonly skipRelease?: boolean;
  /**
   * The in-cluster Terraform root, applied after the AWS root with its own state key; `false` skips it.
   * @default terraform/stacks/kubernetes, when that directory exists
   */
  readonly clusterStack?: string | false;
  /** tfvars for the in-cluster root. @default its terraform.tfvars when present */
  readonly clusterVarFile?: string;
  /** Where this machine's public address is asked (for the API endpoint's CIDRs). @default checkip.amazonaws.com */
  readonly checkIpUrl?: string;
}

export interface DeployDeps {
  readonly release?: ReleaseDeps;
  readonly preflight?: typeof runPreflight;
}

export async function deploy(ctx: Context, options: DeployOptions, deps: DeployDeps = {}): Promise<ExitCode> {
  const reports: StepReport[] = [];
  const applied: string[] = [];
  try {
    if (!options.skipPreflight) {
      ctx.io.info("Preflight");
      const pre = await (deps.preflight ?? runPreflight)(ctx, {
        ...options,
        offline: options.offline ?? false,
        ...(options.cluster ? { cluster: options.cluster } : {}),
      });
      reports.push(...pre.checks);
      if (!pre.ok)
        throw new OpsError(
          "PreflightFailed",
          "Preflight failed; nothing was changed.",
          "Fix the checks marked ✖ above (each says how), then run deploy again.",
        );
    }

    const roots = [{ label: "AWS stack", root: await awsRootWithAccess(ctx, options) }];
    const clusterRoot = await inClusterRoot(ctx, options);
    if (clusterRoot) roots.push({ label: "in-cluster stack", root: clusterRoot });

    for (const { label, root } of roots) {
      ctx.io.info(`Terraform: ${label} (${root.dir})`);
      let changes = true;
      const steps: Step[] = [
        {
          title: "terraform init",
          run: async (s) => {
            // A dry run too: without the backend there is no state to plan against, so nothing real to show.
            if (!(await Bun.file(root.backendFile).exists()))
              throw new OpsError(
                "BackendConfigMissing",
                `The backend config ${root.backendFile} does not exist.`,
                "Run `ops bootstrap --bucket NAME` first.",
              );
            const r = await ctx.runner.run(terraform.init(root));
            if (r.code !== 0)
              throw new OpsError(
                "CommandFailed",
                `terraform init failed: ${tail(r.stderr, 4)}`,
                "Check the backend config and your access to the state bucket (`ops preflight`).",
              );
            s.detail(ctx.dryRun ? "would initialise" : "backend and providers ready");
          },
        },
        {
          title: "terraform plan",
          run: async (s) => {
            const r = await ctx.runner.run(terraform.plan(root));
            if (ctx.dryRun) return s.detail("would plan");
            if (r.code === 1)
              throw new OpsError(
                "CommandFailed",
                `terraform plan failed: ${tail(r.stderr, 6)}`,
                "Fix the configuration or tfvars named above, then deploy again.",
              );
            changes = r.code === 2;
            s.detail(changes ? "changes to apply (shown above)" : "no changes");
          },
        },
        {
          title: "terraform apply",
          run: async (s) => {
            if (!changes && !ctx.dryRun) return s.skip("no changes");
            const r = await ctx.runner.run(terraform.apply(root));
            if (r.code !== 0)
              throw new OpsError(
                "CommandFailed",
                `terraform apply failed: ${tail(r.stderr, 6)}`,
                "Read the error above; fix and run deploy again (Terraform resumes from the saved state).",
              );
            if (!ctx.dryRun) applied.push(label);
            s.detail(ctx.dryRun ? "would apply the saved plan" : "applied");
          },
        },
      ];
      const [init, plan, apply] = steps as [Step, Step, Step];
      const planned = await ctx.progress.run([init, plan]);
      reports.push(...planned.reports);
      if (planned.failure) return fail(ctx, planned.failure, { applied, steps: reportsJson(reports) }, !ctx.io.json);
      // Asked outside the progress display: listr2 holds back terminal output while it draws.
      if (changes && !ctx.dryRun) await confirm(ctx, label);
      const outcome = await ctx.progress.run([apply]);
      reports.push(...outcome.reports);
      if (outcome.failure) return fail(ctx, outcome.failure, { applied, steps: reportsJson(reports) }, !ctx.io.json);
    }

    if (options.skipRelease) return succeed(ctx, summary(ctx, applied), { applied, steps: reportsJson(reports) });
    ctx.io.info("Release");
    const rel = await runRelease(ctx, options, deps.release);
    reports.push(...((rel.data.steps as StepReport[] | undefined) ?? []));
    const data = { applied, release: { ...rel.data, steps: undefined }, steps: reportsJson(reports) };
    if (rel.error) return fail(ctx, rel.error, data, rel.shown);
    return succeed(ctx, `${summary(ctx, applied)}\n${rel.text}`, data);
  } catch (error) {
    return fail(ctx, error, { applied, steps: reportsJson(reports) });
  }
}

/** A typed "yes" before an apply, unless --yes. */
async function confirm(ctx: Context, label: string): Promise<void> {
  if (ctx.yes) return;
  const answer = await ctx.io.prompt(`Apply the ${label} plan above? Type "yes" to apply:`);
  if (answer === undefined)
    throw new OpsError(
      "ConfirmationRequired",
      "The plan needs confirmation and there is no terminal to ask on.",
      "Review the plan and re-run with --yes (CodeBuild passes --yes).",
    );
  if (answer !== "yes")
    throw new OpsError(
      "Aborted",
      'Not applied: the answer was not "yes".',
      "Run deploy again when the plan looks right.",
    );
}

/**
 * The in-cluster root: same bucket and region as the AWS root, its own state key, and the AWS root's state
 * location passed as `aws_stack_state` (it reads the cluster's outputs from there).
 */
export async function inClusterRoot(ctx: Context, options: DeployOptions): Promise<TerraformRoot | undefined> {
  if (options.clusterStack === false) return undefined;
  const dir = resolve(ctx.root, options.clusterStack ?? DEFAULTS.clusterStackDir);
  if (!(await exists(join(dir, "versions.tf"))) && !(await exists(join(dir, "main.tf")))) return undefined;
  const aws = terraformRoot(ctx, options);
  const backend = await readBackendConfig(aws.backendFile);
  const varFile = options.clusterVarFile ? resolve(ctx.root, options.clusterVarFile) : join(dir, "terraform.tfvars");
  return {
    dir,
    varFile: (await exists(varFile)) ? varFile : "",
    backendFile: aws.backendFile,
    planFile: DEFAULTS.planFile,
    backendOverrides: [`key=${DEFAULTS.clusterStateKey}`],
    vars: [
      `aws_stack_state={bucket=${JSON.stringify(backend.bucket)},key=${JSON.stringify(backend.key || DEFAULTS.stateKey)},region=${JSON.stringify(backend.region)}}`,
    ],
  };
}

const exists = (path: string): Promise<boolean> => Bun.file(path).exists();

/**
 * The AWS root, plus `endpoint_public_access_cidrs = ["<this machine>/32"]` when the tfvars leave it unset: the
 * API endpoint admits the operator running ops and nobody else (preflight checks the other cases).
 * @throws {OpsError} PreflightFailed when that address is needed and cannot be worked out.
 */
export async function awsRootWithAccess(
  ctx: Context,
  options: DeployOptions & { readonly checkIpUrl?: string },
): Promise<TerraformRoot> {
  const root = terraformRoot(ctx, options);
  const values = await stackValues(root.dir, root.varFile);
  const vars = await endpointAccessVars(values, () => publicAddress(options.checkIpUrl ?? checkIpUrl()));
  return vars.length ? { ...root, vars: [...(root.vars ?? []), ...vars] } : root;
}

function summary(ctx: Context, applied: readonly string[]): string {
  if (ctx.dryRun) return "Dry run: nothing was changed.";
  return applied.length ? `Terraform applied: ${applied.join(", ")}.` : "Terraform: no changes.";
}
