/**
 * S3 operations ops uses, one function per API call. Each takes the shared client; errors go through `awsCall`
 * (retries, mapped errors) except the "not configured yet" answers, which are returned as `undefined`.
 */
import {
  type BucketLocationConstraint,
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectsCommand,
  GetBucketEncryptionCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  ListObjectVersionsCommand,
  type PublicAccessBlockConfiguration,
  PutBucketEncryptionCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  type S3Client,
  type ServerSideEncryptionRule,
} from "@aws-sdk/client-s3";
import { OpsError } from "../errors.ts";
import { awsCall, awsErrorInfo, type RetryPolicy } from "./call.ts";

export interface S3Deps {
  readonly s3: S3Client;
  readonly retry?: RetryPolicy;
}

export type BucketState = "ours" | "missing" | "forbidden";

/** HeadBucket with the expected owner: tells ours / missing / exists-but-not-ours-or-not-allowed. */
export async function headBucket(d: S3Deps, bucket: string, expectedOwner: string): Promise<BucketState> {
  try {
    await awsCall(
      "S3 HeadBucket",
      () => d.s3.send(new HeadBucketCommand({ Bucket: bucket, ExpectedBucketOwner: expectedOwner })),
      {
        ...(d.retry ? { retry: d.retry } : {}),
        passThrough: ["NotFound", "NoSuchBucket", "Forbidden", "AccessDenied"],
      },
    );
    return "ours";
  } catch (error) {
    const info = awsErrorInfo(error);
    if (info.name === "NotFound" || info.name === "NoSuchBucket" || info.status === 404) return "missing";
    if (info.name === "Forbidden" || info.name === "AccessDenied" || info.status === 403) return "forbidden";
    throw error;
  }
}

export function bucketOwnedElsewhere(bucket: string, account: string): OpsError {
  return new OpsError(
    "BucketOwnedByAnotherAccount",
    `The bucket "${bucket}" already exists and is not accessible to account ${account}: bucket names are global, and this one belongs to another account (or your identity lacks s3:ListBucket on it).`,
    `Choose another name, e.g. add your account id: --bucket tertulia-tfstate-${account}.`,
  );
}

/**
 * Creates the bucket with bucket-owner-enforced ownership (ACLs off).
 * @returns "created", or "exists" when S3 answers BucketAlreadyOwnedByYou (idempotent success).
 * @throws {OpsError} BucketOwnedByAnotherAccount when S3 answers BucketAlreadyExists.
 */
export async function createBucket(
  d: S3Deps,
  bucket: string,
  region: string,
  account: string,
): Promise<"created" | "exists"> {
  try {
    await awsCall(
      "S3 CreateBucket",
      () =>
        d.s3.send(
          new CreateBucketCommand({
            Bucket: bucket,
            ObjectOwnership: "BucketOwnerEnforced",
            // us-east-1 is the default location and must not be named.
            ...(region === "us-east-1"
              ? {}
              : { CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint } }),
          }),
        ),
      { ...(d.retry ? { retry: d.retry } : {}), passThrough: ["BucketAlreadyOwnedByYou", "BucketAlreadyExists"] },
    );
    return "created";
  } catch (error) {
    const info = awsErrorInfo(error);
    if (info.name === "BucketAlreadyOwnedByYou") return "exists";
    if (info.name === "BucketAlreadyExists") throw bucketOwnedElsewhere(bucket, account);
    throw error;
  }
}

const retryOf = (d: S3Deps): { retry?: RetryPolicy } => (d.retry ? { retry: d.retry } : {});

/** Returns undefined when the "not configured" error named in `notFound` is answered. */
async function getOrUndefined<T>(
  d: S3Deps,
  op: string,
  notFound: readonly string[],
  fn: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await awsCall(op, fn, { ...retryOf(d), passThrough: notFound });
  } catch (error) {
    if (notFound.includes(awsErrorInfo(error).name)) return undefined;
    throw error;
  }
}

export async function getBucketVersioning(d: S3Deps, bucket: string): Promise<string | undefined> {
  const out = await awsCall(
    "S3 GetBucketVersioning",
    () => d.s3.send(new GetBucketVersioningCommand({ Bucket: bucket })),
    retryOf(d),
  );
  return out.Status;
}

export async function putBucketVersioning(d: S3Deps, bucket: string): Promise<void> {
  await awsCall(
    "S3 PutBucketVersioning",
    () => d.s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: "Enabled" } })),
    retryOf(d),
  );
}

