/**
 * The environment both tiers read for metrics and tracing, written once: the same names, checks, defaults
 * and help text on the server and the web tier, so the manifests and dashboards can rely on them.
 */
import { z } from "zod";

/** What a tier's config keeps of the variables below. */
export interface ObservabilityConfig {
  /** null: no /metrics listener. */
  readonly metricsPort: number | null;
  readonly tracing: { readonly endpoint: string | null; readonly sampleRatio: number; readonly serviceName: string };
}

/** The variables' schemas, to spread into a tier's environment schema. */
export function observabilityEnvironment(defaultServiceName: string) {
  return {
    /** Prometheus /metrics on its own port; "off" or unset: none (so processes on one machine never collide). */
    METRICS_PORT: z
      .union([z.literal("off"), z.literal(""), z.coerce.number().int().min(0).max(65_535)], {
        error: "expected a port number or off",
      })
      .optional(),
    /** Set: traces exported by OTLP/HTTP to `<url>/v1/traces`; unset: tracing off. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z
      .url({ protocol: /^https?$/, error: "expected an http:// or https:// URL" })
      .optional(),
    OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
    OTEL_SERVICE_NAME: z.string().min(1).default(defaultServiceName),
  };
}

type ObservabilityEnvironment = z.infer<z.ZodObject<ReturnType<typeof observabilityEnvironment>>>;

export function observabilityConfig(e: ObservabilityEnvironment): ObservabilityConfig {
  return {
    metricsPort:
      e.METRICS_PORT === undefined || e.METRICS_PORT === "off" || e.METRICS_PORT === "" ? null : e.METRICS_PORT,
    tracing: {
      endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT ?? null,
      sampleRatio: e.OTEL_TRACES_SAMPLER_ARG,
      serviceName: e.OTEL_SERVICE_NAME,
    },
  };
}

/** The variables' lines for a tier's `--help`. */
export function observabilityHelp(manifestMetricsPort: number, defaultServiceName: string): [string, string][] {
  return [
    [
      "METRICS_PORT",
      `Prometheus /metrics port, not behind the load balancer (${manifestMetricsPort} in the manifests; unset/off: none)`,
    ],
    ["OTEL_EXPORTER_OTLP_ENDPOINT", "http(s)://collector:4318: export traces by OTLP/HTTP (unset: tracing off)"],
    ["OTEL_TRACES_SAMPLER_ARG", "share of new traces kept, 0-1 (default 1)"],
    ["OTEL_SERVICE_NAME", `service.name on spans (default ${defaultServiceName})`],
  ];
}
