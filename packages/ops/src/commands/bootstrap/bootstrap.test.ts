import { afterAll, afterEach, beforeEach, describe, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreateTableCommand,
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  UpdateContinuousBackupsCommand,
} from "@aws-sdk/client-dynamodb";
import {
  CreateBucketCommand,
  GetBucketEncryptionCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { mockClient } from "aws-sdk-client-mock";
import { awsError } from "../../testing/aws-errors.ts";
import { testContext } from "../../testing/fake-context.ts";
import { bootstrap } from "./index.ts";
import { TLS_STATEMENT_SID } from "./state-bucket.ts";

const s3 = mockClient(S3Client);
const sts = mockClient(STSClient);
const ddb = mockClient(DynamoDBClient);
const BUCKET = "tertulia-tfstate-123456789012";
const ACCOUNT = "123456789012";
let root: string;

const WRITES = [
  CreateBucketCommand,
  PutBucketVersioningCommand,
  PutBucketEncryptionCommand,
  PutPublicAccessBlockCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
] as const;
const writesSent = (): number => s3.calls().filter((call) => WRITES.some((W) => call.args[0] instanceof W)).length;

/** A bucket that does not exist yet: every Get answers "not configured". */
function freshBucket(): void {
  s3.on(HeadBucketCommand).rejects(awsError("NotFound", 404));
  s3.on(CreateBucketCommand).resolves({ Location: `/${BUCKET}` });
  s3.on(GetBucketVersioningCommand).resolves({});
  s3.on(GetBucketEncryptionCommand).rejects(awsError("ServerSideEncryptionConfigurationNotFoundError", 404));
  s3.on(GetPublicAccessBlockCommand).rejects(awsError("NoSuchPublicAccessBlockConfiguration", 404));
  s3.on(GetBucketOwnershipControlsCommand).rejects(awsError("OwnershipControlsNotFoundError", 404));
  s3.on(GetBucketPolicyCommand).rejects(awsError("NoSuchBucketPolicy", 404));
}

/** A bucket already set up exactly as bootstrap wants it. */
function configuredBucket(): void {
  s3.on(HeadBucketCommand).resolves({});
  s3.on(GetBucketVersioningCommand).resolves({ Status: "Enabled" });
  s3.on(GetBucketEncryptionCommand).resolves({
    ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }] },
  });
  s3.on(GetPublicAccessBlockCommand).resolves({
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    },
  });
  s3.on(GetBucketOwnershipControlsCommand).resolves({
    OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
  });
  s3.on(GetBucketPolicyCommand).resolves({
    Policy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: TLS_STATEMENT_SID,
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
      ],
    }),
  });
}

