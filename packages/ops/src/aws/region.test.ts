import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OpsError } from "../errors.ts";
import { assertProfileExists, resolveRegion } from "./region.ts";

let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ops-region-"));
  // The shared config format the SDK and the AWS CLI read: [default], [profile NAME].
  await writeFile(
    join(dir, "config"),
    "[default]\nregion = eu-west-1\n\n[profile dev]\nregion = ap-south-1\n\n[profile bare]\noutput = json\n",
  );
  await writeFile(join(dir, "credentials"), "[keys-only]\naws_access_key_id = AKIDTEST\naws_secret_access_key = x\n");
  env = { AWS_CONFIG_FILE: join(dir, "config"), AWS_SHARED_CREDENTIALS_FILE: join(dir, "credentials") };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const failure = async (p: Promise<unknown>): Promise<OpsError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof OpsError) return e;
    throw e;
  }
  throw new Error("expected an OpsError");
};

describe("resolveRegion", () => {
  test("order: --region, AWS_REGION, AWS_DEFAULT_REGION, then the profile's region", async () => {
    const all = { ...env, AWS_REGION: "us-east-2", AWS_DEFAULT_REGION: "us-west-2" };
    expect(await resolveRegion({ flag: "sa-east-1", env: all })).toEqual({ region: "sa-east-1", source: "--region" });
    expect(await resolveRegion({ env: all })).toEqual({ region: "us-east-2", source: "AWS_REGION" });
    expect(await resolveRegion({ env: { ...env, AWS_DEFAULT_REGION: "us-west-2" } })).toEqual({
      region: "us-west-2",
      source: "AWS_DEFAULT_REGION",
    });
    expect(await resolveRegion({ env })).toEqual({ region: "eu-west-1", source: "profile default" });
    expect(await resolveRegion({ env, profile: "dev" })).toEqual({ region: "ap-south-1", source: "profile dev" });
    expect(await resolveRegion({ env: { ...env, AWS_PROFILE: "dev" } })).toEqual({
      region: "ap-south-1",
      source: "profile dev",
    });
  });

  test("empty values count as unset; none anywhere is undefined", async () => {
    expect(await resolveRegion({ flag: "", env: { ...env, AWS_REGION: " ", AWS_PROFILE: "bare" } })).toBeUndefined();
  });

  test("syntax and the SDK's partition list are checked, naming where the value came from", async () => {
    const upper = await failure(resolveRegion({ flag: "SA-EAST-1", env }));
    expect(upper.code).toBe("InvalidRegion");
    expect(upper.message).toContain('"SA-EAST-1" (from --region) is not an AWS region name');
    expect(upper.fix).toContain("sa-east-1");
    expect((await failure(resolveRegion({ env: { ...env, AWS_DEFAULT_REGION: "moon-1" } }))).message).toContain(
      "(from AWS_DEFAULT_REGION)",
    );
    expect((await failure(resolveRegion({ flag: "eu-west-9", env }))).message).toContain(
      "not a region the AWS SDK knows",
    );
    for (const r of ["us-gov-west-1", "cn-north-1", "ap-southeast-5"])
      expect((await resolveRegion({ flag: r, env }))?.region).toBe(r);
  });
});

describe("assertProfileExists", () => {
  test("a named profile must be in the config or credentials file; the list of known ones is given", async () => {
    await assertProfileExists("dev", true, env);
    await assertProfileExists("keys-only", true, env);
    await assertProfileExists("nosuch", false, env); // not named by the user: the default chain decides
    const e = await failure(assertProfileExists("nosuch", true, env));
    expect(e.code).toBe("AwsProfileUnknown");
    expect(e.message).toContain('The AWS profile "nosuch" is not in');
    expect(e.message).toContain("profiles there: bare, default, dev, keys-only");
  });
});
