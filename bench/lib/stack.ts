/**
 * The system under test in its own processes: the chat server and the web tier, each a `bun` child on a free
 * loopback port with a throwaway SQLite file, so their CPU and memory are measured apart from the load
 * generator. Or, with `--url`, a stack that is already running.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { TertuliaClient } from "@tertulia/protocol";
import { imageRuntimeEnv } from "./image-env.ts";
import { JSON_WIRE, type Wire } from "./wire.ts";

const ROOT = resolve(import.meta.dir, "../..");
const SECRET = (name: string) => `bench-${name}-secret-${crypto.randomUUID()}`;

export interface BenchStack {
  /** "tertulia", or the peer it is (peer-stack.ts). */
  readonly system: string;
  /** The web tier, e.g. http://127.0.0.1:5000. */
  readonly webUrl: string;
  /** How its sockets frame messages. */
  readonly wire: Wire;
  /** Whether sockets need a session cookie from the login form (peers take anyone). */
  readonly login: boolean;
  /** The chat server's gRPC address, when known. */
  readonly grpcAddress: string | null;
  readonly serverPid: number | null;
  /** Every server replica, when there are several (`--scale-out`); their figures are added up. */
  readonly serverPids?: readonly number[];
  readonly webPid: number | null;
  /** Whether RegisterUser may be used to create bench accounts. */
  readonly signup: boolean;
  /** What server and web tier logged so far (warnings and errors at the default LOG_LEVEL=warn). */
  logs(): { readonly server: string; readonly web: string };
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** The checkout whose server and web tier run (e.g. an older commit, for a before/after). @default this one */
  readonly root?: string;
  /** Write a CPU profile (Bun's --cpu-prof, as markdown too) of both processes into this folder on stop. */
  readonly cpuProfDir?: string;
  /** Extra environment for the server / the web tier. */
  readonly serverEnv?: Record<string, string>;
  readonly webEnv?: Record<string, string>;
  /** Where the SQLite file goes (e.g. /dev/shm, to take the disk out of the figures). @default the run's temp folder */
  readonly dbDir?: string;
  /** LOG_LEVEL of both processes. @default "warn" */
  readonly logLevel?: string;
  /** Run both processes on these CPUs only (`taskset -c`, e.g. "1"). @default any */
  readonly cpus?: string;
  /** Scale-out: this many server replicas on PostgreSQL and Redis, the web tier round robin over them. */
  readonly scaleOut?: { readonly databaseUrl: string; readonly redisUrl: string; readonly replicas: number };
}

