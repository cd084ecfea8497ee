/**
 * Password hashing with argon2id (Bun.password), at OWASP's recommended cost (19 MiB, 2 passes): slow for
 * an attacker with a stolen table, quick enough that a login costs tens of milliseconds, not seconds.
 */
const ARGON2ID = { algorithm: "argon2id", memoryCost: 19_456, timeCost: 2 } as const;

export function hashPassword(password: string): Promise<string> {
  return Bun.password.hash(password, ARGON2ID);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return Bun.password.verify(password, hash);
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for unknown users: a login for a name that does not
 * exist must not answer measurably faster than a wrong password for one that does.
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(password, await decoyHash);
  return false;
}
