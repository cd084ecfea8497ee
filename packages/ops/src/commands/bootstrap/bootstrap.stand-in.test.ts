/**
 * bootstrap against a loopback stand-in that answers as S3 and STS do (see testing/stand-in/s3.ts for the documented
 * answers it gives): the real SDK clients, built by the real factory, parse real-shaped responses. No error is
 * faked by name; each case is a status code, a header and a body.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testContext } from "../../testing/fake-context.ts";
import { standInClients } from "../../testing/stand-in/clients.ts";
import { newBucketDefaults, type StandInBucket, s3StandIn } from "../../testing/stand-in/s3.ts";
import { type StandIn, startSilentListener, startStandIn, xmlError } from "../../testing/stand-in/server.ts";
import { stsStandIn } from "../../testing/stand-in/sts.ts";
import { bootstrap } from "./index.ts";

const ACCOUNT = "123456789012";
const OTHER = "999988887777";
const BUCKET = "tertulia-tfstate-standin";
const buckets = new Map<string, StandInBucket>();
let deny: string[] = [];
/** Runs before S3 sees a request (e.g. another run creating the bucket first); may answer in S3's place. */
let before: ((req: { method: string; query: URLSearchParams }) => Response | undefined) | undefined;
const sts = { expired: false };
let aws: StandIn;
let root: string;

