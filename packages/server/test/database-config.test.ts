/**
 * The database variables: DATABASE_SECRET_ARN with where the database is, or DATABASE_URL, or neither; every
 * problem names its variable.
 */
import { describe, expect, test } from "bun:test";
import { ConfigError, loadConfig } from "../src/config.ts";

const ARN = "arn:aws:secretsmanager:sa-east-1:123456789012:secret:rds!db-5f1c2c4e-8b1d-4c1e-9d7a-0a1b2c3d4e5f-AbCdEf";
const SECRET = {
  DATABASE_SECRET_ARN: ARN,
  DATABASE_HOST_PORT: "db.abc.sa-east-1.rds.amazonaws.com:5432",
  DATABASE_NAME: "tertulia",
};

const refusal = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("expected a ConfigError");
};

describe("database configuration", () => {
  test("an RDS-managed secret's ARN, with host:port and database, is read at run time in its own region", () => {
    expect(loadConfig({ ...SECRET, AWS_REGION: "eu-west-1" }).databaseSecret).toEqual({
      secretId: ARN,
      region: "sa-east-1",
      host: "db.abc.sa-east-1.rds.amazonaws.com",
      port: 5432,
      database: "tertulia",
      sslMode: "require",
    });
  });

  test("a secret name needs AWS_REGION", () => {
    const env = { ...SECRET, DATABASE_SECRET_ARN: "tertulia/db" };
    expect(refusal(env)).toStartWith("AWS_REGION:");
    expect(loadConfig({ ...env, AWS_REGION: "eu-west-1" }).databaseSecret?.region).toBe("eu-west-1");
  });

  test("each missing or conflicting piece is named", () => {
    expect(refusal({ DATABASE_SECRET_ARN: ARN, DATABASE_NAME: "t" })).toStartWith("DATABASE_HOST_PORT: required");
    expect(refusal({ DATABASE_SECRET_ARN: ARN, DATABASE_HOST_PORT: "h:5432" })).toStartWith("DATABASE_NAME: required");
    expect(refusal({ ...SECRET, DATABASE_URL: "postgres://u:p@h/d" })).toStartWith("DATABASE_SECRET_ARN: set it or");
    expect(refusal({ DATABASE_NAME: "t" })).toStartWith("DATABASE_NAME: only read with DATABASE_SECRET_ARN");
    expect(refusal({ ...SECRET, DATABASE_HOST_PORT: "h:99999" })).toContain("DATABASE_HOST_PORT: port 99999");
    expect(refusal({ ...SECRET, DATABASE_HOST_PORT: "just-a-host" })).toContain(
      "DATABASE_HOST_PORT: expected host:port",
    );
    expect(refusal({ ...SECRET, DATABASE_SSLMODE: "on" })).toContain("DATABASE_SSLMODE:");
    expect(refusal({ ...SECRET, DATABASE_SECRET_ARN: "arn:aws:s3:::bucket" })).toContain("DATABASE_SECRET_ARN:");
  });

  test("DATABASE_URL alone and nothing at all still work as before", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u:p@h:5432/d" })).toMatchObject({
      databaseUrl: "postgres://u:p@h:5432/d",
      databaseSecret: null,
    });
    expect(loadConfig({})).toMatchObject({ databaseUrl: null, databaseSecret: null });
  });
});
