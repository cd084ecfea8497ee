/**
 * Running Terraform offline for the tests: finds the binary and the provider mirror, writes a CLI config
 * that installs providers from the mirror only, and copies a root stack (with the modules it sources) to
 * a temporary directory so `.terraform/` never lands in the repository.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { TERRAFORM_DIR } from "./hcl.ts";

export const MIRROR_DIR = process.env.TF_PLUGIN_MIRROR ?? "/opt/tf-plugins";

/** Path of the terraform binary, or undefined when it is not installed. */
export function terraformBinary(): string | undefined {
  return Bun.which("terraform") ?? undefined;
}

/** Whether the offline mirror holds hashicorp/aws. */
export function mirrorHasAws(): boolean {
  return existsSync(join(MIRROR_DIR, "registry.terraform.io/hashicorp/aws"));
}

export interface Run {
  readonly code: number;
  readonly out: string;
}

export interface Workspace {
  /** Directory of the copied root stack. */
  readonly dir: string;
  run(args: readonly string[], cwd?: string): Promise<Run>;
  dispose(): void;
}

/**
 * A temporary copy of `terraform/` (modules and stacks, no `.terraform`) with a CLI config pointing at the
 * offline mirror; commands run with that config and with no network-dependent settings.
 */
export function workspace(stackDir: string): Workspace {
  const root = mkdtempSync(join(tmpdir(), "tertulia-tf-"));
  for (const part of ["modules", "stacks"]) {
    cpSync(join(TERRAFORM_DIR, part), join(root, part), {
      recursive: true,
      // Leave out .terraform/ working directories, but keep .terraform.lock.hcl: init then verifies the
      // mirror's provider against the committed hashes.
      filter: (src) => !/(^|[\\/])\.terraform([\\/]|$)/.test(src),
    });
  }
  const cliConfig = join(root, "offline.tfrc");
  writeFileSync(
    cliConfig,
    `provider_installation {\n  filesystem_mirror {\n    path    = "${MIRROR_DIR}"\n    include = ["registry.terraform.io/*/*"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n`,
  );
  const dir = join(root, relative(TERRAFORM_DIR, stackDir));
  const binary = terraformBinary() ?? "terraform";
  return {
    dir,
    async run(args, cwd = dir) {
      const proc = Bun.spawn([binary, ...args], {
        cwd,
        env: {
          ...process.env,
          TF_CLI_CONFIG_FILE: cliConfig,
          TF_IN_AUTOMATION: "1",
          TF_INPUT: "0",
          CHECKPOINT_DISABLE: "1",
          NO_COLOR: "1",
        },
        stdout: "pipe",
        stderr: "pipe",
      });
      const [out, err, code] = await Promise.all([
        new Response(proc.stdout).text(),
        new Response(proc.stderr).text(),
        proc.exited,
      ]);
      return { code, out: `${out}${err}` };
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * Resource addresses one run's plan would create, from `terraform test -verbose` output, grouped by module
 * (`(root)` for the stack's own resources).
 */
export function plannedResources(output: string, run: string): Map<string, string[]> {
  const start = output.indexOf(`run "${run}"`);
  const end = start < 0 ? -1 : output.indexOf('run "', start + run.length + 6);
  const section = start < 0 ? "" : output.slice(start, end < 0 ? undefined : end);
  const byModule = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const m of section.matchAll(/^\s*# (\S+) will be created$/gm)) {
    const address = m[1] as string;
    if (seen.has(address)) continue;
    seen.add(address);
    const mod = /^module\.([A-Za-z0-9_-]+)/.exec(address)?.[1] ?? "(root)";
    byModule.set(mod, [...(byModule.get(mod) ?? []), address]);
  }
  return byModule;
}
