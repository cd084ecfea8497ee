/**
 * `ops bootstrap`: creates or verifies the Terraform state bucket (and optionally a DynamoDB lock table) and writes
 * the partial backend config. Idempotent: every setting is read first and written only when different, so a second
 * run changes nothing and says so.
 */

import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import * as dynamo from "../../aws/dynamodb.ts";
import {
  type BucketProbe,
  bucketInAnotherRegion,
  bucketOwnedElsewhere,
  createBucket,
  headBucket,
  type S3Deps,
} from "../../aws/s3.ts";
import { type CallerIdentity, getCallerIdentity } from "../../aws/sts.ts";
import { DEFAULTS } from "../../config.ts";
import { type Context, planCall } from "../../context.ts";
import { type ExitCode, OpsError } from "../../errors.ts";
import type { Step } from "../../output/steps.ts";
import { renderBackendConfig } from "../../terraform/backend-config.ts";
import { fail, reportsJson, succeed } from "../outcome.ts";
import { resolveRegion } from "../region.ts";
import { assertBucketName } from "./bucket-name.ts";
import { bucketSettings } from "./state-bucket.ts";

export interface BootstrapOptions {
  /** The state bucket's name (global across all accounts). */
  readonly bucket: string;
  /** Create a DynamoDB lock table of this name (Terraform < 1.11). @default none: S3-native locking */
  readonly lockTable?: string;
  /** Where to write the partial backend config. @default terraform/backend.hcl */
  readonly backendFile?: string;
  /** The state object key. @default tertulia/terraform.tfstate */
  readonly stateKey?: string;
}

export async function bootstrap(ctx: Context, options: BootstrapOptions): Promise<ExitCode> {
  try {
    assertBucketName(options.bucket, { pathStyle: ctx.s3PathStyle ?? false });
    if (options.lockTable !== undefined && !/^[A-Za-z0-9_.-]{3,255}$/.test(options.lockTable))
      throw new OpsError(
        "Usage",
        `"${options.lockTable}" is not a valid DynamoDB table name.`,
        "Use 3–255 letters, digits, '_', '-' and '.', e.g. --lock-table tertulia-tf-locks.",
      );
    const region = resolveRegion(ctx);
    return await run(ctx, options, region);
  } catch (error) {
    return fail(ctx, error);
  }
}

async function run(ctx: Context, options: BootstrapOptions, region: string): Promise<ExitCode> {
  const bucket = options.bucket;
  const d = { s3: ctx.aws.s3, sts: ctx.aws.sts, retry: ctx.retry };
  const changes: string[] = [];
  let caller: CallerIdentity | undefined;
  let bucketIsNew = false;
  /** Where the bucket lives: the working region, unless HeadBucket says otherwise (S3's answer wins). */
  let bucketRegion = region;
  /** The calls to the state bucket: its region's client, with the caller's account as expected owner. */
  let bucketDeps: S3Deps = { s3: ctx.aws.s3, retry: ctx.retry };
  const backendPath = resolve(ctx.root, options.backendFile ?? DEFAULTS.backendFile);

  /** Records a change, or prints it instead during a dry run. */
  const change = async (
    what: string,
    operation: string,
    input: unknown,
    apply: () => Promise<void>,
  ): Promise<string> => {
    changes.push(what);
    if (ctx.dryRun) {
      planCall(ctx, operation, input);
      return `would ${what}`;
    }
    await apply();
    return `done: ${what}`;
  };

  const steps: Step[] = [
    {
      title: "Caller identity",
      run: async (s) => {
        caller = await getCallerIdentity(d);
        s.detail(`account ${caller.account}`);
      },
    },
    {
      title: `State bucket ${bucket}`,
      run: async (s) => {
        const account = caller!.account;
        const partition = caller!.partition;
        const probe = await locateBucket(ctx, bucket, region, account);
        if (probe.state === "forbidden") throw bucketOwnedElsewhere(bucket, account, partition);
        if (probe.state === "elsewhere") throw bucketInAnotherRegion(bucket, probe.region, region);
        bucketRegion = probe.state === "ours" ? (probe.region ?? region) : region;
        bucketDeps = {
          s3: bucketRegion === region ? ctx.aws.s3 : ctx.aws.s3In(bucketRegion),
          retry: ctx.retry,
          expectedOwner: account,
        };
        if (probe.state === "ours") {
          const where = bucketRegion === region ? "" : ` in ${bucketRegion} (S3's answer; not ${region})`;
          return s.detail(`exists in account ${account}${where} · unchanged`);
        }
        const input = {
          Bucket: bucket,
          ObjectOwnership: "BucketOwnerEnforced",
          ...(region === "us-east-1" ? {} : { CreateBucketConfiguration: { LocationConstraint: region } }),
        };
        bucketIsNew = true;
        const what = `create bucket ${bucket} in ${region}`;
        if (ctx.dryRun) return s.detail(await change(what, "S3 CreateBucket", input, async () => {}));
        // BucketAlreadyOwnedByYou (a race with another run, or us-east-1's legacy answer) is success, not a change.
        if ((await createBucket(d, bucket, region, account)) === "exists") {
          bucketIsNew = false;
          return s.detail(`exists in account ${account} (BucketAlreadyOwnedByYou) · unchanged`);
        }
        changes.push(what);
        s.detail(`done: ${what}`);
      },
    },
    ...bucketSettings(() => caller?.partition ?? "aws").map(
      (setting): Step => ({
        title: setting.title,
        run: async (s) => {
          if (ctx.dryRun && bucketIsNew)
            return s.detail(await change(setting.change, setting.operation, setting.input(bucket), async () => {}));
          if (await setting.isSet(bucketDeps, bucket)) return s.detail("unchanged");
          s.detail(
            await change(setting.change, setting.operation, setting.input(bucket), () =>
              setting.apply(bucketDeps, bucket),
            ),
          );
        },
      }),
    ),
    // Terraform's S3 backend looks for the lock table in the backend's region: the bucket's.
    ...(options.lockTable
      ? lockTableSteps(
          ctx,
          () => ({
            dynamodb: bucketRegion === region ? ctx.aws.dynamodb : ctx.aws.dynamodbIn(bucketRegion),
            retry: ctx.retry,
          }),
          options.lockTable,
          change,
        )
      : []),
    {
      title: `Backend config ${backendPath}`,
      run: async (s) => {
        const text = renderBackendConfig({
          bucket,
          region: bucketRegion,
          key: options.stateKey ?? DEFAULTS.stateKey,
          ...(options.lockTable ? { dynamodbTable: options.lockTable } : {}),
          ...(ctx.s3PathStyle ? { usePathStyle: true } : {}),
        });
        const file = Bun.file(backendPath);
        if ((await file.exists()) && (await file.text()) === text) return s.detail("unchanged");
        changes.push(`write ${backendPath}`);
        if (ctx.dryRun) {
          ctx.io.info(`would write ${backendPath}:\n${text}`);
          return s.detail("would write");
        }
        await mkdir(dirname(backendPath), { recursive: true });
        await Bun.write(backendPath, text);
        s.detail("written");
      },
    },
  ];

  const outcome = await ctx.progress.run(steps);
  const data = {
    bucket,
    region,
    bucketRegion,
    account: caller?.account,
    lockTable: options.lockTable ?? null,
    locking: options.lockTable ? "dynamodb" : "s3-native",
    backendFile: backendPath,
    changes,
    steps: reportsJson(outcome.reports),
  };
  if (outcome.failure) return fail(ctx, outcome.failure, data, !ctx.io.json);
  const verb = ctx.dryRun ? "Would change" : "Changed";
  const text =
    changes.length === 0
      ? `Nothing changed: state bucket ${bucket} (${bucketRegion}) is already set up and ${backendPath} is current.`
      : `${verb} ${changes.length} thing(s):\n${changes.map((c) => `  - ${c}`).join("\n")}\nNext: terraform init -backend-config=${backendPath} (or \`ops deploy\`).`;
  return succeed(ctx, text, data);
}

