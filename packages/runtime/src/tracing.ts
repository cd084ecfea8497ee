/**
 * OpenTelemetry tracing for both tiers, off unless an OTLP endpoint is configured: then spans are batched
 * and exported over OTLP/HTTP (JSON) to `${endpoint}/v1/traces`, and W3C trace context (`traceparent`,
 * `tracestate`) travels in gRPC metadata, so one chat message is one trace from the web tier's socket
 * through SendNote into the store.
 *
 * Off means free: nothing is registered, no context manager runs, and callers skip their wrappers
 * (`tracing.enabled`), so the hot path pays one boolean test.
 *
 * Packages: the API, the trace SDK, W3C propagation from core, the AsyncLocalStorage context manager (so a
 * span started for a frame is still active when an RPC is made several awaits later) and the OTLP/HTTP
 * exporter; no auto-instrumentation (it patches modules at load, which `bun build --compile` bundles past).
 * @see https://opentelemetry.io/docs/specs/otel/protocol/exporter/ (endpoint and `/v1/traces` path)
 * @see https://www.w3.org/TR/trace-context/
 */
import type { Interceptor, Metadata } from "@grpc/grpc-js";
import { status as grpcStatus, InterceptingCall } from "@grpc/grpc-js";
import {
  type Context,
  context,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TextMapGetter,
  type TextMapSetter,
  type Tracer,
  trace,
} from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  ParentBasedSampler,
  type SpanExporter,
  TraceIdRatioBasedSampler,
  TracerProvider,
} from "@opentelemetry/sdk-trace";

export { type Context, context, type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
export { InMemorySpanExporter, type ReadableSpan, type SpanExporter } from "@opentelemetry/sdk-trace";

export interface TracingOptions {
  /** `service.name` on every span (OTEL_SERVICE_NAME). */
  readonly serviceName: string;
  /** OTEL_EXPORTER_OTLP_ENDPOINT, e.g. http://otel-collector:4318; null turns tracing off. */
  readonly endpoint: string | null;
  /** Share of new traces kept (OTEL_TRACES_SAMPLER_ARG); a sampled parent is always followed. @default 1 */
  readonly sampleRatio?: number;
  /** Replaces the OTLP exporter (tests pass an in-memory one; tracing is then on). */
  readonly exporter?: SpanExporter;
  /** How often the batch is sent. @default 5000 (the SDK's) */
  readonly exportDelayMs?: number;
}

export interface Tracing {
  readonly enabled: boolean;
  readonly tracer: Tracer;
  /** The active span's ids for a log line, or nothing outside a span. */
  logFields(): { trace_id: string; span_id: string } | undefined;
  /** Sends what is batched. */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

const propagator = new W3CTraceContextPropagator();

/** Tracing that records nothing: what every process runs without an endpoint. */
export const tracingOff: Tracing = {
  enabled: false,
  tracer: trace.getTracer("off"),
  logFields: () => undefined,
  flush: async () => {},
  shutdown: async () => {},
};

export function startTracing(options: TracingOptions): Tracing {
  if (!options.endpoint && !options.exporter) return tracingOff;
  const exporter =
    options.exporter ?? new OTLPTraceExporter({ url: `${options.endpoint!.replace(/\/+$/, "")}/v1/traces` });
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ "service.name": options.serviceName }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(options.sampleRatio ?? 1) }),
    spanProcessors: [new BatchSpanProcessor({ exporter, scheduledDelayMillis: options.exportDelayMs })],
  });
  // The context manager is process-wide; a second tier in the same process (tests) finds it already set.
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const tracer = provider.getTracer(options.serviceName);
  return {
    enabled: true,
    tracer,
    logFields() {
      const span = trace.getActiveSpan();
      if (!span) return undefined;
      const { traceId, spanId } = span.spanContext();
      return { trace_id: traceId, span_id: spanId };
    },
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

const metadataGetter: TextMapGetter<Metadata> = {
  keys: (carrier) => Object.keys(carrier.getMap()),
  get: (carrier, key) => {
    const values = carrier.get(key);
    return values.length === 0 ? undefined : values.map(String);
  },
};

const metadataSetter: TextMapSetter<Metadata> = {
  set: (carrier, key, value) => carrier.set(key, value),
};

/** The caller's trace context from a call's metadata (the root context when it carries none). */
export function extractTraceContext(metadata: Metadata): Context {
  return propagator.extract(ROOT_CONTEXT, metadata, metadataGetter);
}

/**
 * A grpc-js client interceptor: for a call made inside an active span, a CLIENT span named after the method,
 * whose context goes out as `traceparent` metadata. Calls made outside any span (the relay's long-lived
 * room streams, lease renewals) pass untouched and start no trace.
 * @see https://grpc.io/docs/guides/interceptors/
 */
export function tracingInterceptor(tracing: Tracing): Interceptor {
  return (options, nextCall) => {
    const parent = context.active();
    if (!tracing.enabled || !trace.getSpan(parent)) return new InterceptingCall(nextCall(options));
    const path = options.method_definition.path;
    const span = tracing.tracer.startSpan(
      `grpc ${path.slice(1)}`,
      { kind: SpanKind.CLIENT, attributes: { "rpc.system": "grpc", "rpc.method": path } },
      parent,
    );
    return new InterceptingCall(nextCall(options), {
      start(metadata, _listener, next) {
        propagator.inject(trace.setSpan(parent, span), metadata, metadataSetter);
        next(metadata, {
          onReceiveStatus(status, nextStatus) {
            endSpan(span, status.code);
            nextStatus(status);
          },
        });
      },
    });
  };
}

/** Ends `span` with the gRPC status it answered with (anything but OK is an error). */
export function endSpan(span: Span, code: number): void {
  span.setAttribute("rpc.grpc.status_code", code);
  if (code !== grpcStatus.OK) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}
