/**
 * The page's one WebSocket to the web tier: typed frames both ways, reconnect with jittered exponential
 * back-off, and the close codes that end the session instead (CLOSE_CODES).
 */
import { CLOSE_CODES, type ClientFrame, type ServerFrame } from "@tertulia/protocol/browser";

/** What the connection badge shows. */
export type ConnectionState = "connecting" | "reconnecting" | "live";

export interface ConnectionEvents {
  /** The socket opened: rejoin every room. */
  onOpen(): void;
  onFrame(frame: ServerFrame): void;
  /** The socket closed and a new one is on its way (`reconnecting`), or the first one is (`connecting`). */
  onState(state: ConnectionState): void;
  /** The socket closed for good: the session ended (`expired`) or the user logged out (`bye`). */
  onSessionEnded(notice: "expired" | "bye"): void;
}

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 10_000;
/** RFC 6455 policy violation: the upgrade's session check failed. */
const POLICY_VIOLATION = 1008;

export class Connection {
  readonly #events: ConnectionEvents;
  readonly #url: string;
  #socket: WebSocket | null = null;
  #open = false;
  #retryMs = FIRST_RETRY_MS;

  constructor(events: ConnectionEvents, where: Location = location) {
    this.#events = events;
    this.#url = `${where.protocol === "https:" ? "wss" : "ws"}://${where.host}/ws`;
  }

  /** True while a socket is open: sends go out now, otherwise they wait for the next `onOpen`. */
  get connected(): boolean {
    return this.#open && this.#socket?.readyState === WebSocket.OPEN;
  }

  connect(): void {
    this.#events.onState(this.#socket ? "reconnecting" : "connecting");
    const ws = new WebSocket(this.#url);
    this.#socket = ws;
    let opened = false;
    ws.addEventListener("open", () => {
      opened = true;
      this.#open = true;
      this.#retryMs = FIRST_RETRY_MS;
      this.#events.onOpen();
    });
    ws.addEventListener("message", (event) => {
      const frame = parseServerFrame(event.data);
      if (frame) this.#events.onFrame(frame);
    });
    ws.addEventListener("close", (event) => {
      this.#open = false;
      if (this.#socket !== ws) return;
      this.#closed(event, opened);
    });
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
    if (event.code === 1000 && event.reason === "logged out") {
      this.#events.onSessionEnded("bye");
      return;
    }
    if (!opened) void this.#checkSession();
    this.#events.onState("reconnecting");
    setTimeout(() => this.connect(), this.#retryMs * (0.75 + Math.random() * 0.5));
    this.#retryMs = Math.min(this.#retryMs * 2, MAX_RETRY_MS);
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
