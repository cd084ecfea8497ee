/**
 * CodeBuild as the stand-in plays it: the awsJson1_1 protocol (POST /, `X-Amz-Target: CodeBuild_20161006.<Op>`,
 * JSON bodies, timestamps as epoch seconds), for ListBuildsForProject, BatchGetBuilds and StartBuild.
 * Shapes from the CodeBuild API Reference (API_ListBuildsForProject, API_BatchGetBuilds, API_StartBuild); an unknown
 * project is `400 {"__type":"ResourceNotFoundException"}` (API_StartBuild#API_StartBuild_Errors).
 * A started build advances one phase each time it is read, then ends with `finalStatus`.
 */
import type { ServiceHandler } from "./server.ts";

export interface StandInBuild {
  id: string;
  buildNumber: number;
  sourceVersion?: string;
  resolvedSourceVersion?: string;
  buildStatus: string;
  currentPhase: string;
  buildComplete: boolean;
  startTime: number;
  endTime?: number;
  phases: { phaseType: string; phaseStatus?: string; contexts?: { statusCode: string; message: string }[] }[];
  logs: { deepLink: string; groupName: string; streamName: string };
}

const PHASES = [
  "SUBMITTED",
  "QUEUED",
  "PROVISIONING",
  "DOWNLOAD_SOURCE",
  "INSTALL",
  "PRE_BUILD",
  "BUILD",
  "POST_BUILD",
];

export interface CodeBuildStandInOptions {
  readonly project: string;
  /** Builds already there, newest first. */
  builds: StandInBuild[];
  /** How started builds end. @default "SUCCEEDED" */
  finalStatus?: string;
  /** The phase a failing build fails in. @default "BUILD" */
  failIn?: string;
}

export function standInBuild(project: string, n: number, status: string, commit: string): StandInBuild {
  const id = `${project}:0000000${n}-aaaa-bbbb-cccc-ddddeeeeffff`;
  const stream = id.split(":")[1]!;
  return {
    id,
    buildNumber: n,
    resolvedSourceVersion: commit,
    buildStatus: status,
    currentPhase: status === "IN_PROGRESS" ? "BUILD" : "COMPLETED",
    buildComplete: status !== "IN_PROGRESS",
    startTime: 1_764_600_000 + n * 1000,
    ...(status === "IN_PROGRESS" ? {} : { endTime: 1_764_600_000 + n * 1000 + 312 }),
    phases: [],
    logs: {
      groupName: `/aws/codebuild/${project}`,
      streamName: stream,
      deepLink: `https://console.aws.amazon.com/cloudwatch/home?region=sa-east-1#logEvent:group=/aws/codebuild/${project};stream=${stream}`,
    },
  };
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/x-amz-json-1.1" } });

export function codebuildStandIn(o: CodeBuildStandInOptions): ServiceHandler {
  const notFound = () =>
    json(400, {
      __type: "ResourceNotFoundException",
      message: `Project cannot be found: arn:aws:codebuild:sa-east-1:123456789012:project/x`,
    });
  return (req) => {
    const op = (req.headers.get("x-amz-target") ?? "").replace("CodeBuild_20161006.", "");
    const input = JSON.parse(req.body || "{}") as { projectName?: string; ids?: string[]; sourceVersion?: string };
    if (op === "ListBuildsForProject")
      return input.projectName === o.project ? json(200, { ids: o.builds.map((b) => b.id) }) : notFound();
    if (op === "StartBuild") {
      if (input.projectName !== o.project) return notFound();
      const n = (o.builds[0]?.buildNumber ?? 0) + 1;
      const build = standInBuild(o.project, n, "IN_PROGRESS", input.sourceVersion ?? "main");
      build.sourceVersion = input.sourceVersion ?? "main";
      delete build.resolvedSourceVersion;
      build.currentPhase = "SUBMITTED";
      build.startTime = Date.now() / 1000;
      o.builds.unshift(build);
      return json(200, { build });
    }
    if (op === "BatchGetBuilds") {
      const found = o.builds.filter((b) => input.ids?.includes(b.id));
      for (const b of found) if (!b.buildComplete) advance(b, o);
      return json(200, {
        builds: found,
        buildsNotFound: (input.ids ?? []).filter((id) => !found.some((b) => b.id === id)),
      });
    }
    return json(400, { __type: "InvalidInputException", message: `unknown operation ${op}` });
  };
}

function advance(b: StandInBuild, o: CodeBuildStandInOptions): void {
  const failIn = o.failIn ?? "BUILD";
  const final = o.finalStatus ?? "SUCCEEDED";
  const done = b.phases.at(-1);
  if (done) done.phaseStatus = final !== "SUCCEEDED" && done.phaseType === failIn ? final : "SUCCEEDED";
  if (done?.phaseType === "DOWNLOAD_SOURCE") b.resolvedSourceVersion = "0123456789abcdef0123456789abcdef01234567";
  if (done && done.phaseStatus !== "SUCCEEDED") {
    done.contexts = [
      {
        statusCode: "COMMAND_EXECUTION_ERROR",
        message: "Error while executing command: bun run ops release --yes. Reason: exit status 1",
      },
    ];
    finish(b, final);
    return;
  }
  const next = PHASES[PHASES.indexOf(b.currentPhase) + 1];
  if (!next) {
    finish(b, final);
    return;
  }
  b.currentPhase = next;
  b.phases.push({ phaseType: next });
}

function finish(b: StandInBuild, status: string): void {
  b.buildStatus = status;
  b.currentPhase = "COMPLETED";
  b.buildComplete = true;
  b.endTime = Date.now() / 1000;
}
