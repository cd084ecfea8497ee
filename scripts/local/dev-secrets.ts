/**
 * The local stack's development secrets (the server's JWT_SECRET, the web tier's SESSION_SECRET and the
 * RELAY_SECRET they share), kept in the data directory so a restart keeps everyone logged in: made up once,
 * written with mode 0600 in a directory created 0700, and read on every later start. Their values are never
 * printed. Production never comes here: its processes read the secrets from their environment (manifests).
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MIN_SECRET_BYTES } from "@tertulia/runtime";

export const DEV_SECRETS_FILE = "dev-secrets.json";
export const DEV_SECRET_NAMES = ["JWT_SECRET", "SESSION_SECRET", "RELAY_SECRET"] as const;
export type DevSecrets = Readonly<Record<(typeof DEV_SECRET_NAMES)[number], string>>;

/** The secrets file is unreadable or damaged; the message names the file and how to start over. */
export class DevSecretsError extends Error {
  override readonly name = "DevSecretsError";
}

export interface LoadedDevSecrets {
  readonly secrets: DevSecrets;
  readonly path: string;
  /** Made up by this call (first start, or after a reset). */
  readonly created: boolean;
  /** The file was readable by others and has been set back to 0600. */
  readonly tightened: boolean;
}

/**
 * The secrets in `dataDir`, made up and stored first if there are none.
 * @throws {DevSecretsError} when the file exists but does not hold three secrets of at least 32 bytes.
 */
export function loadOrCreateDevSecrets(dataDir: string): LoadedDevSecrets {
  // The mode applies only when the directory is created here; an existing one is left as its owner set it
  // (the file itself is 0600 either way).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, DEV_SECRETS_FILE);
  const created = !existsSync(path) && create(path);
  const tightened = (statSync(path).mode & 0o077) !== 0;
  if (tightened) chmodSync(path, 0o600);
  return { secrets: read(path), path, created, tightened };
}

/**
 * Writes a complete file beside `path`, then links it into place: a crash leaves no half-written file, and
 * of two stacks starting at once on one directory the second finds the first's secrets (link never replaces).
 * @returns false when another start created the file first.
 */
function create(path: string): boolean {
  const secrets = Object.fromEntries(DEV_SECRET_NAMES.map((name) => [name, randomBytes(32).toString("base64url")]));
  const draft = `${path}.${process.pid}.tmp`;
  rmSync(draft, { force: true });
  writeFileSync(draft, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

function read(path: string): DevSecrets {
  const reset = `delete ${path} to make new ones (everyone is logged out)`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new DevSecretsError(`${path}: not readable as JSON (${(error as Error).message}); ${reset}`);
  }
  const record = (typeof parsed === "object" && parsed !== null ? parsed : {}) as Record<string, unknown>;
  for (const name of DEV_SECRET_NAMES) {
    const value = record[name];
    if (typeof value !== "string" || Buffer.byteLength(value) < MIN_SECRET_BYTES) {
      throw new DevSecretsError(`${path}: ${name} is missing or shorter than ${MIN_SECRET_BYTES} bytes; ${reset}`);
    }
  }
  return record as DevSecrets;
}
