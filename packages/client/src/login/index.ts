/**
 * Login, sign-up and logout routes. Form posts need a matching CSRF token and a same-origin Origin; failures
 * re-render the form with an inline message. Sign-up is offered exactly when the chat server allows it.
 */
import { Elysia } from "elysia";
import { type CookieJar, clearSessionCookie, csrfToken, setSessionCookie } from "../auth/cookies.ts";
import { CSRF_COOKIE, CSRF_FIELD, CSRF_HEADER, csrfTokensMatch, sameOrigin } from "../auth/csrf.ts";
import type { SessionCodec } from "../auth/session.ts";
import { sessionPlugin } from "../auth/session-plugin.ts";
import { loginPage, type PageAssets } from "../pages/templates.ts";
import type { LoginService } from "./login-service.ts";
import { safeNext } from "./safe-next.ts";

export interface LoginPluginOptions {
  readonly login: LoginService;
  readonly sessions: SessionCodec;
  readonly assets: PageAssets;
  /** Whether the chat server creates accounts now (its GetSettings answer, refreshed). */
  readonly signupAllowed: () => boolean;
  /** Closes the session's sockets on this pod and releases what they held. */
  readonly endSession: (sessionId: string) => void;
  /** The browser's address (see client-address.ts: X-Forwarded-For only from trusted proxies). */
  readonly clientIp: (request: Request) => string;
}

const NOTICES: Record<string, string> = {
  expired: "Your session expired. Log in again.",
  bye: "You have logged out on every device.",
  "bye-unconfirmed": "You have logged out here; the chat server could not be reached to end your other sessions.",
};

export function loginPlugin(options: LoginPluginOptions) {
  const { login, sessions, assets } = options;

  const page = (status: number, body: string) =>
    new Response(body, { status, headers: { "content-type": "text/html; charset=utf-8" } });

  const form = (
    cookie: CookieJar,
    request: Request,
    mode: "login" | "signup",
    status: number,
    extra: { error?: string; notice?: string; username?: string; next?: string } = {},
  ) =>
    page(
      status,
      loginPage({ assets, csrf: csrfToken(cookie, request), signupAllowed: options.signupAllowed(), mode, ...extra }),
    );

  async function submit(
    mode: "login" | "signup",
    ctx: { body: unknown; cookie: CookieJar; request: Request; redirect: (url: string, status: 303) => Response },
  ) {
    const { cookie, request } = ctx;
    const fields = formFields(ctx.body);
    const next = safeNext(fields.next);
    if (!isGenuineFormPost(cookie, request, fields)) {
      return form(cookie, request, mode, 403, {
        error: "Your form expired. Please try again.",
        username: fields.username,
        next,
      });
    }
    if (!fields.username || !fields.password) {
      return form(cookie, request, mode, 400, {
        error: "Enter a username and a password.",
        username: fields.username,
        next,
      });
    }
    const ip = options.clientIp(request);
    const outcome =
      mode === "login"
        ? await login.login(fields.username, fields.password, ip)
        : await login.signup(fields.username, fields.password, ip);
    if (!outcome.ok)
      return form(cookie, request, mode, outcome.status, { error: outcome.message, username: fields.username, next });
    await setSessionCookie(cookie, request, sessions, outcome.session);
    return ctx.redirect(next, 303);
  }

  return (
    new Elysia({ name: "login" })
      .use(sessionPlugin(sessions))
      .get("/login", ({ cookie, request, query, session, redirect }) => {
        if (session) return redirect("/chat", 303);
        return form(cookie, request, "login", 200, {
          notice: NOTICES[String(query.notice)],
          next: safeNext(query.next),
        });
      })
      .get("/signup", ({ cookie, request, redirect }) =>
        options.signupAllowed() ? form(cookie, request, "signup", 200) : redirect("/login", 303),
      )
      .post("/login", (ctx) => submit("login", ctx))
      .post("/signup", (ctx) => (options.signupAllowed() ? submit("signup", ctx) : ctx.redirect("/login", 303)))
      // An open page renews its session before it expires (page/session-renewal.ts): same-origin, the CSRF
      // token in a header (double submit, as the forms do in a field), and a fresh token sealed in a new cookie.
      .post("/session/renew", async ({ cookie, request, session }) => {
        if (!sameOrigin(request) || !csrfTokensMatch(cookie[CSRF_COOKIE]?.value, request.headers.get(CSRF_HEADER))) {
          return Response.json({ error: "csrf token missing or wrong" }, { status: 403 });
        }
        if (!session) return Response.json({ error: "no session" }, { status: 401 });
        const renewed = await login.refresh(session);
        if (!renewed) return Response.json({ error: "session expired" }, { status: 401 });
        await setSessionCookie(cookie, request, sessions, renewed);
        return Response.json({ expiresAtMs: renewed.expiresAtMs }, { headers: { "cache-control": "no-store" } });
      })
      .post("/logout", async ({ body, cookie, request, session, redirect }) => {
        const fields = formFields(body);
        if (!isGenuineFormPost(cookie, request, fields)) {
          return new Response("Forbidden", { status: 403 });
        }
        clearSessionCookie(cookie);
        if (!session) return redirect("/login?notice=bye", 303);
        // Sockets first: their leaves (presence) go out with the user's token, which the revocation ends.
        // Were one refused in a race, the lease would lapse on its own (its TTL) rather than linger.
        options.endSession(session.sid);
        const outcome = await login.logout(session);
        return redirect(outcome === "revoked" ? "/login?notice=bye" : "/login?notice=bye-unconfirmed", 303);
      })
  );
}

/** Same-origin and carrying the browser's CSRF token: a form this site rendered, not one posted from elsewhere. */
function isGenuineFormPost(cookie: CookieJar, request: Request, fields: Record<string, string | undefined>): boolean {
  return sameOrigin(request) && csrfTokensMatch(cookie[CSRF_COOKIE]?.value, fields[CSRF_FIELD]);
}

function formFields(body: unknown): Record<string, string | undefined> {
  if (typeof body !== "object" || body === null) return {};
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === "string") out[key] = value;
  out.username = out.username?.trim();
  return out;
}
