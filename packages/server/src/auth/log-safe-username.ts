/**
 * What the log may say about a name someone typed at login. A failed login's "username" is often a
 * password typed in the wrong field, so only a name that belongs to an account is written as is; any
 * other is written as a keyed hash and its length: enough to tell one attacker's repeated guess from many,
 * never enough to read it back. The key is random per process, so the log cannot be searched with a
 * dictionary of likely passwords either.
 */
import { createHmac } from "node:crypto";

const KEY = crypto.getRandomValues(new Uint8Array(32));

export function logSafeUsername(username: string, isAccount: boolean): string {
  if (isAccount) return username;
  const digest = createHmac("sha256", KEY).update(username).digest("hex").slice(0, 12);
  return `unknown:${digest}:len${username.length}`;
}