/** Starts server and web tier as child processes and waits until both answer. */
export async function spawnStack(options: SpawnOptions = {}): Promise<BenchStack> {
  const root = options.root ?? ROOT;
  const dir = mkdtempSync(join(tmpdir(), "tertulia-bench-"));
  const dbFolder = options.dbDir ? mkdtempSync(join(options.dbDir, "tertulia-bench-db-")) : dir;
  const relaySecret = SECRET("relay");
  const jwtSecret = SECRET("jwt");
  const replicas = options.scaleOut?.replicas ?? 1;
  const grpcPorts: number[] = [];
  for (let i = 0; i < replicas; i++) grpcPorts.push(await freePort());
  const webPort = await freePort();
  const profile = (name: string) =>
    options.cpuProfDir
      ? ["--cpu-prof", "--cpu-prof-md", `--cpu-prof-dir=${options.cpuProfDir}`, `--cpu-prof-name=${name}.cpuprofile`]
      : [];
  // Embedded: a SQLite file. Scale-out: every replica on the same PostgreSQL database and Redis.
  const backend: Record<string, string> = options.scaleOut
    ? { DATABASE_URL: options.scaleOut.databaseUrl, REDIS_URL: options.scaleOut.redisUrl }
    : { DATABASE_PATH: join(dbFolder, "chat.db") };

  const pin = pinned(options.cpus);
  const servers = grpcPorts.map((grpcPort, i) => {
    const name = i === 0 ? "server" : `server-${i + 1}`;
    return Bun.spawn([...pin, process.execPath, ...profile(name), join(root, "packages/server/src/main.ts")], {
      cwd: root,
      env: {
        ...process.env,
        ...imageRuntimeEnv(root, "packages/server/Dockerfile"),
        HOST: "127.0.0.1",
        PORT: String(grpcPort),
        ...backend,
        SEED_DEMO_USERS: "1",
        ALLOW_SIGNUP: "1",
        // Every sign-up counts against the peer: the bench creates its accounts from one address.
        LOGIN_ATTEMPTS_PER_PEER: "100000",
        // A load generator sends far more than a person; the abuse tests pass their own quotas.
        SEND_RATE_PER_USER: "100000",
        SEND_BURST_PER_USER: "100000",
        ROOMS_PER_USER_PER_HOUR: "1000000",
        STREAMS_PER_USER: "1000000",
        LEASES_PER_USER: "1000000",
        RELAY_SECRET: relaySecret,
        JWT_SECRET: jwtSecret,
        LOG_LEVEL: options.logLevel ?? "warn",
        ...options.serverEnv,
      },
      stdout: Bun.file(join(dir, `${name}.log`)),
      stderr: Bun.file(join(dir, `${name}.err`)),
    });
  });
  const server = servers[0]!;
  const web = Bun.spawn([...pin, process.execPath, ...profile("web"), join(root, "packages/client/src/main.ts")], {
    cwd: root,
    env: {
      ...process.env,
      ...imageRuntimeEnv(root, "packages/client/Dockerfile"),
      HOST: "127.0.0.1",
      PORT: String(webPort),
      // Several replicas: grpc-js's ipv4 scheme takes the list; the web tier balances round robin over it.
      SERVER_URL:
        replicas === 1 ? `127.0.0.1:${grpcPorts[0]}` : `ipv4:${grpcPorts.map((p) => `127.0.0.1:${p}`).join(",")}`,
      RELAY_SECRET: relaySecret,
      SESSION_SECRET: SECRET("session"),
      ALLOW_SIGNUP: "1",
      // A load generator sends far more frames per socket than a person.
      WS_RATE_PER_SECOND: "10000",
      WS_RATE_BURST: "10000",
      WS_IDLE_TIMEOUT: "120s",
      // 1,000 sockets share 20 sessions (users.ts): 50 a session, over the per-person defaults (10 / 30).
      WS_MAX_SOCKETS_PER_SESSION: "1000",
      WS_MAX_SOCKETS_PER_USER: "10000",
      LOG_LEVEL: options.logLevel ?? "warn",
      ...options.webEnv,
    },
    stdout: Bun.file(join(dir, "web.log")),
    stderr: Bun.file(join(dir, "web.err")),
  });

  const grpcAddress = `127.0.0.1:${grpcPorts[0]}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const stop = async () => {
    const children = [web, ...servers];
    for (const child of children) child.kill("SIGTERM");
    const exited = Promise.all(children.map((child) => child.exited));
    const timer = setTimeout(() => children.forEach((child) => child.kill("SIGKILL")), 10_000);
    await exited;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
    rmSync(dbFolder, { recursive: true, force: true });
  };
  try {
    for (const [i, child] of servers.entries()) {
      await waitFor(`the chat server (logs in ${dir})`, child, async () => {
        const client = new TertuliaClient(`127.0.0.1:${grpcPorts[i]}`);
        try {
          const answer = await client.health.check({ service: "" }, { timeoutMs: 500 });
          return answer.status === 1;
        } finally {
          client.close();
        }
      });
    }
    await waitFor(`the web tier (logs in ${dir})`, web, async () => (await fetch(`${webUrl}/readyz`)).ok);
  } catch (error) {
    await stop();
    throw error;
  }
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name), "utf8");
    } catch {
      return "";
    }
  };
  const logs = () => ({
    server: ["server", ...servers.slice(1).map((_, i) => `server-${i + 2}`)]
      .map((name) => read(`${name}.log`) + read(`${name}.err`))
      .join(""),
    web: read("web.log") + read("web.err"),
  });
  return {
    system: "tertulia",
    webUrl,
    wire: JSON_WIRE,
    login: true,
    grpcAddress,
    serverPid: server.pid,
    ...(servers.length > 1 ? { serverPids: servers.map((child) => child.pid) } : {}),
    webPid: web.pid,
    signup: true,
    logs,
    stop,
  };
}

/** A stack someone else runs: only the web tier's URL is required. */
export function externalStack(
  webUrl: string,
  grpcAddress: string | null,
  pids: { server?: number; web?: number },
): BenchStack {
  return {
    system: "tertulia",
    webUrl,
    wire: JSON_WIRE,
    login: true,
    grpcAddress,
    serverPid: pids.server ?? null,
    webPid: pids.web ?? null,
    signup: false,
    logs: () => ({ server: "", web: "" }),
    stop: async () => {},
  };
}

/** The command prefix that keeps a child on `cpus` (taskset execs the command: the pid is the child's). */
export function pinned(cpus: string | undefined): string[] {
  return cpus === undefined ? [] : ["taskset", "--cpu-list", cpus];
}

export async function waitFor(
  what: string,
  child: { exitCode: number | null },
  ready: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode} while starting`);
    try {
      if (await ready()) return;
    } catch {
      // not listening yet
    }
    await Bun.sleep(50);
  }
  throw new Error(`${what} did not become ready within 20 s`);
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const listener = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data() {} } });
  const port = listener.port;
  listener.stop(true);
  return port;
}
