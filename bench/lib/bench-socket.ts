/**
 * One simulated browser: a WebSocket to the web tier's /ws with a session cookie (or to a peer, in its
 * framing: wire.ts), joining rooms, sending messages and recording every chat message it receives in a
 * DeliveryLog. The frames are @tertulia/protocol/browser's.
 */
import type { MessageFrame, ServerFrame } from "@tertulia/protocol/browser";
import type { DeliveryLog } from "./deliveries.ts";
import { JSON_WIRE, type Wire } from "./wire.ts";

/** A chat message as the fast path reads it (the fields the bench uses), or any frame parsed whole. */
type ReceivedFrame = ServerFrame | Pick<MessageFrame, "type" | "room" | "seq" | "clientId" | "sentAt">;

export class BenchSocket {
  readonly #ws: WebSocket;
  readonly #wire: Wire;
  readonly #joins = new Map<string, () => void>();
  readonly #lastSeq = new Map<string, number>();
  #log: DeliveryLog | null = null;
  #seen: Uint8Array = new Uint8Array(0);
  #closed = false;

  private constructor(ws: WebSocket, wire: Wire) {
    this.#ws = ws;
    this.#wire = wire;
    ws.addEventListener("message", (event) => this.#onData(String(event.data)));
    ws.addEventListener("close", () => {
      this.#closed = true;
    });
  }

  /** Opens the socket and resolves once it is open (and, for Socket.IO, connected to its namespace). */
  static open(base: string, cookie: string, timeoutMs = 10_000, wire: Wire = JSON_WIRE): Promise<BenchSocket> {
    const ws = new WebSocket(`${base.replace(/^http/, "ws")}${wire.path}`, {
      headers: { cookie, origin: base },
    } as unknown as string[]);
    const socket = new BenchSocket(ws, wire);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        ws.close();
        reject(new Error("websocket did not open in time"));
      }, timeoutMs);
      const ready = () => {
        clearTimeout(timer);
        resolve(socket);
      };
      const hello = wire.hello;
      if (!hello) ws.addEventListener("open", ready, { once: true });
      else {
        ws.addEventListener("open", () => ws.send(hello.send), { once: true });
        const waitReady = (event: MessageEvent) => {
          if (!String(event.data).startsWith(hello.ready)) return;
          ws.removeEventListener("message", waitReady);
          ready();
        };
        ws.addEventListener("message", waitReady);
      }
      ws.addEventListener(
        "error",
        () => {
          clearTimeout(timer);
          reject(new Error("websocket failed to open"));
        },
        {
          once: true,
        },
      );
    });
  }

  /** Delivers this socket's messages to `log` from now on. */
  record(log: DeliveryLog): void {
    this.#log = log;
    this.#seen = new Uint8Array(log.total);
  }

  /** Joins a room; resolves on its `joined` frame. */
  join(room: string, timeoutMs = 15_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#joins.delete(room);
        reject(new Error(`join ${room} timed out`));
      }, timeoutMs);
      this.#joins.set(room, () => {
        clearTimeout(timer);
        resolve();
      });
      this.#ws.send(this.#wire.encode({ type: "join", room }));
    });
  }

  /** Sends message number `index` of the recording log to `room`. */
  send(room: string, index: number, log: DeliveryLog, members: number): void {
    log.sent(index, members);
    this.#ws.send(
      this.#wire.encode({ type: "send", room, text: `bench message ${index}`, clientId: log.clientId(index) }),
    );
  }

  /** The page's heartbeat (`{"type":"ping"}`, answered `pong` by the web tier); the answer is not recorded. */
  ping(): void {
    this.#ws.send(this.#wire.encode({ type: "ping" }));
  }

  get closed(): boolean {
    return this.#closed;
  }

  close(): void {
    this.#ws.close();
  }

  /**
   * Chat messages are by far the most frames: their few fields are read straight from the text (the web
   * tier writes them with JSON.stringify, keys in a fixed order), so 100,000 frames a second do not each
   * cost a JSON.parse in the load generator. Anything else is parsed.
   */
  #onData(raw: string): void {
    const decoded = this.#wire.decode(raw);
    if (decoded === null) return;
    if ("reply" in decoded) {
      this.#ws.send(decoded.reply);
      return;
    }
    const data = decoded.frame;
    if (data.startsWith('{"type":"message"')) {
      const room = between(data, '"room":"', '"');
      const seq = Number(between(data, '"seq":', ","));
      const clientId = between(data, '"clientId":"', '"');
      const sentAt = Number(between(data, '"sentAt":', ","));
      if (room !== null && clientId !== null && Number.isInteger(seq)) {
        this.#onFrame({ type: "message", room, seq, clientId, sentAt });
        return;
      }
    }
    // The web tier writes every frame with JSON.stringify from these types.
    this.#onFrame(JSON.parse(data) as ServerFrame);
  }

  #onFrame(frame: ReceivedFrame): void {
    switch (frame.type) {
      case "message": {
        const { room, seq } = frame;
        const last = this.#lastSeq.get(room) ?? 0;
        if (seq < last) {
          if (this.#log && frame.clientId.startsWith(this.#log.prefix)) this.#log.outOfOrder += 1;
        } else {
          this.#lastSeq.set(room, seq);
        }
        if (this.#log && frame.clientId) this.#log.delivered(frame.clientId, this.#seen, frame.sentAt);
        return;
      }
      case "joined": {
        const done = this.#joins.get(frame.room);
        this.#joins.delete(frame.room);
        done?.();
        return;
      }
      case "error":
        this.#log?.error(frame.code);
        return;
    }
  }
}

/** The text between `start` and the next `end` after it, or null; for JSON strings without escapes. */
function between(data: string, start: string, end: string): string | null {
  const from = data.indexOf(start);
  if (from < 0) return null;
  const to = data.indexOf(end, from + start.length);
  if (to < 0) return null;
  const value = data.slice(from + start.length, to);
  return value.includes("\\") ? null : value;
}

/** Opens `count` sockets, `parallel` at a time, cycling through the session cookies. */
export async function openSockets(
  base: string,
  cookies: readonly string[],
  count: number,
  wire: Wire = JSON_WIRE,
  parallel = 50,
): Promise<BenchSocket[]> {
  const sockets: BenchSocket[] = [];
  for (let i = 0; i < count; i += parallel) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(parallel, count - i) }, (_, j) =>
        BenchSocket.open(base, cookies[(i + j) % cookies.length]!, 10_000, wire),
      ),
    );
    sockets.push(...batch);
  }
  return sockets;
}
