/**
 * The state bucket's required settings, each as "read, compare, write only if different", so a second run changes
 * nothing. Every setting is one `Setting`; `bootstrap` turns each into a step.
 */
import type { S3Deps } from "../../aws/s3.ts";
import * as s3 from "../../aws/s3.ts";

export interface Setting {
  readonly title: string;
  /** The write, described for `--dry-run` and for the change list. */
  readonly change: string;
  readonly operation: string;
  input(bucket: string): unknown;
  isSet(d: S3Deps, bucket: string): Promise<boolean>;
  apply(d: S3Deps, bucket: string): Promise<void>;
}

export const TLS_STATEMENT_SID = "DenyInsecureTransport";

/** A bucket policy statement denying every request not made over TLS. */
export function tlsOnlyStatement(bucket: string, partition = "aws"): Record<string, unknown> {
  const arn = `arn:${partition}:s3:::${bucket}`;
  return {
    Sid: TLS_STATEMENT_SID,
    Effect: "Deny",
    Principal: "*",
    Action: "s3:*",
    Resource: [arn, `${arn}/*`],
    Condition: { Bool: { "aws:SecureTransport": "false" } },
  };
}

/** The policy to write: the existing one with our statement added or replaced; undefined when already in place. */
export function mergeTlsPolicy(existing: string | undefined, bucket: string, partition = "aws"): string | undefined {
  const wanted = tlsOnlyStatement(bucket, partition);
  const doc = existing
    ? (JSON.parse(existing) as { Version?: string; Statement?: Record<string, unknown>[] | Record<string, unknown> })
    : {};
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  const current = statements.find((s) => s.Sid === TLS_STATEMENT_SID);
  if (current && JSON.stringify(current) === JSON.stringify(wanted)) return undefined;
  const others = statements.filter((s) => s.Sid !== TLS_STATEMENT_SID);
  return JSON.stringify({ Version: doc.Version ?? "2012-10-17", Statement: [...others, wanted] });
}

/** @param partition read when the step runs, once the caller (and so the partition) is known. */
export function bucketSettings(partition: () => string): Setting[] {
  return [
    {
      title: "Versioning",
      change: "enable versioning",
      operation: "S3 PutBucketVersioning",
      input: (b) => ({ Bucket: b, VersioningConfiguration: { Status: "Enabled" } }),
      isSet: async (d, b) => (await s3.getBucketVersioning(d, b)) === "Enabled",
      apply: (d, b) => s3.putBucketVersioning(d, b),
    },
    {
      title: "Default encryption",
      change: "set default encryption (SSE-S3)",
      operation: "S3 PutBucketEncryption",
      input: (b) => ({ Bucket: b, ServerSideEncryptionConfiguration: s3.DEFAULT_ENCRYPTION }),
      isSet: async (d, b) => {
        const rules = await s3.getBucketEncryption(d, b);
        return (rules ?? []).some((r) =>
          ["AES256", "aws:kms", "aws:kms:dsse"].includes(r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? ""),
        );
      },
      apply: (d, b) => s3.putBucketEncryption(d, b),
    },
    {
      title: "Public access block (all four flags)",
      change: "block all public access",
      operation: "S3 PutPublicAccessBlock",
      input: (b) => ({ Bucket: b, PublicAccessBlockConfiguration: s3.FULL_PUBLIC_ACCESS_BLOCK }),
      isSet: async (d, b) => {
        const c = await s3.getPublicAccessBlock(d, b);
        return Boolean(c?.BlockPublicAcls && c.IgnorePublicAcls && c.BlockPublicPolicy && c.RestrictPublicBuckets);
      },
      apply: (d, b) => s3.putPublicAccessBlock(d, b),
    },
    {
      title: "Object ownership (bucket owner enforced)",
      change: "enforce bucket-owner object ownership",
      operation: "S3 PutBucketOwnershipControls",
      input: (b) => ({ Bucket: b, OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] } }),
      isSet: async (d, b) => (await s3.getOwnership(d, b)) === "BucketOwnerEnforced",
      apply: (d, b) => s3.putOwnership(d, b),
    },
    {
      title: "TLS-only bucket policy",
      change: "deny requests without TLS (bucket policy)",
      operation: "S3 PutBucketPolicy",
      input: (b) => ({ Bucket: b, Policy: { Statement: [tlsOnlyStatement(b, partition())] } }),
      isSet: async (d, b) => mergeTlsPolicy(await s3.getBucketPolicy(d, b), b, partition()) === undefined,
      apply: async (d, b) => {
        const policy = mergeTlsPolicy(await s3.getBucketPolicy(d, b), b, partition());
        if (policy) await s3.putBucketPolicy(d, b, policy);
      },
    },
  ];
}
