/**
 * Metrics and traces for every RPC, added where handlers are registered: `observeServer(server)` wraps
 * `server.addService`, so each service module keeps registering plain handlers and none of them knows about
 * counters or spans.
 *
 * Unary calls: started, handled (by status code) and latency; with tracing on, a SERVER span whose parent is
 * the caller's `traceparent`, active while the handler runs (the store's span hangs under it). Streams:
 * started, handled when they end, open now, and subscribers per (capped) room; no span, since a stream lives
 * for hours and a trace is one message.
 */
import {
  type Server,
  type ServerUnaryCall,
  type ServerWritableStream,
  type ServiceDefinition,
  type sendUnaryData,
  status,
  type UntypedServiceImplementation,
} from "@grpc/grpc-js";
import { normalizeRoomName } from "@tertulia/protocol";
import { context, endSpan, extractTraceContext, SpanKind, type Tracing, trace } from "@tertulia/runtime/tracing";
import type { ServerMetrics } from "./server-metrics.ts";

/** grpc-go's names for status codes (`OK`, `InvalidArgument` …), as go-grpc-prometheus labels them. */
const CODE_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(status)
    .filter(([, value]) => typeof value === "number")
    .map(([name, value]) => [
      value,
      name === "OK" ? "OK" : name.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase()),
    ]),
);

export interface Observers {
  readonly metrics: ServerMetrics;
  readonly tracing: Tracing;
}

/** From now on, every service added to `server` is observed. */
export function observeServer(server: Server, observers: Observers): void {
  const addService = server.addService.bind(server);
  server.addService = (service, implementation) => addService(service, observe(service, implementation, observers));
}

/** Handlers are untyped here: this wrapper sits under every service's own typed table. */
type Handler = (...args: never[]) => void;

function observe(
  service: ServiceDefinition,
  implementation: UntypedServiceImplementation,
  observers: Observers,
): UntypedServiceImplementation {
  const observed: UntypedServiceImplementation = {};
  for (const [name, handler] of Object.entries(implementation)) {
    const definition = service[name];
    if (!definition || typeof handler !== "function") {
      observed[name] = handler;
      continue;
    }
    const [, serviceName = "", method = name] = definition.path.split("/");
    const labels = { grpc_service: serviceName, grpc_method: method };
    if (!definition.requestStream && !definition.responseStream) {
      observed[name] = observeUnary(handler as Handler, labels, definition.path, observers);
    } else if (!definition.requestStream && definition.responseStream) {
      observed[name] = observeServerStream(handler as Handler, labels, observers);
    } else {
      observed[name] = handler;
    }
  }
  return observed;
}

type UnaryHandler = (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => void;
type StreamHandler = (call: ServerWritableStream<{ room?: string }, unknown>) => void;

function observeUnary(
  raw: Handler,
  names: { grpc_service: string; grpc_method: string },
  path: string,
  { metrics, tracing }: Observers,
): UnaryHandler {
  const handler = raw as unknown as UnaryHandler;
  const labels = { ...names, grpc_type: "unary" };
  const started = metrics.rpcStarted.labels(labels);
  const seconds = metrics.rpcSeconds.labels(labels);
  const handled = codeCounter(metrics, labels);
  return (call, callback) => {
    started.inc();
    const t0 = performance.now();
    const finish = (code: number) => {
      seconds.observe((performance.now() - t0) / 1000);
      handled(code);
    };
    if (!tracing.enabled) {
      handler(call, (error, ...rest) => {
        finish(error ? (error.code ?? status.UNKNOWN) : status.OK);
        callback(error, ...rest);
      });
      return;
    }
    const parent = extractTraceContext(call.metadata);
    const span = tracing.tracer.startSpan(
      path.slice(1),
      { kind: SpanKind.SERVER, attributes: { "rpc.system": "grpc", "rpc.method": path } },
      parent,
    );
    context.with(trace.setSpan(parent, span), () =>
      handler(call, (error, ...rest) => {
        const code = error ? (error.code ?? status.UNKNOWN) : status.OK;
        finish(code);
        endSpan(span, code);
        callback(error, ...rest);
      }),
    );
  };
}

function observeServerStream(
  raw: Handler,
  names: { grpc_service: string; grpc_method: string },
  { metrics }: Observers,
): StreamHandler {
  const handler = raw as unknown as StreamHandler;
  const labels = { ...names, grpc_type: "server_stream" };
  const started = metrics.rpcStarted.labels(labels);
  const open = metrics.streamsOpen.labels(names.grpc_method);
  const handled = codeCounter(metrics, labels);
  return (call) => {
    started.inc();
    open.inc();
    // ChatStream's request has no room (the default one); a name breaking the rule is refused by the handler.
    const name = normalizeRoomName(call.request?.room);
    const room = name === null ? "invalid" : metrics.rooms.of(name);
    const subscribers = metrics.roomSubscribers.labels(room);
    subscribers.inc();
    let ended = false;
    // grpc-js: 'cancelled' when the client goes away; 'finish' after the status is sent (pendingStatus holds
    // it, set by the stream's own 'error' listener); 'close' when it is torn down. Count the first.
    const end = (code: number) => {
      if (ended) return;
      ended = true;
      open.dec();
      subscribers.dec();
      handled(code);
    };
    call.once("cancelled", () => end(status.CANCELLED));
    call.once("finish", () => end(pendingCode(call)));
    call.once("close", () => end(pendingCode(call)));
    handler(call);
  };
}

/** The status a server stream is about to send or sent (grpc-js keeps it on the stream; OK by default). */
function pendingCode(call: ServerWritableStream<unknown, unknown>): number {
  return (call as unknown as { pendingStatus?: { code?: number } }).pendingStatus?.code ?? status.OK;
}

/**
 * Counts each request answered on a SendStream as its unary twin (SendNote, UpdatePresence) with
 * grpc_type "stream_message": a dashboard of SendNote by code keeps counting every send, and the type tells
 * the two paths apart.
 */
export function observeStreamMessages(
  metrics: ServerMetrics,
): (method: "SendNote" | "UpdatePresence", code: number, seconds: number) => void {
  const per = new Map<string, { started(): void; seconds(s: number): void; handled(code: number): void }>();
  return (method, code, seconds) => {
    let observers = per.get(method);
    if (!observers) {
      const labels = { grpc_service: "ChatServer", grpc_method: method, grpc_type: "stream_message" };
      const started = metrics.rpcStarted.labels(labels);
      const histogram = metrics.rpcSeconds.labels(labels);
      observers = {
        started: () => started.inc(),
        seconds: (s) => histogram.observe(s),
        handled: codeCounter(metrics, labels),
      };
      per.set(method, observers);
    }
    observers.started();
    observers.seconds(seconds);
    observers.handled(code);
  };
}

function codeCounter(metrics: ServerMetrics, labels: Record<string, string>): (code: number) => void {
  const children = new Map<number, { inc(): void }>();
  return (code) => {
    let child = children.get(code);
    if (!child) {
      child = metrics.rpcHandled.labels({ ...labels, grpc_code: CODE_NAMES[code] ?? "Unknown" });
      children.set(code, child);
    }
    child.inc();
  };
}
