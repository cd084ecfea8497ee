/**
 * The IAM action a denied call needs, so a fix names something a policy can grant. Most actions are the operation's
 * name under the service's prefix; S3's bucket-configuration calls are not, and are listed.
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
 * @see https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html ("you must have the s3:ListBucket permission")
 */

/** Service label used in operation names ("S3 HeadBucket") → IAM service prefix. */
const PREFIX: Readonly<Record<string, string>> = {
  S3: "s3",
  STS: "sts",
  EC2: "ec2",
  EKS: "eks",
  ECR: "ecr",
  DynamoDB: "dynamodb",
  CodeBuild: "codebuild",
  CodeConnections: "codeconnections",
  SecretsManager: "secretsmanager",
};

/** S3 operations whose IAM action has another name (Service Authorization Reference, Amazon S3). */
const S3_ACTIONS: Readonly<Record<string, string>> = {
  HeadBucket: "s3:ListBucket",
  GetBucketEncryption: "s3:GetEncryptionConfiguration",
  PutBucketEncryption: "s3:PutEncryptionConfiguration",
  GetPublicAccessBlock: "s3:GetBucketPublicAccessBlock",
  PutPublicAccessBlock: "s3:PutBucketPublicAccessBlock",
  ListObjectVersions: "s3:ListBucketVersions",
  DeleteObjects: "s3:DeleteObjectVersion",
  GetBucketLocation: "s3:GetBucketLocation",
};

/** "S3 PutBucketEncryption" → "s3:PutEncryptionConfiguration"; "EKS DescribeCluster" → "eks:DescribeCluster". */
export function iamActionFor(operation: string): string {
  const [service = "", op = ""] = operation.split(" ");
  if (service === "S3" && S3_ACTIONS[op]) return S3_ACTIONS[op];
  return `${PREFIX[service] ?? service.toLowerCase()}:${op}`;
}
