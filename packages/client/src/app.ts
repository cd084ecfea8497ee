/**
 * The web tier, assembled: routes and sockets on Elysia, the relay to the chat server, and shutdown.
 * Dependencies come in as arguments, so tests start the real thing on a free port.
 */

import { CLOSE_CODES, LOGGED_OUT_REASON, type TertuliaClient } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import { type Tracing, tracingOff } from "@tertulia/runtime/tracing";
import { type AnyElysia, Elysia } from "elysia";
import { clientAddress, type TrustedProxies } from "./auth/client-address.ts";
import { SessionCodec } from "./auth/session.ts";
import { BUN_BODY_LIMIT, bodyLimitPlugin } from "./body-limit.ts";
import { SendStreamLink } from "./chat-link/send-stream-link.ts";
import type { WebConfig } from "./config.ts";
import { errorsPlugin } from "./errors.ts";
import { healthPlugin } from "./health/index.ts";
import { loginPlugin } from "./login/index.ts";
import { LoginService } from "./login/login-service.ts";
import type { WebMetrics } from "./metrics/web-metrics.ts";
import { ObservedRoomsService, WebObservers } from "./metrics/web-observers.ts";
import { assetUrl, loadAssets } from "./pages/assets.ts";
import { pagesPlugin } from "./pages/index.ts";
import type { PageAssets } from "./pages/templates.ts";
import { RoomRelay } from "./relay/room-relay.ts";
import { roomTopic } from "./relay/room-topic.ts";
import { ServiceToken } from "./relay/service-token.ts";
import { roomsPlugin, roomsWebSocketConfig } from "./rooms/index.ts";
import { RoomsService } from "./rooms/service.ts";
import { ServerSettingsCache } from "./settings/server-settings-cache.ts";

export interface WebTierDeps {
  readonly config: Pick<WebConfig, "host" | "port" | "sessionSecret" | "relaySecret" | "ws" | "shutdownTimeoutMs"> & {
    /** @default nobody's X-Forwarded-For is believed */
    readonly trustedProxies?: TrustedProxies;
    /** Largest request body in bytes. @default 16384 */
    readonly maxBodyBytes?: number;
  };
  /** A client for the chat server; the web tier closes it on shutdown. */
  readonly client: TertuliaClient;
  readonly log: Logger;
  /** Names this pod in presence leases. @default a random id */
  readonly instanceId?: string;
  /** Counts sockets, frames and relay traffic (served by main.ts). @default none: nothing is counted */
  readonly metrics?: WebMetrics;
  /** How often the chat server's settings are asked again. @default 60000 */
  readonly settingsRefreshMs?: number;
  /** Spans for `send` frames; build `client` with its `tracingInterceptor` to carry them to the server. @default off */
  readonly tracing?: Tracing;
}

