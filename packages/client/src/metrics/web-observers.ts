/**
 * The web tier's metrics and tracing, attached at its edges: the socket handlers (SocketObserver), the
 * rooms service (ObservedRoomsService below), the relay's publish callback and its stream ends. With
 * neither metrics nor tracing on, app.ts uses the plain RoomsService and none of this runs.
 */
import { GrpcStatus, type ParsedRoomFrame, type RoomFrame } from "@tertulia/protocol";
import { context, SpanKind, type Tracing, trace } from "@tertulia/runtime/tracing";
import { type Connection, RoomsService, type RoomsServiceOptions } from "../rooms/service.ts";
import { noSocketObserver, type SocketObserver } from "../rooms/socket-observer.ts";
import { SendTracker } from "./send-tracker.ts";
import type { WebMetrics } from "./web-metrics.ts";

const CODE_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(GrpcStatus)
    .filter(([, value]) => typeof value === "number")
    .map(([name, value]) => [value, name]),
);

export class WebObservers {
  readonly metrics: WebMetrics | null;
  readonly tracing: Tracing;
  readonly sends = new SendTracker();

  constructor(metrics: WebMetrics | null, tracing: Tracing) {
    this.metrics = metrics;
    this.tracing = tracing;
  }

  get socket(): SocketObserver {
    return this.metrics ?? noSocketObserver;
  }

  /** A frame the relay publishes to a room's sockets; `live` when its stream has caught up. */
  published(frame: RoomFrame, live: boolean): void {
    this.metrics?.frameSent(frame.type).inc();
    if (frame.type !== "message") return;
    if (live) this.metrics?.relayLag.observe(Math.max(0, Date.now() - frame.sentAt) / 1000);
    const sent = this.sends.delivered(frame.author, frame.room, frame.clientId);
    if (!sent) return;
    this.metrics?.sendRoundTrip.observe(sent.seconds);
    if (sent.trace) {
      this.tracing.tracer
        .startSpan("relay publish", { kind: SpanKind.PRODUCER, attributes: { "tertulia.seq": frame.seq } }, sent.trace)
        .end();
    }
  }

  relayStreamEnded(code: number | undefined): void {
    this.metrics?.relayStreamEnds.labels(code === undefined ? "OK" : (CODE_NAMES[code] ?? "UNKNOWN")).inc();
  }
}

/**
 * RoomsService with its frames counted and each `send` traced: a span from the frame's arrival until the
 * server has stored it, active while the service calls SendNote (the gRPC interceptor parents its span on
 * it), and the stored copy's publication hung under it.
 */
export class ObservedRoomsService extends RoomsService {
  readonly #observers: WebObservers;

  constructor(options: RoomsServiceOptions, observers: WebObservers) {
    super(options);
    this.#observers = observers;
  }

  override connect(connection: Connection): void {
    const metrics = this.#observers.metrics;
    if (!metrics) {
      super.connect(connection);
      return;
    }
    super.connect({
      ...connection,
      send(frame) {
        metrics.frameSent(frame.type).inc();
        if (frame.type === "error") metrics.errorSent(frame.code).inc();
        connection.send(frame);
      },
    });
  }

  override handle(connection: Connection, frame: ParsedRoomFrame): Promise<void> {
    const { metrics, tracing, sends } = this.#observers;
    metrics?.frameReceived(frame.type).inc();
    if (frame.type !== "send") return super.handle(connection, frame);
    if (!tracing.enabled) {
      sends.started(connection.username, frame.room, frame.clientId);
      return super.handle(connection, frame);
    }
    const span = tracing.tracer.startSpan("ws send", {
      kind: SpanKind.SERVER,
      attributes: { "tertulia.room": frame.room, "tertulia.client_id": frame.clientId },
    });
    const active = trace.setSpan(context.active(), span);
    sends.started(connection.username, frame.room, frame.clientId, active);
    return context.with(active, () => super.handle(connection, frame)).finally(() => span.end());
  }
}
