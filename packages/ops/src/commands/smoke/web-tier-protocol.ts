/**
 * The web tier's login form and WebSocket frames, as smoke speaks them (see packages/client/README.md):
 * GET /login for the CSRF cookie and field, POST /login for the session cookie, then `/ws` with frames
 * `join {room, afterSeq, epoch}` → `joined`, `send {room, text, clientId}` → the stored copy as `message`.
 * The frames are @tertulia/protocol/browser's, the types the web tier and the page are checked against.
 */
import type { ClientFrame, MessageFrame, ServerFrame } from "@tertulia/protocol/browser";
import { OpsError } from "../../errors.ts";
import type { ChatClient, ChatMessage, ChatProtocol } from "./chat-protocol.ts";

/** Joins and sends wait this long for the web tier's answer. */
const ANSWER_TIMEOUT_MS = 10_000;

/**
 * A protocol whose clients share what they learn of each room's epoch, so a reconnecting client can resume
 * from a seq (the web tier resumes only within the same epoch).
 */
export function createWebTierProtocol(): ChatProtocol {
  const epochs = new Map<string, string>();
  return {
    login: (baseUrl, username, password) => login(baseUrl, username, password),
    connect: (baseUrl, cookie) => connect(baseUrl, cookie, epochs),
  };
}

async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const form = await fetch(new URL("/login", baseUrl));
  const cookies = cookieJar(form.headers.getSetCookie());
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!csrf)
    throw new OpsError(
      "SmokeFailed",
      `GET ${baseUrl}/login has no login form.`,
      "Check that --url points at Tertulia's web tier.",
    );
  const response = await fetch(new URL("/login", baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: {
      cookie: cookies.header(),
      "content-type": "application/x-www-form-urlencoded",
      origin: new URL(baseUrl).origin,
    },
    body: new URLSearchParams({ _csrf: csrf, username, password }),
  });
  cookies.add(response.headers.getSetCookie());
  if (response.status !== 303 || !cookies.has("tertulia_session")) {
    const reason = /class="error"[^>]*>([^<]+)</.exec(await response.text())?.[1] ?? `HTTP ${response.status}`;
    throw new OpsError(
      "SmokeFailed",
      `Logging in as ${username} failed: ${reason}`,
      "Create the smoke user (or set SMOKE_PASSWORD to its password) and run smoke again.",
    );
  }
  return cookies.header();
}

async function connect(baseUrl: string, cookie: string, epochs: Map<string, string>): Promise<ChatClient> {
  const url = new URL("/ws", baseUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  // Bun's WebSocket takes headers as a second-argument option; the DOM type does not know it.
  const ws = new WebSocket(url, { headers: { cookie, origin: new URL(baseUrl).origin } } as unknown as string[]);
  const received: ChatMessage[] = [];
  const listeners = new Set<(frame: ServerFrame) => void>();
  const sendFrame = (frame: ClientFrame) => ws.send(JSON.stringify(frame));
  ws.addEventListener("message", (event) => {
    // The web tier writes every frame with JSON.stringify from these types; smoke checks what it relies on.
    const frame = JSON.parse(String(event.data)) as ServerFrame;
    if (frame.type === "joined" && frame.epoch) epochs.set(frame.room, frame.epoch);
    const messages = frame.type === "joined" ? frame.messages : frame.type === "message" ? [frame] : [];
    for (const m of messages) received.push(toMessage(m));
    for (const listener of listeners) listener(frame);
  });
  await new Promise<void>((resolve, reject) => {
    ws.addEventListener("open", () => resolve(), { once: true });
    ws.addEventListener(
      "error",
      () =>
        reject(
          new OpsError(
            "SmokeFailed",
            `The WebSocket at ${url} did not open.`,
            "Check the web tier's logs and that the load balancer passes WebSocket upgrades.",
          ),
        ),
      { once: true },
    );
  });

  /** Resolves with the first frame `match` accepts; rejects on an error frame it flags or a timeout. */
  const answer = (
    what: string,
    match: (frame: ServerFrame) => "done" | "failed" | undefined,
    timeoutMs = ANSWER_TIMEOUT_MS,
  ) =>
    new Promise<ServerFrame>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(
              new OpsError(
                "SmokeFailed",
                `No answer to ${what} within ${timeoutMs}ms.`,
                "Check the web tier's and server's logs.",
              ),
            ),
          ),
        timeoutMs,
      );
      const listener = (frame: ServerFrame) => {
        const verdict = match(frame);
        if (verdict === "done") finish(() => resolve(frame));
        if (verdict === "failed")
          finish(() =>
            reject(
              new OpsError(
                "SmokeFailed",
                `${what} failed: ${frame.type === "error" ? frame.message : frame.type}`,
                "Check the web tier's and server's logs.",
              ),
            ),
          );
      };
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        listeners.delete(listener);
        settle();
      };
      listeners.add(listener);
    });

  return {
    received,
    async join(room, afterSeq = 0) {
      const joined = answer(`joining ${room}`, (f) =>
        f.type === "joined" && f.room === room ? "done" : f.type === "error" && f.room === room ? "failed" : undefined,
      );
      sendFrame({ type: "join", room, afterSeq, epoch: afterSeq > 0 ? (epochs.get(room) ?? "") : "" });
      await joined;
    },
    async send(room, text, clientId) {
      // Accepted means stored: the web tier delivers the stored copy to its sender too.
      const stored = answer(`sending to ${room}`, (f) =>
        f.type === "message" && f.clientId === clientId
          ? "done"
          : f.type === "error" && f.clientId === clientId
            ? "failed"
            : undefined,
      );
      sendFrame({ type: "send", room, text, clientId });
      await stored;
    },
    waitForMessage(predicate, timeoutMs) {
      const already = received.find(predicate);
      if (already) return Promise.resolve(already);
      return answer(
        "the expected message",
        (f) => (f.type === "message" && predicate(toMessage(f)) ? "done" : undefined),
        timeoutMs,
        // `answer` resolves only with a frame the match accepted: a message.
      ).then((f) => toMessage(f as MessageFrame));
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) return resolve();
        ws.addEventListener("close", () => resolve(), { once: true });
        ws.close(1000, "smoke done");
      }),
  };
}

function toMessage(m: MessageFrame): ChatMessage {
  return { room: m.room, seq: m.seq, text: m.text, author: m.author };
}

/** Cookies as a browser keeps them: the latest value per name (the session, CSRF and the ALB's sticky one). */
function cookieJar(setCookies: string[]) {
  const values = new Map<string, string>();
  const add = (headers: string[]) => {
    for (const header of headers) {
      const [pair] = header.split(";");
      const index = pair!.indexOf("=");
      if (index > 0) values.set(pair!.slice(0, index).trim(), pair!.slice(index + 1).trim());
    }
  };
  add(setCookies);
  return {
    add,
    has: (name: string) => (values.get(name) ?? "") !== "",
    header: () => [...values].map(([name, value]) => `${name}=${value}`).join("; "),
  };
}
