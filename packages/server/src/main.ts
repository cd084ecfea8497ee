#!/usr/bin/env bun
import { setLogger } from "@grpc/grpc-js";
import { COMMIT, createLogger, PortInUseError, portInUseOr, VERSION } from "@tertulia/runtime";
import { serveMetrics } from "@tertulia/runtime/metrics";
import { startTracing } from "@tertulia/runtime/tracing";
/**
 * The server process: reads the environment, wires the parts, handles signals. Nothing else lives here.
 */
import { type Backends, openBackends } from "./backends.ts";
import { BusOpenError } from "./bus/redis-bus.ts";
import { ConfigError, ENVIRONMENT_HELP, loadConfig } from "./config.ts";
import { ServerMetrics } from "./metrics/server-metrics.ts";
import { seedDemoUsers } from "./seed/demo-users.ts";
import { ListenError, startChatServer } from "./server.ts";
import { StoreOpenError } from "./store/store.ts";

if (process.argv.includes("--version")) {
  console.log(`tertulia-server ${VERSION} (${COMMIT})`);
  process.exit(0);
}
if (process.argv.includes("--help")) {
  console.log(`tertulia-server ${VERSION}: Tertulia's gRPC chat server.\n\nEnvironment:`);
  for (const [name, help] of ENVIRONMENT_HELP) console.log(`  ${name.padEnd(22)} ${help}`);
  process.exit(0);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`tertulia-server: ${error.message}`);
  process.exit(2);
}

const tracing = startTracing(config.tracing);
const log = createLogger({
  level: config.logLevel,
  base: { service: "tertulia-server" },
  context: tracing.enabled ? tracing.logFields : undefined,
});
// grpc-js writes its own errors to stderr by default; they belong in the JSON log, so stderr keeps only
// the one line a failed start-up prints.
setLogger({
  error: (...parts: unknown[]) => log.warn("grpc-js", { message: parts.join(" ") }),
  info: (...parts: unknown[]) => log.debug("grpc-js", { message: parts.join(" ") }),
  debug: (...parts: unknown[]) => log.debug("grpc-js", { message: parts.join(" ") }),
});
if (config.jwt.generated) log.warn("JWT_SECRET is not set: using a random secret; tokens end with this process");

let backends: Backends;
try {
  backends = await openBackends(config, log);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`tertulia-server: ${error.message}`);
    process.exit(2);
  }
  if (!(error instanceof StoreOpenError || error instanceof BusOpenError)) throw error;
  exitWithStartupError(error.message);
}
const { store, bus, presence } = backends;
log.info("backends", backends.description);
if (config.seedDemoUsers) {
  const created = await seedDemoUsers(store);
  if (created.length > 0) log.info("demo users created", { users: created });
}

const metrics = config.metricsPort === null ? undefined : new ServerMetrics();
let server: Awaited<ReturnType<typeof startChatServer>>;
let metricsEndpoint: ReturnType<typeof serveMetrics> | undefined;
try {
  // The metrics port first: when it is taken, the process stops before it holds the gRPC port.
  metricsEndpoint = metrics && serveMetrics(metrics.registry, { host: config.host, port: config.metricsPort! });
  server = await startChatServer({ config, store, bus, presence, log, metrics, tracing });
} catch (error) {
  const failure = portInUseOr(error, config.port, "PORT");
  if (!(failure instanceof ListenError || failure instanceof PortInUseError)) throw error;
  await Promise.allSettled([store.close(), bus.close()]);
  exitWithStartupError(failure.message);
}
if (metricsEndpoint) log.info("metrics listening", { port: metricsEndpoint.port, path: "/metrics" });
if (tracing.enabled) log.info("tracing on", { sampleRatio: config.tracing.sampleRatio });

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    log.info("signal received", { signal });
    void server
      .shutdown()
      .then(() => Promise.all([metricsEndpoint?.stop(), tracing.shutdown()]))
      .then(() => process.exit(0));
  });
}

/** Start-up failures are one line naming the variable or file, and exit code 2 (as a bad variable does). */
function exitWithStartupError(message: string): never {
  log.error("cannot start", { error: message });
  console.error(`tertulia-server: ${message}`);
  process.exit(2);
}
