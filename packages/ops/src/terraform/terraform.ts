/**
 * Terraform command lines, built in one place so `deploy --dry-run` prints exactly what a real run executes.
 * Every command runs in the root with `-chdir`, never prompts (`-input=false`), uses absolute file paths, and passes
 * `-no-color`: ops captures Terraform's output into messages and CI logs, where colour codes and the box drawn
 * around diagnostics hide the words (https://developer.hashicorp.com/terraform/cli/commands/plan#no-color).
 */
import { OpsError } from "../errors.ts";
import { type Cmd, plainText, type RunResult, tail } from "../process/runner.ts";

export interface TerraformRoot {
  /** Absolute path of the Terraform root (the AWS stack). */
  readonly dir: string;
  /** Absolute path of the tfvars file. */
  readonly varFile: string;
  /** Absolute path of the partial backend config written by bootstrap. */
  readonly backendFile: string;
  /** Plan file name, inside `dir`. */
  readonly planFile: string;
  /** Extra `-backend-config=` values for init (e.g. another state key). */
  readonly backendOverrides?: readonly string[];
  /** Extra `-var=` assignments for plan and destroy. */
  readonly vars?: readonly string[];
}

const tf = (root: TerraformRoot, args: string[], extra: Partial<Cmd> = {}): Cmd => ({
  cmd: "terraform",
  args: [`-chdir=${root.dir}`, ...args],
  ...extra,
});

export const terraform = {
  version: (): Cmd => ({ cmd: "terraform", args: ["version", "-json"], readOnly: true }),
  init: (r: TerraformRoot): Cmd =>
    tf(
      r,
      [
        "init",
        "-input=false",
        "-no-color",
        `-backend-config=${r.backendFile}`,
        ...(r.backendOverrides ?? []).map((o) => `-backend-config=${o}`),
      ],
      { stream: true },
    ),
  /** `-detailed-exitcode`: 0 no changes, 2 changes present, 1 error. An empty `varFile` means none. */
  plan: (r: TerraformRoot): Cmd =>
    tf(r, ["plan", "-input=false", "-no-color", ...varArgs(r), `-out=${r.planFile}`, "-detailed-exitcode"], {
      stream: true,
    }),
  apply: (r: TerraformRoot): Cmd => tf(r, ["apply", "-input=false", "-no-color", r.planFile], { stream: true }),
  output: (r: TerraformRoot): Cmd => tf(r, ["output", "-no-color", "-json"], { readOnly: true }),
  destroy: (r: TerraformRoot): Cmd =>
    tf(r, ["destroy", "-input=false", "-no-color", "-auto-approve", ...varArgs(r)], { stream: true }),
};

function varArgs(r: TerraformRoot): string[] {
  return [...(r.varFile ? [`-var-file=${r.varFile}`] : []), ...(r.vars ?? []).map((v) => `-var=${v}`)];
}

/**
 * A failed Terraform run as an `OpsError`: the message holds Terraform's whole `Error:` block(s) (see `tail`), and
 * `output` the whole stderr for `--json`.
 */
export function terraformFailure(what: string, r: RunResult, fix: string): OpsError {
  const words = tail(r.stderr || r.stdout, 4);
  return new OpsError("CommandFailed", `${what} (exit ${r.code}):\n${words}`, fix, {
    output: plainText(r.stderr || r.stdout),
  });
}
