#!/usr/bin/env bun
/**
 * The web tier process: reads the environment, wires the parts, handles signals. Nothing else lives here.
 */
import { TertuliaClient } from "@tertulia/protocol";
import { COMMIT, createLogger, PortInUseError, portInUseOr, VERSION } from "@tertulia/runtime";
import { serveMetrics } from "@tertulia/runtime/metrics";
import { startTracing, tracingInterceptor } from "@tertulia/runtime/tracing";
import { startWebTier } from "./app.ts";
import { ConfigError, ENVIRONMENT_HELP, loadConfig, type WebConfig } from "./config.ts";
import { WebMetrics } from "./metrics/web-metrics.ts";

if (process.argv.includes("--version")) {
  console.log(`tertulia-client ${VERSION} (${COMMIT})`);
  process.exit(0);
}
if (process.argv.includes("--help")) {
  console.log(
    `tertulia-client ${VERSION}: Tertulia's web tier (the chat page, bridged to the server over gRPC).\n\nEnvironment:`,
  );
  for (const [name, help] of ENVIRONMENT_HELP) console.log(`  ${name.padEnd(36)} ${help}`);
  process.exit(0);
}

let config: WebConfig;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`tertulia-client: ${error.message}`);
  process.exit(2);
}

const tracing = startTracing(config.tracing);
const log = createLogger({
  level: config.logLevel,
  base: { service: "tertulia-client" },
  context: tracing.enabled ? tracing.logFields : undefined,
});
for (const name of config.generatedSecrets) log.warn(`${name} is not set: using a random one for this process`);

// Round robin over every address the target resolves to (a headless Service lists each server pod).
// Keepalive pings notice a replica that vanished without closing its connections (node lost) within 30 s,
// so room streams and sends move to the others; the server permits pings every 10 s.
const client = new TertuliaClient(config.serverUrl, {
  channelOptions: {
    "grpc.service_config": JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
    "grpc.keepalive_time_ms": 20_000,
    "grpc.keepalive_timeout_ms": 10_000,
  },
  // Carries the trace context of a `send` frame into SendNote's metadata.
  interceptors: tracing.enabled ? [tracingInterceptor(tracing)] : undefined,
});
const metrics = config.metricsPort === null ? undefined : new WebMetrics();
let web: Awaited<ReturnType<typeof startWebTier>>;
let metricsEndpoint: ReturnType<typeof serveMetrics> | undefined;
try {
  // The metrics port first: when it is taken, the process stops before it holds the web port.
  metricsEndpoint = metrics && serveMetrics(metrics.registry, { host: config.host, port: config.metricsPort! });
  web = await startWebTier({
    config,
    client,
    log,
    metrics,
    tracing,
  });
} catch (error) {
  // Bun.serve's listen failure carries the syscall's code (EADDRINUSE, EACCES).
  const failure = portInUseOr(error, config.port, "PORT");
  const code = (error as { code?: unknown }).code;
  if (!(failure instanceof PortInUseError) && typeof code !== "string") throw error;
  const message = failure instanceof PortInUseError ? failure.message : `HOST ${config.host}: cannot listen: ${code}`;
  log.error("cannot start", { error: message });
  console.error(`tertulia-client: ${message}`);
  process.exit(2);
}
if (metricsEndpoint) log.info("metrics listening", { port: metricsEndpoint.port, path: "/metrics" });
if (tracing.enabled) log.info("tracing on", { sampleRatio: config.tracing.sampleRatio });

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    log.info("signal received", { signal });
    const deadline = setTimeout(() => process.exit(1), config.shutdownTimeoutMs);
    void Promise.all([web.stop(), metricsEndpoint?.stop()]).then(async () => {
      await tracing.shutdown();
      clearTimeout(deadline);
      process.exit(0);
    });
  });
}
