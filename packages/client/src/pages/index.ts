/**
 * The chat page (the room is in the URL: /chat/<room>), the embedded assets and the way in (/).
 */
import { Elysia } from "elysia";
import { type CookieJar, csrfToken, setSessionCookie } from "../auth/cookies.ts";
import type { Session, SessionCodec } from "../auth/session.ts";
import { sessionPlugin } from "../auth/session-plugin.ts";
import type { loadAssets } from "./assets.ts";
import { chatPage, type PageAssets } from "./templates.ts";

/** Tokens closer than this to expiry are refreshed when the page loads. */
const REFRESH_WITHIN_MS = 60 * 60_000;

export interface PagesPluginOptions {
  readonly sessions: SessionCodec;
  /** A fresh token for a session whose token is getting old, or null if the server refuses. */
  readonly refresh: (session: Session) => Promise<Session | null>;
  readonly assets: Awaited<ReturnType<typeof loadAssets>>;
  readonly urls: PageAssets;
  /** The chat server's longest message, as it answers now. */
  readonly maxChars: () => number;
}

/** What the chat route reads from Elysia's context. */
interface ChatRouteContext {
  readonly cookie: CookieJar;
  readonly request: Request;
  readonly session: Session | null;
  readonly redirect: (url: string, status: 303) => Response;
  readonly path: string;
}

export function pagesPlugin(options: PagesPluginOptions) {
  const { sessions, refresh } = options;

  const chat = async ({ cookie, request, session, redirect, path }: ChatRouteContext) => {
    if (!session) return redirect(`/login?next=${encodeURIComponent(path)}`, 303);
    let current = session;
    if (session.expiresAtMs - Date.now() < REFRESH_WITHIN_MS) {
      const refreshed = await refresh(session);
      if (!refreshed) return redirect("/login?notice=expired", 303);
      current = refreshed;
      await setSessionCookie(cookie, request, sessions, current);
    }
    const body = chatPage({
      assets: options.urls,
      username: current.username,
      csrf: csrfToken(cookie, request),
      maxChars: options.maxChars(),
      sessionExpiresAtMs: current.expiresAtMs,
    });
    return new Response(body, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
  };

  return new Elysia({ name: "pages" })
    .use(sessionPlugin(sessions))
    .get("/", ({ session, redirect }) => redirect(session ? "/chat" : "/login", 303))
    .get("/chat", chat)
    .get("/chat/:room", chat)
    .get("/assets/:name", ({ params, request }) => {
      const asset = options.assets.get(params.name);
      if (!asset) return new Response("Not found", { status: 404 });
      if (request.headers.get("if-none-match") === asset.etag) return new Response(null, { status: 304 });
      return new Response(asset.body, {
        headers: {
          "content-type": asset.type,
          etag: asset.etag,
          "cache-control": "public, max-age=31536000, immutable",
        },
      });
    });
}