export async function getBucketEncryption(d: S3Deps, bucket: string): Promise<ServerSideEncryptionRule[] | undefined> {
  const out = await getOrUndefined(
    d,
    "S3 GetBucketEncryption",
    ["ServerSideEncryptionConfigurationNotFoundError"],
    () => d.s3.send(new GetBucketEncryptionCommand({ Bucket: bucket })),
  );
  return out?.ServerSideEncryptionConfiguration?.Rules;
}

export const DEFAULT_ENCRYPTION = {
  Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
} as const;

export async function putBucketEncryption(d: S3Deps, bucket: string): Promise<void> {
  await awsCall(
    "S3 PutBucketEncryption",
    () =>
      d.s3.send(
        new PutBucketEncryptionCommand({
          Bucket: bucket,
          ServerSideEncryptionConfiguration: {
            Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
          },
        }),
      ),
    retryOf(d),
  );
}

export const FULL_PUBLIC_ACCESS_BLOCK = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
} as const;

export async function getPublicAccessBlock(
  d: S3Deps,
  bucket: string,
): Promise<PublicAccessBlockConfiguration | undefined> {
  const out = await getOrUndefined(d, "S3 GetPublicAccessBlock", ["NoSuchPublicAccessBlockConfiguration"], () =>
    d.s3.send(new GetPublicAccessBlockCommand({ Bucket: bucket })),
  );
  return out?.PublicAccessBlockConfiguration;
}

export async function putPublicAccessBlock(d: S3Deps, bucket: string): Promise<void> {
  await awsCall(
    "S3 PutPublicAccessBlock",
    () =>
      d.s3.send(
        new PutPublicAccessBlockCommand({
          Bucket: bucket,
          PublicAccessBlockConfiguration: { ...FULL_PUBLIC_ACCESS_BLOCK },
        }),
      ),
    retryOf(d),
  );
}

export async function getOwnership(d: S3Deps, bucket: string): Promise<string | undefined> {
  const out = await getOrUndefined(d, "S3 GetBucketOwnershipControls", ["OwnershipControlsNotFoundError"], () =>
    d.s3.send(new GetBucketOwnershipControlsCommand({ Bucket: bucket })),
  );
  return out?.OwnershipControls?.Rules?.[0]?.ObjectOwnership;
}

export async function putOwnership(d: S3Deps, bucket: string): Promise<void> {
  await awsCall(
    "S3 PutBucketOwnershipControls",
    () =>
      d.s3.send(
        new PutBucketOwnershipControlsCommand({
          Bucket: bucket,
          OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
        }),
      ),
    retryOf(d),
  );
}

export async function getBucketPolicy(d: S3Deps, bucket: string): Promise<string | undefined> {
  const out = await getOrUndefined(d, "S3 GetBucketPolicy", ["NoSuchBucketPolicy"], () =>
    d.s3.send(new GetBucketPolicyCommand({ Bucket: bucket })),
  );
  return out?.Policy;
}

export async function putBucketPolicy(d: S3Deps, bucket: string, policy: string): Promise<void> {
  await awsCall(
    "S3 PutBucketPolicy",
    () => d.s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: policy })),
    retryOf(d),
  );
}

/** Every object version and delete marker in the bucket (for `destroy --include-state`), capped at `limit`. */
export async function listAllVersions(
  d: S3Deps,
  bucket: string,
  limit = 100_000,
): Promise<{ Key: string; VersionId: string }[]> {
  const found: { Key: string; VersionId: string }[] = [];
  let keyMarker: string | undefined;
  let versionMarker: string | undefined;
  do {
    const page = await awsCall(
      "S3 ListObjectVersions",
      () =>
        d.s3.send(
          new ListObjectVersionsCommand({
            Bucket: bucket,
            ...(keyMarker ? { KeyMarker: keyMarker } : {}),
            ...(versionMarker ? { VersionIdMarker: versionMarker } : {}),
          }),
        ),
      retryOf(d),
    );
    for (const v of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])])
      if (v.Key && v.VersionId) found.push({ Key: v.Key, VersionId: v.VersionId });
    keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
    versionMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined;
  } while (keyMarker && found.length < limit);
  return found;
}

export async function deleteVersions(
  d: S3Deps,
  bucket: string,
  objects: readonly { Key: string; VersionId: string }[],
): Promise<void> {
  for (let i = 0; i < objects.length; i += 1000) {
    const batch = objects.slice(i, i + 1000);
    await awsCall(
      "S3 DeleteObjects",
      () => d.s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: [...batch], Quiet: true } })),
      retryOf(d),
    );
  }
}

export async function deleteBucket(d: S3Deps, bucket: string): Promise<void> {
  await awsCall("S3 DeleteBucket", () => d.s3.send(new DeleteBucketCommand({ Bucket: bucket })), retryOf(d));
}
