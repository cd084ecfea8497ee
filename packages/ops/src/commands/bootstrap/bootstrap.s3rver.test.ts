/**
 * bootstrap against s3rver (an S3 emulator from npm) on loopback. s3rver handles the bucket calls (HeadBucket,
 * CreateBucket) on the wire; it answers 405/501 to the settings calls (versioning, encryption, public access
 * block, ownership, policy), so a middleware on this test's client keeps those settings in memory instead. The
 * settings' exact inputs are asserted in bootstrap.test.ts through aws-sdk-client-mock.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { S3Client } from "@aws-sdk/client-s3";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { mockClient } from "aws-sdk-client-mock";
import S3rver from "s3rver";
import { awsError } from "../../testing/aws-errors.ts";
import { testClients, testContext } from "../../testing/fake-context.ts";
import { bootstrap } from "./index.ts";

let server: S3rver;
let dir: string;
let root: string;
let client: S3Client;
const wire: string[] = [];

/** Settings s3rver cannot store, kept here; "get" answers as S3 does when a setting was never written. */
function emulateSettings(c: S3Client): void {
  const stored = new Map<string, unknown>();
  const notFound: Record<string, string> = {
    Encryption: "ServerSideEncryptionConfigurationNotFoundError",
    PublicAccessBlock: "NoSuchPublicAccessBlockConfiguration",
    BucketOwnershipControls: "OwnershipControlsNotFoundError",
    BucketPolicy: "NoSuchBucketPolicy",
  };
  c.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName ?? "");
      const m =
        /^(Get|Put)(BucketVersioning|BucketEncryption|PublicAccessBlock|BucketOwnershipControls|BucketPolicy)Command$/.exec(
          name,
        );
      if (!m) {
        wire.push(name);
        return next(args);
      }
      const [, verb, what] = m as unknown as [string, "Get" | "Put", string];
      const key = what.replace(/^Bucket(?=Versioning|Encryption)/, "");
      const input = args.input as Record<string, unknown>;
      if (verb === "Put") {
        stored.set(key, input);
        return { output: { $metadata: {} }, response: {} };
      }
      const value = stored.get(key) as Record<string, unknown> | undefined;
      if (key === "Versioning")
        return {
          output: {
            $metadata: {},
            Status: (value?.VersioningConfiguration as { Status?: string } | undefined)?.Status,
          },
          response: {},
        };
      if (!value) throw awsError(notFound[key] ?? "NotFound", 404);
      const out = { ...value };
      delete out.Bucket;
      return { output: { $metadata: {}, ...out }, response: {} };
    },
    { step: "initialize", name: "emulateBucketSettings" },
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "s3rver-"));
  root = await mkdtemp(join(tmpdir(), "ops-root-"));
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: dir });
  const { port } = await server.run();
  client = new S3Client({
    region: "sa-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    maxAttempts: 1,
  });
  emulateSettings(client);
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
  await rm(root, { recursive: true, force: true });
});

test("bootstrap creates the bucket on s3rver, and a second run changes nothing", async () => {
  const stsClient = new STSClient({
    region: "sa-east-1",
    credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" },
  });
  const sts = mockClient(stsClient);
  sts.on(GetCallerIdentityCommand).resolves({ Account: "123456789012", Arn: "arn:aws:iam::123456789012:user/dev" });
  const aws = testClients("sa-east-1", { s3: client, sts: stsClient });

  const first = testContext({ root, aws, json: true });
  expect(await bootstrap(first, { bucket: "tertulia-state-test" })).toBe(0);
  expect(wire).toEqual(["HeadBucketCommand", "CreateBucketCommand"]);
  const firstData = first.io.results[0]!.data as { changes: string[] };
  expect(firstData.changes).toHaveLength(7);

  wire.length = 0;
  const second = testContext({ root, aws, json: true });
  expect(await bootstrap(second, { bucket: "tertulia-state-test" })).toBe(0);
  expect(wire).toEqual(["HeadBucketCommand"]);
  expect(second.io.results[0]!.data).toMatchObject({ ok: true, changes: [] });

  const third = testContext({ root, aws });
  expect(await bootstrap(third, { bucket: "tertulia-state-test" })).toBe(0);
  expect(third.io.results[0]!.text).toStartWith("Nothing changed");
  sts.restore();
});
