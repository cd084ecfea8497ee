/**
 * What metrics and tracing cost: `--telemetry off,metrics,tracing` runs every scenario run once per mode,
 * interleaved (the order rotates run by run), so each mode sees the same machine load, and prints CPU per
 * message for each with its change against `off`.
 *
 * - off: METRICS_PORT=off, no OTLP endpoint (nothing counted, no span made).
 * - metrics: both tiers count and serve /metrics on a free port (the manifests' setting).
 * - tracing: metrics, plus OTLP/HTTP export to a sink in this process, sampling TRACE_RATIO of new traces.
 */
import type { BenchReport, Figures, ScenarioReport } from "./report.ts";

export const TELEMETRY_MODES = ["off", "metrics", "tracing"] as const;
export type TelemetryMode = (typeof TELEMETRY_MODES)[number];

/** Share of messages traced in the tracing mode (OTEL_TRACES_SAMPLER_ARG). */
export const TRACE_RATIO = 0.1;

export function parseTelemetry(text: string): TelemetryMode[] {
  const modes = text.split(",").filter(Boolean);
  const unknown = modes.filter((m) => !TELEMETRY_MODES.includes(m as TelemetryMode));
  if (unknown.length > 0 || modes.length === 0)
    throw new Error(`--telemetry wants some of ${TELEMETRY_MODES.join(",")}, got '${text}'`);
  return modes as TelemetryMode[];
}

/** The environment of server and web tier for a mode. */
export function telemetryEnv(mode: TelemetryMode, otlpEndpoint: string): Record<string, string> {
  if (mode === "off") return { METRICS_PORT: "off" };
  if (mode === "metrics") return { METRICS_PORT: "0" };
  return { METRICS_PORT: "0", OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint, OTEL_TRACES_SAMPLER_ARG: String(TRACE_RATIO) };
}

/**
 * An OTLP/HTTP receiver that accepts and drops what it is sent, answering 200 `{}` as a Collector does
 * (https://opentelemetry.io/docs/specs/otlp/#otlphttp-response); counts requests and bytes for the notes.
 */
export function startOtlpSink(): {
  endpoint: string;
  received: () => { requests: number; bytes: number };
  stop(): void;
} {
  let requests = 0;
  let bytes = 0;
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(request) {
      requests += 1;
      bytes += (await request.arrayBuffer()).byteLength;
      return Response.json({});
    },
  });
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    received: () => ({ requests, bytes }),
    stop: () => void server.stop(true),
  };
}

const CPU_FIGURES = ["server cpu us/message", "web cpu us/message"] as const;

/** CPU per message for each mode (medians of the runs), with the change against `off`. */
export function formatOverhead(byMode: ReadonlyMap<TelemetryMode, readonly ScenarioReport[]>): string {
  const off = byMode.get("off");
  const lines = [
    "| scenario | mode | server cpu us/message | web cpu us/message | both | change vs off |",
    "|---|---|---:|---:|---:|---:|",
  ];
  const total = (f: Figures) => CPU_FIGURES.reduce((sum, name) => sum + (f[name] ?? 0), 0);
  for (const [mode, scenarios] of byMode) {
    for (const scenario of scenarios) {
      const f = scenario.figures;
      const base = off?.find((s) => s.id === scenario.id)?.figures;
      const change = base && mode !== "off" ? `${(((total(f) - total(base)) / total(base)) * 100).toFixed(1)} %` : "";
      lines.push(
        `| ${scenario.title} | ${mode} | ${f[CPU_FIGURES[0]] ?? "-"} | ${f[CPU_FIGURES[1]] ?? "-"} | ${total(f)} | ${change} |`,
      );
    }
  }
  return lines.join("\n");
}

export type TelemetryReports = Partial<Record<TelemetryMode, BenchReport>>;
