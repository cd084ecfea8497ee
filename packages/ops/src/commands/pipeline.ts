/**
 * `ops pipeline`: the release pipeline (CodeBuild) from the operator's seat.
 * - `ops pipeline status`: the last builds with commit, phase, result, duration and log link.
 * - `ops pipeline release`: starts a build (the pipeline runs `ops release` itself, see buildspec.yml) and follows
 *   it phase by phase until it ends, with a bounded wait; exit 0 only when the build SUCCEEDED.
 * Calls go through the same clients, time-outs and error mapping as every other AWS call.
 */
import { type BuildSummary, getBuilds, recentBuilds, startBuild } from "../aws/codebuild.ts";
import { OUTPUT_NAMES } from "../config.ts";
import { type Context, planCall } from "../context.ts";
import { type ExitCode, OpsError } from "../errors.ts";
import { readOutputs, type StackPaths, terraformRoot } from "./cluster-access.ts";
import { fail, succeed } from "./outcome.ts";

export interface PipelineOptions extends StackPaths {
  /** @default the stack's codebuild_project_name output */
  readonly project?: string;
  /** How many builds to list. @default 5 */
  readonly limit?: number;
}

export interface PipelineReleaseOptions extends PipelineOptions {
  /** Commit, branch or tag to build. @default the project's default source version */
  readonly ref?: string;
  /** Follow the build until it ends. @default true */
  readonly follow?: boolean;
  /** Give up following after this many minutes (the build keeps running). @default 60 */
  readonly waitMinutes?: number;
  /** Seconds between reads of the build. @default 10 */
  readonly pollSeconds?: number;
}

/** The project: `--project`, else the stack's output. */
export async function pipelineProject(ctx: Context, options: PipelineOptions): Promise<string> {
  if (options.project) return options.project;
  const outputs = await readOutputs(ctx, terraformRoot(ctx, options));
  const name = OUTPUT_NAMES.pipelineProject.map((n) => outputs[n]).find((v): v is string => typeof v === "string");
  if (!name)
    throw new OpsError(
      "TerraformOutputMissing",
      "The stack has no codebuild_project_name output.",
      "Apply the stack with the pipeline module (`ops deploy`), or pass --project NAME.",
    );
  return name;
}

/** 312 → "5m12s"; builds take minutes, so seconds alone are hard to read. */
function duration(b: BuildSummary): string {
  if (b.seconds === undefined) return "";
  const m = Math.floor(b.seconds / 60);
  return m ? `${m}m${String(b.seconds % 60).padStart(2, "0")}s` : `${b.seconds}s`;
}

/** One line per build: number, result, phase, commit, duration, log link. */
export function formatBuild(b: BuildSummary): string {
  return [
    `#${b.number ?? "?"}`,
    b.status,
    b.complete ? "" : b.phase,
    (b.commit ?? "").slice(0, 12),
    duration(b),
    b.logUrl ?? "",
  ]
    .filter(Boolean)
    .join("  ");
}

export async function pipelineStatus(ctx: Context, options: PipelineOptions): Promise<ExitCode> {
  try {
    const project = await pipelineProject(ctx, options);
    const builds = await recentBuilds({ codebuild: ctx.aws.codebuild, retry: ctx.retry }, project, options.limit ?? 5);
    const text = [
      `Pipeline   ${project}`,
      ...(builds.length ? builds.map((b) => `  ${formatBuild(b)}`) : ["  no builds yet (`ops pipeline release`)"]),
    ].join("\n");
    return succeed(ctx, text, { project, builds });
  } catch (error) {
    return fail(ctx, error);
  }
}

export async function pipelineRelease(ctx: Context, options: PipelineReleaseOptions): Promise<ExitCode> {
  try {
    const project = await pipelineProject(ctx, options);
    const d = { codebuild: ctx.aws.codebuild, retry: ctx.retry };
    if (ctx.dryRun) {
      planCall(ctx, "CodeBuild StartBuild", {
        projectName: project,
        ...(options.ref ? { sourceVersion: options.ref } : {}),
      });
      return succeed(ctx, `Would start a build of ${project}${options.ref ? ` at ${options.ref}` : ""}.`, { project });
    }
    const started = await startBuild(d, project, options.ref);
    ctx.io.info(
      `started ${project} build #${started.number ?? "?"} (${started.id})${started.logUrl ? `\n  logs: ${started.logUrl}` : ""}`,
    );
    if (options.follow === false)
      return succeed(ctx, `Started build #${started.number ?? "?"} of ${project}: ${started.id}`, {
        project,
        build: started,
      });
    const build = await follow(ctx, d, started, options);
    const data = { project, build };
    if (build.status === "SUCCEEDED")
      return succeed(
        ctx,
        `Build #${build.number ?? "?"} of ${project} SUCCEEDED in ${duration(build)} · commit ${build.commit ?? "?"}`,
        data,
      );
    return fail(
      ctx,
      new OpsError(
        "PipelineBuildFailed",
        `Build #${build.number ?? "?"} of ${project} ended ${build.status}${build.failure ? ` in ${build.failure}` : ""}.`,
        `Read the build's log${build.logUrl ? `: ${build.logUrl}` : ` (${build.id})`}; fix what it names and run \`ops pipeline release\` again.`,
      ),
      data,
    );
  } catch (error) {
    return fail(ctx, error);
  }
}

/** Reads the build until it is complete, printing each phase it enters; bounded by `waitMinutes`. */
async function follow(
  ctx: Context,
  d: Parameters<typeof getBuilds>[0],
  started: BuildSummary,
  options: PipelineReleaseOptions,
): Promise<BuildSummary> {
  const pollMs = (options.pollSeconds ?? 10) * 1000;
  const polls = Math.ceil(((options.waitMinutes ?? 60) * 60_000) / pollMs);
  let phase = started.phase;
  ctx.io.info(`… ${phase}`);
  for (let i = 0; i < polls; i++) {
    await ctx.retry.sleep(pollMs);
    const now = (await getBuilds(d, [started.id])).get(started.id);
    if (!now)
      throw new OpsError(
        "PipelineNotFound",
        `Build ${started.id} disappeared.`,
        "Check the project in the CodeBuild console.",
      );
    if (now.phase !== phase) {
      phase = now.phase;
      ctx.io.info(`… ${phase}${now.seconds !== undefined ? ` (${duration(now)} in)` : ""}`);
    }
    if (now.complete) return now;
  }
  throw new OpsError(
    "AwsTimeout",
    `Build ${started.id} was still ${phase} after ${options.waitMinutes ?? 60} minutes of waiting; it keeps running.`,
    `Follow it in the console${started.logUrl ? ` (${started.logUrl})` : ""}, or check it with \`ops pipeline status\`.`,
  );
}
