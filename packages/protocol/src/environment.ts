/**
 * Rules every process applies to its environment, stated once: an empty variable means unset, problems are
 * reported by variable name, and secrets follow one production rule.
 */

/** A configuration problem, naming the variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** The part of a zod schema used here (kept structural, so this package needs no zod). */
interface EnvironmentSchema<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

/**
 * The environment through `schema`. An empty variable (`PORT=`) counts as unset, as shells and Kubernetes
 * often produce them.
 * @throws {ConfigError} listing every problem by variable.
 */
export function parseEnvironment<T>(schema: EnvironmentSchema<T>, env: Record<string, string | undefined>): T {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`);
  throw new ConfigError(`invalid configuration: ${problems.join("; ")}`);
}

export const MIN_SECRET_BYTES = 32;

export interface Secret {
  readonly value: string;
  /** Made up for this process: whatever it signs dies with the process. */
  readonly generated: boolean;
}

/**
 * A secret under the production rule: required (unless `optional`) and at least 32 bytes when
 * NODE_ENV=production; elsewhere, a missing one is made up for this process.
 * @returns the secret (null only for a missing optional one).
 * @throws {ConfigError} naming the variable.
 */
export function secretFromEnvironment(
  name: string,
  value: string | undefined,
  options: { readonly production: boolean },
): Secret;
export function secretFromEnvironment(
  name: string,
  value: string | undefined,
  options: { readonly production: boolean; readonly optional: true },
): Secret | null;
export function secretFromEnvironment(
  name: string,
  value: string | undefined,
  options: { readonly production: boolean; readonly optional?: boolean },
): Secret | null {
  if (value === undefined) {
    if (options.production && !options.optional) throw new ConfigError(`${name} is required when NODE_ENV=production`);
    return options.optional
      ? null
      : { value: Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url"), generated: true };
  }
  if (options.production && Buffer.byteLength(value) < MIN_SECRET_BYTES) {
    throw new ConfigError(`${name} must be at least ${MIN_SECRET_BYTES} bytes when NODE_ENV=production`);
  }
  return { value, generated: false };
}
