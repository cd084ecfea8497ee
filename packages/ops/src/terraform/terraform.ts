/**
 * Terraform command lines, built in one place so `deploy --dry-run` prints exactly what a real run executes.
 * Every command runs in the root with `-chdir`, never prompts (`-input=false`), and uses absolute file paths.
 */
import type { Cmd } from "../process/runner.ts";

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
        `-backend-config=${r.backendFile}`,
        ...(r.backendOverrides ?? []).map((o) => `-backend-config=${o}`),
      ],
      { stream: true },
    ),
  /** `-detailed-exitcode`: 0 no changes, 2 changes present, 1 error. An empty `varFile` means none. */
  plan: (r: TerraformRoot): Cmd =>
    tf(r, ["plan", "-input=false", ...varArgs(r), `-out=${r.planFile}`, "-detailed-exitcode"], { stream: true }),
  apply: (r: TerraformRoot): Cmd => tf(r, ["apply", "-input=false", r.planFile], { stream: true }),
  output: (r: TerraformRoot): Cmd => tf(r, ["output", "-json"], { readOnly: true }),
  destroy: (r: TerraformRoot): Cmd =>
    tf(r, ["destroy", "-input=false", "-auto-approve", ...varArgs(r)], { stream: true }),
};

function varArgs(r: TerraformRoot): string[] {
  return [...(r.varFile ? [`-var-file=${r.varFile}`] : []), ...(r.vars ?? []).map((v) => `-var=${v}`)];
}
