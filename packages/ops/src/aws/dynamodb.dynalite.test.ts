/**
 * The lock table's create/describe/wait against dynalite (a DynamoDB emulator from npm) on loopback. dynalite has
 * no point-in-time recovery, so the PITR calls are covered by the mocked tests in bootstrap.test.ts.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import type { AddressInfo } from "node:net";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import dynalite from "dynalite";
import { createLockTable, describeTable, waitForActive } from "./dynamodb.ts";

const server = dynalite({ createTableMs: 50 });
let client: DynamoDBClient;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  client = new DynamoDBClient({
    region: "sa-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("creates an on-demand LockID table, waits for ACTIVE, and a second create is harmless", async () => {
  const d = { dynamodb: client };
  expect(await describeTable(d, "tertulia-locks")).toBeUndefined();
  await createLockTable(d, "tertulia-locks");
  expect(await waitForActive(d, "tertulia-locks", (ms) => Bun.sleep(Math.min(ms, 25)))).toBe(true);
  const table = await describeTable(d, "tertulia-locks");
  expect(table?.KeySchema).toEqual([{ AttributeName: "LockID", KeyType: "HASH" }]);
  expect(table?.BillingModeSummary?.BillingMode).toBe("PAY_PER_REQUEST");
  await createLockTable(d, "tertulia-locks"); // ResourceInUseException is success
});
