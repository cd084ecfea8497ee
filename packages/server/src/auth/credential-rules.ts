/**
 * What a username and a password may be, checked before anything costs memory or time: a login with a
 * 1 MB name or a 900 KB password is refused on its length, before the limiter keeps a key for it and before
 * argon2 spends a millisecond on it.
 */
export const USERNAME_RULE = "usernames are 3-32 characters of a-z, 0-9, '.', '_' and '-'";
const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;

/** Counted in graphemes (what a person sees as one character: an emoji, a letter with its accents). */
export const MIN_PASSWORD_CHARS = 8;
/** Counted in UTF-8 bytes, which is what argon2 hashes and what costs time. */
export const MAX_PASSWORD_BYTES = 1024;
export const PASSWORD_RULE = `passwords are at least ${MIN_PASSWORD_CHARS} characters and at most ${MAX_PASSWORD_BYTES} bytes`;

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** A name that could be an account. Anything else is refused without being stored, hashed or logged. */
export function isValidUsername(username: string): boolean {
  return username.length <= 64 && USERNAME_PATTERN.test(username);
}

/** Too long to verify: refused at login as well as sign-up. */
export function isPasswordTooLong(password: string): boolean {
  // A UTF-16 length over the limit is over it in UTF-8 too (each unit is at least one byte).
  return password.length > MAX_PASSWORD_BYTES || Buffer.byteLength(password) > MAX_PASSWORD_BYTES;
}

/** Strong enough to set: long enough in characters a person sees, short enough to hash. */
export function isAcceptablePassword(password: string): boolean {
  return !isPasswordTooLong(password) && graphemeCount(password) >= MIN_PASSWORD_CHARS;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}
