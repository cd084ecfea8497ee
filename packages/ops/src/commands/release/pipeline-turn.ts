/**
 * One deploy at a time, and the newest push wins (terraform/modules/pipeline/README.md). The project sets no
 * concurrent build limit, because with one CodeBuild rejects a build started while the limit is reached instead of
 * queueing it ("builds return an error if the number of running builds reaches the concurrent build limit",
 * https://docs.aws.amazon.com/codebuild/latest/userguide/builds-working.html). So every push builds, and before it
 * deploys a build looks at its project's recent builds (ListBuildsForProject, newest first):
 *
 * - a newer build that is running or succeeded supersedes this one: it carries this commit too, so this build
 *   deploys nothing and says which build will;
 * - an older build still running may be deploying: wait for it (bounded, each check reported);
 * - otherwise deploy.
 *
 * Outside CodeBuild (an operator's `ops release`) there is no queue to consult.
 */
import { type BuildSummary, recentBuilds } from "../../aws/codebuild.ts";
import type { Context } from "../../context.ts";
import { OpsError } from "../../errors.ts";
import { type Backoff, retryWithBackoff } from "../../kube/backoff.ts";
import type { Step } from "../../output/steps.ts";
import { CODEBUILD_MARKER } from "../../targets/build-environment.ts";

/** How long to wait for older builds: 5, 10, 20, then 30 s waits, 40 checks, about 19 minutes. */
export const OLDER_BUILDS_BACKOFF: Omit<Backoff, "sleep"> = { attempts: 40, firstMs: 5_000, maxMs: 30_000 };

/** How many older builds to look at: more than CodeBuild would ever run at once for one branch. */
const OLDER_WINDOW = 20;

export type Turn =
  | { readonly go: true }
  | { readonly go: false; readonly supersededBy: string; readonly commit?: string };

/** The builds started after this one and the recent ones before it, from one ListBuildsForProject page. */
async function around(
  ctx: Context,
  project: string,
  me: string,
): Promise<{ newer: BuildSummary[]; older: BuildSummary[] }> {
  const builds = await recentBuilds({ codebuild: ctx.aws.codebuild, retry: ctx.retry }, project, 100);
  const at = builds.findIndex((b) => b.id === me);
  return at < 0
    ? { newer: [], older: builds.slice(0, OLDER_WINDOW) }
    : { newer: builds.slice(0, at), older: builds.slice(at + 1, at + 1 + OLDER_WINDOW) };
}

export async function pipelineTurn(ctx: Context, me: string, backoff: Backoff): Promise<Turn> {
  const project = me.slice(0, me.lastIndexOf(":"));
  return retryWithBackoff<Turn>(
    backoff,
    (n, of, note, next) =>
      ctx.io.info(`build queue: check ${n}/${of}: ${note}${next ? `; next in ${next / 1000}s` : ""}`),
    async () => {
      const { newer, older } = await around(ctx, project, me);
      const winner = newer.find((b) => b.status === "IN_PROGRESS" || b.status === "SUCCEEDED");
      if (winner)
        return {
          done: true,
          value: {
            go: false,
            supersededBy: winner.id,
            ...(winner.commit ? { commit: winner.commit } : {}),
          },
        };
      const running = older.filter((b) => b.status === "IN_PROGRESS").map((b) => b.id);
      return running.length
        ? { done: false, note: `waiting for the older ${running.join(", ")} to finish` }
        : { done: true, value: { go: true } };
    },
  ).catch((error: unknown) => {
    if (error instanceof OpsError) throw error;
    throw new OpsError(
      "CommandFailed",
      `An older build is still running: ${error instanceof Error ? error.message : String(error)}.`,
      "Look at the project's build history; stop a stuck build, then retry this one.",
    );
  });
}

/** The step: decides `state` for the rest of the deploy. */
export function pipelineTurnStep(
  ctx: Context,
  env: Readonly<Record<string, string | undefined>>,
  onTurn: (t: Turn) => void,
  backoff: Omit<Backoff, "sleep"> = OLDER_BUILDS_BACKOFF,
): Step {
  return {
    title: "Build queue",
    run: async (s) => {
      const me = env[CODEBUILD_MARKER];
      if (!me) return s.skip("not in CodeBuild");
      if (ctx.dryRun) return s.skip("dry run: the build queue is not read");
      const turn = await pipelineTurn(ctx, me, { ...backoff, sleep: ctx.retry.sleep });
      onTurn(turn);
      s.detail(turn.go ? "newest build: deploying" : `superseded by ${turn.supersededBy}`);
    },
  };
}
