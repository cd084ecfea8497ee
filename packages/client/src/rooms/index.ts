/**
 * The browser's WebSocket at /ws: authenticated by the session cookie at upgrade, same-origin only, within
 * the session's and user's socket quota; frames validated, rate-limited per connection, and handed to
 * RoomsService. Oversized frames close with 1009; a bad frame gets a short error frame and the socket stays
 * usable. A socket that does not read what it is sent is closed once Bun holds `backpressureLimit` bytes for
 * it (never left open with frames silently dropped): the page reconnects and resumes from its last seq.
 */

import { CLOSE_CODES, parseClientFrame } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import { Elysia } from "elysia";
import { sameOrigin } from "../auth/csrf.ts";
import type { Session, SessionCodec } from "../auth/session.ts";
import { sessionPlugin } from "../auth/session-plugin.ts";
import type { Connection, RoomsService } from "./service.ts";
import { noSocketObserver, type SocketObserver } from "./socket-observer.ts";
import { type SocketLease, SocketQuota, type SocketQuotaLimits } from "./socket-quota.ts";
import { TokenBucket } from "./token-bucket.ts";

export interface RoomsPluginOptions {
  readonly sessions: SessionCodec;
  readonly rooms: RoomsService;
  readonly log: Logger;
  readonly maxPayload: number;
  readonly ratePerSecond: number;
  readonly rateBurst: number;
  /** Told of sockets opened and closed and frames refused (metrics). @default nothing */
  readonly observer?: SocketObserver;
  readonly socketQuota: SocketQuotaLimits;
}

/**
 * Bun's WebSocket settings for the whole server. Elysia 1.4 reads them from the app's constructor config
 * (`new Elysia({ websocket })`), not from a route's `.ws()` options, which it does not pass to Bun.
 * @see https://bun.sh/docs/api/websockets (backpressureLimit, closeOnBackpressureLimit, maxPayloadLength)
 */
export function roomsWebSocketConfig(options: {
  readonly maxPayload: number;
  readonly idleTimeoutS: number;
  readonly backpressureLimit: number;
}) {
  return {
    // Bun's own limit is a backstop against huge frames; the exact limit is checked in `message`, so the
    // close code is 1009 ("message too big") as clients expect.
    maxPayloadLength: options.maxPayload * 4,
    idleTimeout: options.idleTimeoutS,
    sendPings: true,
    // Bun's default holds 16 MB per socket and then drops frames while the socket stays open; a hole the
    // page cannot see. Closing instead makes it reconnect and resume from its last seq.
    backpressureLimit: options.backpressureLimit,
    closeOnBackpressureLimit: true,
  };
}

interface SocketState {
  readonly connection: Connection;
  readonly lease: SocketLease;
  readonly bucket: TokenBucket;
  lastRateError: number;
}

/** The minimal socket surface used here; Elysia's ws wrapper provides it. */
interface Socket {
  readonly id: string;
  readonly data: { readonly session: Session | null };
  send(data: string): unknown;
  subscribe(topic: string): unknown;
  unsubscribe(topic: string): unknown;
  close(code?: number, reason?: string): unknown;
}

/** Elysia hands over JSON frames already parsed; measure what the browser sent. */
function frameBytes(raw: unknown): number {
  if (typeof raw === "string") return Buffer.byteLength(raw);
  if (raw instanceof Uint8Array || raw instanceof ArrayBuffer) return raw.byteLength;
  return Buffer.byteLength(JSON.stringify(raw) ?? "");
}

export function roomsPlugin(options: RoomsPluginOptions) {
  const { rooms, log } = options;
  const observer = options.observer ?? noSocketObserver;
  const sockets = new Map<string, SocketState>();
  const quota = new SocketQuota(options.socketQuota);

  const adapt = (ws: Socket, session: Session): Connection => ({
    id: ws.id,
    sessionId: session.sid,
    username: session.username,
    token: session.token,
    send: (frame) => ws.send(JSON.stringify(frame)),
    subscribe: (topic) => ws.subscribe(topic),
    unsubscribe: (topic) => ws.unsubscribe(topic),
    close: (code, reason) => ws.close(code, reason),
  });

  return new Elysia({ name: "rooms" }).use(sessionPlugin(options.sessions)).ws("/ws", {
    beforeHandle({ session, request, set }) {
      if (!session) {
        set.status = 401;
        return "log in first";
      }
      // Browsers send Origin on WebSocket upgrades; a foreign one is cross-site WebSocket hijacking.
      if (!sameOrigin(request)) {
        set.status = 403;
        return "cross-origin WebSocket refused";
      }
      // Refused before the upgrade when already full; `open` reserves the place for real.
      const refusal = quota.refusal(session.sid, session.username);
      if (refusal) {
        set.status = 429;
        return refusal;
      }
    },
    open(ws) {
      const session = ws.data.session!;
      const connection = adapt(ws as unknown as Socket, session);
      const grant = quota.reserve(session.sid, session.username);
      if (!grant.ok) {
        connection.send({ type: "error", code: "too_many_sockets", message: grant.reason });
        ws.close(CLOSE_CODES.tryAgainLater, "too many sockets");
        return;
      }
      sockets.set(ws.id, {
        connection,
        lease: grant.lease,
        bucket: new TokenBucket(options.ratePerSecond, options.rateBurst),
        lastRateError: 0,
      });
      observer.opened();
      rooms.connect(connection);
    },
    async message(ws, raw) {
      const state = sockets.get(ws.id);
      if (!state) return;
      if (frameBytes(raw) > options.maxPayload) {
        observer.refused("too_large");
        ws.close(CLOSE_CODES.messageTooBig, "frame too large");
        return;
      }
      if (!state.bucket.take()) {
        observer.refused("rate_limited");
        // One error a second at most: answering every dropped frame would feed the flood.
        const now = Date.now();
        if (now - state.lastRateError > 1_000) {
          state.lastRateError = now;
          state.connection.send({ type: "error", code: "rate_limited", message: "Too many frames; slow down" });
        }
        return;
      }
      const parsed = parseClientFrame(raw);
      if (!parsed.ok) {
        observer.refused("bad_frame");
        state.connection.send({ type: "error", code: "bad_frame", message: parsed.message });
        return;
      }
      // The page's heartbeat is the socket's, not a room's: answered here, at once, after the rate limit (a
      // page pings every few seconds, far inside any bucket).
      if (parsed.frame.type === "ping") {
        state.connection.send({ type: "pong" });
        return;
      }
      await rooms.handle(state.connection, parsed.frame);
    },
    close(ws, code) {
      const state = sockets.get(ws.id);
      if (!state) return;
      sockets.delete(ws.id);
      observer.closed();
      state.lease.release();
      rooms.disconnect(state.connection);
      log.debug("socket closed", { user: state.connection.username, code });
    },
  });
}
