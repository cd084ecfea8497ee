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
/**
 * Bits a production secret must show by its character distribution. 32 random hex characters (128 real
 * bits) measure ~115 this way (the lowest of 100,000 draws: 90), 32 random base64url characters ~150,
 * `openssl rand -base64 48` ~350.
 */
export const MIN_SECRET_BITS = 80;

/**
 * Whether NODE_ENV names production. Only `development` and `test` (any case, surrounding blanks ignored)
 * are not: a typo such as `Production` or `prod`, or a value like `staging`, gets production's rules, so a
 * mistake fails closed (secrets required, no demo accounts) instead of open. Unset means development.
 */
export function isProduction(nodeEnv: string | undefined): boolean {
  if (nodeEnv === undefined) return false;
  const value = nodeEnv.trim().toLowerCase();
  return value !== "development" && value !== "test";
}

export interface Secret {
  readonly value: string;
  /** Made up for this process: whatever it signs dies with the process. */
  readonly generated: boolean;
}

/**
 * A secret under the production rule: required (unless `optional`), at least 32 bytes and not trivially
 * guessable (see {@link secretWeakness}) when in production; elsewhere, a missing one is made up for this
 * process.
 * @returns the secret (null only for a missing optional one).
 * @throws {ConfigError} naming the variable (never its value).
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
  if (options.production) {
    const weakness = secretWeakness(value);
    if (weakness)
      throw new ConfigError(`${name} ${weakness} (production, NODE_ENV); generate one with: openssl rand -base64 48`);
  }
  return { value, generated: false };
}

/**
 * Why a secret is too weak for production, or null. A length rule alone lets `aaaa…` through, so the
 * secret's own character distribution is measured too: its Shannon entropy per character times its length
 * estimates the bits an attacker must guess if the secret were drawn from a source like it. This is a
 * ceiling for text a person chose (a phrase scores higher than its real strength), and a fair floor-check
 * for the repeated, sequential and short-alphabet values the check exists to refuse.
 */
export function secretWeakness(value: string): string | null {
  if (Buffer.byteLength(value) < MIN_SECRET_BYTES) return `must be at least ${MIN_SECRET_BYTES} bytes`;
  const period = repeatingUnit(value);
  if (period > 0) return `is one ${period}-character pattern repeated`;
  if (stepRatio(value) > 0.6) return "is mostly a run of consecutive characters (abc…, 123…)";
  const bits = estimatedBits(value);
  if (bits < MIN_SECRET_BITS) {
    return `is too predictable (about ${Math.floor(bits)} bits by its character distribution; at least ${MIN_SECRET_BITS} needed)`;
  }
  return null;
}

/** The length of the shortest unit the value repeats (`abcabc` → 3), or 0 when it does not repeat. */
function repeatingUnit(value: string): number {
  for (let unit = 1; unit <= value.length / 2; unit++) {
    if (value.slice(unit) === value.slice(0, -unit)) return unit;
  }
  return 0;
}

/** The share of neighbouring characters one code apart (random hex: at most ~0.42 in 100,000 draws). */
function stepRatio(value: string): number {
  let steps = 0;
  for (let i = 1; i < value.length; i++) if (Math.abs(value.charCodeAt(i) - value.charCodeAt(i - 1)) === 1) steps++;
  return steps / (value.length - 1);
}

function estimatedBits(value: string): number {
  const characters = [...value];
  const counts = new Map<string, number>();
  for (const c of characters) counts.set(c, (counts.get(c) ?? 0) + 1);
  let perCharacter = 0;
  for (const count of counts.values()) {
    const p = count / characters.length;
    perCharacter -= p * Math.log2(p);
  }
  return perCharacter * characters.length;
}

/**
 * Refuses two secrets with the same value: one leaked credential must not also be the other (a session
 * secret that is also the relay secret lets anyone who can forge one forge both).
 * @throws {ConfigError} naming both variables.
 */
export function requireDistinctSecrets(secrets: Readonly<Record<string, string | null | undefined>>): void {
  const seen = new Map<string, string>();
  for (const [name, value] of Object.entries(secrets)) {
    if (!value) continue;
    const other = seen.get(value);
    if (other) throw new ConfigError(`${name} must differ from ${other}: each secret protects something else`);
    seen.set(value, name);
  }
}
