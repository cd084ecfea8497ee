/**
 * A stand-in for an OpenTelemetry Collector's OTLP/HTTP receiver on a loopback port: it accepts
 * `POST /v1/traces` with a JSON-encoded ExportTraceServiceRequest (what @opentelemetry/exporter-trace-otlp-http
 * sends) and answers as the Collector does: 200 with a JSON ExportTraceServiceResponse (`{}`: no partial
 * success to report). Anything else is 404/415, as the spec says.
 * @see https://opentelemetry.io/docs/specs/otlp/#otlphttp-request (path, Content-Type application/json)
 * @see https://opentelemetry.io/docs/specs/otlp/#otlphttp-response (200 + response message of the same encoding)
 * @see https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding (ids as hex strings, enums as integers)
 */

/** One span as received, flattened from resourceSpans → scopeSpans → spans. */
export interface ReceivedSpan {
  readonly service: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
  readonly name: string;
  /** OTLP SpanKind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  readonly kind: number;
  readonly startNs: bigint;
  readonly endNs: bigint;
  readonly attributes: Readonly<Record<string, unknown>>;
  /** OTLP status code: 0 unset, 1 ok, 2 error. */
  readonly statusCode: number;
}

export interface OtlpReceiver {
  readonly endpoint: string;
  readonly spans: ReceivedSpan[];
  stop(): Promise<void>;
}

interface AnyValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface KeyValue {
  key: string;
  value: AnyValue;
}
interface ExportRequest {
  resourceSpans?: Array<{
    resource?: { attributes?: KeyValue[] };
    scopeSpans?: Array<{
      spans?: Array<{
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name: string;
        kind: number;
        startTimeUnixNano: string;
        endTimeUnixNano: string;
        attributes?: KeyValue[];
        status?: { code?: number };
      }>;
    }>;
  }>;
}

export function startOtlpReceiver(): OtlpReceiver {
  const spans: ReceivedSpan[] = [];
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(request) {
      if (request.method !== "POST" || new URL(request.url).pathname !== "/v1/traces")
        return new Response("not found", { status: 404 });
      if (!request.headers.get("content-type")?.startsWith("application/json"))
        return new Response("unsupported media type", { status: 415 });
      const body = (await request.json()) as ExportRequest;
      for (const resourceSpans of body.resourceSpans ?? []) {
        const resource = attributes(resourceSpans.resource?.attributes);
        for (const scope of resourceSpans.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) {
            spans.push({
              service: String(resource["service.name"]),
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId ?? "",
              name: span.name,
              kind: span.kind,
              startNs: BigInt(span.startTimeUnixNano),
              endNs: BigInt(span.endTimeUnixNano),
              attributes: attributes(span.attributes),
              statusCode: span.status?.code ?? 0,
            });
          }
        }
      }
      return Response.json({});
    },
  });
  return { endpoint: `http://127.0.0.1:${server.port}`, spans, stop: () => server.stop(true) };
}

function attributes(list: KeyValue[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, value } of list)
    out[key] = value.stringValue ?? value.boolValue ?? value.doubleValue ?? Number(value.intValue);
  return out;
}

/** A trace as an indented tree: name, service and duration of each span, children by start time. */
export function renderTrace(spans: readonly ReceivedSpan[]): string {
  const t0 = [...spans].sort((a, b) => Number(a.startNs - b.startNs))[0]!.startNs;
  const ids = new Set(spans.map((s) => s.spanId));
  const lines: string[] = [];
  const walk = (span: ReceivedSpan, depth: number) => {
    const start = Number(span.startNs - t0) / 1e6;
    const duration = Number(span.endNs - span.startNs) / 1e6;
    lines.push(
      `${"  ".repeat(depth)}${span.name} [${span.service}] +${start.toFixed(2)} ms, ${duration.toFixed(2)} ms`,
    );
    for (const child of spans
      .filter((s) => s.parentSpanId === span.spanId)
      .sort((a, b) => Number(a.startNs - b.startNs)))
      walk(child, depth + 1);
  };
  for (const root of spans.filter((s) => !ids.has(s.parentSpanId))) walk(root, 0);
  return lines.join("\n");
}
