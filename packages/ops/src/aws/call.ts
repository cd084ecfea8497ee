/**
 * The policy for every AWS call, in one place:
 * 1. Decide by what AWS sent (`aws-error.ts`): HTTP status, the error code in the body, headers; the error's name
 *    alone is not enough (an empty-bodied 403 is named `Unknown`).
 * 2. Throttling (429, throttling codes) and server errors (5xx) are retried with exponential backoff and full
 *    jitter, up to `attempts`; a time-out (no answer at all) is retried up to `timeoutAttempts`, so a silent endpoint
 *    costs at most that many client time-outs, never forever.
 * 3. The errors users meet become `OpsError`s that say what to do: denied (naming the IAM action), expired or
 *    missing credentials, time-out (naming the endpoint and how long ops waited), unreachable. Anything else becomes
 *    `AwsCallFailed` naming the operation and AWS's code.
 * 4. An `OpsError` thrown inside the call (our region or profile provider) passes through untouched.
 * 5. Only the code, message, status and headers are read: raw responses are never logged.
 */
import { OpsError } from "../errors.ts";
import { type AwsErrorInfo, awsErrorInfo, isTimeout, isUnreachable } from "./aws-error.ts";
import { iamActionFor } from "./iam-actions.ts";

export { type AwsErrorInfo, awsErrorInfo } from "./aws-error.ts";

export interface RetryPolicy {
  /** Total attempts for throttling and 5xx, first one included. @default 5 */
  readonly attempts: number;
  /** Total attempts when no answer arrives in time. @default 2 */
  readonly timeoutAttempts?: number;
  /** Backoff base in milliseconds. @default 200 */
  readonly baseMs: number;
  /** Injected so tests don't wait. @default Bun.sleep */
  readonly sleep: (ms: number) => Promise<void>;
}

export const defaultRetry: RetryPolicy = { attempts: 5, timeoutAttempts: 2, baseMs: 200, sleep: (ms) => Bun.sleep(ms) };

/** Error codes AWS services send when throttling (some with a 400 status, so the status alone is not enough). */
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
/** Codes meaning the credentials themselves are bad (STS/S3 send them with 400 or 403). */
const EXPIRED = new Set([
  "ExpiredToken",
  "ExpiredTokenException",
  "RequestExpired",
  "TokenRefreshRequired",
  "InvalidClientTokenId",
  "UnrecognizedClientException",
  "InvalidToken",
  "InvalidAccessKeyId",
  "SignatureDoesNotMatch",
]);
/** Access-denied codes some services send with a 400 status (EC2's UnauthorizedOperation, for one). */
const DENIED = new Set([
  "AccessDenied",
  "AccessDeniedException",
  "UnauthorizedOperation",
  "UnauthorizedException",
  "AuthorizationError",
]);

/** True when the error is the named service exception (by `name`, as the SDK's ERROR_HANDLING guide advises). */
export function isAwsError(error: unknown, ...names: string[]): boolean {
  return error instanceof Error && names.includes(error.name);
}

function retryable(info: AwsErrorInfo): boolean {
  return THROTTLING.has(info.code) || info.status === 429 || (info.status !== undefined && info.status >= 500);
}

export interface AwsCallOptions {
  readonly retry?: RetryPolicy;
  /**
   * Decides which errors the caller handles itself (e.g. 404 NoSuchBucket): they are rethrown untouched and never
   * retried. Names are matched against the SDK name and the code AWS sent.
   */
  readonly passThrough?: readonly string[] | ((info: AwsErrorInfo) => boolean);
}

/**
 * Runs one AWS operation under the retry policy and maps the errors users meet.
 *
 * @param operation "Service Operation", e.g. "S3 CreateBucket", used in messages and to name the IAM action.
 * @throws {OpsError} AwsAccessDenied, AwsCredentialsExpired, AwsNoCredentials, AwsRegionMissing, AwsTimeout,
 *   AwsUnreachable, AwsThrottled, AwsCallFailed
 */
export async function awsCall<T>(operation: string, fn: () => Promise<T>, options: AwsCallOptions = {}): Promise<T> {
  const retry = options.retry ?? defaultRetry;
  const started = performance.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof OpsError) throw error;
      const info = awsErrorInfo(error);
      const pass = options.passThrough;
      if (typeof pass === "function" ? pass(info) : pass?.some((n) => n === info.name || n === info.code)) throw error;
      const again = isTimeout(info)
        ? attempt < (retry.timeoutAttempts ?? 2)
        : retryable(info) && attempt < retry.attempts;
      if (again) {
        await retry.sleep(Math.random() * retry.baseMs * 2 ** (attempt - 1));
        continue;
      }
      throw mapAwsError(operation, info, { attempts: attempt, waitedMs: performance.now() - started, cause: error });
    }
  }
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;

export function mapAwsError(
  operation: string,
  info: AwsErrorInfo,
  context: { attempts?: number; waitedMs?: number; cause?: unknown } = {},
): OpsError {
  const opts = { cause: context.cause };
  const attempts = context.attempts ?? 1;
  const where = info.endpoint ? ` at ${info.endpoint}` : "";
  if (isTimeout(info)) {
    const limits = info.timeouts
      ? `each attempt gave up after the ${seconds(info.timeouts.requestMs)} request time-out (${seconds(info.timeouts.connectMs)} to connect)`
      : "the request timed out";
    return new OpsError(
      "AwsTimeout",
      `${operation}: no answer from AWS${where}: ${limits}; ${attempts} attempt${attempts === 1 ? "" : "s"}, ${seconds(context.waitedMs ?? 0)} in all.`,
      "Check the network path to that endpoint (proxy, VPN, firewall, AWS_ENDPOINT_URL*), or raise --aws-timeout if it is only slow.",
      opts,
    );
  }
  if (isUnreachable(info))
    return new OpsError(
      "AwsUnreachable",
      `${operation} could not reach AWS${where} (${info.errno ?? info.message}).`,
      "Check the network (proxy, VPN, DNS), AWS_ENDPOINT_URL* if set, and that the region is a real one.",
      opts,
    );
  if (EXPIRED.has(info.code))
    return new OpsError(
      "AwsCredentialsExpired",
      `${operation} failed: the AWS credentials are expired or invalid (${info.code}).`,
      "Refresh them (e.g. `aws sso login --profile NAME`, or new session keys) and run the command again.",
      opts,
    );
  if (info.status === 403 || DENIED.has(info.code))
    return new OpsError(
      "AwsAccessDenied",
      `${operation} was denied (HTTP ${info.status ?? "?"}${info.code !== "Unknown" ? `, ${info.code}` : ""}).`,
      `Allow ${iamActionFor(operation)} to the caller (see who you are with \`ops preflight\`), or use --profile for an identity that has it.`,
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
      "Pass --region (e.g. --region sa-east-1), set AWS_REGION, or set region in your profile.",
      opts,
    );
  if (retryable(info))
    return new OpsError(
      "AwsThrottled",
      `${operation} kept failing after ${attempts} attempts (HTTP ${info.status ?? "?"} ${info.code}).`,
      "AWS is throttling or unavailable; wait a minute and run the command again.",
      opts,
    );
  return new OpsError(
    "AwsCallFailed",
    `${operation} failed: HTTP ${info.status ?? "-"} ${info.code}: ${info.message}`,
    "Check the message above; fix the input or permission it names and run again.",
    opts,
  );
}