/**
 * HeadBucket in the working region; when S3 answers that the bucket lives elsewhere (301 with x-amz-bucket-region),
 * asks again in that region, so ownership and access are judged by the bucket's own regional endpoint.
 */
async function locateBucket(ctx: Context, bucket: string, region: string, account: string): Promise<BucketProbe> {
  const here = await headBucket({ s3: ctx.aws.s3, retry: ctx.retry, expectedOwner: account }, bucket, region);
  if (here.state !== "elsewhere") return here;
  const there = await headBucket(
    { s3: ctx.aws.s3In(here.region), retry: ctx.retry, expectedOwner: account },
    bucket,
    here.region,
  );
  if (there.state === "ours") return { state: "ours", region: here.region };
  if (there.state === "forbidden") return { state: "forbidden", region: here.region };
  // Missing there (deleted meanwhile) or redirected again: report where S3 first said it was.
  return here;
}

type Change = (what: string, operation: string, input: unknown, apply: () => Promise<void>) => Promise<string>;

function lockTableSteps(ctx: Context, deps: () => dynamo.DynamoDeps, table: string, change: Change): Step[] {
  let tableIsNew = false;
  return [
    {
      title: `Lock table ${table}`,
      run: async (s) => {
        const d = deps();
        const existing = await dynamo.describeTable(d, table);
        if (existing) {
          const key = existing.KeySchema?.[0];
          if (existing.KeySchema?.length !== 1 || key?.AttributeName !== dynamo.LOCK_KEY || key.KeyType !== "HASH")
            throw new OpsError(
              "LockTableMismatch",
              `The table ${table} exists but its key is not a single "${dynamo.LOCK_KEY}" hash key, so Terraform cannot lock with it.`,
              "Pass another --lock-table name, or drop --lock-table to use S3-native locking.",
            );
          return s.detail(`exists · ${existing.BillingModeSummary?.BillingMode ?? "PROVISIONED"} · unchanged`);
        }
        tableIsNew = true;
        const input = {
          TableName: table,
          BillingMode: "PAY_PER_REQUEST",
          AttributeDefinitions: [{ AttributeName: dynamo.LOCK_KEY, AttributeType: "S" }],
          KeySchema: [{ AttributeName: dynamo.LOCK_KEY, KeyType: "HASH" }],
        };
        s.detail(
          await change(`create lock table ${table} (on-demand)`, "DynamoDB CreateTable", input, async () => {
            await dynamo.createLockTable(d, table);
            if (!(await dynamo.waitForActive(d, table, ctx.retry.sleep)))
              throw new OpsError(
                "CommandFailed",
                `The lock table ${table} did not become ACTIVE in time.`,
                "Run `ops bootstrap` again in a minute; it continues where it stopped.",
              );
          }),
        );
      },
    },
    {
      title: "Lock table point-in-time recovery",
      run: async (s) => {
        const input = { TableName: table, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } };
        const d = deps();
        if (!(ctx.dryRun && tableIsNew) && (await dynamo.pointInTimeRecoveryEnabled(d, table)))
          return s.detail("unchanged");
        s.detail(
          await change("enable point-in-time recovery", "DynamoDB UpdateContinuousBackups", input, () =>
            dynamo.enablePointInTimeRecovery(d, table),
          ),
        );
      },
    },
  ];
}
