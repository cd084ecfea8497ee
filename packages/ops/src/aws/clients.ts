/**
 * Every AWS SDK client ops uses, built once per run and passed to whoever needs it (one client per service and
 * region, as aws-sdk-js-v3's EFFECTIVE_PRACTICES.md advises). Clients are created on first use, so
 * `preflight --offline` never touches AWS configuration.
 *
 * Each client gets:
 * - the region from `aws/region.ts` (the one resolver), as a provider, so a missing region fails the first call with
 *   our message rather than the SDK's;
 * - the SDK's default credential chain for the profile, after checking that an explicitly named profile exists;
 * - a connection and a request time-out on its HTTP handler (`throwOnRequestTimeout`: without it
 *   @smithy/node-http-handler only logs a warning and the request waits forever);
 * - `maxAttempts: 1`: retries are ours (`call.ts`), so one policy applies everywhere and tests can see it;
 * - a middleware recording the endpoint of a failed request, so messages can name it.
 * S3 clients also take path-style addressing, for S3-compatible endpoints (`AWS_ENDPOINT_URL_S3`, read by the SDK).
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
import { NodeHttpHandler } from "@smithy/node-http-handler";

export interface AwsClients {
  readonly s3: S3Client;
  /** An S3 client for another region (the state bucket's, when it is not the working region); one per region. */
  s3In(region: string): S3Client;
  readonly sts: STSClient;
  readonly ec2: EC2Client;
  readonly eks: EKSClient;
  readonly ecr: ECRClient;
  readonly dynamodb: DynamoDBClient;
  /** A DynamoDB client for another region (the lock table lives in the state bucket's region). */
  dynamodbIn(region: string): DynamoDBClient;
  readonly codebuild: CodeBuildClient;
  readonly connections: CodeStarConnectionsClient;
  readonly secrets: SecretsManagerClient;
}

export interface AwsTimeouts {
  /** Time allowed to open the TCP/TLS connection. @default 5000 */
  readonly connectMs: number;
  /** Time allowed for the whole request and response. @default 30000 */
  readonly requestMs: number;
}

export const DEFAULT_TIMEOUTS: AwsTimeouts = { connectMs: 5_000, requestMs: 30_000 };

export interface AwsClientOptions {
  /** The working region (from `resolveRegion`); rejects with an `OpsError` when there is none. */
  readonly region: () => Promise<string>;
  /** @default AWS_PROFILE, then "default" */
  readonly profile?: string;
  /** Runs once before the first credentials are loaded (the unknown-profile check); rejects with an `OpsError`. */
  readonly beforeCredentials?: () => Promise<void>;
  /** @default DEFAULT_TIMEOUTS */
  readonly timeouts?: AwsTimeouts;
  /** Path-style S3 addressing (`endpoint/bucket/key`), for S3-compatible endpoints. @default false */
  readonly s3PathStyle?: boolean;
  /**
   * One endpoint for every service (tests point it at a loopback stand-in). @default the SDK's own resolution,
   * which honours AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>
   */
  readonly endpoint?: string;
  /** Fixed credentials instead of the default chain (tests). */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

/** Minimal view of a client's middleware stack, enough to add one middleware (every SDK v3 client has it). */
interface WithMiddleware {
  middlewareStack: { add(middleware: unknown, options: { step: "finalizeRequest"; name: string }): void };
}

/**
 * Marks errors with the `scheme://host:port` they came from and the client's time-outs (read by `awsErrorInfo`), so
 * messages can say where ops waited and for how long.
 */
export function labelEndpoint<C>(client: C, timeouts: AwsTimeouts = DEFAULT_TIMEOUTS): C {
  const stack = (client as unknown as WithMiddleware).middlewareStack;
  stack.add(
    (next: (args: { request: unknown }) => Promise<unknown>) => async (args: { request: unknown }) => {
      try {
        return await next(args);
      } catch (error) {
        const r = args.request as { protocol?: string; hostname?: string; port?: number };
        if (error instanceof Error && r?.hostname && !("$endpoint" in error)) {
          Object.defineProperty(error, "$endpoint", {
            value: `${r.protocol ?? "https:"}//${r.hostname}${r.port ? `:${r.port}` : ""}`,
            enumerable: false,
          });
          Object.defineProperty(error, "$timeouts", { value: timeouts, enumerable: false });
        }
        throw error;
      }
    },
    { step: "finalizeRequest", name: "opsEndpointLabel" },
  );
  return client;
}

export function httpHandler(timeouts: AwsTimeouts = DEFAULT_TIMEOUTS): NodeHttpHandler {
  return new NodeHttpHandler({
    connectionTimeout: timeouts.connectMs,
    requestTimeout: timeouts.requestMs,
    throwOnRequestTimeout: true,
  });
}

export function createAwsClients(options: AwsClientOptions): AwsClients {
  const fixed = options.credentials;
  const chain = fixed ? async () => fixed : fromNodeProviderChain(options.profile ? { profile: options.profile } : {});
  let checked: Promise<void> | undefined;
  const credentials = async () => {
    await (checked ??= options.beforeCredentials?.() ?? Promise.resolve());
    return chain();
  };
  const config = (region: () => Promise<string>) => ({
    region,
    ...(options.profile ? { profile: options.profile } : {}),
    credentials,
    maxAttempts: 1,
    requestHandler: httpHandler(options.timeouts),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
  const cache = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, labelEndpoint(make(), options.timeouts));
    return cache.get(key) as T;
  };
  const s3 = (region: () => Promise<string>) =>
    new S3Client({ ...config(region), forcePathStyle: options.s3PathStyle ?? false });
  return {
    get s3() {
      return once("s3", () => s3(options.region));
    },
    s3In(region) {
      return once(`s3:${region}`, () => s3(async () => region));
    },
    get sts() {
      return once("sts", () => new STSClient(config(options.region)));
    },
    get ec2() {
      return once("ec2", () => new EC2Client(config(options.region)));
    },
    get eks() {
      return once("eks", () => new EKSClient(config(options.region)));
    },
    get ecr() {
      return once("ecr", () => new ECRClient(config(options.region)));
    },
    get dynamodb() {
      return once("dynamodb", () => new DynamoDBClient(config(options.region)));
    },
    dynamodbIn(region) {
      return once(`dynamodb:${region}`, () => new DynamoDBClient(config(async () => region)));
    },
    get codebuild() {
      return once("codebuild", () => new CodeBuildClient(config(options.region)));
    },
    get connections() {
      return once("connections", () => new CodeStarConnectionsClient(config(options.region)));
    },
    get secrets() {
      return once("secrets", () => new SecretsManagerClient(config(options.region)));
    },
  };
}
