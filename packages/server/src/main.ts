#!/usr/bin/env bun
import { COMMIT, createLogger, VERSION } from "@tertulia/protocol";
/**
 * The server process: reads the environment, wires the parts, handles signals. Nothing else lives here.
 */
import { type Backends, openBackends } from "./backends.ts";
import { BusOpenError } from "./bus/redis-bus.ts";
import { ConfigError, ENVIRONMENT_HELP, loadConfig } from "./config.ts";
import { seedDemoUsers } from "./seed/demo-users.ts";
import { startChatServer } from "./server.ts";
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

const log = createLogger({ level: config.logLevel, base: { service: "tertulia-server" } });
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
  log.error("cannot start", { error: error.message });
  console.error(`tertulia-server: ${error.message}`);
  process.exit(1);
}
const { store, bus, presence } = backends;
log.info("backends", backends.description);
if (config.seedDemoUsers) {
  const created = await seedDemoUsers(store);
  if (created.length > 0) log.info("demo users created", { users: created });
}

const server = await startChatServer({ config, store, bus, presence, log });

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    log.info("signal received", { signal });
    void server.shutdown().then(() => process.exit(0));
  });
}
