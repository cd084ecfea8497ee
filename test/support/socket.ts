/**
 * A test's WebSocket to the web tier: frames collected as they come, awaited with `until`, never slept on.
 * Frames are @tertulia/protocol/browser's, the types the web tier and the page are checked against; a test
 * that sends something no page may send uses `sendRaw`.
 */
import type { ClientFrame, MessageFrame, ServerFrame } from "@tertulia/protocol/browser";

export type Frame = ServerFrame;

/** A type guard for `find`/`filter`: `frames.find(isFrame("joined"))` is a JoinedFrame. */
export function isFrame<T extends ServerFrame["type"]>(type: T) {
  return (frame: ServerFrame): frame is Extract<ServerFrame, { type: T }> => frame.type === type;
}

export interface TestSocket {
  readonly frames: Frame[];
  readonly closed: Promise<{ code: number; reason: string }>;
  send(frame: ClientFrame): void;
  sendRaw(data: string): void;
  until(predicate: (frames: Frame[]) => boolean, timeoutMs?: number): Promise<Frame[]>;
  /** Chat messages received for a room, in arrival order. */
  messages(room: string): MessageFrame[];
  close(): void;
}

export async function openSocket(base: string, cookie: string, origin = base): Promise<TestSocket> {
  const ws = new WebSocket(`${base.replace("http", "ws")}/ws`, { headers: { cookie, origin } } as unknown as string[]);
  const frames: Frame[] = [];
  const waiters = new Set<() => void>();
  let isClosed = false;
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.addEventListener("close", (event) => {
      isClosed = true;
      waiters.forEach((w) => w());
      resolve({ code: event.code, reason: event.reason });
    }),
  );
  ws.addEventListener("message", (event) => {
    // The web tier writes every frame with JSON.stringify from these types.
    frames.push(JSON.parse(String(event.data)) as Frame);
    waiters.forEach((w) => w());
  });
  await new Promise<void>((resolve, reject) => {
    ws.addEventListener("open", () => resolve(), { once: true });
    ws.addEventListener("error", () => reject(new Error("websocket failed to open")), { once: true });
  });
  const socket: TestSocket = {
    frames,
    closed,
    send: (frame) => ws.send(JSON.stringify(frame)),
    sendRaw: (data) => ws.send(data),
    close: () => ws.close(),
    messages: (room) =>
      frames.flatMap((f) => {
        if (f.type === "message" && f.room === room) return [f];
        if (f.type === "joined" && f.room === room) return [...f.messages];
        return [];
      }),
    until(predicate, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (predicate(frames)) {
            done();
            resolve(frames);
          } else if (isClosed) {
            done();
            reject(new Error(`socket closed before the condition held; frames: ${JSON.stringify(frames.slice(-5))}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out; last frames: ${JSON.stringify(frames.slice(-5))}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
  };
  return socket;
}