beforeEach(async () => {
  s3.reset();
  sts.reset();
  ddb.reset();
  sts
    .on(GetCallerIdentityCommand)
    .resolves({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/dev`, UserId: "AIDA" });
  root = await mkdtemp(join(tmpdir(), "ops-bootstrap-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));
afterAll(() => {
  for (const m of [s3, sts, ddb]) m.restore();
});

describe("bootstrap", () => {
  test("rejects an invalid bucket name before any AWS call, exit 2", async () => {
    const ctx = testContext({ root });
    const code = await bootstrap(ctx, { bucket: "terraform_bucket_eks" });
    expect(code).toBe(2);
    expect(ctx.io.talk()).toContain('found "_"');
    expect(ctx.io.talk()).toContain("--bucket terraform-bucket-eks");
    expect(sts.calls()).toHaveLength(0);
    expect(s3.calls()).toHaveLength(0);
  });

  test("creates and configures a new bucket with the exact inputs, and writes the backend config", async () => {
    freshBucket();
    const ctx = testContext({ root });
    expect(await bootstrap(ctx, { bucket: BUCKET })).toBe(0);

    expect(s3.commandCalls(HeadBucketCommand)[0]!.args[0].input).toEqual({
      Bucket: BUCKET,
      ExpectedBucketOwner: ACCOUNT,
    });
    expect(s3.commandCalls(CreateBucketCommand)[0]!.args[0].input).toEqual({
      Bucket: BUCKET,
      ObjectOwnership: "BucketOwnerEnforced",
      CreateBucketConfiguration: { LocationConstraint: "sa-east-1" },
    });
    expect(s3.commandCalls(PutBucketVersioningCommand)[0]!.args[0].input).toEqual({
      Bucket: BUCKET,
      VersioningConfiguration: { Status: "Enabled" },
      ExpectedBucketOwner: ACCOUNT,
    });
    expect(s3.commandCalls(PutBucketEncryptionCommand)[0]!.args[0].input).toEqual({
      Bucket: BUCKET,
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      ExpectedBucketOwner: ACCOUNT,
    });
    expect(s3.commandCalls(PutPublicAccessBlockCommand)[0]!.args[0].input).toEqual({
      Bucket: BUCKET,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
      ExpectedBucketOwner: ACCOUNT,
    });
    expect(s3.commandCalls(PutBucketOwnershipControlsCommand)[0]!.args[0].input).toEqual({
      Bucket: BUCKET,
      OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
      ExpectedBucketOwner: ACCOUNT,
    });
    const policy = JSON.parse(s3.commandCalls(PutBucketPolicyCommand)[0]!.args[0].input.Policy!);
    expect(policy.Statement).toEqual([
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ]);

    const backend = await Bun.file(join(root, "terraform/stacks/aws/backend.hcl")).text();
    expect(backend).toContain(`bucket  = "${BUCKET}"`);
    expect(backend).toContain('region  = "sa-east-1"');
    expect(backend).toContain("use_lockfile = true");
    expect(ctx.io.results[0]!.text).toContain("Changed 7 thing(s)");
  });

  test("omits the location constraint in us-east-1", async () => {
    freshBucket();
    const ctx = testContext({ root, region: "us-east-1" });
    expect(await bootstrap(ctx, { bucket: BUCKET })).toBe(0);
    expect(s3.commandCalls(CreateBucketCommand)[0]!.args[0].input).toEqual({
      Bucket: BUCKET,
      ObjectOwnership: "BucketOwnerEnforced",
    });
  });

  test("a second run over a configured bucket writes nothing and says so", async () => {
    configuredBucket();
    const first = testContext({ root });
    await bootstrap(first, { bucket: BUCKET }); // writes the backend file
    s3.resetHistory();
    const ctx = testContext({ root, json: true });
    expect(await bootstrap(ctx, { bucket: BUCKET })).toBe(0);
    expect(writesSent()).toBe(0);
    expect(ctx.io.results[0]!.data).toMatchObject({ ok: true, changes: [] });
    const again = testContext({ root });
    await bootstrap(again, { bucket: BUCKET });
    expect(again.io.results[0]!.text).toStartWith("Nothing changed");
  });

  test("keeps other statements of an existing policy and adds the TLS statement", async () => {
    configuredBucket();
    const other = {
      Sid: "Other",
      Effect: "Allow",
      Principal: { AWS: "arn:aws:iam::1:root" },
      Action: "s3:GetObject",
      Resource: "*",
    };
    s3.on(GetBucketPolicyCommand).resolves({ Policy: JSON.stringify({ Version: "2012-10-17", Statement: [other] }) });
    const ctx = testContext({ root });
    expect(await bootstrap(ctx, { bucket: BUCKET })).toBe(0);
    const sent = JSON.parse(s3.commandCalls(PutBucketPolicyCommand)[0]!.args[0].input.Policy!);
    expect(sent.Statement[0]).toEqual(other);
    expect(sent.Statement[1].Sid).toBe("DenyInsecureTransport");
  });

  test("--dry-run reads, prints every write and sends none", async () => {
    freshBucket();
    ddb.on(DescribeTableCommand).rejects(awsError("ResourceNotFoundException", 400));
    const ctx = testContext({ root, dryRun: true });
    expect(await bootstrap(ctx, { bucket: BUCKET, lockTable: "tertulia-locks" })).toBe(0);
    expect(writesSent()).toBe(0);
    expect(ddb.commandCalls(CreateTableCommand)).toHaveLength(0);
    const talk = ctx.io.talk();
    for (const op of [
      "S3 CreateBucket",
      "S3 PutBucketVersioning",
      "S3 PutBucketEncryption",
      "S3 PutPublicAccessBlock",
      "S3 PutBucketOwnershipControls",
      "S3 PutBucketPolicy",
      "DynamoDB CreateTable",
      "DynamoDB UpdateContinuousBackups",
    ])
      expect(talk).toContain(`would call: ${op}`);
    expect(await Bun.file(join(root, "terraform/stacks/aws/backend.hcl")).exists()).toBe(false);
  });

  test("--lock-table creates an on-demand table with PITR and writes dynamodb_table", async () => {
    configuredBucket();
    ddb
      .on(DescribeTableCommand)
      .rejectsOnce(awsError("ResourceNotFoundException", 400))
      .resolves({ Table: { TableStatus: "ACTIVE", KeySchema: [{ AttributeName: "LockID", KeyType: "HASH" }] } });
    ddb.on(CreateTableCommand).resolves({});
    ddb.on(DescribeContinuousBackupsCommand).resolves({
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: "ENABLED",
        PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: "DISABLED" },
      },
    });
    ddb.on(UpdateContinuousBackupsCommand).resolves({});
    const ctx = testContext({ root });
    expect(await bootstrap(ctx, { bucket: BUCKET, lockTable: "tertulia-locks" })).toBe(0);
    expect(ddb.commandCalls(CreateTableCommand)[0]!.args[0].input).toEqual({
      TableName: "tertulia-locks",
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [{ AttributeName: "LockID", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "LockID", KeyType: "HASH" }],
      Tags: [{ Key: "app", Value: "tertulia" }],
    });
    expect(ddb.commandCalls(UpdateContinuousBackupsCommand)[0]!.args[0].input).toEqual({
      TableName: "tertulia-locks",
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    const backend = await Bun.file(join(root, "terraform/stacks/aws/backend.hcl")).text();
    expect(backend).toContain('dynamodb_table = "tertulia-locks"');
    expect(backend).not.toContain("use_lockfile");
  });

  test("a lock table with the wrong key is refused", async () => {
    configuredBucket();
    ddb
      .on(DescribeTableCommand)
      .resolves({ Table: { TableStatus: "ACTIVE", KeySchema: [{ AttributeName: "id", KeyType: "HASH" }] } });
    const ctx = testContext({ root, json: true });
    expect(await bootstrap(ctx, { bucket: BUCKET, lockTable: "other" })).toBe(1);
    expect(ctx.io.results[0]!.data).toMatchObject({ error: { code: "LockTableMismatch" } });
  });
});
