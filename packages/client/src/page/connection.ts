/**
 * The page's one WebSocket to the web tier: typed frames both ways, reconnect with jittered exponential
 * back-off, and the close codes that end the session instead (CLOSE_CODES).
 *
 * It tells the truth within seconds: a network that goes away closes nothing, so the page pings every
 * PING_EVERY_MS and takes a socket that said nothing for DEAD_AFTER_MS (two missed pongs) for dead; the
 * browser's `offline` event drops the socket at once and `online` reconnects at once.
 */
import { CLOSE_CODES, type ClientFrame, LOGGED_OUT_REASON, type ServerFrame } from "@tertulia/protocol/browser";

/** What the connection badge shows. */
export type ConnectionState = "connecting" | "reconnecting" | "offline" | "live";

export interface ConnectionEvents {
  /** The socket opened: rejoin every room. */
  onOpen(): void;
  onFrame(frame: ServerFrame): void;
  /**
   * The socket closed and a new one is on its way (`reconnecting`, at `retryAt` ms since the epoch when it
   * waits), or the first one is (`connecting`), or the browser says it is offline (`offline`).
   */
  onState(state: ConnectionState, retryAt?: number): void;
  /** The socket closed for good: the session ended (`expired`) or the user logged out (`bye`). */
  onSessionEnded(notice: "expired" | "bye"): void;
}

const FIRST_RETRY_MS = 500;
/** The first tries wait at most this long (0.5, 1, 2, 4 s, jittered) … */
const EARLY_MAX_RETRY_MS = 4_000;
const EARLY_TRIES = 5;
/** … and later ones at most this long, so a web tier that is down for long is not hammered. */
const MAX_RETRY_MS = 15_000;
/** The page's heartbeat (the web tier answers `pong`), and silence past two of them is a dead socket. */
const PING_EVERY_MS = 2_000;
const DEAD_AFTER_MS = 2 * PING_EVERY_MS + 1_000;
/** RFC 6455 policy violation: the upgrade's session check failed. */
const POLICY_VIOLATION = 1008;

export class Connection {
  readonly #events: ConnectionEvents;
  readonly #url: string;
  #socket: WebSocket | null = null;
  #open = false;
  #tries = 0;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #heartbeat: ReturnType<typeof setInterval> | undefined;
  #lastHeard = 0;
  /** A first socket was tried: later ones are "reconnecting". */
  #started = false;

  constructor(events: ConnectionEvents, where: Location = location) {
    this.#events = events;
    this.#url = `${where.protocol === "https:" ? "wss" : "ws"}://${where.host}/ws`;
    addEventListener("offline", () => this.#offline());
    addEventListener("online", () => this.#online());
  }

  /** True while a socket is open: sends go out now, otherwise they wait for the next `onOpen`. */
  get connected(): boolean {
    return this.#open && this.#socket?.readyState === WebSocket.OPEN;
  }

  connect(): void {
    clearTimeout(this.#retryTimer);
    if (!navigator.onLine) {
      this.#events.onState("offline");
      return;
    }
    this.#events.onState(this.#started ? "reconnecting" : "connecting");
    this.#started = true;
    const ws = new WebSocket(this.#url);
    this.#socket = ws;
    let opened = false;
    ws.addEventListener("open", () => {
      opened = true;
      this.#open = true;
      this.#tries = 0;
      this.#startHeartbeat(ws);
      this.#events.onOpen();
    });
    ws.addEventListener("message", (event) => {
      this.#lastHeard = Date.now();
      const frame = parseServerFrame(event.data);
      if (frame && frame.type !== "pong") this.#events.onFrame(frame);
    });
    ws.addEventListener("close", (event) => {
      if (this.#socket !== ws) return;
      this.#open = false;
      this.#stopHeartbeat();
      this.#closed(event, opened);
    });
  }

  /** A new socket now (the session cookie changed): rooms resume from their last seq, pending sends go again. */
  reconnect(): void {
    this.#drop();
    this.#tries = 0;
    this.connect();
  }

  /** Sends when connected; a frame sent while down is dropped (rooms rejoin and pending sends go again on open). */
  send(frame: ClientFrame): void {
    if (this.connected) this.#socket?.send(JSON.stringify(frame));
  }

  #closed(event: CloseEvent, opened: boolean): void {
    if (event.code === CLOSE_CODES.sessionExpired || event.code === POLICY_VIOLATION) {
      this.#events.onSessionEnded("expired");
      return;
    }
    if (event.code === CLOSE_CODES.loggedOut && event.reason === LOGGED_OUT_REASON) {
      this.#events.onSessionEnded("bye");
      return;
    }
    if (!opened) void this.#checkSession();
    this.#retryLater();
  }

  /** Exponential back-off with jitter (±25 %), short for the first tries. */
  #retryLater(): void {
    if (!navigator.onLine) {
      this.#events.onState("offline");
      return;
    }
    const cap = this.#tries < EARLY_TRIES ? EARLY_MAX_RETRY_MS : MAX_RETRY_MS;
    const delay = Math.min(FIRST_RETRY_MS * 2 ** this.#tries, cap) * (0.75 + Math.random() * 0.5);
    this.#tries += 1;
    this.#events.onState("reconnecting", Date.now() + delay);
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.connect(), delay);
  }

  /** Drops the current socket now, without waiting for a close the network may never deliver. */
  #drop(): void {
    const ws = this.#socket;
    this.#open = false;
    this.#stopHeartbeat();
    // Its close event, whenever it comes, is then ignored (it is no longer `#socket`).
    this.#socket = null;
    ws?.close();
  }

  #offline(): void {
    clearTimeout(this.#retryTimer);
    this.#drop();
    this.#events.onState("offline");
  }

  /** The network is back: try at once, from the first back-off step. */
  #online(): void {
    this.#tries = 0;
    if (!this.connected) this.connect();
  }

  #startHeartbeat(ws: WebSocket): void {
    this.#stopHeartbeat();
    this.#lastHeard = Date.now();
    this.#heartbeat = setInterval(() => {
      if (Date.now() - this.#lastHeard > DEAD_AFTER_MS) {
        this.#drop();
        this.#retryLater();
        return;
      }
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: "ping" } satisfies ClientFrame));
    }, PING_EVERY_MS);
  }

  #stopHeartbeat(): void {
    clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }

  /** A refused upgrade may mean the session ended: the page itself redirects to the login form then. */
  async #checkSession(): Promise<void> {
    try {
      const response = await fetch(location.pathname, { redirect: "manual", cache: "no-store" });
      if (response.type === "opaqueredirect") this.#events.onSessionEnded("expired");
    } catch {
      // The web tier is unreachable: keep retrying the socket.
    }
  }
}

/** The web tier only sends well-formed frames; anything else (not JSON, no type) is ignored, never thrown. */
function parseServerFrame(data: unknown): ServerFrame | null {
  try {
    const frame: unknown = JSON.parse(String(data));
    return typeof frame === "object" && frame !== null && typeof (frame as { type?: unknown }).type === "string"
      ? (frame as ServerFrame)
      : null;
  } catch {
    return null;
  }
}
