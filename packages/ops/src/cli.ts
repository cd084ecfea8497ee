#!/usr/bin/env bun
/**
 * `ops`: the Tertulia operations CLI. This file only parses the command line (commander) and dispatches to one
 * handler per command in `commands/`; each handler takes a `Context` and its options and returns the exit code.
 *
 * Exit codes: 0 ok · 1 a check or step failed · 2 usage (bad flags, missing confirmation).
 */
import { COMMIT, VERSION } from "@tertulia/runtime";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { bootstrap } from "./commands/bootstrap/index.ts";
import { deploy } from "./commands/deploy.ts";
import { destroy } from "./commands/destroy.ts";
import { pipelineRelease, pipelineStatus } from "./commands/pipeline.ts";
import { preflight } from "./commands/preflight/index.ts";
import { release, releaseDeploy, releaseImages } from "./commands/release/index.ts";
import { smoke } from "./commands/smoke/index.ts";
import { status } from "./commands/status.ts";
import { DEFAULTS } from "./config.ts";
import { type Context, createContext, type GlobalOptions } from "./context.ts";
import { EXIT, exitCodeOf, OpsError, toOpsError } from "./errors.ts";

export interface CliDeps {
  readonly makeContext: (options: GlobalOptions) => Context | Promise<Context>;
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
}

const defaultDeps: CliDeps = {
  makeContext: createContext,
  writeOut: (t) => void process.stdout.write(t),
  writeErr: (t) => void process.stderr.write(t),
};

type Handler<O> = (ctx: Context, options: O) => Promise<number>;

/** Flags every command takes; `--dry-run` only where the command changes something. */
function withCommonOptions(cmd: Command, changesThings: boolean): Command {
  cmd
    .option("--region <region>", "AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region)")
    .addOption(
      new Option("--profile <name>", "AWS profile (SDK credential chain: env, SSO, shared files, roles)").env(
        "AWS_PROFILE",
      ),
    )
    .option(
      "--s3-path-style",
      "address S3 buckets path-style, for S3-compatible endpoints (or AWS_S3_FORCE_PATH_STYLE=true)",
    )
    .option(
      "--aws-timeout <seconds>",
      "give up on an AWS request after this long (retried once)",
      (v: string) => {
        const seconds = Number(v);
        if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
          throw new InvalidArgumentError("give a number of seconds between 1 and 3600, e.g. --aws-timeout 30");
        return seconds;
      },
      30,
    )
    .option("--verbose", "copy every tool's whole output (terraform, kubectl, docker) to stderr")
    .option("--json", "print one JSON document on stdout (talk stays on stderr)")
    .option("-y, --yes", "answer yes to every confirmation (non-interactive runs, CodeBuild)")
    .option("--root <dir>", "repository root that relative paths resolve against (default: current directory)");
  if (changesThings) cmd.option("--dry-run", "print every step, command and AWS call; change nothing");
  return cmd;
}

/** Where the Terraform root, its variables and its backend config are. */
function withStackOptions(cmd: Command): Command {
  return cmd
    .option("--terraform-dir <dir>", "Terraform root of the AWS stack", DEFAULTS.terraformDir)
    .option("--var-file <path>", "tfvars file of that root", DEFAULTS.varFile)
    .option("--backend-file <path>", "backend config written by bootstrap", DEFAULTS.backendFile);
}

/** What a release needs besides the stack: tag, overlay, targets, smoke. */
function withReleaseOptions(cmd: Command): Command {
  return cmd
    .option("--tag <tag>", "image tag (default: git rev-parse HEAD)")
    .addOption(
      new Option("--overlay <name>", "kustomize overlay under manifests/overlays")
        .choices(["default", "scale-out"])
        .default("default"),
    )
    .option("--manifests-dir <dir>", "manifests directory", "manifests")
    .option("--cluster <name>", "EKS cluster (default: $EKS_CLUSTER_NAME, else the stack's cluster_name output)")
    .option("--namespace <name>", "Kubernetes namespace (default: $K8S_NAMESPACE, else tertulia)")
    .option("--server-repository <uri>", "server ECR repository (default: $SERVER_ECR_URI, else stack output)")
    .option("--client-repository <uri>", "client ECR repository (default: $CLIENT_ECR_URI, else stack output)")
    .option("--host <name>", "host name the certificate covers; smoke checks it with SNI (default: $PUBLIC_HOST)")
    .option("--skip-build", "deploy images already pushed with this tag")
    .option("--skip-smoke", "do not smoke-test after the rollout")
    .option("--url <base>", "smoke-test this URL (default: the Ingress's ALB hostname)")
    .option("--timeout <duration>", "rollout wait per deployment", "300s")
    .option(
      "--certificate-arn <arn>",
      "ACM certificate: serve HTTPS on the ALB (default: $TLS_CERTIFICATE_ARN, else the stack's certificate_arn output)",
    )
    .option(
      "--app-secret-id <id>",
      "Secrets Manager JSON secret with JWT_SECRET, RELAY_SECRET, SESSION_SECRET (default: generate once, keep)",
    );
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}

