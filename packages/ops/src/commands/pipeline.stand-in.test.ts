/**
 * `ops pipeline` and the pipeline part of `ops status` against a CodeBuild stand-in that speaks awsJson1_1 as
 * CodeBuild does (testing/stand-in/codebuild.ts cites the API reference); the real SDK client parses every answer.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { DescribeClusterCommand, EKSClient } from "@aws-sdk/client-eks";
import { mockClient } from "aws-sdk-client-mock";
import { testContext } from "../testing/fake-context.ts";
import { fakeRunner } from "../testing/fake-runner.ts";
import { standInClients } from "../testing/stand-in/clients.ts";
import { type CodeBuildStandInOptions, codebuildStandIn, standInBuild } from "../testing/stand-in/codebuild.ts";
import { type StandIn, startSilentListener, startStandIn } from "../testing/stand-in/server.ts";
import { pipelineRelease, pipelineStatus } from "./pipeline.ts";
import { status } from "./status.ts";

const PROJECT = "tertulia-release";
const pipeline: CodeBuildStandInOptions = { project: PROJECT, builds: [] };
let aws: StandIn;

beforeAll(() => {
  aws = startStandIn({ codebuild: codebuildStandIn(pipeline) });
});
afterAll(() => aws.close());
beforeEach(() => {
  pipeline.builds = [
    standInBuild(PROJECT, 12, "FAILED", "fedcba9876543210fedcba9876543210fedcba98"),
    standInBuild(PROJECT, 11, "SUCCEEDED", "0123456789abcdef0123456789abcdef01234567"),
  ];
  pipeline.finalStatus = "SUCCEEDED";
  aws.requests.length = 0;
});

const context = (json = false) => testContext({ json, aws: standInClients(aws.url) });
const targets = (r: { headers: Headers }) => r.headers.get("x-amz-target");

describe("ops pipeline status", () => {
  test("lists the last builds: number, result, commit, duration, log link", async () => {
    const ctx = context();
    expect(await pipelineStatus(ctx, { project: PROJECT })).toBe(0);
    const text = ctx.io.results[0]!.text;
    expect(text).toContain(`Pipeline   ${PROJECT}`);
    expect(text).toContain("#12  FAILED  fedcba987654  5m12s  https://console.aws.amazon.com/cloudwatch/home");
    expect(text).toContain("#11  SUCCEEDED  0123456789ab  5m12s");
    expect(aws.requests.map(targets)).toEqual([
      "CodeBuild_20161006.ListBuildsForProject",
      "CodeBuild_20161006.BatchGetBuilds",
    ]);
    expect(JSON.parse(aws.requests[0]!.body)).toEqual({ projectName: PROJECT, sortOrder: "DESCENDING" });
  });

  test("an unknown project (400 ResourceNotFoundException) says how to find the right one", async () => {
    const ctx = context(true);
    expect(await pipelineStatus(ctx, { project: "nope" })).toBe(1);
    expect(ctx.io.results[0]!.data).toMatchObject({ ok: false, error: { code: "PipelineNotFound" } });
  });
});

test("a CodeBuild endpoint that never answers times out like every other call", async () => {
  const silent = await startSilentListener();
  try {
    const ctx = testContext({
      json: true,
      aws: standInClients(silent.url, { timeouts: { connectMs: 1_000, requestMs: 300 } }),
    });
    expect(await pipelineStatus(ctx, { project: PROJECT })).toBe(1);
    const { error } = ctx.io.results[0]!.data as { error: { code: string; message: string } };
    expect(error.code).toBe("AwsTimeout");
    expect(error.message).toContain(`CodeBuild ListBuildsForProject: no answer from AWS at ${silent.url}`);
  } finally {
    await silent.close();
  }
});

describe("ops pipeline release", () => {
  test("starts a build of the ref and follows it through its phases to SUCCEEDED", async () => {
    const ctx = context();
    expect(await pipelineRelease(ctx, { project: PROJECT, ref: "main" })).toBe(0);
    expect(JSON.parse(aws.requests[0]!.body)).toEqual({ projectName: PROJECT, sourceVersion: "main" });
    const talk = ctx.io.talk();
    expect(talk).toContain(`started ${PROJECT} build #13`);
    for (const phase of ["SUBMITTED", "PROVISIONING", "BUILD", "POST_BUILD", "COMPLETED"])
      expect(talk).toContain(`… ${phase}`);
    expect(ctx.io.results[0]!.text).toMatch(/^Build #13 of tertulia-release SUCCEEDED in .* · commit 0123456789abcdef/);
  });

  test("a failed build exits 1 naming the phase, CodeBuild's reason and the log link", async () => {
    pipeline.finalStatus = "FAILED";
    const ctx = context(true);
    expect(await pipelineRelease(ctx, { project: PROJECT })).toBe(1);
    const { error } = ctx.io.results[0]!.data as { error: { code: string; message: string; fix: string } };
    expect(error.code).toBe("PipelineBuildFailed");
    expect(error.message).toContain(
      "ended FAILED in BUILD FAILED: Error while executing command: bun run ops release --yes",
    );
    expect(error.fix).toContain("https://console.aws.amazon.com/cloudwatch/home");
  });

  test("--dry-run starts nothing", async () => {
    const ctx = testContext({ dryRun: true, aws: standInClients(aws.url) });
    expect(await pipelineRelease(ctx, { project: PROJECT, ref: "main" })).toBe(0);
    expect(aws.requests).toHaveLength(0);
    expect(ctx.io.talk()).toContain(
      `would call: CodeBuild StartBuild {"projectName":"${PROJECT}","sourceVersion":"main"}`,
    );
  });
});

test("ops status shows the pipeline's last builds beside the cluster", async () => {
  const eks = mockClient(EKSClient);
  eks.on(DescribeClusterCommand).resolves({
    cluster: { endpoint: "https://x.eks.amazonaws.com", certificateAuthority: { data: "Q0E=" }, status: "ACTIVE" },
  });
  try {
    const runner = fakeRunner([
      [
        / output -no-color -json$/,
        { stdout: JSON.stringify({ cluster_name: { value: "tertulia" }, codebuild_project_name: { value: PROJECT } }) },
      ],
      [/get deployments/, { stdout: JSON.stringify({ items: [] }) }],
    ]);
    const ctx = testContext({ runner, aws: standInClients(aws.url), tempDir: "/tmp" });
    expect(await status(ctx, {})).toBe(0);
    expect(ctx.io.results[0]!.text).toContain(`Pipeline   ${PROJECT}\n  #12  FAILED  fedcba987654`);
  } finally {
    eks.restore();
  }
});
