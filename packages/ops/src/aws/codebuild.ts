/**
 * CodeBuild: the release pipeline's recent builds, starting one, and reading one back while it runs.
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ListBuildsForProject.html
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_BatchGetBuilds.html
 * @see https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuild.html
 */
import {
  BatchGetBuildsCommand,
  type Build,
  type CodeBuildClient,
  ListBuildsForProjectCommand,
  StartBuildCommand,
} from "@aws-sdk/client-codebuild";
import { OpsError } from "../errors.ts";
import { awsCall, type RetryPolicy } from "./call.ts";

export interface CodeBuildDeps {
  readonly codebuild: CodeBuildClient;
  readonly retry?: RetryPolicy;
}

/** One build as an operator reads it. */
export interface BuildSummary {
  readonly id: string;
  readonly number?: number;
  /** SUCCEEDED, FAILED, FAULT, TIMED_OUT, IN_PROGRESS, STOPPED */
  readonly status: string;
  /** SUBMITTED, QUEUED, PROVISIONING, DOWNLOAD_SOURCE, INSTALL, PRE_BUILD, BUILD, POST_BUILD, … COMPLETED */
  readonly phase: string;
  /** The commit it built (`resolvedSourceVersion`), else what was asked for (`sourceVersion`). */
  readonly commit?: string;
  readonly startedAt?: string;
  readonly seconds?: number;
  readonly complete: boolean;
  /** The CloudWatch Logs console link CodeBuild gives (`logs.deepLink`). */
  readonly logUrl?: string;
  /** The phase that failed and why (its `contexts[].message`), for a failed build. */
  readonly failure?: string;
}

const opts = (d: CodeBuildDeps) => ({
  ...(d.retry ? { retry: d.retry } : {}),
  // ResourceNotFoundException: 400 with `__type` in the JSON body (awsJson1_1).
  passThrough: ["ResourceNotFoundException"],
});

function notFound(project: string): OpsError {
  return new OpsError(
    "PipelineNotFound",
    `There is no CodeBuild project "${project}" in this region.`,
    "Check --project and --region (the stack's codebuild_project_name output names it), or apply the stack (`ops deploy`).",
  );
}

async function mapNotFound<T>(project: string, p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (error) {
    if (error instanceof Error && error.name === "ResourceNotFoundException") throw notFound(project);
    throw error;
  }
}

export function summarize(b: Build): BuildSummary {
  const failed = (b.phases ?? []).find((p) => p.phaseStatus && !["SUCCEEDED", "IN_PROGRESS"].includes(p.phaseStatus));
  const reason = failed?.contexts
    ?.map((c) => c.message)
    .filter(Boolean)
    .join("; ");
  const commit = b.resolvedSourceVersion ?? b.sourceVersion;
  const end = b.endTime ?? (b.buildComplete ? undefined : new Date());
  return {
    id: b.id ?? "?",
    ...(b.buildNumber !== undefined ? { number: b.buildNumber } : {}),
    status: b.buildStatus ?? "UNKNOWN",
    phase: b.currentPhase ?? "UNKNOWN",
    ...(commit ? { commit } : {}),
    ...(b.startTime ? { startedAt: b.startTime.toISOString() } : {}),
    ...(b.startTime && end ? { seconds: Math.round((end.getTime() - b.startTime.getTime()) / 1000) } : {}),
    complete: b.buildComplete ?? false,
    ...(b.logs?.deepLink ? { logUrl: b.logs.deepLink } : {}),
    ...(failed ? { failure: `${failed.phaseType} ${failed.phaseStatus}${reason ? `: ${reason}` : ""}` } : {}),
  };
}

/**
 * The project's last `limit` builds, newest first.
 * @throws {OpsError} PipelineNotFound, and the mapped AWS errors of `awsCall`.
 */
export async function recentBuilds(d: CodeBuildDeps, project: string, limit = 5): Promise<BuildSummary[]> {
  const listed = await mapNotFound(
    project,
    awsCall(
      "CodeBuild ListBuildsForProject",
      () => d.codebuild.send(new ListBuildsForProjectCommand({ projectName: project, sortOrder: "DESCENDING" })),
      opts(d),
    ),
  );
  const ids = (listed.ids ?? []).slice(0, Math.min(limit, 100));
  if (ids.length === 0) return [];
  const builds = await getBuilds(d, ids);
  return ids.map((id) => builds.get(id)).filter((b): b is BuildSummary => b !== undefined);
}

/** BatchGetBuilds (at most 100 ids per call, as the API allows). */
export async function getBuilds(d: CodeBuildDeps, ids: readonly string[]): Promise<Map<string, BuildSummary>> {
  const out = await awsCall(
    "CodeBuild BatchGetBuilds",
    () => d.codebuild.send(new BatchGetBuildsCommand({ ids: ids.slice(0, 100) })),
    opts(d),
  );
  return new Map((out.builds ?? []).map((b) => [b.id ?? "?", summarize(b)]));
}

/**
 * Starts a build of `sourceVersion` (a commit, branch or tag; the project's default when omitted).
 * @throws {OpsError} PipelineNotFound, and the mapped AWS errors of `awsCall`.
 */
export async function startBuild(d: CodeBuildDeps, project: string, sourceVersion?: string): Promise<BuildSummary> {
  const out = await mapNotFound(
    project,
    awsCall(
      "CodeBuild StartBuild",
      () =>
        d.codebuild.send(new StartBuildCommand({ projectName: project, ...(sourceVersion ? { sourceVersion } : {}) })),
      opts(d),
    ),
  );
  if (!out.build) throw notFound(project);
  return summarize(out.build);
}
