/**
 * What AWS actually sent, read off an error thrown by the SDK: the HTTP status, the error code from the body (when
 * there is a body), the response headers and the endpoint that was called. Decisions are made on these, never on the
 * error's `name` alone: a HEAD request answered with an empty body has no code to name, so the SDK calls it `Unknown`
 * (S3 HeadBucket: "A message body isn't included, so you can't determine the exception beyond these HTTP response
 * codes", https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html).
 *
 * Raw bodies are never kept, so nothing from a response can leak into a log (aws-sdk-js-v3 ERROR_HANDLING.md).
 */

/** What ops needs to know about an error thrown by the SDK (or by the network under it). */
export interface AwsErrorInfo {
  /** The SDK's name for it: the modeled exception, `Unknown` when the body had no code, `TimeoutError`, … */
  readonly name: string;
  /** The error code from the response body (`<Code>` in S3's XML, `__type` in JSON protocols), else the name. */
  readonly code: string;
  readonly message: string;
  /** HTTP status; undefined when no response arrived (time-out, refused connection, DNS). */
  readonly status?: number;
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** `scheme://host[:port]` the request went to, when known (recorded by `labelEndpoint`). */
  readonly endpoint?: string;
  /** Node's system error code for network failures (ECONNREFUSED, ENOTFOUND, ETIMEDOUT …). */
  readonly errno?: string;
  /** The client's time-outs, when known (recorded by `labelEndpoint`). */
  readonly timeouts?: { readonly connectMs: number; readonly requestMs: number };
}

interface SdkErrorShape {
  name?: string;
  message?: string;
  code?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { statusCode?: number; headers?: Record<string, string> };
  $endpoint?: string;
  $timeouts?: { connectMs: number; requestMs: number };
}

export function awsErrorInfo(error: unknown): AwsErrorInfo {
  if (!(error instanceof Error)) return { name: "Unknown", code: "Unknown", message: String(error), headers: {} };
  const e = error as Error & SdkErrorShape;
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  const headers = Object.fromEntries(
    Object.entries(e.$response?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]),
  );
  // Node network errors carry `code` (ECONNREFUSED …); AWS error bodies surface as `Code` on the exception.
  const errno = typeof e.code === "string" && /^E[A-Z_]+$/.test(e.code) ? e.code : undefined;
  return {
    name: e.name,
    code: e.Code ?? e.name,
    message: e.message,
    ...(status ? { status } : {}),
    headers,
    ...(e.$endpoint ? { endpoint: e.$endpoint } : {}),
    ...(errno ? { errno } : {}),
    ...(e.$timeouts ? { timeouts: e.$timeouts } : {}),
  };
}

/** The region S3 says the bucket lives in (`x-amz-bucket-region`, sent on 200, 301, 400 and 403 to HeadBucket). */
export function bucketRegionOf(info: AwsErrorInfo): string | undefined {
  return info.headers["x-amz-bucket-region"] || undefined;
}

/** No response arrived within the client's connection or request time-out. */
export function isTimeout(info: AwsErrorInfo): boolean {
  return (
    info.status === undefined &&
    (info.name === "TimeoutError" || info.errno === "ETIMEDOUT" || /timed? ?out/i.test(info.message))
  );
}

/** The endpoint could not be reached at all (DNS, refused, reset). */
export function isUnreachable(info: AwsErrorInfo): boolean {
  return (
    info.status === undefined &&
    (/^(ENOTFOUND|ECONNREFUSED|ECONNRESET|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPIPE)$/.test(info.errno ?? "") ||
      /ENOTFOUND|ECONNREFUSED|ECONNRESET|EAI_AGAIN|socket hang up|Unable to connect/i.test(
        `${info.name} ${info.message}`,
      ))
  );
}
