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
import { bucketRegionOf } from "./aws-error.ts";
import { type AwsErrorInfo, awsCall, awsErrorInfo, type RetryPolicy } from "./call.ts";

export interface S3Deps {
  readonly s3: S3Client;
  readonly retry?: RetryPolicy;
  /**
   * The account that must own the bucket, sent as `ExpectedBucketOwner` on every call that takes it, so ops never
   * reads or configures a bucket of another account by mistake: S3 answers 403 when the owner differs
   * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-owner-condition.html).
   */
  readonly expectedOwner?: string;
}

const retryOf = (d: S3Deps): { retry?: RetryPolicy } => (d.retry ? { retry: d.retry } : {});

const owner = (d: S3Deps): { ExpectedBucketOwner?: string } =>
  d.expectedOwner ? { ExpectedBucketOwner: d.expectedOwner } : {};

/** What HeadBucket said about a bucket, decided by status and headers (the answer to a HEAD has no body). */
export type BucketProbe =
  /** 200: it exists, the expected owner owns it, the caller may list it. */
  | { readonly state: "ours"; readonly region?: string }
  /** 404. */
  | { readonly state: "missing" }
  /** 301 (or 400 naming another region): it lives in `region`; ask that region's endpoint. */
  | { readonly state: "elsewhere"; readonly region: string }
  /** 403: another account owns it, or the caller lacks s3:ListBucket on it. */
  | { readonly state: "forbidden"; readonly region?: string };

/**
 * HeadBucket with the expected owner.
 *
 * S3's answers, from https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html: 200 when the bucket exists
 * and the caller may access it; "a generic 400 Bad Request, 403 Forbidden, or 404 Not Found" with no body otherwise;
 * and "regardless of the permissions on the bucket, you will receive a response header with the correct bucket
 * location" (`x-amz-bucket-region`), which comes with a 301 when the request went to another region's endpoint.
 *
 * @param clientRegion the region of `d.s3`, to tell a 400 caused by a region mismatch from a bad request.
 * @throws {OpsError} through `mapAwsError` for anything else (time-out, expired credentials, 5xx after retries).
 */
export async function headBucket(d: S3Deps, bucket: string, clientRegion: string): Promise<BucketProbe> {
  let answered: AwsErrorInfo | undefined;
  try {
    const out = await awsCall(
      "S3 HeadBucket",
      () => d.s3.send(new HeadBucketCommand({ Bucket: bucket, ...owner(d) })),
      {
        ...retryOf(d),
        passThrough: (info) => {
          const region = bucketRegionOf(info);
          const known =
            info.status === 404 ||
            info.status === 403 ||
            ((info.status === 301 || info.status === 307 || info.status === 400) &&
              region !== undefined &&
              region !== clientRegion);
          if (known) answered = info;
          return known;
        },
      },
    );
    return { state: "ours", ...(out?.BucketRegion ? { region: out.BucketRegion } : {}) };
  } catch (error) {
    if (!answered) throw error;
    const region = bucketRegionOf(answered);
    if (answered.status === 404) return { state: "missing" };
    if (answered.status === 403) return { state: "forbidden", ...(region ? { region } : {}) };
    return { state: "elsewhere", region: region! };
  }
}

export function bucketOwnedElsewhere(bucket: string, account: string, partition = "aws"): OpsError {
  return new OpsError(
    "BucketOwnedByAnotherAccount",
    `The bucket "${bucket}" exists but S3 refuses it to account ${account} (HTTP 403): bucket names are global, so either another account owns it, or your identity lacks s3:ListBucket on it.`,
    `Choose a name no one has taken, e.g. --bucket tertulia-tfstate-${account}; if the bucket is yours, allow s3:ListBucket on arn:${partition}:s3:::${bucket}.`,
  );
}

/** The bucket exists in another region than the one it was looked for in, and still refuses us there. */
export function bucketInAnotherRegion(bucket: string, region: string, working: string): OpsError {
  return new OpsError(
    "BucketInAnotherRegion",
    `The bucket "${bucket}" is in ${region}, not ${working}.`,
    `Run with --region ${region}, or choose another bucket name for ${working}.`,
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
    // Both are 409 Conflict with the code in the XML body
    // (https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html#API_CreateBucket_Errors).
    const info = awsErrorInfo(error);
    if (info.code === "BucketAlreadyOwnedByYou") return "exists";
    if (info.code === "BucketAlreadyExists") throw bucketOwnedElsewhere(bucket, account);
    throw error;
  }
}

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
    if (notFound.includes(awsErrorInfo(error).code)) return undefined;
    throw error;
  }
}

export async function getBucketVersioning(d: S3Deps, bucket: string): Promise<string | undefined> {
  const out = await awsCall(
    "S3 GetBucketVersioning",
    () => d.s3.send(new GetBucketVersioningCommand({ Bucket: bucket, ...owner(d) })),
    retryOf(d),
  );
  return out.Status;
}

export async function putBucketVersioning(d: S3Deps, bucket: string): Promise<void> {
  await awsCall(
    "S3 PutBucketVersioning",
    () =>
      d.s3.send(
        new PutBucketVersioningCommand({
          Bucket: bucket,
          VersioningConfiguration: { Status: "Enabled" },
          ...owner(d),
        }),
      ),
    retryOf(d),
  );
}

export async function getBucketEncryption(d: S3Deps, bucket: string): Promise<ServerSideEncryptionRule[] | undefined> {
  const out = await getOrUndefined(
    d,
    "S3 GetBucketEncryption",
    ["ServerSideEncryptionConfigurationNotFoundError"],
    () => d.s3.send(new GetBucketEncryptionCommand({ Bucket: bucket, ...owner(d) })),
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
          ...owner(d),
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
    d.s3.send(new GetPublicAccessBlockCommand({ Bucket: bucket, ...owner(d) })),
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
          ...owner(d),
          PublicAccessBlockConfiguration: { ...FULL_PUBLIC_ACCESS_BLOCK },
        }),
      ),
    retryOf(d),
  );
}

export async function getOwnership(d: S3Deps, bucket: string): Promise<string | undefined> {
  const out = await getOrUndefined(d, "S3 GetBucketOwnershipControls", ["OwnershipControlsNotFoundError"], () =>
    d.s3.send(new GetBucketOwnershipControlsCommand({ Bucket: bucket, ...owner(d) })),
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
          ...owner(d),
          OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
        }),
      ),
    retryOf(d),
  );
}

export async function getBucketPolicy(d: S3Deps, bucket: string): Promise<string | undefined> {
  const out = await getOrUndefined(d, "S3 GetBucketPolicy", ["NoSuchBucketPolicy"], () =>
    d.s3.send(new GetBucketPolicyCommand({ Bucket: bucket, ...owner(d) })),
  );
  return out?.Policy;
}

export async function putBucketPolicy(d: S3Deps, bucket: string, policy: string): Promise<void> {
  await awsCall(
    "S3 PutBucketPolicy",
    () => d.s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: policy, ...owner(d) })),
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
            ...owner(d),
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
      () =>
        d.s3.send(
          new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: [...batch], Quiet: true }, ...owner(d) }),
        ),
      retryOf(d),
    );
  }
}

export async function deleteBucket(d: S3Deps, bucket: string): Promise<void> {
  await awsCall(
    "S3 DeleteBucket",
    () => d.s3.send(new DeleteBucketCommand({ Bucket: bucket, ...owner(d) })),
    retryOf(d),
  );
}