beforeAll(() => {
  aws = startStandIn({
    s3: (req) => before?.(req) ?? s3StandIn({ buckets, callerAccount: ACCOUNT, deny })(req),
    sts: stsStandIn(ACCOUNT, undefined, sts),
    // An existing, well-formed lock table, answered in DynamoDB's awsJson1_0 shapes (API_DescribeTable,
    // API_DescribeContinuousBackups in the DynamoDB API Reference).
    dynamodb: (req) => {
      const op = req.headers.get("x-amz-target")?.replace("DynamoDB_20120810.", "");
      const body =
        op === "DescribeTable"
          ? {
              Table: {
                TableName: "tertulia-tf-locks",
                TableStatus: "ACTIVE",
                KeySchema: [{ AttributeName: "LockID", KeyType: "HASH" }],
                AttributeDefinitions: [{ AttributeName: "LockID", AttributeType: "S" }],
                BillingModeSummary: { BillingMode: "PAY_PER_REQUEST" },
              },
            }
          : {
              ContinuousBackupsDescription: {
                ContinuousBackupsStatus: "ENABLED",
                PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: "ENABLED" },
              },
            };
      return Response.json(body, { headers: { "content-type": "application/x-amz-json-1.0" } });
    },
  });
});
afterAll(() => aws.close());
beforeEach(async () => {
  buckets.clear();
  deny = [];
  before = undefined;
  sts.expired = false;
  aws.requests.length = 0;
  root = await mkdtemp(join(tmpdir(), "ops-standin-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const run = async (options: { region?: string; json?: boolean } = {}) => {
  const region = options.region ?? "sa-east-1";
  const ctx = testContext({ root, region, json: options.json ?? false, aws: standInClients(aws.url, { region }) });
  const code = await bootstrap(ctx, { bucket: BUCKET });
  return { ctx, code };
};
const s3Calls = () => aws.requests.filter((r) => r.service === "s3");

describe("bootstrap against S3 as it answers", () => {
  test("another account's bucket: HEAD answers 403 with an empty body, and the user is told whose it is", async () => {
    buckets.set(BUCKET, { owner: OTHER, region: "sa-east-1", settings: newBucketDefaults() });
    const { ctx, code } = await run({ json: true });
    expect(code).toBe(1);
    const { error } = ctx.io.results[0]!.data as { error: { code: string; message: string; fix: string } };
    expect(error.code).toBe("BucketOwnedByAnotherAccount");
    expect(error.message).toContain("another account owns it");
    expect(error.fix).toContain(`--bucket tertulia-tfstate-${ACCOUNT}`);
    expect(error.fix).toContain("s3:ListBucket");
    // Nothing was written to it.
    expect(s3Calls().map((r) => r.method)).toEqual(["HEAD"]);
  });

  test("our bucket in another region: S3's 301 region wins; settings and backend use it", async () => {
    buckets.set(BUCKET, { owner: ACCOUNT, region: "eu-west-1", settings: newBucketDefaults() });
    const { ctx, code } = await run();
    expect(code).toBe(0);
    expect(s3Calls()[0]).toMatchObject({ method: "HEAD", region: "sa-east-1" });
    expect(s3Calls()[1]).toMatchObject({ method: "HEAD", region: "eu-west-1" });
    // Every later call goes to the bucket's region.
    expect(
      new Set(
        s3Calls()
          .slice(1)
          .map((r) => r.region),
      ),
    ).toEqual(new Set(["eu-west-1"]));
    const backend = await Bun.file(join(root, "terraform/stacks/aws/backend.hcl")).text();
    expect(backend).toContain('region  = "eu-west-1"');
    expect(ctx.io.talk()).toContain("in eu-west-1 (S3's answer; not sa-east-1)");
  });

  test("the lock table is looked for in the bucket's region, where Terraform's backend will look", async () => {
    buckets.set(BUCKET, { owner: ACCOUNT, region: "eu-west-1", settings: newBucketDefaults() });
    const ctx = testContext({ root, region: "sa-east-1", aws: standInClients(aws.url, { region: "sa-east-1" }) });
    expect(await bootstrap(ctx, { bucket: BUCKET, lockTable: "tertulia-tf-locks" })).toBe(0);
    const dynamo = aws.requests.filter((r) => r.service === "dynamodb");
    expect(dynamo.map((r) => r.region)).toEqual(["eu-west-1", "eu-west-1"]);
    const backend = await Bun.file(join(root, "terraform/stacks/aws/backend.hcl")).text();
    expect(backend).toContain('region  = "eu-west-1"');
    expect(backend).toContain('dynamodb_table = "tertulia-tf-locks"');
  });

  test("another account's bucket in another region is still another account's", async () => {
    buckets.set(BUCKET, { owner: OTHER, region: "eu-west-1", settings: newBucketDefaults() });
    const { ctx, code } = await run({ json: true });
    expect(code).toBe(1);
    expect(ctx.io.results[0]!.data).toMatchObject({ error: { code: "BucketOwnedByAnotherAccount" } });
  });

  test("every call to the state bucket names the expected owner; CreateBucket (which has no such field) aside", async () => {
    const { ctx, code } = await run();
    expect(code).toBe(0);
    const calls = s3Calls();
    expect(calls.length).toBeGreaterThan(5);
    for (const c of calls)
      if (!(c.method === "PUT" && [...c.query.keys()].length === 0))
        expect(`${c.method} ${[...c.query.keys()].join()} ${c.headers.get("x-amz-expected-bucket-owner")}`).toBe(
          `${c.method} ${[...c.query.keys()].join()} ${ACCOUNT}`,
        );
    // A bucket created today already has SSE-S3, Block Public Access and ACLs off; only the rest is written.
    expect(ctx.io.talk()).toContain(`done: create bucket ${BUCKET} in sa-east-1`);
    expect(ctx.io.talk()).toMatch(/Default encryption · unchanged/);
    expect(ctx.io.talk()).toMatch(/Versioning · done: enable versioning/);
  });

  test("a bucket created by someone else's run between HEAD and PUT (409 BucketAlreadyOwnedByYou) is not reported as created", async () => {
    before = (req) => {
      if (req.method === "PUT" && [...req.query.keys()].length === 0 && !buckets.has(BUCKET))
        buckets.set(BUCKET, { owner: ACCOUNT, region: "sa-east-1", settings: newBucketDefaults() });
      return undefined;
    };
    const { ctx, code } = await run({ json: true });
    expect(code).toBe(0);
    const data = ctx.io.results[0]!.data as { changes: string[]; steps: { title: string; detail?: string }[] };
    expect(data.steps.find((s) => s.title.startsWith("State bucket"))!.detail).toBe(
      `exists in account ${ACCOUNT} (BucketAlreadyOwnedByYou) · unchanged`,
    );
    expect(data.changes.some((c) => c.startsWith("create bucket"))).toBe(false);
  });

  test("a name another account takes between HEAD and PUT (409 BucketAlreadyExists) is another account's bucket", async () => {
    before = (req) => {
      if (req.method === "PUT" && [...req.query.keys()].length === 0 && !buckets.has(BUCKET))
        buckets.set(BUCKET, { owner: OTHER, region: "sa-east-1", settings: newBucketDefaults() });
      return undefined;
    };
    const { ctx, code } = await run({ json: true });
    expect(code).toBe(1);
    expect(ctx.io.results[0]!.data).toMatchObject({ error: { code: "BucketOwnedByAnotherAccount" } });
    expect(s3Calls().filter((r) => r.method === "PUT")).toHaveLength(1);
  });

  test("expired credentials (STS 403 ExpiredToken) stop at the first call with how to refresh them", async () => {
    sts.expired = true;
    const { ctx, code } = await run({ json: true });
    expect(code).toBe(1);
    const { error } = ctx.io.results[0]!.data as { error: { code: string; fix: string } };
    expect(error.code).toBe("AwsCredentialsExpired");
    expect(error.fix).toContain("aws sso login");
    expect(s3Calls()).toHaveLength(0);
  });

  test("503 SlowDown is retried with backoff, then the run goes on; without end it stops after the budget", async () => {
    let slowDowns = 2;
    // https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList (SlowDown, 503)
    before = (req) =>
      req.method === "GET" && req.query.has("versioning") && slowDowns-- > 0
        ? xmlError(503, "SlowDown", "Please reduce your request rate.")
        : undefined;
    expect((await run()).code).toBe(0);
    expect(slowDowns).toBe(-1);

    slowDowns = 1_000;
    const { ctx, code } = await run({ json: true });
    expect(code).toBe(1);
    expect(ctx.io.results[0]!.data).toMatchObject({ error: { code: "AwsThrottled" } });
    expect(1_000 - slowDowns).toBe(3); // the test context's budget: 3 attempts
  });

  test("a second run sends no write and says so", async () => {
    expect((await run()).code).toBe(0);
    aws.requests.length = 0;
    const { ctx, code } = await run();
    expect(code).toBe(0);
    expect(s3Calls().filter((r) => r.method === "PUT")).toHaveLength(0);
    expect(ctx.io.results[0]!.text).toStartWith("Nothing changed");
  });

  test("a denied write names the real IAM action", async () => {
    buckets.set(BUCKET, { owner: ACCOUNT, region: "sa-east-1", settings: new Map() });
    deny = ["PUT encryption"];
    const { ctx, code } = await run({ json: true });
    expect(code).toBe(1);
    const { error } = ctx.io.results[0]!.data as { error: { code: string; message: string; fix: string } };
    expect(error.code).toBe("AwsAccessDenied");
    expect(error.message).toContain("HTTP 403, AccessDenied");
    expect(error.fix).toContain("s3:PutEncryptionConfiguration");
  });
});

describe("an endpoint that accepts and never answers", () => {
  test("bootstrap gives up after the client time-out, names the endpoint and how long it waited", async () => {
    const silent = await startSilentListener();
    try {
      const ctx = testContext({
        root,
        json: true,
        aws: standInClients(silent.url, { timeouts: { connectMs: 1_000, requestMs: 500 } }),
      });
      expect(await bootstrap(ctx, { bucket: BUCKET })).toBe(1);
      const { error } = ctx.io.results[0]!.data as { error: { code: string; message: string } };
      expect(error.code).toBe("AwsTimeout");
      expect(error.message).toContain(`no answer from AWS at ${silent.url}`);
      expect(error.message).toMatch(
        /each attempt gave up after the 0.5s request time-out \(1.0s to connect\); 2 attempts, \d+\.\ds in all\.$/,
      );
      // One retry, then stop: the test context's retry policy allows 2 timed-out attempts.
      expect(silent.accepted()).toBe(2);
    } finally {
      await silent.close();
    }
  });
});

test("path-style addressing reaches an S3-compatible endpoint by host name (not only an IP literal)", async () => {
  const byName = aws.url.replace("127.0.0.1", "localhost");
  const ctx = testContext({ root, aws: standInClients(byName) });
  expect(await bootstrap(ctx, { bucket: BUCKET })).toBe(0);
  const head = s3Calls()[0]!;
  expect(head.path).toBe(`/${BUCKET}/`);
  expect(head.headers.get("host")).toStartWith("localhost:");
});