export interface WebTier {
  readonly port: number;
  readonly url: string;
  readonly rooms: RoomsService;
  readonly relay: RoomRelay;
  /** Closes sockets with 1001 (going away) so browsers reconnect elsewhere, ends room streams, stops listening. */
  stop(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 16_384;

/** The web tier built but not listening: tests drive `app.handle(new Request(...))`; startWebTier listens. */
export interface WebTierApp {
  readonly app: AnyElysia;
  readonly rooms: RoomsService;
  readonly relay: RoomRelay;
  readonly settings: ServerSettingsCache;
  /** Stops the timers and room streams (not the listener, not the client). */
  close(): void;
  /** /readyz answers 503 "draining" from now on. */
  drain(): void;
}

export async function createWebTier(deps: WebTierDeps): Promise<WebTierApp> {
  const { config, client, log } = deps;
  const serviceToken = new ServiceToken(config.relaySecret);
  const login = new LoginService(client, serviceToken);
  const sessions = new SessionCodec(config.sessionSecret, { stillValid: (token) => login.stillValid(token) });
  // Limits and sign-up come from the chat server, never from this tier's own settings.
  const settings = new ServerSettingsCache({ client, serviceToken, log, refreshMs: deps.settingsRefreshMs });
  await settings.start();
  const assets = await loadAssets();
  const urls: PageAssets = {
    styleUrl: assetUrl(assets, "style.css"),
    scriptUrl: assetUrl(assets, "chat.js"),
    faviconUrl: assetUrl(assets, "favicon.svg"),
  };

  const tracing = deps.tracing ?? tracingOff;
  const observers = deps.metrics || tracing.enabled ? new WebObservers(deps.metrics ?? null, tracing) : null;

  const relay: RoomRelay = new RoomRelay({
    client,
    serviceToken,
    log,
    publish: (room, frame) => {
      observers?.published(frame, relay.get(room)?.live ?? false);
      app.server?.publish(roomTopic(room), JSON.stringify(frame));
    },
    onStreamEnd: observers ? (code) => observers.relayStreamEnded(code) : undefined,
    // Called only once streams deliver, after `rooms` below exists.
    onMemberRemoved: (room, user) => rooms.memberRemoved(room, user),
    onMemberAdded: (_room, user) => rooms.memberAdded(user),
  });
  deps.metrics?.trackRelayStreams(() => relay.openRooms);
  // Sends and presence over one SendStream (chat-link/); traced sends stay unary, each with its own span.
  const sendLink = tracing.enabled ? null : new SendStreamLink({ client, log });
  const roomsOptions = {
    relay,
    client: sendLink
      ? {
          chat: { ...client.chat, sendNote: sendLink.sendNote, updatePresence: sendLink.updatePresence },
          rooms: client.rooms,
        }
      : client,
    log,
    maxMessageChars: () => settings.current.maxMessageChars,
    maxRoomsPerSocket: config.ws.maxRoomsPerSocket ?? 50,
    instanceId: deps.instanceId ?? crypto.randomUUID().slice(0, 8),
  };
  const rooms = observers ? new ObservedRoomsService(roomsOptions, observers) : new RoomsService(roomsOptions);
  let draining = false;

  const maxBodyBytes = config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app: AnyElysia = new Elysia({
    websocket: roomsWebSocketConfig({
      maxPayload: config.ws.maxPayload,
      idleTimeoutS: config.ws.idleTimeoutS,
      backpressureLimit: config.ws.backpressureLimit ?? 1_048_576,
    }),
  })
    .use(errorsPlugin(log, urls))
    .use(bodyLimitPlugin({ maxBytes: maxBodyBytes }))
    .use(healthPlugin(client, () => draining, serviceToken))
    .use(
      loginPlugin({
        login,
        sessions,
        assets: urls,
        signupAllowed: () => settings.current.signupAllowed,
        endSession: (sid) => rooms.closeSession(sid, CLOSE_CODES.loggedOut, LOGGED_OUT_REASON),
        clientIp: (request) =>
          clientAddress(
            app.server?.requestIP(request)?.address ?? "unknown",
            request.headers.get("x-forwarded-for"),
            config.trustedProxies ?? { kind: "none" },
          ),
      }),
    )
    .use(
      pagesPlugin({
        sessions,
        refresh: (session) => login.refresh(session),
        assets,
        urls,
        maxChars: () => settings.current.maxMessageChars,
      }),
    )
    .use(
      roomsPlugin({
        sessions,
        rooms,
        log,
        maxPayload: config.ws.maxPayload,
        ratePerSecond: config.ws.ratePerSecond,
        rateBurst: config.ws.rateBurst,
        observer: observers?.socket,
        socketQuota: { perSession: config.ws.maxSocketsPerSession ?? 10, perUser: config.ws.maxSocketsPerUser ?? 30 },
      }),
    );

  return {
    app,
    rooms,
    relay,
    settings,
    drain: () => {
      draining = true;
    },
    close: () => {
      rooms.stop();
      settings.stop();
      relay.close();
      sendLink?.close();
    },
  };
}

/** Builds the web tier and listens on `config.host`/`config.port` (0: a free port). */
export async function startWebTier(deps: WebTierDeps): Promise<WebTier> {
  const { config, client, log } = deps;
  const { app, rooms, relay, drain, close } = await createWebTier(deps);
  // Elysia turns SO_REUSEPORT on by default: a second web tier on the same port would start and take
  // half the connections. Off, the second one fails with EADDRINUSE (see elysia dist/adapter/bun).
  app.listen({ hostname: config.host, port: config.port, reusePort: false, maxRequestBodySize: BUN_BODY_LIMIT });
  const port = app.server!.port!;
  log.info("listening", { host: config.host, port });

  let stopping: Promise<void> | null = null;
  return {
    port,
    url: `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`,
    rooms,
    relay,
    stop: () =>
      (stopping ??= (async () => {
        drain();
        log.info("shutting down", { sockets: rooms.connectionCount });
        rooms.closeAll(CLOSE_CODES.goingAway, "server going away");
        close();
        await app.stop();
        client.close();
        log.info("stopped");
      })()),
  };
}
