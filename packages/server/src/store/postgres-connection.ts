/**
 * The PostgreSQL connection pool the store runs its statements on: Bun's built-in SQL client, reached either
 * by a URL holding the password (local and development) or by an endpoint plus a {@link CredentialSource}
 * (Secrets Manager, so a rotated password is picked up without a restart).
 *
 * Rotation, and why retrying is safe: a session that logged in stays logged in when the password changes,
 * but each new connection (the pool opens them as it needs, after idle time-outs, after a failover)
 * authenticates again and is refused with SQLSTATE 28P01 (invalid_password) or 28000
 * (invalid_authorization_specification). Both happen only while a connection starts, before any statement
 * reached the server, so the statement that hit one is run again once the credentials were read again. A
 * refusal persists while RDS's rotation has changed the password but not yet promoted the new secret
 * version; reads are spaced by the source and retries stop after `refusedRetryMs`.
 * @see https://www.postgresql.org/docs/current/errcodes-appendix.html (class 28)
 */
import type { Logger } from "@tertulia/runtime";
import { SQL, type TransactionSQL } from "bun";
import type { CredentialSource } from "./database-credentials.ts";

export type PostgresSslMode = "disable" | "prefer" | "require" | "verify-ca" | "verify-full";

/** Where the database is, without who logs in. */
export interface PostgresEndpoint {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  /** @default "require" */
  readonly sslMode?: PostgresSslMode;
}

/** A URL with the password in it, or an endpoint whose credentials are read at run time. */
export type PostgresTarget =
  | { readonly url: string; readonly endpoint?: undefined; readonly credentials?: undefined }
  | { readonly url?: undefined; readonly endpoint: PostgresEndpoint; readonly credentials: CredentialSource };

export interface PostgresPoolOptions {
  /** Connections in the pool. @default 10 */
  readonly poolSize?: number;
  /** Seconds to wait for a connection before giving up. @default 10 */
  readonly connectTimeoutS?: number;
  /** How long a statement keeps retrying while the database refuses the credentials. @default 30000 */
  readonly refusedRetryMs?: number;
  readonly log?: Logger;
  readonly now?: () => number;
}

/**
 * The part of Bun's SQL client the store uses. A statement resolves to its rows, as Bun's does; `begin` runs
 * a transaction on one connection.
 */
export interface PostgresConnection {
  // biome-ignore lint/suspicious/noExplicitAny: the same default as Bun's own `SQL` call signature.
  <T = any>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T>;
  begin<T>(run: (tx: TransactionSQL) => Promise<T>): Promise<T>;
  close(options?: { readonly timeout?: number }): Promise<void>;
}

/** SQLSTATEs of a refused login (class 28). */
const REFUSED_LOGIN = new Set(["28P01", "28000"]);

export function isRefusedLogin(error: unknown): boolean {
  return error instanceof SQL.PostgresError && REFUSED_LOGIN.has(String(error.errno));
}

/**
 * A pool for the target; nothing connects until the first statement.
 * @throws {DatabaseSecretError} (from the credential source) when an endpoint's credentials cannot be read.
 */
export async function connectPostgres(
  target: PostgresTarget,
  options: PostgresPoolOptions = {},
): Promise<PostgresConnection> {
  const base = {
    max: options.poolSize ?? 10,
    connectionTimeout: options.connectTimeoutS ?? 10,
    idleTimeout: 60,
    connection: { application_name: "tertulia-server" },
  };
  if (target.url !== undefined) {
    const pool = new SQL(target.url, base);
    return retryingConnection({ pool: () => pool }, options);
  }
  const { endpoint, credentials } = target;
  const open = (username: string): SQL =>
    new SQL({
      ...base,
      hostname: endpoint.host,
      port: endpoint.port,
      database: endpoint.database,
      username,
      // Asked for each new connection: after a refresh, the next connection logs in with the new password.
      password: async () => (await credentials.current()).password,
      tls: endpoint.sslMode ?? "require",
    });
  let { username } = await credentials.current();
  let pool = open(username);
  const refresh = async (): Promise<void> => {
    const fresh = await credentials.refresh();
    if (fresh.username === username) return;
    // A rotation that switched users (the alternating-users strategy): a pool's user is fixed, so a new pool
    // takes over and the old one finishes what it runs.
    const old = pool;
    username = fresh.username;
    pool = open(username);
    void old.close({ timeout: 30 }).catch(() => {});
  };
  return retryingConnection({ pool: () => pool, refresh, where: describeEndpoint(endpoint) }, options);
}

interface PoolHandle {
  readonly pool: () => SQL;
  /** Reads the credentials again; absent when there is nothing to read (a URL). */
  readonly refresh?: () => Promise<void>;
  readonly where?: string;
}

function retryingConnection(handle: PoolHandle, options: PostgresPoolOptions): PostgresConnection {
  const { pool, refresh } = handle;
  const now = options.now ?? Date.now;
  const window = options.refusedRetryMs ?? 30_000;
  const retrying = async <T>(run: () => Promise<T>): Promise<T> => {
    const deadline = now() + window;
    for (;;) {
      try {
        return await run();
      } catch (error) {
        if (!refresh || !isRefusedLogin(error) || now() >= deadline) throw error;
        options.log?.warn("PostgreSQL refused the credentials: reading them again", {
          database: handle.where,
          sqlstate: String((error as SQL.PostgresError).errno),
        });
        // Secrets Manager briefly unreachable is one more reason to try again, not to fail the statement now;
        // the source spaces its reads, so this loop never spins.
        await refresh().catch((readError: unknown) =>
          options.log?.error("cannot read the database credentials", {
            error: readError instanceof Error ? readError.message : String(readError),
          }),
        );
      }
    }
  };
  // biome-ignore lint/suspicious/noExplicitAny: the same default as Bun's own `SQL` call signature.
  const statement = <T = any>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T> =>
    retrying(async () => (await pool()(strings, ...values)) as T);
  return Object.assign(statement, {
    begin: <T>(run: (tx: TransactionSQL) => Promise<T>): Promise<T> => retrying(() => pool().begin(run) as Promise<T>),
    close: (closeOptions?: { readonly timeout?: number }) => pool().close(closeOptions),
  });
}

/** host:port/database: where, never who. */
export function describeEndpoint(endpoint: PostgresEndpoint): string {
  return `${endpoint.host}:${endpoint.port}/${endpoint.database}`;
}
