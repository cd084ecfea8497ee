/**
 * Writing the web tier's two cookies, with their attributes stated once: the session (HttpOnly,
 * SameSite=Lax, expiring with the token) and the CSRF token (HttpOnly, SameSite=Strict). Both are Secure when
 * the browser came over HTTPS.
 */
import type { Cookie } from "elysia";
import { CSRF_COOKIE, newCsrfToken } from "./csrf.ts";
import { isSecureRequest, SESSION_COOKIE, type Session, type SessionCodec } from "./session.ts";

export type CookieJar = Record<string, Cookie<unknown>>;

export async function setSessionCookie(
  cookie: CookieJar,
  request: Request,
  sessions: SessionCodec,
  session: Session,
): Promise<void> {
  cookie[SESSION_COOKIE]!.set({
    value: await sessions.seal(session),
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: isSecureRequest(request),
    expires: new Date(session.expiresAtMs),
  });
}

export function clearSessionCookie(cookie: CookieJar): void {
  cookie[SESSION_COOKIE]!.set({ value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: "lax" });
}

/** The browser's CSRF token, set now if it has none yet. */
export function csrfToken(cookie: CookieJar, request: Request): string {
  const existing = cookie[CSRF_COOKIE]?.value;
  if (typeof existing === "string" && existing.length > 0) return existing;
  const token = newCsrfToken();
  cookie[CSRF_COOKIE]!.set({
    value: token,
    httpOnly: true,
    sameSite: "strict",
    path: "/",
    secure: isSecureRequest(request),
  });
  return token;
}
