/**
 * The partial S3 backend configuration that `ops bootstrap` writes and `terraform init -backend-config=FILE` reads.
 * The root stack declares `backend "s3" {}` (with `use_lockfile`); everything account-specific lives in this file.
 */
import { OpsError } from "../errors.ts";
import { parseHcl } from "./hcl.ts";

export interface BackendConfig {
  readonly bucket: string;
  readonly key: string;
  readonly region: string;
  /** DynamoDB lock table for Terraform < 1.11; S3-native locking (`use_lockfile`) otherwise. */
  readonly dynamodbTable?: string;
  /** Path-style addressing, for S3-compatible endpoints (`ops --s3-path-style`). */
  readonly usePathStyle?: boolean;
}

export function renderBackendConfig(c: BackendConfig): string {
  const lines = [
    "# Written by `ops bootstrap`. Used by `terraform init -backend-config=<this file>`.",
    `bucket  = ${JSON.stringify(c.bucket)}`,
    `key     = ${JSON.stringify(c.key)}`,
    `region  = ${JSON.stringify(c.region)}`,
    "encrypt = true",
    c.dynamodbTable ? `dynamodb_table = ${JSON.stringify(c.dynamodbTable)}` : "use_lockfile = true",
    ...(c.usePathStyle ? ["use_path_style = true"] : []),
  ];
  return `${lines.join("\n")}\n`;
}

/** @throws {OpsError} BackendConfigMissing when the file is absent or lacks bucket/region. */
export async function readBackendConfig(path: string): Promise<BackendConfig> {
  const file = Bun.file(path);
  if (!(await file.exists())) throw missing(path, "does not exist");
  const parsed = parseHcl(await file.text());
  const str = (k: string): string | undefined => (typeof parsed?.[k] === "string" ? (parsed[k] as string) : undefined);
  const bucket = str("bucket");
  const region = str("region");
  if (!parsed || !bucket || !region) throw missing(path, "has no bucket or region");
  const table = str("dynamodb_table");
  return { bucket, region, key: str("key") ?? "", ...(table ? { dynamodbTable: table } : {}) };
}

function missing(path: string, why: string): OpsError {
  return new OpsError(
    "BackendConfigMissing",
    `The backend config ${path} ${why}.`,
    "Run `ops bootstrap --bucket NAME` first (or pass --backend-config PATH).",
  );
}
