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

/** Bun's own socket (ServerWebSocket), as far as it is used here. */
interface BunSocket {
  readonly data: { readonly id: string; message?: unknown };
  send(data: string): unknown;
  subscribe(topic: string): unknown;
  unsubscribe(topic: string): unknown;
  close(code?: number, reason?: string): unknown;
}

/** Elysia's socket wrapper (`ElysiaWS`): its id and the Bun socket under it. */
interface ElysiaSocket {
  readonly id: string;
  readonly raw: BunSocket;
  readonly data: { readonly session: Session | null };
  close(code?: number, reason?: string): unknown;
}

/** What the browser sent, in bytes: Bun hands a text frame over as a string, a binary one as a Buffer. */
function frameBytes(raw: string | Buffer): number {
  return typeof raw === "string" ? Buffer.byteLength(raw) : raw.byteLength;
}

export function roomsPlugin(options: RoomsPluginOptions) {
  const { rooms, log } = options;
  const observer = options.observer ?? noSocketObserver;
  const sockets = new Map<string, SocketState>();
  const quota = new SocketQuota(options.socketQuota);

  const adapt = (id: string, ws: BunSocket, session: Session): Connection => ({
    id,
    sessionId: session.sid,
    username: session.username,
    token: session.token,
    send: (frame) => ws.send(JSON.stringify(frame)),
    subscribe: (topic) => ws.subscribe(topic),
    unsubscribe: (topic) => ws.unsubscribe(topic),
    close: (code, reason) => ws.close(code, reason),
  });

  /** One frame from the browser: size, rate limit, parse and validate (once), then the rooms service. */
  const onFrame = (id: string, ws: BunSocket, raw: string | Buffer): void => {
    const state = sockets.get(id);
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
    // The service orders a socket's frames and answers every failure itself; this only keeps a bug loud.
    rooms.handle(state.connection, parsed.frame).catch((error) => log.error("frame handling failed", { error }));
  };

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
    open(elysiaWs) {
      const ws = elysiaWs as unknown as ElysiaSocket;
      const session = ws.data.session!;
      const id = ws.id;
      const connection = adapt(id, ws.raw, session);
      const grant = quota.reserve(session.sid, session.username);
      if (!grant.ok) {
        connection.send({ type: "error", code: "too_many_sockets", message: grant.reason });
        ws.close(CLOSE_CODES.tryAgainLater, "too many sockets");
        return;
      }
      sockets.set(id, {
        connection,
        lease: grant.lease,
        bucket: new TokenBucket(options.ratePerSecond, options.rateBurst),
        lastRateError: 0,
      });
      // Frames straight from Bun: Elysia 1.4's Bun adapter hands each frame to `ws.data.message` (its
      // `websocket.message` in dist/ws/index.mjs), which JSON-parses it, wraps the socket in a new ElysiaWS
      // (binding fourteen methods) and chains promises; the size check then had to stringify the parsed
      // object again. Replacing this socket's `message` keeps one parse per frame and no per-frame objects.
      // Should a later Elysia not dispatch that way, `message` below still receives every frame.
      if (typeof ws.raw.data.message === "function") {
        ws.raw.data.message = (bunWs: BunSocket, raw: string | Buffer) => onFrame(id, bunWs, raw);
      }
      observer.opened();
      rooms.connect(connection);
    },
    message(elysiaWs, raw) {
      // Only when Elysia dispatches differently from 1.4 (see `open`): what it parsed, as text again.
      const ws = elysiaWs as unknown as ElysiaSocket;
      const text = typeof raw === "string" || Buffer.isBuffer(raw) ? raw : (JSON.stringify(raw) ?? "");
      onFrame(ws.id, ws.raw, text);
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
