/** DynamoDB: the optional Terraform lock table (for Terraform < 1.11, which lacks S3-native locking). */
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  type TableDescription,
  UpdateContinuousBackupsCommand,
} from "@aws-sdk/client-dynamodb";
import { awsCall, awsErrorInfo, type RetryPolicy } from "./call.ts";

export interface DynamoDeps {
  readonly dynamodb: DynamoDBClient;
  readonly retry?: RetryPolicy;
}

const retryOf = (d: DynamoDeps): { retry?: RetryPolicy } => (d.retry ? { retry: d.retry } : {});

/** The lock table's key as Terraform expects it. */
export const LOCK_KEY = "LockID";

export async function describeTable(d: DynamoDeps, name: string): Promise<TableDescription | undefined> {
  try {
    const out = await awsCall(
      "DynamoDB DescribeTable",
      () => d.dynamodb.send(new DescribeTableCommand({ TableName: name })),
      { ...retryOf(d), passThrough: ["ResourceNotFoundException"] },
    );
    return out.Table;
  } catch (error) {
    if (awsErrorInfo(error).name === "ResourceNotFoundException") return undefined;
    throw error;
  }
}

/** On-demand billing, `LockID` string hash key. */
export async function createLockTable(d: DynamoDeps, name: string): Promise<void> {
  await awsCall(
    "DynamoDB CreateTable",
    () =>
      d.dynamodb.send(
        new CreateTableCommand({
          TableName: name,
          BillingMode: "PAY_PER_REQUEST",
          AttributeDefinitions: [{ AttributeName: LOCK_KEY, AttributeType: "S" }],
          KeySchema: [{ AttributeName: LOCK_KEY, KeyType: "HASH" }],
          Tags: [{ Key: "app", Value: "tertulia" }],
        }),
      ),
    { ...retryOf(d), passThrough: ["ResourceInUseException"] },
  ).catch((error: unknown) => {
    if (awsErrorInfo(error).name !== "ResourceInUseException") throw error;
  });
}

/** Polls DescribeTable until the table is ACTIVE (at most `tries` times). */
export async function waitForActive(
  d: DynamoDeps,
  name: string,
  sleep: (ms: number) => Promise<void>,
  tries = 60,
): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if ((await describeTable(d, name))?.TableStatus === "ACTIVE") return true;
    await sleep(2000);
  }
  return false;
}

export async function pointInTimeRecoveryEnabled(d: DynamoDeps, name: string): Promise<boolean> {
  const out = await awsCall(
    "DynamoDB DescribeContinuousBackups",
    () => d.dynamodb.send(new DescribeContinuousBackupsCommand({ TableName: name })),
    retryOf(d),
  );
  return out.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === "ENABLED";
}

export async function enablePointInTimeRecovery(d: DynamoDeps, name: string): Promise<void> {
  await awsCall(
    "DynamoDB UpdateContinuousBackups",
    () =>
      d.dynamodb.send(
        new UpdateContinuousBackupsCommand({
          TableName: name,
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        }),
      ),
    retryOf(d),
  );
}

export async function deleteTable(d: DynamoDeps, name: string): Promise<void> {
  await awsCall("DynamoDB DeleteTable", () => d.dynamodb.send(new DeleteTableCommand({ TableName: name })), retryOf(d));
}
