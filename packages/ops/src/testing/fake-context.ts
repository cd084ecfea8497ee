/**
 * A `Context` for tests: fake IO, plain progress (lines land in the fake IO), a scripted runner (wrapped for
 * `--dry-run` as the real one is), real SDK clients (mock them with aws-sdk-client-mock) and retries that don't wait.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CodeBuildClient } from "@aws-sdk/client-codebuild";
import { CodeStarConnectionsClient } from "@aws-sdk/client-codestar-connections";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EC2Client } from "@aws-sdk/client-ec2";
import { ECRClient } from "@aws-sdk/client-ecr";
import { EKSClient } from "@aws-sdk/client-eks";
import { S3Client } from "@aws-sdk/client-s3";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { STSClient } from "@aws-sdk/client-sts";
import type { AwsClients } from "../aws/clients.ts";
import type { Context } from "../context.ts";
import { plainProgress } from "../output/steps.ts";
import { dryRunRunner } from "../process/runner.ts";
import { type FakeIO, fakeIO } from "./fake-io.ts";
import { type FakeRunner, fakeRunner } from "./fake-runner.ts";

export const TEST_CREDENTIALS = { accessKeyId: "AKIDTEST", secretAccessKey: "test-secret" };

/** Plain SDK clients with static test credentials; a test's `mockClient(XClient)` intercepts them. */
export function testClients(region = "sa-east-1", overrides: Partial<AwsClients> = {}): AwsClients {
  const config = { region, credentials: TEST_CREDENTIALS, maxAttempts: 1 };
  const byRegion = new Map<string, S3Client>();
  const dynamoByRegion = new Map<string, DynamoDBClient>();
  return {
    s3: new S3Client(config),
    s3In(r) {
      if (!byRegion.has(r)) byRegion.set(r, new S3Client({ ...config, region: r }));
      return byRegion.get(r)!;
    },
    dynamodbIn(r) {
      if (!dynamoByRegion.has(r)) dynamoByRegion.set(r, new DynamoDBClient({ ...config, region: r }));
      return dynamoByRegion.get(r)!;
    },
    sts: new STSClient(config),
    ec2: new EC2Client(config),
    eks: new EKSClient(config),
    ecr: new ECRClient(config),
    dynamodb: new DynamoDBClient(config),
    codebuild: new CodeBuildClient(config),
    connections: new CodeStarConnectionsClient(config),
    secrets: new SecretsManagerClient(config),
    ...overrides,
  };
}

export interface TestContext extends Context {
  readonly io: FakeIO;
  /** The scripted runner underneath (records every command, dry-run or not). */
  readonly inner: FakeRunner;
  /** Command lines a dry run printed instead of running. */
  readonly planned: string[];
}

export function testContext(
  options: {
    dryRun?: boolean;
    yes?: boolean;
    json?: boolean;
    region?: string;
    root?: string;
    runner?: FakeRunner;
    aws?: AwsClients;
    answers?: string[];
    tty?: boolean;
    tempDir?: string;
  } = {},
): TestContext {
  const io = fakeIO({
    json: options.json ?? false,
    ...(options.answers ? { answers: options.answers } : {}),
    ...(options.tty !== undefined ? { tty: options.tty } : {}),
  });
  const inner = options.runner ?? fakeRunner();
  const planned: string[] = [];
  const region = options.region ?? "sa-east-1";
  return {
    io,
    inner,
    planned,
    progress: plainProgress(io),
    runner: options.dryRun
      ? dryRunRunner(inner, (line) => {
          planned.push(line);
          io.info(`would run: $ ${line}`);
        })
      : inner,
    aws: options.aws ?? testClients(region),
    retry: { attempts: 3, timeoutAttempts: 2, baseMs: 1, sleep: async () => {} },
    dryRun: options.dryRun ?? false,
    yes: options.yes ?? false,
    region,
    root: options.root ?? process.cwd(),
    makeTempDir: async () => options.tempDir ?? mkdtemp(join(tmpdir(), "ops-test-")),
    cleanup: async () => {},
  };
}
