/**
 * S3 as the stand-in plays it (path-style requests), for the bucket-level calls `ops bootstrap` and `preflight`
 * make. Each answer follows the S3 API Reference:
 * - HeadBucket (https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html): 200 when the bucket exists and
 *   the caller may list it; otherwise "a generic 400 Bad Request, 403 Forbidden, or 404 Not Found … A message body
 *   isn't included"; `x-amz-bucket-region` is sent "regardless of the permissions on the bucket".
 * - A request to the wrong region's endpoint: 301 with `x-amz-bucket-region` (PermanentRedirect in an XML body, empty
 *   for HEAD) — https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList.
 * - `ExpectedBucketOwner` that does not match: "the request fails with the HTTP status code 403 Forbidden"
 *   (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-owner-condition.html).
 * - CreateBucket on a taken name: 409 BucketAlreadyExists, or BucketAlreadyOwnedByYou for the owner
 *   (https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html).
 * - New buckets come with SSE-S3 default encryption, Block Public Access on and ACLs disabled (bucket owner
 *   enforced): https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html and
 *   https://aws.amazon.com/about-aws/whats-new/2022/12/amazon-s3-automatically-enable-block-public-access-disable-access-control-lists-buckets-april-2023/
 * - Get* of a setting never written: 404 with ServerSideEncryptionConfigurationNotFoundError,
 *   NoSuchPublicAccessBlockConfiguration, OwnershipControlsNotFoundError, NoSuchBucketPolicy.
 */
import { type ServiceHandler, xmlError } from "./server.ts";

export interface StandInBucket {
  readonly owner: string;
  readonly region: string;
  /** Sub-resource ("versioning", "encryption", "publicAccessBlock", "ownershipControls", "policy") → stored body. */
  readonly settings: Map<string, string>;
}

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const SETTINGS = ["versioning", "encryption", "publicAccessBlock", "ownershipControls", "policy"] as const;
const NOT_CONFIGURED: Readonly<Record<string, string>> = {
  encryption: "ServerSideEncryptionConfigurationNotFoundError",
  publicAccessBlock: "NoSuchPublicAccessBlockConfiguration",
  ownershipControls: "OwnershipControlsNotFoundError",
  policy: "NoSuchBucketPolicy",
};

/** The settings a bucket created today has without being asked (see the header). */
export function newBucketDefaults(): Map<string, string> {
  return new Map([
    [
      "encryption",
      `<ServerSideEncryptionConfiguration ${NS}><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>false</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>`,
    ],
    [
      "publicAccessBlock",
      `<PublicAccessBlockConfiguration ${NS}><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>`,
    ],
    [
      "ownershipControls",
      `<OwnershipControls ${NS}><Rule><ObjectOwnership>BucketOwnerEnforced</ObjectOwnership></Rule></OwnershipControls>`,
    ],
  ]);
}

export interface S3StandInOptions {
  readonly buckets: Map<string, StandInBucket>;
  /** The account the test's credentials belong to. */
  readonly callerAccount: string;
  /** Calls the caller's policy does not allow, as "METHOD sub-resource" (e.g. "PUT encryption"): 403 AccessDenied. */
  readonly deny?: readonly string[];
}

export function s3StandIn(options: S3StandInOptions): ServiceHandler {
  const { buckets, callerAccount } = options;
  return (req) => {
    const name = req.path.split("/")[1] ?? "";
    const bucket = buckets.get(name);
    const head = req.method === "HEAD";
    const empty = (status: number, headers: Record<string, string> = {}): Response =>
      new Response(null, { status, headers: { "x-amz-request-id": "STANDIN0000000001", ...headers } });

    if (req.method === "PUT" && [...req.query.keys()].length === 0) {
      if (bucket)
        return bucket.owner === callerAccount
          ? xmlError(
              409,
              "BucketAlreadyOwnedByYou",
              "Your previous request to create the named bucket succeeded and you already own it.",
            )
          : xmlError(409, "BucketAlreadyExists", "The requested bucket name is not available.");
      const constraint = /<LocationConstraint>([^<]+)<\/LocationConstraint>/.exec(req.body)?.[1] ?? "us-east-1";
      if (constraint !== req.region)
        return xmlError(
          400,
          "IllegalLocationConstraintException",
          `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`,
        );
      buckets.set(name, { owner: callerAccount, region: constraint, settings: newBucketDefaults() });
      return empty(200, { location: `/${name}` });
    }
    if (!bucket) return head ? empty(404) : xmlError(404, "NoSuchBucket", "The specified bucket does not exist");
    const where = { "x-amz-bucket-region": bucket.region };
    if (bucket.region !== req.region)
      return head
        ? empty(301, where)
        : xmlError(
            301,
            "PermanentRedirect",
            "The bucket you are attempting to access must be addressed using the specified endpoint.",
            where,
          );
    const expected = req.headers.get("x-amz-expected-bucket-owner");
    if (bucket.owner !== callerAccount || (expected !== null && expected !== bucket.owner))
      return head ? empty(403, where) : xmlError(403, "AccessDenied", "Access Denied");
    if (head) return empty(200, { ...where, "x-amz-access-point-alias": "false" });

    const setting = SETTINGS.find((s) => req.query.has(s));
    if (!setting) return xmlError(501, "NotImplemented", "The stand-in does not implement this call.");
    if (options.deny?.includes(`${req.method} ${setting}`)) return xmlError(403, "AccessDenied", "Access Denied");
    if (req.method === "PUT") {
      bucket.settings.set(setting, req.body);
      return empty(setting === "policy" ? 204 : 200);
    }
    const stored = bucket.settings.get(setting);
    if (setting === "versioning")
      return new Response(stored ?? `<VersioningConfiguration ${NS}/>`, {
        headers: { "content-type": "application/xml" },
      });
    if (!stored) return xmlError(404, NOT_CONFIGURED[setting]!, `The ${setting} configuration was not found`);
    return new Response(stored, {
      headers: { "content-type": setting === "policy" ? "application/json" : "application/xml" },
    });
  };
}
