/**
 * CSRF protection for form posts: a random token in a SameSite=Strict cookie that the form must echo
 * (double submit), plus an Origin check when the browser sends one.
 */
import { timingSafeEqual } from "node:crypto";

export const CSRF_COOKIE = "tertulia_csrf";
export const CSRF_FIELD = "_csrf";
/** Where a page's own fetch (not a form) carries the token. */
export const CSRF_HEADER = "x-csrf-token";

export function newCsrfToken(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString("base64url");
}

export function csrfTokensMatch(cookie: unknown, field: unknown): boolean {
  if (typeof cookie !== "string" || typeof field !== "string" || cookie.length === 0) return false;
  const a = Buffer.from(cookie);
  const b = Buffer.from(field);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A cross-site form post carries a foreign Origin: refuse it even if a token leaked. */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
