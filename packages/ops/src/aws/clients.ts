/**
 * Every AWS SDK client ops uses, built once per run from `--region`/`--profile` and the SDK's default credential
 * chain (env, SSO, shared files, web identity, container and instance metadata), then passed to whoever needs it.
 * Clients are created on first use, so `preflight --offline` never touches AWS configuration.
 *
 * `maxAttempts: 1`: retries are ours (`call.ts`), so one policy applies everywhere and tests can see it.
 */
import { CodeBuildClient } from "@aws-sdk/client-codebuild";
import { CodeStarConnectionsClient } from "@aws-sdk/client-codestar-connections";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EC2Client } from "@aws-sdk/client-ec2";
import { ECRClient } from "@aws-sdk/client-ecr";
import { EKSClient } from "@aws-sdk/client-eks";
import { S3Client } from "@aws-sdk/client-s3";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { STSClient } from "@aws-sdk/client-sts";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";

export interface AwsClients {
  readonly s3: S3Client;
  readonly sts: STSClient;
  readonly ec2: EC2Client;
  readonly eks: EKSClient;
  readonly ecr: ECRClient;
  readonly dynamodb: DynamoDBClient;
  readonly codebuild: CodeBuildClient;
  readonly connections: CodeStarConnectionsClient;
  readonly secrets: SecretsManagerClient;
}

export interface AwsClientOptions {
  /** @default the SDK's resolution: AWS_REGION, then the profile's region */
  readonly region?: string;
  /** @default AWS_PROFILE, then "default" */
  readonly profile?: string;
}

export function createAwsClients(options: AwsClientOptions): AwsClients {
  const config = {
    ...(options.region ? { region: options.region } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    credentials: fromNodeProviderChain(options.profile ? { profile: options.profile } : {}),
    maxAttempts: 1,
  };
  const cache = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  };
  return {
    get s3() {
      return once("s3", () => new S3Client(config));
    },
    get sts() {
      return once("sts", () => new STSClient(config));
    },
    get ec2() {
      return once("ec2", () => new EC2Client(config));
    },
    get eks() {
      return once("eks", () => new EKSClient(config));
    },
    get ecr() {
      return once("ecr", () => new ECRClient(config));
    },
    get dynamodb() {
      return once("dynamodb", () => new DynamoDBClient(config));
    },
    get codebuild() {
      return once("codebuild", () => new CodeBuildClient(config));
    },
    get connections() {
      return once("connections", () => new CodeStarConnectionsClient(config));
    },
    get secrets() {
      return once("secrets", () => new SecretsManagerClient(config));
    },
  };
}
