/**
 * The credential source against a Secrets Manager stand-in, through the real AWS SDK client: what it reads,
 * when it reads again, and how each failure is reported (never with the secret's value).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { freePort } from "@tertulia/testing/services";
import { DatabaseSecretError, SecretsManagerCredentials } from "../src/store/database-credentials.ts";
import { type SecretsManagerStandIn, startSecretsManagerStandIn } from "./support/secrets-manager-stand-in.ts";

const KEY = { accessKeyId: "AKIATESTROLE0000001", secretAccessKey: "test-secret-access-key" };

let sm: SecretsManagerStandIn;
const clients: SecretsManagerClient[] = [];
const client = (endpoint = sm.url, accessKeyId = KEY.accessKeyId) => {
  const c = new SecretsManagerClient({
    region: "eu-west-1",
    endpoint,
    credentials: { ...KEY, accessKeyId },
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000 },
  });
  clients.push(c);
  return c;
};
const failure = async (promise: Promise<unknown>): Promise<DatabaseSecretError> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DatabaseSecretError)) throw new Error(`expected a DatabaseSecretError, got ${error}`);
  return error;
};

beforeAll(() => {
  sm = startSecretsManagerStandIn({ accessKeyId: KEY.accessKeyId });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await sm.stop();
});

describe("reading the secret", () => {
  test("reads username and password once, and again only when asked to refresh", async () => {
    const { arn } = sm.put("rds!db-read", { username: "tertulia", password: "first", engine: "postgres" });
    const source = new SecretsManagerCredentials({ client: client(), secretId: arn, minRefreshIntervalMs: 0 });
    expect(await source.current()).toEqual({ username: "tertulia", password: "first" });
    expect(await source.current()).toEqual({ username: "tertulia", password: "first" });
    expect(sm.requests.filter((r) => r.secretId === arn)).toHaveLength(1);
    sm.put("rds!db-read", { username: "tertulia", password: "second" });
    expect(await source.refresh()).toEqual({ username: "tertulia", password: "second" });
    expect(await source.current()).toEqual({ username: "tertulia", password: "second" });
    expect(sm.requests.filter((r) => r.secretId === arn)).toHaveLength(2);
  });

  test("many refusals at once cost one read, and reads are spaced by the interval", async () => {
    const { arn } = sm.put("rds!db-spaced", { username: "u", password: "p" });
    const source = new SecretsManagerCredentials({ client: client(), secretId: arn, minRefreshIntervalMs: 300 });
    await source.current();
    const started = Date.now();
    await Promise.all(Array.from({ length: 20 }, () => source.refresh()));
    const reads = sm.requests.filter((r) => r.secretId === arn);
    expect(reads).toHaveLength(2);
    expect(reads[1]!.at - reads[0]!.at).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  test("by name as well as by ARN", async () => {
    sm.put("tertulia/db", { username: "u", password: "p" });
    const source = new SecretsManagerCredentials({ client: client(), secretId: "tertulia/db" });
    expect((await source.current()).username).toBe("u");
  });
});

describe("failures name the secret and never its value", () => {
  test("no such secret: not_found (ResourceNotFoundException)", async () => {
    const error = await failure(
      new SecretsManagerCredentials({
        client: client(),
        secretId: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:missing-abcdef",
      }).current(),
    );
    expect(error.code).toBe("not_found");
    expect(error.message).toContain("arn:aws:secretsmanager:eu-west-1:123456789012:secret:missing-abcdef");
    expect(error.message).toContain("ResourceNotFoundException");
  });

  test("the role may not read it: access_denied", async () => {
    const { arn } = sm.put("rds!db-denied", { username: "u", password: "hunter2-denied" });
    sm.deny("rds!db-denied");
    const error = await failure(new SecretsManagerCredentials({ client: client(), secretId: arn }).current());
    expect(error.code).toBe("access_denied");
    expect(error.message).toContain("AccessDeniedException");
    expect(error.message).not.toContain("hunter2");
  });

  test("credentials the service does not know: failed, with the service's error name", async () => {
    const { arn } = sm.put("rds!db-unknown-key", { username: "u", password: "p" });
    const error = await failure(
      new SecretsManagerCredentials({ client: client(sm.url, "AKIAUNKNOWN00000000"), secretId: arn }).current(),
    );
    expect(error.code).toBe("failed");
    expect(error.message).toContain("UnrecognizedClientException");
  });

  test("not the JSON RDS writes: malformed, without echoing it", async () => {
    for (const value of ["hunter2-plain-text", JSON.stringify({ user: "u", pass: "hunter2-json" })]) {
      const { arn } = sm.put(`rds!db-malformed-${value.length}`, value);
      const error = await failure(new SecretsManagerCredentials({ client: client(), secretId: arn }).current());
      expect(error.code).toBe("malformed");
      expect(error.message).not.toContain("hunter2");
    }
  });

  test("nothing listening: unreachable", async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const error = await failure(
      new SecretsManagerCredentials({ client: client(closed), secretId: "tertulia/db" }).current(),
    );
    expect(error.code).toBe("unreachable");
    expect(error.message).toContain("tertulia/db");
  });
});
