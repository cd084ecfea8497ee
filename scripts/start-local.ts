/**
 * The local stack: the chat server (SQLite under ./data, demo users) and the web tier, in one command.
 * Ctrl-C stops both. A shared relay secret is made up per run; nothing needs AWS or a network service.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(import.meta.dir, "..");
const serverPort = process.env.GRPC_PORT ?? "50051";
const webPort = process.env.PORT ?? "5000";
const relaySecret = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
const webEntry = resolve(root, "packages/client/src/main.ts");

const children: Bun.Subprocess[] = [];

function start(name: string, entry: string, env: Record<string, string>): Bun.Subprocess {
  const child = Bun.spawn(["bun", entry], {
    cwd: root,
    env: { ...process.env, ...env },
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
  RELAY_SECRET: relaySecret,
  DATABASE_PATH: process.env.DATABASE_PATH ?? resolve(root, "data/tertulia.db"),
});
if (existsSync(webEntry)) {
  start("web", webEntry, { PORT: webPort, SERVER_URL: `127.0.0.1:${serverPort}`, RELAY_SECRET: relaySecret });
  console.error(`[start] open http://localhost:${webPort} and log in as mimi / pass (also admin, pepe, juan)`);
} else {
  console.error(`[start] gRPC server on localhost:${serverPort}; demo users mimi, pepe, juan, admin (password: pass)`);
}