export function buildProgram(deps: CliDeps, setExit: (code: number) => void): Command {
  const program = new Command("ops")
    .description(
      "Tertulia operations: bootstrap the Terraform state, check, deploy, release, smoke-test, inspect and destroy.",
    )
    .version(
      `tertulia-ops ${VERSION} (${COMMIT})`,
      "--version",
      "print the version and the git commit it was built from",
    )
    .showHelpAfterError("(run with --help for usage and examples)")
    .exitOverride()
    // `release` and `release images|deploy` take the same flags: each belongs to the command it follows.
    .enablePositionalOptions()
    .configureOutput({ writeOut: deps.writeOut, writeErr: deps.writeErr })
    .addHelpText(
      "after",
      `${examples(["ops bootstrap --bucket tertulia-tfstate-123456789012 --region eu-west-1", "ops preflight --offline", "ops deploy --dry-run", "ops smoke --url http://127.0.0.1:5000"])}
Every command: --help, --region/--profile (AWS SDK credential chain), --json (one JSON document on stdout),
--yes (no prompts); --dry-run wherever it changes something. Progress and messages go to stderr.
Exit codes: 0 ok · 1 a check or step failed · 2 usage (bad flags, missing confirmation).
`,
    );

  const action =
    <O>(handler: Handler<O>) =>
    async (...args: unknown[]): Promise<void> => {
      const cmd = args[args.length - 1] as Command;
      // commander does not type parsed options; each command's flags above match its handler's options type.
      const options = cmd.opts() as O & GlobalOptions;
      let ctx: Context;
      try {
        ctx = await deps.makeContext(options);
      } catch (error) {
        // The global options themselves are wrong (e.g. --region SA-EAST-1): no context to print through.
        const e = toOpsError(error, "ops");
        if (options.json) deps.writeOut(`${JSON.stringify({ ok: false, error: e.toJSON() }, null, 2)}\n`);
        deps.writeErr(`error: ${e.message}\n  fix: ${e.fix}\n`);
        return setExit(exitCodeOf(e));
      }
      try {
        setExit(await handler(ctx, options));
      } finally {
        await ctx.cleanup();
      }
    };

  withCommonOptions(
    program
      .command("bootstrap")
      .description(
        "Create or verify the Terraform state bucket (and optional lock table); write the partial backend config.",
      )
      .requiredOption("--bucket <name>", "state bucket name (3–63 lowercase letters, digits, hyphens)")
      .option("--lock-table <name>", "also create a DynamoDB lock table (Terraform < 1.11); default: S3-native locking")
      .option("--backend-file <path>", "where to write the backend config", DEFAULTS.backendFile)
      .option("--state-key <key>", "state object key of the AWS stack", DEFAULTS.stateKey)
      .addHelpText(
        "after",
        examples([
          "ops bootstrap --bucket tertulia-tfstate-123456789012 --region sa-east-1",
          "ops bootstrap --bucket tertulia-tfstate-123456789012 --lock-table tertulia-tf-locks --dry-run",
        ]),
      ),
    true,
  ).action(action(bootstrap));

  withStackOptions(
    withCommonOptions(
      program
        .command("preflight")
        .description(
          "Check everything a deploy depends on, in parallel: credentials, tfvars, zones, instance types, EKS version, names, quotas, state bucket, local tools.",
        )
        .option("--offline", "run only the local checks (tools, tfvars)")
        .option("--expect-account <id>", "fail unless the credentials belong to this account")
        .option("--cluster <name>", "cluster name (default: from the tfvars)")
        .option(
          "--repositories <names>",
          "ECR repository names, comma-separated (default: <cluster>-server,<cluster>-client)",
          (v: string) =>
            v
              .split(",")
              .map((x) => x.trim())
              .filter(Boolean),
        )
        .option("--vpc-limit <n>", "the region's VPC quota", (v: string) => Number.parseInt(v, 10), 5)
        .addHelpText(
          "after",
          examples([
            "ops preflight --offline",
            "ops preflight --region sa-east-1 --expect-account 123456789012",
            "ops preflight --json | jq '.checks[] | select(.status == \"failed\")'",
          ]),
        ),
      false,
    ),
  ).action(action(preflight));

  withReleaseOptions(
    withStackOptions(
      withCommonOptions(
        program
          .command("deploy")
          .description(
            "Preflight, terraform init/plan (shown, confirmed unless --yes)/apply with the bootstrap backend, then release.",
          )
          .option("--skip-preflight", "do not run preflight first")
          .option("--offline", "run only preflight's local checks")
          .option("--skip-release", "only the Terraform part")
          .option(
            "--cluster-stack <dir>",
            "the in-cluster Terraform root, applied after the AWS root",
            DEFAULTS.clusterStackDir,
          )
          .option("--no-cluster-stack", "apply only the AWS root")
          .option(
            "--cluster-var-file <path>",
            "tfvars for the in-cluster root (default: its terraform.tfvars when present)",
          )
          .addHelpText(
            "after",
            examples(["ops deploy --dry-run", "ops deploy --region sa-east-1", "ops deploy --yes --skip-release"]),
          ),
        true,
      ),
    ),
  ).action(action(deploy));

  const releaseCommand = withReleaseOptions(
    withStackOptions(
      withCommonOptions(
        program
          .command("release")
          .description(
            "Build and push both images tagged with the git commit, render manifests/ with them, apply, wait for the rollout, smoke-test; roll back on failure. Targets: flags, then the pipeline's environment, then (outside CodeBuild) Terraform outputs.",
          )
          .addHelpText(
            "after",
            examples([
              'ops release images --yes --tag "${CODEBUILD_RESOLVED_SOURCE_VERSION}"   # buildspec.yml, build',
              'ops release deploy --yes --tag "${CODEBUILD_RESOLVED_SOURCE_VERSION}"   # buildspec.yml, post_build',
              "ops release --dry-run",
              "ops release --overlay scale-out --skip-build --tag 1a2b3c4",
            ]),
          ),
        true,
      ),
    ),
  )
    .enablePositionalOptions()
    .action(action(release));
  withReleaseOptions(
    withStackOptions(
      withCommonOptions(
        releaseCommand
          .command("images")
          .description(
            "Check each image in ECR; build and push only the missing ones (what CodeBuild's build phase runs).",
          ),
        true,
      ),
    ),
  ).action(action(releaseImages));
  withReleaseOptions(
    withStackOptions(
      withCommonOptions(
        releaseCommand
          .command("deploy")
          .description(
            "Apply the pushed images (Services and Ingress, target groups, Deployments), wait, smoke-test; undo on failure (what CodeBuild's post_build phase runs).",
          ),
        true,
      ),
    ),
  ).action(action(releaseDeploy));

  withStackOptions(
    withCommonOptions(
      program
        .command("smoke")
        .description(
          "End-to-end check of a running stack: /healthz, /readyz, the sticky cookie, login, two WebSocket clients, disconnect and resume.",
        )
        .option("--url <base>", "base URL, e.g. http://127.0.0.1:5000 (default: the Ingress's ALB hostname)")
        .option("--cluster <name>", "cluster whose Ingress to read (default: the stack's cluster_name output)")
        .option("--host <name>", "host name the certificate covers: checked over HTTPS with SNI, through --url's host")
        .option("--kubeconfig <path>", "read the Ingress with this kubeconfig instead of one for the stack's cluster")
        .option("--user <name>", "smoke user", "smoke")
        .option("--timeout-ms <ms>", "per-step network timeout", (v: string) => Number.parseInt(v, 10), 10000)
        .addOption(
          new Option("--sticky <mode>", "whether the ALB stickiness cookie must be set")
            .choices(["auto", "required", "optional"])
            .default("auto"),
        )
        .addHelpText(
          "after",
          `${examples(["ops smoke --url http://127.0.0.1:5000", "SMOKE_PASSWORD=... ops smoke --url http://k8s-tertulia-....elb.amazonaws.com --json"])}\nThe smoke user's password is read from SMOKE_PASSWORD (never a flag, never printed).\n`,
        ),
      false,
    ),
  ).action(action(smoke));

  withStackOptions(
    withCommonOptions(
      program
        .command("status")
        .description("Show the cluster, its nodes, the workloads and their images, and the public URL.")
        .option("--cluster <name>", "EKS cluster (default: the stack's cluster_name output)")
        .option(
          "--project <name>",
          "the pipeline's CodeBuild project (default: the stack's codebuild_project_name output)",
        )
        .addHelpText("after", examples(["ops status", "ops status --json | jq -r .url"])),
      false,
    ),
  ).action(action(status));

  withStackOptions(
    withCommonOptions(
      program
        .command("destroy")
        .description(
          "terraform destroy both stacks after you type the cluster name; deletes every Ingress and LoadBalancer Service (their load balancers) and empties ECR first; lists what is kept (retained volumes, the final DB snapshot, the state bucket unless --include-state).",
        )
        .option(
          "--confirm <cluster-name>",
          "the cluster name, typed in advance (non-interactive runs; --yes is not enough)",
        )
        .option("--include-state", "also delete the state bucket (asks for its name a second time)")
        .option("--confirm-state <bucket>", "the state bucket's name, typed in advance")
        .option("--cluster-stack <dir>", "the in-cluster Terraform root, destroyed first", DEFAULTS.clusterStackDir)
        .option("--no-cluster-stack", "destroy only the AWS root")
        .option("--cluster-var-file <path>", "tfvars for the in-cluster root")
        .option(
          "--disable-deletion-protection",
          "turn the database's deletion protection off first (without it, a protected database is refused before anything is deleted)",
        )
        .addHelpText(
          "after",
          examples([
            "ops destroy",
            "ops destroy --dry-run",
            "ops destroy --confirm tertulia --include-state --confirm-state tertulia-tfstate-123456789012",
            "ops destroy --confirm tertulia --disable-deletion-protection",
          ]),
        ),
      true,
    ),
  ).action(action(destroy));

  const pipeline = program
    .command("pipeline")
    .description("The release pipeline (CodeBuild): its last builds, or start a release through it and follow it.")
    .addHelpText("after", examples(["ops pipeline status", "ops pipeline release --ref main"]));
  withStackOptions(
    withCommonOptions(
      pipeline
        .command("status")
        .description("The pipeline's last builds: number, result, phase, commit, duration, log link.")
        .option("--project <name>", "CodeBuild project (default: the stack's codebuild_project_name output)")
        .option("--limit <n>", "how many builds", (v: string) => Number.parseInt(v, 10), 5)
        .addHelpText("after", examples(["ops pipeline status", "ops pipeline status --json | jq '.builds[0]'"])),
      false,
    ),
  ).action(action(pipelineStatus));
  withStackOptions(
    withCommonOptions(
      pipeline
        .command("release")
        .description(
          "Start a build of the pipeline (which runs `ops release`) and follow it phase by phase; exit 0 only when it succeeds.",
        )
        .option("--project <name>", "CodeBuild project (default: the stack's codebuild_project_name output)")
        .option("--ref <commit>", "commit, branch or tag to build (default: the project's source version)")
        .option("--no-follow", "start the build and return")
        .option("--wait-minutes <n>", "stop following after this long", (v: string) => Number.parseInt(v, 10), 60)
        .option("--poll-seconds <n>", "seconds between reads of the build", (v: string) => Number.parseInt(v, 10), 10)
        .addHelpText(
          "after",
          examples(["ops pipeline release --ref main", "ops pipeline release --ref 1a2b3c4 --no-follow --json"]),
        ),
      true,
    ),
  ).action(action(pipelineRelease));

  return program;
}

/** Parses `argv` (without the runtime and script), runs the command, returns the exit code. */
export async function runCli(argv: readonly string[], deps: CliDeps = defaultDeps): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(deps, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok;
      // --json promises one JSON document on stdout, even when the command line itself is wrong.
      if (argv.includes("--json"))
        deps.writeOut(
          `${JSON.stringify({ ok: false, error: { code: "Usage", message: error.message.replace(/^error: /, ""), fix: "Run the command with --help for its options and examples." } }, null, 2)}\n`,
        );
      return EXIT.usage;
    }
    const message = error instanceof OpsError ? `${error.message}\n  fix: ${error.fix}` : String(error);
    deps.writeErr(`error: ${message}\n`);
    return exitCodeOf(error);
  }
}

if (import.meta.main) process.exit(await runCli(process.argv.slice(2)));
