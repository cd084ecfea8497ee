/**
 * How a bench socket's frames travel: Tertulia's web tier (and the raw Bun peer, which speaks the same frames)
 * sends one JSON object per WebSocket message; Socket.IO wraps each event in its own protocol. The load
 * generator is the same for all three; only this framing differs. The frames themselves are
 * @tertulia/protocol/browser's.
 */
import type { ClientFrame } from "@tertulia/protocol/browser";

export interface Wire {
  /** Path and query of the WebSocket URL. */
  readonly path: string;
  /** Sent once the socket is open; the socket is ready at the first message starting with `ready`. */
  readonly hello?: { readonly send: string; readonly ready: string };
  encode(frame: ClientFrame): string;
  /** A frame's JSON text; a control message to answer (`reply`); or null for one to ignore. */
  decode(data: string): { readonly frame: string } | { readonly reply: string } | null;
}

export const JSON_WIRE: Wire = {
  path: "/ws",
  encode: (frame) => JSON.stringify(frame),
  decode: (data) => ({ frame: data }),
};

/**
 * Socket.IO 4 over a bare WebSocket (Engine.IO protocol 4): the server opens with `0{…}`, the client joins the
 * main namespace with `40` and is answered `40{…}`; an event is `42["name",payload]`; the server's ping `2`
 * wants the pong `3` (https://socket.io/docs/v4/socket-io-protocol/,
 * https://github.com/socketio/engine.io-protocol). Events are named by the frame's `type`, and the payload
 * is the frame itself, so `42["message",{"type":"message",…}]` carries the web tier's exact frame.
 */
export const SOCKET_IO_WIRE: Wire = {
  path: "/socket.io/?EIO=4&transport=websocket",
  hello: { send: "40", ready: "40" },
  encode: (frame) => `42${JSON.stringify([frame.type, frame])}`,
  decode(data) {
    if (data === "2") return { reply: "3" };
    if (!data.startsWith("42[")) return null;
    const comma = data.indexOf(",", 3);
    return comma < 0 ? null : { frame: data.slice(comma + 1, -1) };
  },
};
