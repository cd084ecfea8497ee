/**
 * The development secrets file on its own: made once, 0600 in a 0700 directory, reused, never replaced, a
 * loosened mode set back, and a damaged file refused with a message that names it and says how to start over.
 */
import { afterEach, expect, test } from "bun:test";
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEV_SECRETS_FILE, DevSecretsError, loadOrCreateDevSecrets } from "../../scripts/local/dev-secrets.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tertulia-dev-secrets-"));
  dirs.push(dir);
  return join(dir, "data");
}

test("made once with mode 0600 in a 0700 directory, then read back unchanged", () => {
  const dir = dataDir();
  const first = loadOrCreateDevSecrets(dir);
  expect(first.created).toBe(true);
  expect(statSync(dir).mode & 0o777).toBe(0o700);
  expect(statSync(first.path).mode & 0o777).toBe(0o600);
  expect(new Set(Object.values(first.secrets)).size).toBe(3);
  for (const value of Object.values(first.secrets)) expect(Buffer.byteLength(value)).toBeGreaterThanOrEqual(32);

  const again = loadOrCreateDevSecrets(dir);
  expect(again.created).toBe(false);
  expect(again.secrets).toEqual(first.secrets);
});

test("a file others can read is set back to 0600, its secrets kept", () => {
  const dir = dataDir();
  const { path, secrets } = loadOrCreateDevSecrets(dir);
  chmodSync(path, 0o644);
  const loaded = loadOrCreateDevSecrets(dir);
  expect(loaded.tightened).toBe(true);
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(loaded.secrets).toEqual(secrets);
});

test("a damaged file is refused, named, and left as it was", () => {
  const dir = dataDir();
  const { path } = loadOrCreateDevSecrets(dir);
  writeFileSync(path, JSON.stringify({ JWT_SECRET: "short" }));
  expect(() => loadOrCreateDevSecrets(dir)).toThrow(DevSecretsError);
  expect(() => loadOrCreateDevSecrets(dir)).toThrow(`${join(dir, DEV_SECRETS_FILE)}: JWT_SECRET is missing or shorter`);
  expect(readFileSync(path, "utf8")).toBe(JSON.stringify({ JWT_SECRET: "short" }));
});
