/**
 * PostgreSQL's user name and password, read at run time from a Secrets Manager secret (in the scale-out
 * profile, the master user secret RDS manages and rotates), cached in memory, and read again when the
 * database refuses them. They are never copied anywhere else and never logged; only the secret's version id
 * appears in logs.
 *
 * RDS keeps `{"username": …, "password": …}` in that secret and rotates the password every 7 days by
 * default (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html), so a copy made
 * at release time stops working within a week; reading it again on refusal is what keeps new connections
 * working. Secrets Manager recommends exactly this: cache the value, fetch it again when it no longer works
 * (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html).
 */
import { GetSecretValueCommand, type SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import type { Logger } from "@tertulia/runtime";
import { z } from "zod";

export interface DatabaseCredentials {
  readonly username: string;
  readonly password: string;
}

/** Where a connection pool gets its credentials. */
export interface CredentialSource {
  /** The cached credentials (read on first use). */
  current(): Promise<DatabaseCredentials>;
  /** Reads the secret again, because the database refused what `current()` gave. */
  refresh(): Promise<DatabaseCredentials>;
}

export type DatabaseSecretErrorCode = "not_found" | "access_denied" | "unreachable" | "malformed" | "failed";

/** Why the secret could not be read. The message never holds the secret's value. */
export class DatabaseSecretError extends Error {
  override readonly name = "DatabaseSecretError";
  constructor(
    readonly code: DatabaseSecretErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface SecretsManagerCredentialsOptions {
  /** One client for the process (AWS SDK v3 effective practices: create once, reuse). */
  readonly client: SecretsManagerClient;
  /** ARN or name of the secret. */
  readonly secretId: string;
  /**
   * Reads after the first are at least this far apart, however many connections are refused at once, so a
   * database that keeps refusing (the rotation's window between changing the password and promoting the new
   * secret version) costs one read per interval, not one per query. @default 1000
   */
  readonly minRefreshIntervalMs?: number;
  readonly log?: Logger;
  readonly now?: () => number;
}

/** The shape RDS writes; other keys (engine, host, port …, written by rotation functions) are ignored. */
const secretValue = z.object({ username: z.string().min(1), password: z.string().min(1) });

export class SecretsManagerCredentials implements CredentialSource {
  readonly #options: SecretsManagerCredentialsOptions;
  readonly #now: () => number;
  readonly #interval: number;
  #cached: DatabaseCredentials | null = null;
  #reading: Promise<DatabaseCredentials> | null = null;
  #lastReadAt = Number.NEGATIVE_INFINITY;
  #versionId: string | undefined;

  constructor(options: SecretsManagerCredentialsOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#interval = options.minRefreshIntervalMs ?? 1_000;
  }

  /** @throws {DatabaseSecretError} */
  async current(): Promise<DatabaseCredentials> {
    return this.#cached ?? this.#read("start");
  }

  /** @throws {DatabaseSecretError} */
  async refresh(): Promise<DatabaseCredentials> {
    return this.#read("refused");
  }

  /** One read at a time: every caller waiting for fresh credentials shares it. */
  #read(reason: "start" | "refused"): Promise<DatabaseCredentials> {
    this.#reading ??= (async () => {
      const wait = this.#lastReadAt + this.#interval - this.#now();
      if (wait > 0) await Bun.sleep(wait);
      try {
        return await this.#fetch(reason);
      } finally {
        this.#lastReadAt = this.#now();
        this.#reading = null;
      }
    })();
    return this.#reading;
  }

  async #fetch(reason: "start" | "refused"): Promise<DatabaseCredentials> {
    const { client, secretId, log } = this.#options;
    let output: { SecretString?: string | undefined; VersionId?: string | undefined };
    try {
      output = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    } catch (error) {
      throw secretError(secretId, error);
    }
    const parsed = parseSecret(output.SecretString);
    if (!parsed)
      throw new DatabaseSecretError(
        "malformed",
        `the secret ${secretId} is not JSON with a non-empty "username" and "password" (as RDS writes it)`,
      );
    const changed = this.#versionId !== undefined && output.VersionId !== this.#versionId;
    log?.info("database credentials read", { reason, versionId: output.VersionId ?? null, changed });
    this.#versionId = output.VersionId;
    this.#cached = parsed;
    return parsed;
  }
}

function parseSecret(text: string | undefined): DatabaseCredentials | null {
  if (text === undefined) return null;
  try {
    const parsed = secretValue.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Narrowed by the service's error name, as aws-sdk-js-v3's ERROR_HANDLING guide advises; an error without
 * `$metadata.httpStatusCode` never got an answer from the service (DNS, refused connection, time-out, no
 * AWS credentials).
 */
function secretError(secretId: string, error: unknown): DatabaseSecretError {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = e.name ?? "Error";
  const detail = `${name}: ${e.message ?? String(error)}`;
  if (e.$metadata?.httpStatusCode === undefined)
    return new DatabaseSecretError("unreachable", `cannot read the secret ${secretId}: ${detail}`, { cause: error });
  switch (name) {
    case "ResourceNotFoundException":
      return new DatabaseSecretError("not_found", `no secret ${secretId} (${detail})`, { cause: error });
    case "AccessDeniedException":
    case "DecryptionFailure":
      return new DatabaseSecretError(
        "access_denied",
        `not allowed to read the secret ${secretId}: check the pod's role (${detail})`,
        { cause: error },
      );
    default:
      return new DatabaseSecretError("failed", `cannot read the secret ${secretId}: ${detail}`, { cause: error });
  }
}
