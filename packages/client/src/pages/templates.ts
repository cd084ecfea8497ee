/**
 * The server-rendered pages: login (with inline errors), the chat shell, and a small 404. Every value is
 * escaped by `html`; the chat itself is drawn by /assets/chat.js.
 */
import { ROOM_LIMITS, ROOM_NAME_PATTERN } from "@tertulia/protocol";
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
      <div class="row"><input id="room-name" name="room" placeholder="room-name" pattern="${ROOM_INPUT_PATTERN}" required aria-describedby="room-name-hint"><button type="submit">Join</button></div>
      <p class="field-hint" id="room-name-hint" aria-live="polite"></p>
    </form>
    ${roomActions()}
    <ul class="rooms"></ul>
    <h2>Online</h2>
    <ul class="online" aria-live="polite"></ul>
  </nav>
  <div class="backdrop"></div>
  <main class="conversation" aria-label="Messages">
    <h2 class="room-title"></h2>
    ${roomBar()}
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
  ${roomDialogs()}
</div>
<script type="module" src="${o.assets.scriptUrl}"></script>`,
    "chat",
  );
}

// --- Rooms, directory, direct messages, members, edits (issue 17); driven by src/page/*.ts ---

/** The sidebar's buttons for what is not a room yet. */
function roomActions(): RawHtml {
  return html`<div class="room-actions">
      <button type="button" class="open-directory" aria-haspopup="dialog">Browse rooms</button>
      <button type="button" class="open-new-room" aria-haspopup="dialog">New room</button>
      <button type="button" class="open-direct" aria-haspopup="dialog">Message someone</button>
      <button type="button" class="enable-notifications" hidden>Turn on notifications</button>
    </div>`;
}

/** Under the room's title: its members (private rooms), leaving it, and why it cannot be shown. */
function roomBar(): RawHtml {
  return html`<div class="room-bar">
      <button type="button" class="show-members" aria-haspopup="dialog" hidden>Members</button>
      <p class="room-refused" role="alert" hidden></p>
      <p class="edit-banner" role="status" hidden></p>
    </div>`;
}

/** Dialogs (native <dialog>: modal, Escape closes, focus kept inside). */
function roomDialogs(): RawHtml {
  return html`<dialog class="directory" aria-labelledby="directory-title">
    <h2 id="directory-title">Public rooms</h2>
    <form class="directory-search" role="search">
      <label for="directory-query">Search</label>
      <input id="directory-query" type="search" maxlength="${String(ROOM_LIMITS.maxDirectoryQuery)}" autocomplete="off">
    </form>
    <ul class="directory-list" aria-live="polite"></ul>
    <p class="directory-status" role="status"></p>
    <div class="dialog-buttons"><button type="button" class="directory-more" hidden>More rooms</button><button type="button" class="dialog-close">Close</button></div>
  </dialog>
  <dialog class="new-room" aria-labelledby="new-room-title">
    <h2 id="new-room-title">New room</h2>
    <form class="new-room-form stack" method="dialog">
      <label for="new-room-name">Name</label>
      <input id="new-room-name" name="room" pattern="${ROOM_INPUT_PATTERN}" required aria-describedby="new-room-hint" autocomplete="off">
      <p class="field-hint" id="new-room-hint" aria-live="polite"></p>
      <label class="check"><input type="checkbox" name="private" id="new-room-private" checked> Private: only the people you invite</label>
      <label for="new-room-members">Members (names, separated by commas or spaces)</label>
      <input id="new-room-members" name="members" autocomplete="off">
      <p class="dialog-error" role="alert"></p>
      <div class="dialog-buttons"><button type="submit">Create</button><button type="button" class="dialog-close">Cancel</button></div>
    </form>
  </dialog>
  <dialog class="direct" aria-labelledby="direct-title">
    <h2 id="direct-title">Message someone</h2>
    <form class="direct-form stack" method="dialog">
      <label for="direct-peer">Their username</label>
      <input id="direct-peer" name="peer" required maxlength="32" autocomplete="off">
      <p class="dialog-error" role="alert"></p>
      <div class="dialog-buttons"><button type="submit">Open</button><button type="button" class="dialog-close">Cancel</button></div>
    </form>
  </dialog>
  <dialog class="members" aria-labelledby="members-title">
    <h2 id="members-title">Members</h2>
    <ul class="member-list"></ul>
    <form class="invite-form">
      <label for="invite-name">Invite by username</label>
      <div class="row"><input id="invite-name" name="user" required maxlength="32" autocomplete="off"><button type="submit">Invite</button></div>
    </form>
    <p class="dialog-error" role="alert"></p>
    <div class="dialog-buttons"><button type="button" class="leave-room">Leave this room</button><button type="button" class="dialog-close">Close</button></div>
  </dialog>`;
}
// --- end issue 17 ---

export function notFoundPage(assets: PageAssets): string {
  return layout(
    "Tertulia · Not found",
    assets,
    html`<main class="card"><h1>Not found</h1><p>There is nothing here.</p><p><a href="/">Back to the chat</a></p></main>`,
    "login",
  );
}
