/**
 * Throwaway PostgreSQL and Redis servers from Debian's packages, on free loopback ports, for the tests of the
 * scale-out adapters. Each lives in its own temporary directory and is stopped (and the directory removed)
 * by `stop()`. When the binaries are missing, `findPostgres()` / `findRedis()` say why, so a test file can
 * print one plain line and skip instead of passing silently.
 */
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import type { Subprocess } from "bun";

export interface PostgresBinaries {
  readonly initdb: string;
  readonly postgres: string;
}

export interface RunningPostgres {
  readonly port: number;
  /** A URL for the `postgres` database as the `tertulia` superuser (trust auth on loopback). */
  readonly url: string;
  /** A fresh, empty database on this server. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export interface RunningRedis {
  readonly port: number;
  readonly url: string;
  /** Kills the server (SIGKILL) and starts a new, empty one on the same port. */
  restart(): Promise<void>;
  /** Kills the server without starting a new one. */
  kill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The PostgreSQL binaries (Debian: /usr/lib/postgresql/N/bin), or a reason they are not usable. */
export function findPostgres(): PostgresBinaries | string {
  const candidates: string[] = [];
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    for (const version of readdirSync(root).sort((a, b) => Number(b) - Number(a)))
      candidates.push(join(root, version, "bin"));
  }
  for (const dir of (process.env.PATH ?? "").split(":")) if (dir) candidates.push(dir);
  for (const dir of candidates) {
    if (existsSync(join(dir, "initdb")) && existsSync(join(dir, "postgres")))
      return { initdb: join(dir, "initdb"), postgres: join(dir, "postgres") };
  }
  return "PostgreSQL is not installed (apt-get install postgresql)";
}

/** The redis-server binary, or a reason it is not usable. */
export function findRedis(): string | { reason: string } {
  const path = Bun.which("redis-server") ?? (existsSync("/usr/bin/redis-server") ? "/usr/bin/redis-server" : null);
  return path ?? { reason: "redis-server is not installed (apt-get install redis-server)" };
}

/** Says once, plainly, that a test file skips and why. Never presented as a pass. */
export function warnSkip(what: string, reason: string): void {
  console.warn(`SKIP ${what}: ${reason}`);
}

export async function freePort(): Promise<number> {
  const probe = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data() {} } });
  const port = probe.port;
  probe.stop(true);
  return port;
}

/**
 * initdb refuses to run as root, so as root the cluster belongs to Debian's `postgres` user (the temp dir is
 * handed to it); otherwise it runs as whoever runs the tests.
 */
function runAs(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("running as root but there is no postgres user to run initdb as");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

export interface PostgresOptions {
  /**
   * Every role but the `tertulia` superuser logs in over TCP with a SCRAM password (as on RDS), so a test can
   * change a role's password and see new connections refused. @default false (trust for everyone)
   */
  readonly passwordAuth?: boolean;
}

export async function startPostgres(
  binaries: PostgresBinaries,
  options: PostgresOptions = {},
): Promise<RunningPostgres> {
  const dir = mkdtempSync(join(tmpdir(), "tertulia-pg-"));
  const user = runAs();
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, "data");
  const spawnOptions = { ...(user ?? {}), stdout: "pipe", stderr: "pipe" } as const;
  const init = Bun.spawn(
    [binaries.initdb, "-D", data, "-U", "tertulia", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"],
    spawnOptions,
  );
  if ((await init.exited) !== 0) throw new Error(`initdb failed: ${await new Response(init.stderr).text()}`);
  if (options.passwordAuth) {
    const hba = join(data, "pg_hba.conf");
    writeFileSync(
      hba,
      "local all all trust\nhost all tertulia 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n",
    );
    if (user) chownSync(hba, user.uid, user.gid);
  }
  const port = await freePort();
  const server = Bun.spawn(
    [
      binaries.postgres,
      "-D",
      data,
      "-p",
      String(port),
      "-k",
      dir,
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
      "-c",
      "max_connections=200",
    ],
    spawnOptions,
  );
  const url = `postgres://tertulia@127.0.0.1:${port}/postgres`;
  await waitForLine(server, /ready to accept connections/, 20_000, "postgres");
  let counter = 0;
  return {
    port,
    url,
    async createDatabase(name) {
      const db = `${name.replace(/[^a-z0-9_]/gi, "_").toLowerCase()}_${++counter}`;
      const sql = new Bun.SQL(url, { max: 1 });
      try {
        await sql.unsafe(`CREATE DATABASE ${db}`);
      } finally {
        await sql.close();
      }
      return `postgres://tertulia@127.0.0.1:${port}/${db}`;
    },
    async stop() {
      server.kill("SIGQUIT");
      await server.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startRedis(binary: string): Promise<RunningRedis> {
  const dir = mkdtempSync(join(tmpdir(), "tertulia-redis-"));
  const port = await freePort();
  let proc: Subprocess<"ignore", "pipe", "pipe"> | null = null;
  const start = async () => {
    proc = Bun.spawn(
      [
        binary,
        "--port",
        String(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        dir,
        "--protected-mode",
        "no",
      ],
      { stdout: "pipe", stderr: "pipe" },
    );
    await waitForLine(proc, /Ready to accept connections/, 10_000, "redis-server");
  };
  const kill = async () => {
    if (!proc) return;
    proc.kill("SIGKILL");
    await proc.exited;
    proc = null;
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    start,
    kill,
    async restart() {
      await kill();
      await start();
    },
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Reads a process's stdout and stderr until a line matches; keeps draining both afterwards. */
async function waitForLine(
  proc: Subprocess<"ignore" | "pipe" | "inherit", "pipe", "pipe">,
  pattern: RegExp,
  timeoutMs: number,
  what: string,
): Promise<void> {
  let seen = "";
  let matched: () => void;
  const found = new Promise<void>((resolve) => (matched = resolve));
  const pump = async (stream: ReadableStream<Uint8Array>) => {
    const decoder = new TextDecoder();
    for await (const chunk of stream) {
      if (seen.length < 20_000) seen += decoder.decode(chunk, { stream: true });
      if (pattern.test(seen)) matched();
    }
  };
  void pump(proc.stdout);
  void pump(proc.stderr);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not start within ${timeoutMs} ms: ${seen.slice(-2000)}`)),
      timeoutMs,
    );
    void proc.exited.then((code) => reject(new Error(`${what} exited with ${code}: ${seen.slice(-2000)}`)));
  });
  failed.catch(() => {}); // after a successful start, a later exit is the owner's business
  try {
    await Promise.race([found, failed]);
  } finally {
    clearTimeout(timer);
  }
}
