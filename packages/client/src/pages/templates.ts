/**
 * The server-rendered pages: login (with inline errors), the chat shell, and a small 404. Every value is
 * escaped by `html`; the chat itself is drawn by /assets/chat.js.
 */
import { ROOM_NAME_PATTERN } from "@tertulia/protocol";
import { html, type RawHtml } from "./html.ts";

/** The room rule as an HTML `pattern` attribute (which the browser anchors itself). */
const ROOM_INPUT_PATTERN = ROOM_NAME_PATTERN.source.replace(/^\^|\$$/g, "");

export interface PageAssets {
  readonly styleUrl: string;
  readonly scriptUrl: string;
  readonly faviconUrl: string;
}

function layout(title: string, assets: PageAssets, body: RawHtml, bodyClass = ""): string {
  return `<!doctype html>${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="${assets.faviconUrl}" type="image/svg+xml">
<link rel="stylesheet" href="${assets.styleUrl}">
</head>
<body class="${bodyClass}">${body}</body>
</html>`}`;
}

export interface LoginPageOptions {
  readonly assets: PageAssets;
  readonly csrf: string;
  readonly error?: string;
  readonly notice?: string;
  readonly username?: string;
  readonly signupAllowed: boolean;
  /** Which form shows first. */
  readonly mode?: "login" | "signup";
  /** Where to go after logging in (a room link that needed a login). */
  readonly next?: string;
}

export function loginPage(o: LoginPageOptions): string {
  const signup = o.mode === "signup";
  return layout(
    "Tertulia · Log in",
    o.assets,
    html`<main class="card">
  <h1>Tertulia</h1>
  <p class="tagline">Chat rooms, live.</p>
  ${o.notice ? html`<p class="notice" role="status">${o.notice}</p>` : ""}
  ${o.error ? html`<p class="error" role="alert" id="login-error">${o.error}</p>` : ""}
  <form method="post" action="${signup ? "/signup" : "/login"}" class="stack" ${o.error ? html`aria-describedby="login-error"` : ""}>
    <input type="hidden" name="_csrf" value="${o.csrf}">
    <input type="hidden" name="next" value="${o.next ?? ""}">
    <label for="username">Username</label>
    <input id="username" name="username" autocomplete="username" required maxlength="32" value="${o.username ?? ""}" ${o.username ? "" : html`autofocus`}>
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="${signup ? "new-password" : "current-password"}" required maxlength="256" ${o.username ? html`autofocus` : ""}>
    <button type="submit">${signup ? "Create account" : "Log in"}</button>
  </form>
  ${o.signupAllowed ? html`<p class="switch">${signup ? html`Have an account? <a href="/login">Log in</a>` : html`New here? <a href="/signup">Create an account</a>`}</p>` : ""}
</main>`,
    "login",
  );
}

export interface ChatPageOptions {
  readonly assets: PageAssets;
  readonly username: string;
  readonly csrf: string;
  readonly maxChars: number;
  /** When the session's token expires (ms since the epoch): the page renews it before then. */
  readonly sessionExpiresAtMs: number;
}

export function chatPage(o: ChatPageOptions): string {
  return layout(
    "Tertulia",
    o.assets,
    html`<div class="app" data-user="${o.username}" data-max-chars="${o.maxChars}" data-session-expires="${o.sessionExpiresAtMs}">
  <header class="topbar">
    <button type="button" class="menu" aria-label="Rooms" aria-controls="sidebar" aria-expanded="false">☰</button>
    <h1>Tertulia</h1>
    <span class="connection" role="status" aria-live="polite" data-state="connecting">connecting…</span>
    <span class="me">${o.username}</span>
    <form method="post" action="/logout" class="logout">
      <input type="hidden" name="_csrf" value="${o.csrf}">
      <button type="submit">Log out</button>
    </form>
  </header>
  <nav class="sidebar" id="sidebar" aria-label="Rooms">
    <form class="join-room">
      <label for="room-name">Join or create a room</label>
      <div class="row"><input id="room-name" name="room" placeholder="room-name" pattern="${ROOM_INPUT_PATTERN}" required><button type="submit">Join</button></div>
    </form>
    <ul class="rooms"></ul>
    <h2>Online</h2>
    <ul class="online" aria-live="polite"></ul>
  </nav>
  <div class="backdrop"></div>
  <main class="conversation" aria-label="Messages">
    <h2 class="room-title"></h2>
    <div class="messages" tabindex="0" role="region" aria-label="Message history">
      <button type="button" class="load-older" hidden>Load older messages</button>
      <ol class="message-list" aria-live="polite" aria-relevant="additions" aria-label="Messages"></ol>
    </div>
    <button type="button" class="jump-newest" hidden>Jump to newest ↓</button>
    <p class="typing" aria-live="polite"></p>
    <form class="composer">
      <label for="message" class="visually-hidden">Message</label>
      <span id="composer-hint" class="visually-hidden">Enter sends, Shift+Enter starts a new line.</span>
      <textarea id="message" rows="1" placeholder="Write a message…" aria-describedby="composer-hint"></textarea>
      <span class="counter" aria-live="polite"></span>
      <button type="submit">Send</button>
    </form>
  </main>
</div>
<script type="module" src="${o.assets.scriptUrl}"></script>`,
    "chat",
  );
}

export function notFoundPage(assets: PageAssets): string {
  return layout(
    "Tertulia · Not found",
    assets,
    html`<main class="card"><h1>Not found</h1><p>There is nothing here.</p><p><a href="/">Back to the chat</a></p></main>`,
    "login",
  );
}
