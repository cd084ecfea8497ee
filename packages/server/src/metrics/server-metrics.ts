/**
 * Every metric the server exports, defined once. Names follow go-grpc-prometheus for the RPC figures
 * (`grpc_server_started_total`, `grpc_server_handled_total`, `grpc_server_handling_seconds`, labelled by
 * service, method, type and code), so existing gRPC dashboards read them as they are; the chat's own figures
 * are prefixed `tertulia_`. No label ever holds a user; room labels are capped (BoundedLabel).
 * @see https://github.com/grpc-ecosystem/go-grpc-prometheus#metrics
 */
import { BoundedLabel, Counter, Gauge, Histogram, Registry, registerProcessMetrics } from "@tertulia/runtime/metrics";

/** Rooms with their own label on per-room series; the rest are summed under `other`. */
export const ROOM_LABEL_LIMIT = 50;

/** Latency buckets in seconds: sub-millisecond (SQLite, in-process) up to the 5 s client deadline. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export class ServerMetrics {
  readonly registry = new Registry();
  readonly rooms: BoundedLabel;

  readonly rpcStarted = new Counter({
    name: "grpc_server_started_total",
    help: "RPCs started on the server.",
    labelNames: ["grpc_service", "grpc_method", "grpc_type"] as const,
    registers: [this.registry],
  });
  readonly rpcHandled = new Counter({
    name: "grpc_server_handled_total",
    help: "RPCs completed on the server, by status code (streams count when they end).",
    labelNames: ["grpc_service", "grpc_method", "grpc_type", "grpc_code"] as const,
    registers: [this.registry],
  });
  readonly rpcSeconds = new Histogram({
    name: "grpc_server_handling_seconds",
    help: "Time to answer a unary RPC, from the call to its status.",
    labelNames: ["grpc_service", "grpc_method", "grpc_type"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly streamsOpen = new Gauge({
    name: "tertulia_server_streams_open",
    help: "Server-streaming calls open now (ChatStream, Subscribe).",
    labelNames: ["grpc_method"] as const,
    registers: [this.registry],
  });
  readonly roomSubscribers = new Gauge({
    name: "tertulia_server_room_subscribers",
    help: `Open room streams per room; rooms past the first ${ROOM_LABEL_LIMIT} are summed as room="other".`,
    labelNames: ["room"] as const,
    registers: [this.registry],
  });
  readonly storeAppendSeconds = new Histogram({
    name: "tertulia_store_append_seconds",
    help: "Time to store one message (assigning its seq), by outcome.",
    labelNames: ["outcome"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly busPublished = new Counter({
    name: "tertulia_bus_published_total",
    help: "Room events this replica published on the bus.",
    registers: [this.registry],
  });
  readonly busReceived = new Counter({
    name: "tertulia_bus_received_total",
    help: "Room events the bus delivered to this replica's room streams (one per stream listening to the room).",
    registers: [this.registry],
  });
  readonly busResyncs = new Counter({
    name: "tertulia_bus_resyncs_total",
    help: "Times the bus said deliveries may have been lost (subscribers re-read the store).",
    registers: [this.registry],
  });

  #presenceClaims: () => number = () => 0;

  constructor(options: { readonly roomLabelLimit?: number } = {}) {
    this.rooms = new BoundedLabel(options.roomLabelLimit ?? ROOM_LABEL_LIMIT);
    const claims = () => this.#presenceClaims();
    new Gauge({
      name: "tertulia_presence_claims",
      help: "Presence claims held by this replica (a user's open stream or web-tier lease in a room).",
      registers: [this.registry],
      collect() {
        this.set(claims());
      },
    });
    registerProcessMetrics(this.registry);
  }

  /** Reads the presence tracker's claim count at each scrape. */
  trackPresence(count: () => number): void {
    this.#presenceClaims = count;
  }
}
