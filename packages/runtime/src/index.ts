/**
 * @tertulia/runtime: what every Tertulia process needs that is not the wire contract: the structured
 * logger, validated environment and secrets, durations, a busy port said in one line, and the build's
 * version. Metrics and tracing are subpaths (`@tertulia/runtime/metrics`, `@tertulia/runtime/tracing`) so a
 * process that needs neither loads neither prom-client nor OpenTelemetry.
 */
export { parseDuration } from "./duration.ts";
export {
  ConfigError,
  isProduction,
  MIN_SECRET_BITS,
  MIN_SECRET_BYTES,
  parseEnvironment,
  requireDistinctSecrets,
  secretFromEnvironment,
  secretWeakness,
} from "./environment.ts";
export { createLogger, type LogFields, type Logger, type LogLevel, silentLogger } from "./logger.ts";
export {
  type ObservabilityConfig,
  observabilityConfig,
  observabilityEnvironment,
  observabilityHelp,
} from "./observability-environment.ts";
export { ensurePortFree, isAddressInUse, PortInUseError, portInUseOr } from "./port-in-use.ts";
export { COMMIT, VERSION } from "./version.ts";
