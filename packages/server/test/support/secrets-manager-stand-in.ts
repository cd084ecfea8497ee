/**
 * A loopback stand-in for AWS Secrets Manager's GetSecretValue, answering as the service does, so the real
 * AWS SDK v3 client (pointed at it with `endpoint`, or AWS_ENDPOINT_URL_SECRETS_MANAGER for a process) parses
 * real-shaped answers and errors.
 *
 * The wire format, from the Secrets Manager API reference:
 * - Requests are the AWS JSON 1.1 protocol: `POST /`, `Content-Type: application/x-amz-json-1.1`,
 *   `X-Amz-Target: secretsmanager.GetSecretValue`, body `{"SecretId": "..."}`, signed with SigV4
 *   (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html, "Request Syntax").
 * - A success is 200 with `{"ARN","CreatedDate","Name","SecretString","VersionId","VersionStages"}`
 *   ("Response Syntax"; CreatedDate is a timestamp, which JSON 1.1 sends as epoch seconds).
 * - Errors are `{"__type": "<Code>", "message": "..."}`: HTTP 400 for ResourceNotFoundException ("Secrets
 *   Manager can't find the specified secret.") and the common errors AccessDeniedException and
 *   UnrecognizedClientException (a request signed by unknown credentials,
 *   https://docs.aws.amazon.com/secretsmanager/latest/apireference/CommonErrors.html); HTTP 500 for
 *   InternalServiceError ("An error occurred on the server side.").
 */
import type { Server } from "bun";

export interface SecretsManagerStandIn {
  readonly url: string;
  /** Every GetSecretValue the stand-in answered (errors included), in order. */
  readonly requests: ReadonlyArray<{
    readonly secretId: string;
    readonly accessKeyId: string | null;
    readonly at: number;
  }>;
  /** Creates or replaces the secret's value (a new AWSCURRENT version), as rotation's last step does. */
  put(name: string, value: Record<string, string> | string): { arn: string; versionId: string };
  /** Refuses every request for this secret with AccessDeniedException (the role lost its permission). */
  deny(name: string): void;
  /** While on, every request is answered InternalServiceError (500), as in a service outage. */
  outage(on: boolean): void;
  stop(): Promise<void>;
}

export interface SecretsManagerStandInOptions {
  /** Requests signed with another access key id are refused as the service refuses unknown keys. */
  readonly accessKeyId: string;
  /** @default "eu-west-1" */
  readonly region?: string;
  /** @default "123456789012" */
  readonly account?: string;
}

interface StoredSecret {
  readonly name: string;
  readonly arn: string;
  value: string;
  versionId: string;
  createdAt: number;
  denied: boolean;
}

const JSON_11 = "application/x-amz-json-1.1";

export function startSecretsManagerStandIn(options: SecretsManagerStandInOptions): SecretsManagerStandIn {
  const region = options.region ?? "eu-west-1";
  const account = options.account ?? "123456789012";
  const secrets = new Map<string, StoredSecret>();
  const requests: Array<{ secretId: string; accessKeyId: string | null; at: number }> = [];
  let down = false;

  const answer = (status: number, body: unknown): Response =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": JSON_11, "x-amzn-requestid": crypto.randomUUID() },
    });
  const error = (type: string, message: string): Response => answer(400, { __type: type, message });

  const server: Server<undefined> = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(request) {
      const target = request.headers.get("x-amz-target");
      if (request.method !== "POST" || target !== "secretsmanager.GetSecretValue")
        return error("UnknownOperationException", "");
      // SigV4: "AWS4-HMAC-SHA256 Credential=AKID/date/region/secretsmanager/aws4_request, ...".
      const accessKeyId = /Credential=([^/]+)\//.exec(request.headers.get("authorization") ?? "")?.[1] ?? null;
      const body = (await request.json().catch(() => ({}))) as { SecretId?: unknown };
      const secretId = typeof body.SecretId === "string" ? body.SecretId : "";
      requests.push({ secretId, accessKeyId, at: Date.now() });
      if (down)
        return answer(500, { __type: "InternalServiceError", message: "An error occurred on the server side." });
      if (accessKeyId !== options.accessKeyId)
        return error("UnrecognizedClientException", "The security token included in the request is invalid.");
      const secret = [...secrets.values()].find((s) => s.arn === secretId || s.name === secretId);
      if (!secret) return error("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
      if (secret.denied)
        return error(
          "AccessDeniedException",
          `User is not authorized to perform: secretsmanager:GetSecretValue on resource: ${secretId}`,
        );
      return answer(200, {
        ARN: secret.arn,
        CreatedDate: secret.createdAt / 1000,
        Name: secret.name,
        SecretString: secret.value,
        VersionId: secret.versionId,
        VersionStages: ["AWSCURRENT"],
      });
    },
  });

  return {
    url: `http://127.0.0.1:${server.port}`,
    requests,
    put(name, value) {
      const text = typeof value === "string" ? value : JSON.stringify(value);
      const existing = secrets.get(name);
      const versionId = crypto.randomUUID();
      if (existing) {
        existing.value = text;
        existing.versionId = versionId;
        existing.createdAt = Date.now();
        return { arn: existing.arn, versionId };
      }
      // Secrets Manager appends a hyphen and six random characters to the name in the ARN.
      const arn = `arn:aws:secretsmanager:${region}:${account}:secret:${name}-${crypto.randomUUID().slice(0, 6)}`;
      secrets.set(name, { name, arn, value: text, versionId, createdAt: Date.now(), denied: false });
      return { arn, versionId };
    },
    outage(on) {
      down = on;
    },
    deny(name) {
      const secret = secrets.get(name);
      if (secret) secret.denied = true;
    },
    async stop() {
      await server.stop(true);
    },
  };
}
