/**
 * Every metric the web tier exports, defined once: sockets, frames in and out by type, refusals by reason,
 * the send round trip (a `send` frame in → its stored copy out to the room), and the relay's room streams
 * with their lag. Label values are fixed sets from our own code (frame types, refusal reasons, error codes,
 * gRPC code names); never a user, never a room.
 */
import { Counter, Gauge, Histogram, Registry, registerProcessMetrics } from "@tertulia/runtime/metrics";
import type { FrameRefusal, SocketObserver } from "../rooms/socket-observer.ts";

/** Seconds: a round trip on loopback is ~1 ms; through an ALB and a busy store, up to the 5 s deadline. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class WebMetrics implements SocketObserver {
  readonly registry = new Registry();

  readonly socketsOpen = new Gauge({
    name: "tertulia_web_sockets_open",
    help: "Browser WebSockets open on this pod.",
    registers: [this.registry],
  });
  readonly socketsOpened = new Counter({
    name: "tertulia_web_sockets_opened_total",
    help: "Browser WebSockets accepted (after the session and origin checks).",
    registers: [this.registry],
  });
  readonly framesReceived = new Counter({
    name: "tertulia_web_frames_received_total",
    help: "Valid frames from browsers, by type (join, leave, send, typing, history).",
    labelNames: ["type"] as const,
    registers: [this.registry],
  });
  readonly framesRefused = new Counter({
    name: "tertulia_web_frames_refused_total",
    help: "Frames turned away before handling, by reason (too_large, rate_limited, bad_frame).",
    labelNames: ["reason"] as const,
    registers: [this.registry],
  });
  readonly framesSent = new Counter({
    name: "tertulia_web_frames_sent_total",
    help: "Frames sent, by type: to one socket (hello, joined, history, error) or published once to a room's sockets (message, presence, status, reset).",
    labelNames: ["type"] as const,
    registers: [this.registry],
  });
  readonly errorsSent = new Counter({
    name: "tertulia_web_error_frames_total",
    help: "Error frames sent to browsers, by code (rate_limited, invalid, unavailable, session_expired, not_joined, bad_frame …).",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });
  readonly sendRoundTrip = new Histogram({
    name: "tertulia_web_send_round_trip_seconds",
    help: "From a send frame received to its stored copy published to the room, on the same pod.",
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly relayLag = new Histogram({
    name: "tertulia_web_relay_lag_seconds",
    help: "Age of a live message when the relay publishes it (now minus the server's sent-at; includes clock skew).",
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly relayStreamEnds = new Counter({
    name: "tertulia_web_relay_stream_ends_total",
    help: "Room streams to the server that ended and were reopened, by gRPC code (a loop shows as a steady rate).",
    labelNames: ["grpc_code"] as const,
    registers: [this.registry],
  });

  readonly #refused: Record<FrameRefusal, { inc(): void }>;
  /** By frame type and error code: fixed sets from our own protocol, so each holds a handful of children. */
  readonly frameSent = childrenOf(this.framesSent);
  readonly frameReceived = childrenOf(this.framesReceived);
  readonly errorSent = childrenOf(this.errorsSent);

  #relayStreams: () => number = () => 0;

  constructor() {
    const streams = () => this.#relayStreams();
    new Gauge({
      name: "tertulia_web_relay_streams",
      help: "Room streams this pod holds open to the server (one per room with a local member).",
      registers: [this.registry],
      collect() {
        this.set(streams());
      },
    });
    this.#refused = {
      too_large: this.framesRefused.labels("too_large"),
      rate_limited: this.framesRefused.labels("rate_limited"),
      bad_frame: this.framesRefused.labels("bad_frame"),
    };
    registerProcessMetrics(this.registry);
  }

  /** Reads the relay's open room streams at each scrape. */
  trackRelayStreams(count: () => number): void {
    this.#relayStreams = count;
  }

  opened(): void {
    this.socketsOpened.inc();
    this.socketsOpen.inc();
  }

  closed(): void {
    this.socketsOpen.dec();
  }

  refused(reason: FrameRefusal): void {
    this.#refused[reason].inc();
  }
}

/**
 * A labelled counter's children, each made once: prom-client's `labels(value)` builds a label object and a
 * bound `inc` on every call, and these are counted for every frame in and out.
 */
function childrenOf(counter: Counter<string>): (value: string) => { inc(): void } {
  const children = new Map<string, { inc(): void }>();
  return (value) => {
    let child = children.get(value);
    if (!child) children.set(value, (child = counter.labels(value)));
    return child;
  };
}
