/**
 * preflight's state-bucket check against the S3/STS stand-in (testing/stand-in/s3.ts cites the answers): the check
 * asks the backend's region, as Terraform will, with the caller's account as expected owner.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from "bun:test";
import { runStep } from "../../output/steps.ts";
import { testContext } from "../../testing/fake-context.ts";
import { standInClients } from "../../testing/stand-in/clients.ts";
import { newBucketDefaults, type StandInBucket, s3StandIn } from "../../testing/stand-in/s3.ts";
import { type StandIn, startStandIn } from "../../testing/stand-in/server.ts";
import { stsStandIn } from "../../testing/stand-in/sts.ts";
import { awsChecks } from "./aws-checks.ts";
import { stackInputs } from "./stack-inputs.ts";

const ACCOUNT = "123456789012";
const BUCKET = "tertulia-tfstate-standin";
const buckets = new Map<string, StandInBucket>();
let aws: StandIn;

beforeAll(() => {
  aws = startStandIn({ s3: s3StandIn({ buckets, callerAccount: ACCOUNT }), sts: stsStandIn(ACCOUNT) });
});
afterAll(() => aws.close());
beforeEach(() => {
  buckets.clear();
  aws.requests.length = 0;
});

async function stateBucketCheck(backendRegion: string) {
  const ctx = testContext({ region: "sa-east-1", aws: standInClients(aws.url, { region: "sa-east-1" }) });
  const step = awsChecks(ctx, {
    stack: stackInputs({}, {}),
    backend: async () => ({ bucket: BUCKET, key: "tertulia/aws.tfstate", region: backendRegion }),
    repositories: [],
    vpcLimit: 5,
  }).find((s) => s.title === "State bucket")!;
  return (await runStep(step)).report;
}

test("the state bucket is checked in the backend's region, not the deploy region", async () => {
  const settings = newBucketDefaults();
  settings.set("versioning", "<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>");
  buckets.set(BUCKET, { owner: ACCOUNT, region: "eu-west-1", settings });
  const report = await stateBucketCheck("eu-west-1");
  expect(report).toMatchObject({ status: "ok", detail: `${BUCKET} (eu-west-1): versioned, encrypted, private` });
  const s3 = aws.requests.filter((r) => r.service === "s3");
  expect(new Set(s3.map((r) => r.region))).toEqual(new Set(["eu-west-1"]));
  expect(new Set(s3.map((r) => r.headers.get("x-amz-expected-bucket-owner")))).toEqual(new Set([ACCOUNT]));
});

test("a backend config naming the wrong region is caught from S3's 301", async () => {
  buckets.set(BUCKET, { owner: ACCOUNT, region: "eu-west-1", settings: newBucketDefaults() });
  const report = await stateBucketCheck("us-west-2");
  expect(report).toMatchObject({ status: "failed", code: "BucketInAnotherRegion" });
  expect(report.detail).toContain("is in eu-west-1, but the backend config says us-west-2");
});

test("another account's bucket (403, empty body) is named as such", async () => {
  buckets.set(BUCKET, { owner: "999988887777", region: "sa-east-1", settings: newBucketDefaults() });
  expect(await stateBucketCheck("sa-east-1")).toMatchObject({
    status: "failed",
    code: "BucketOwnedByAnotherAccount",
  });
});
