/**
 * The local stack: the chat server (SQLite in the data directory, demo users, sign-up on) and the web tier,
 * in one command. Ctrl-C stops both. Nothing needs AWS or a network service.
 *
 * Reads: PORT (web, 5000), GRPC_PORT (chat server, 50051), METRICS_PORT (the server's /metrics) and
 * WEB_METRICS_PORT (the web tier's; both off when unset), DATA_DIR (./data), DATABASE_PATH
 * (DATA_DIR/tertulia.db); any other variable reaches both processes as it is (see the root README).
 * Development secrets live in DATA_DIR/dev-secrets.json (see local/dev-secrets.ts), so a restart keeps
 * everyone logged in; a secret given in the environment wins over the file.
 */
import { resolve } from "node:path";
import { ensurePortFree, isProduction, PortInUseError } from "@tertulia/runtime";
import { DEMO_PASSWORD, DEMO_USERS } from "../packages/server/src/seed/demo-users.ts";
import { DEV_SECRET_NAMES, type DevSecrets, DevSecretsError, loadOrCreateDevSecrets } from "./local/dev-secrets.ts";

const root = resolve(import.meta.dir, "..");
const env = process.env;
const serverPort = env.GRPC_PORT || "50051";
const webPort = env.PORT || "5000";
const webHost = env.HOST || "0.0.0.0";
const dataDir = resolve(env.DATA_DIR || resolve(root, "data"));

try {
  for (const [host, port, variable] of [
    [webHost, webPort, "PORT"],
    ["127.0.0.1", serverPort, "GRPC_PORT"],
    ["127.0.0.1", env.METRICS_PORT, "METRICS_PORT"],
    [webHost, env.WEB_METRICS_PORT, "WEB_METRICS_PORT"],
  ] as const) {
    // Anything but a port number is left to the process, whose configuration error names the variable.
    if (port && /^\d{1,5}$/.test(port)) ensurePortFree(host, Number(port), variable);
  }
} catch (error) {
  if (!(error instanceof PortInUseError)) throw error;
  console.error(`[start] ${error.message}`);
  process.exit(2);
}

const secrets = developmentSecrets();
const children: Bun.Subprocess[] = [];

function developmentSecrets(): Partial<DevSecrets> {
  // Production (NODE_ENV) keeps its rule: secrets come from the environment only, and nothing is written.
  if (isProduction(env.NODE_ENV)) return {};
  try {
    const loaded = loadOrCreateDevSecrets(dataDir);
    if (loaded.created) console.error(`[start] development secrets created in ${loaded.path} (mode 0600)`);
    if (loaded.tightened) console.error(`[start] ${loaded.path} was readable by others: set back to 0600`);
    const fromEnvironment = DEV_SECRET_NAMES.filter((name) => env[name]).map((name) => [name, env[name]]);
    return { ...loaded.secrets, ...Object.fromEntries(fromEnvironment) };
  } catch (error) {
    if (!(error instanceof DevSecretsError)) throw error;
    console.error(`[start] ${error.message}`);
    process.exit(2);
  }
}

function start(name: string, entry: string, overrides: Record<string, string | undefined>): Bun.Subprocess {
  const childEnv = Object.fromEntries(
    Object.entries({ ...env, ...overrides }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const child = Bun.spawn(["bun", entry], {
    cwd: root,
    env: childEnv,
    stdout: "inherit",
    stderr: "inherit",
    onExit: (_proc, code) => {
      if (!stopping) {
        console.error(`[start] ${name} exited (${code}); stopping the stack`);
        stop(code ?? 1);
      }
    },
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  void Promise.all(children.map((c) => c.exited)).then(() => process.exit(code));
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

start("server", resolve(root, "packages/server/src/main.ts"), {
  PORT: serverPort,
  HOST: "127.0.0.1",
  SEED_DEMO_USERS: "1",
  ALLOW_SIGNUP: "1",
  JWT_SECRET: secrets.JWT_SECRET,
  RELAY_SECRET: secrets.RELAY_SECRET,
  DATABASE_PATH: env.DATABASE_PATH || resolve(dataDir, "tertulia.db"),
});
start("web", resolve(root, "packages/client/src/main.ts"), {
  PORT: webPort,
  SERVER_URL: `127.0.0.1:${serverPort}`,
  SESSION_SECRET: secrets.SESSION_SECRET,
  RELAY_SECRET: secrets.RELAY_SECRET,
  METRICS_PORT: env.WEB_METRICS_PORT,
  // The server's JWT secret is no business of the web tier.
  JWT_SECRET: undefined,
});
await announceWhenReady();

/** The banner comes once the page can be used (the web tier's /readyz), so it is the last thing on screen. */
async function announceWhenReady(): Promise<void> {
  const probeHost = webHost === "0.0.0.0" || webHost === "::" ? "127.0.0.1" : webHost;
  const readyz = `http://${probeHost.includes(":") ? `[${probeHost}]` : probeHost}:${webPort}/readyz`;
  const [first, ...others] = DEMO_USERS.filter((user) => user !== "admin");
  while (!stopping) {
    const ready = await fetch(readyz, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) {
      console.error(`[start] open http://localhost:${webPort}`);
      console.error(
        `[start] log in as ${first} / ${DEMO_PASSWORD} (also ${[...others, "admin"].join(", ")}; same password)`,
      );
      console.error(`[start] data in ${dataDir}; Ctrl-C stops, and deleting that directory starts over`);
      return;
    }
    await Bun.sleep(250);
  }
}
