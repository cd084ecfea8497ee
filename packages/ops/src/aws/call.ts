/**
 * The policy for every AWS call, in one place:
 * 1. Throttling and transient server errors are retried with exponential backoff and full jitter.
 * 2. The errors users meet (access denied, expired or missing credentials, missing region) become `OpsError`s that
 *    say what to do. Anything else becomes `AwsCallFailed` naming the operation.
 * 3. Only the error's name, message and HTTP status are kept: raw responses are never logged.
 */
import { OpsError } from "../errors.ts";

export interface RetryPolicy {
  /** Total attempts, first one included. @default 5 */
  readonly attempts: number;
  /** Backoff base in milliseconds. @default 200 */
  readonly baseMs: number;
  /** Injected so tests don't wait. @default Bun.sleep */
  readonly sleep: (ms: number) => Promise<void>;
}

export const defaultRetry: RetryPolicy = { attempts: 5, baseMs: 200, sleep: (ms) => Bun.sleep(ms) };

const THROTTLING = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestThrottledException",
  "TooManyRequestsException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "SlowDown",
  "BandwidthLimitExceeded",
]);
const TRANSIENT = new Set([
  "InternalError",
  "InternalFailure",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
]);
const ACCESS_DENIED = new Set([
  "AccessDenied",
  "AccessDeniedException",
  "UnauthorizedOperation",
  "UnauthorizedException",
  "Forbidden",
  "AuthorizationError",
]);
const EXPIRED = new Set([
  "ExpiredToken",
  "ExpiredTokenException",
  "RequestExpired",
  "TokenRefreshRequired",
  "InvalidClientTokenId",
  "UnrecognizedClientException",
  "InvalidToken",
  "SignatureDoesNotMatch",
]);

/** What ops needs to know about an error thrown by the SDK. */
export interface AwsErrorInfo {
  readonly name: string;
  readonly message: string;
  readonly status?: number;
}

export function awsErrorInfo(error: unknown): AwsErrorInfo {
  if (!(error instanceof Error)) return { name: "Unknown", message: String(error) };
  const meta = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
  return { name: error.name, message: error.message, ...(meta?.httpStatusCode ? { status: meta.httpStatusCode } : {}) };
}

/** True when the error is the named service exception (by `name`, as the SDK's ERROR_HANDLING guide advises). */
export function isAwsError(error: unknown, ...names: string[]): boolean {
  return error instanceof Error && names.includes(error.name);
}

function retryable(info: AwsErrorInfo): boolean {
  return (
    THROTTLING.has(info.name) ||
    TRANSIENT.has(info.name) ||
    info.status === 429 ||
    (info.status !== undefined && info.status >= 500)
  );
}

/**
 * Runs one AWS operation under the retry policy and maps the errors users meet.
 * Errors whose names are in `passThrough` are rethrown untouched for the caller to handle (e.g. `NoSuchBucket`).
 *
 * @param operation "Service Operation", e.g. "S3 CreateBucket", used in messages.
 * @throws {OpsError} AwsAccessDenied, AwsCredentialsExpired, AwsNoCredentials, AwsRegionMissing, AwsThrottled, AwsCallFailed
 */
export async function awsCall<T>(
  operation: string,
  fn: () => Promise<T>,
  options: { retry?: RetryPolicy; passThrough?: readonly string[] } = {},
): Promise<T> {
  const retry = options.retry ?? defaultRetry;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const info = awsErrorInfo(error);
      if (options.passThrough?.includes(info.name)) throw error;
      if (retryable(info) && attempt < retry.attempts) {
        await retry.sleep(Math.random() * retry.baseMs * 2 ** (attempt - 1));
        continue;
      }
      throw mapAwsError(operation, info, attempt, error);
    }
  }
}

export function mapAwsError(operation: string, info: AwsErrorInfo, attempts: number, cause?: unknown): OpsError {
  const opts = { cause };
  if (EXPIRED.has(info.name))
    return new OpsError(
      "AwsCredentialsExpired",
      `${operation} failed: the AWS credentials are expired or invalid (${info.name}).`,
      "Refresh them (e.g. `aws sso login --profile NAME`, or new session keys) and run the command again.",
      opts,
    );
  if (ACCESS_DENIED.has(info.name) || info.status === 403)
    return new OpsError(
      "AwsAccessDenied",
      `${operation} was denied (${info.name}).`,
      `Grant the caller permission for ${operation.replace(" ", ":")} (check who you are with \`ops preflight\`), or use --profile for an identity that has it.`,
      opts,
    );
  if (info.name === "CredentialsProviderError" || /Could not load credentials/i.test(info.message))
    return new OpsError(
      "AwsNoCredentials",
      `${operation} failed: no AWS credentials were found.`,
      "Pass --profile NAME, or set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or run where an instance/container role is available.",
      opts,
    );
  if (/region is missing/i.test(info.message))
    return new OpsError(
      "AwsRegionMissing",
      `${operation} failed: no AWS region is set.`,
      "Pass --region (e.g. --region sa-east-1) or set AWS_REGION.",
      opts,
    );
  if (/ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|ConnectionRefused/i.test(`${info.name} ${info.message}`))
    return new OpsError(
      "AwsUnreachable",
      `${operation} could not reach AWS (${info.message}).`,
      "Check the network (proxy, VPN, DNS) and that --region names a real region.",
      opts,
    );
  if (retryable(info))
    return new OpsError(
      "AwsThrottled",
      `${operation} kept failing after ${attempts} attempts (${info.name}).`,
      "AWS is throttling or unavailable; wait a minute and run the command again.",
      opts,
    );
  return new OpsError(
    "AwsCallFailed",
    `${operation} failed: ${info.name}: ${info.message}`,
    "Check the message above; fix the input or permission it names and run again.",
    opts,
  );
}
