/**
 * The context as the CLI builds it: the region ops resolves is the region every SDK client signs for, seen by a
 * loopback STS stand-in in the request's credential scope.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getCallerIdentity } from "./aws/sts.ts";
import { resolveRegion } from "./commands/region.ts";
import { createContext } from "./context.ts";
import { OpsError } from "./errors.ts";
import { TEST_CREDENTIALS } from "./testing/fake-context.ts";
import { type StandIn, startStandIn } from "./testing/stand-in/server.ts";
import { stsStandIn } from "./testing/stand-in/sts.ts";

let aws: StandIn;
let dir: string;
let files: Record<string, string>;

beforeAll(async () => {
  aws = startStandIn({ sts: stsStandIn("123456789012") });
  dir = await mkdtemp(join(tmpdir(), "ops-context-"));
  await writeFile(join(dir, "config"), "[profile dev]\nregion = ap-south-1\n");
  await writeFile(join(dir, "empty"), "");
  files = { AWS_CONFIG_FILE: join(dir, "config"), AWS_SHARED_CREDENTIALS_FILE: join(dir, "empty") };
});
afterAll(async () => {
  await aws.close();
  await rm(dir, { recursive: true, force: true });
});

const edge = () => ({ endpoint: aws.url, credentials: TEST_CREDENTIALS });
const whoAmI = async (env: Record<string, string>, options: { region?: string; profile?: string } = {}) => {
  const ctx = await createContext({ json: true, ...options }, { ...files, ...env }, edge());
  aws.requests.length = 0;
  try {
    await getCallerIdentity({ sts: ctx.aws.sts, retry: ctx.retry });
    return { ctx, signedFor: aws.requests[0]?.region };
  } catch (error) {
    return { ctx, error: error as OpsError };
  }
};

describe("createContext: one region for ops and the SDK", () => {
  test("a region given only through AWS_DEFAULT_REGION reaches the SDK clients", async () => {
    const { ctx, signedFor, error } = await whoAmI({ AWS_DEFAULT_REGION: "eu-west-1" });
    expect(error).toBeUndefined();
    expect(ctx.region).toBe("eu-west-1");
    expect(ctx.regionSource).toBe("AWS_DEFAULT_REGION");
    expect(signedFor).toBe("eu-west-1");
  });

  test("a region set only in the profile is used by ops and by the SDK", async () => {
    const { ctx, signedFor } = await whoAmI({}, { profile: "dev" });
    expect(ctx.region).toBe("ap-south-1");
    expect(ctx.regionSource).toBe("profile dev");
    expect(signedFor).toBe("ap-south-1");
  });

  test("no region anywhere: the first AWS call says where it looked", async () => {
    const { error } = await whoAmI({});
    expect(error).toBeInstanceOf(OpsError);
    expect(error!.code).toBe("AwsRegionMissing");
    expect(error!.message).toBe(
      'No AWS region is set: not --region, AWS_REGION, AWS_DEFAULT_REGION, nor a region in profile "default".',
    );
    expect(aws.requests).toHaveLength(0);
  });

  test("--profile nosuch is an unknown profile, not missing credentials", async () => {
    const { error } = await whoAmI({ AWS_REGION: "sa-east-1" }, { profile: "nosuch" });
    expect(error!.code).toBe("AwsProfileUnknown");
    expect(error!.message).toContain('"nosuch"');
    expect(error!.message).toContain("profiles there: dev");
  });

  test("an unknown profile and no region: the profile is named first, not the region", async () => {
    const { ctx, error } = await whoAmI({}, { profile: "nosuch" });
    expect(error!.code).toBe("AwsProfileUnknown");
    expect(() => resolveRegion(ctx)).toThrow('The AWS profile "nosuch" is not in');
  });

  test("an invalid region fails before anything runs", async () => {
    await expect(createContext({ region: "SA-EAST-1" }, files, edge())).rejects.toMatchObject({
      code: "InvalidRegion",
    });
  });
});
