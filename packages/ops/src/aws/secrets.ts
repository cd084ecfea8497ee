/** Secrets Manager: reading a JSON secret's value (never logged, never returned to output). */
import { GetSecretValueCommand, type SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { OpsError } from "../errors.ts";
import { awsCall, type RetryPolicy } from "./call.ts";

/**
 * The secret's string value parsed as a JSON object of strings.
 * @throws {OpsError} CommandFailed when the value is not a JSON object.
 */
export async function getJsonSecret(
  d: { secrets: SecretsManagerClient; retry?: RetryPolicy },
  id: string,
): Promise<Record<string, string>> {
  const out = await awsCall(
    "SecretsManager GetSecretValue",
    () => d.secrets.send(new GetSecretValueCommand({ SecretId: id })),
    d.retry ? { retry: d.retry } : {},
  );
  try {
    const value = JSON.parse(out.SecretString ?? "") as unknown;
    if (value && typeof value === "object" && !Array.isArray(value))
      return Object.fromEntries(
        Object.entries(value)
          .filter((e): e is [string, string] => typeof e[1] === "string" || typeof e[1] === "number")
          .map(([k, v]) => [k, String(v)]),
      );
  } catch {
    // fall through to the error below, without echoing the value
  }
  throw new OpsError(
    "CommandFailed",
    `The secret ${id} does not hold a JSON object.`,
    'Store it as JSON key/value pairs (e.g. {"JWT_SECRET": "..."}).',
  );
}
