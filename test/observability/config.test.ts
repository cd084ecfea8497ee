/** Both tiers read the observability variables the same way: unset means off, bad values name the variable. */
import { describe, expect, test } from "bun:test";
import { loadConfig as loadWebConfig } from "@tertulia/client/src/config.ts";
import { loadConfig as loadServerConfig } from "@tertulia/server/src/config.ts";

describe.each([
  ["server", loadServerConfig],
  ["web tier", loadWebConfig],
] as const)("%s", (_tier, load) => {
  test("metrics and tracing are off unless asked for", () => {
    const config = load({});
    expect(config.metricsPort).toBeNull();
    expect(config.tracing.endpoint).toBeNull();
    expect(load({ METRICS_PORT: "off" }).metricsPort).toBeNull();
    expect(load({ METRICS_PORT: "" }).metricsPort).toBeNull();
  });

  test("a port and an endpoint turn them on", () => {
    const config = load({
      METRICS_PORT: "9464",
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318",
      OTEL_TRACES_SAMPLER_ARG: "0.25",
    });
    expect(config.metricsPort).toBe(9464);
    expect(config.tracing).toMatchObject({ endpoint: "http://collector:4318", sampleRatio: 0.25 });
  });

  test("bad values are refused by name", () => {
    expect(() => load({ METRICS_PORT: "metrics" })).toThrow(/METRICS_PORT/);
    expect(() => load({ METRICS_PORT: "70000" })).toThrow(/METRICS_PORT/);
    expect(() => load({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(() => load({ OTEL_TRACES_SAMPLER_ARG: "2" })).toThrow(/OTEL_TRACES_SAMPLER_ARG/);
  });
});
