/**
 * The PostgreSQL adapter against a throwaway server: the shared store contract, then what only a shared
 * database has (migrations under a lock, start-up errors).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { findPostgres, freePort, type RunningPostgres, startPostgres, warnSkip } from "@tertulia/testing/services";
import { SQL } from "bun";
import { POSTGRES_MIGRATIONS } from "../src/store/postgres-migrations.ts";
import { openPostgresStore } from "../src/store/postgres-store.ts";
import { StoreOpenError } from "../src/store/store.ts";
import { storeContract } from "./store-contract.ts";

const binaries = findPostgres();
if (typeof binaries === "string") warnSkip("PostgreSQL store tests", binaries);
// Skipped only on a machine without the Debian package (warnSkip above prints which binary is missing);
// CI installs it (scripts/setup.sh --test), so there the suite always runs.
const describePg = typeof binaries === "string" ? describe.skip : describe;

let pg: RunningPostgres;
beforeAll(async () => {
  if (typeof binaries !== "string") pg = await startPostgres(binaries);
}, 30_000);
afterAll(async () => {
  await pg?.stop();
});

describePg("PostgreSQL", () => {
  storeContract("PostgreSQL", {
    async open({ retainPerRoom }) {
      const url = await pg.createDatabase("contract");
      return {
        store: await openPostgresStore({ url, retainPerRoom }),
        openTwin: () => openPostgresStore({ url, retainPerRoom }),
      };
    },
  });

  test("replicas starting together on an empty database apply each migration once", async () => {
    const url = await pg.createDatabase("migrate");
    const applied: number[][] = [];
    const stores = await Promise.all(
      Array.from({ length: 4 }, () =>
        openPostgresStore({ url, retainPerRoom: 100, onMigrated: (versions) => applied.push(versions) }),
      ),
    );
    expect(applied.flat().sort()).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
    const sql = new SQL(url, { max: 1 });
    const rows = await sql`SELECT version FROM schema_migrations ORDER BY version`;
    expect(rows.map((r: { version: number }) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
    await sql.close();
    await Promise.all(stores.map((s) => s.close()));
    // A later start finds nothing to do.
    const later: number[][] = [];
    const again = await openPostgresStore({ url, retainPerRoom: 100, onMigrated: (versions) => later.push(versions) });
    expect(later).toEqual([[]]);
    await again.close();
  });

  test("a schema newer than the binary stops start-up with a clear error", async () => {
    const url = await pg.createDatabase("newer");
    await (await openPostgresStore({ url, retainPerRoom: 100 })).close();
    const sql = new SQL(url, { max: 1 });
    await sql`INSERT INTO schema_migrations (version) VALUES (${POSTGRES_MIGRATIONS.length + 1})`;
    await sql.close();
    const error = await openPostgresStore({ url, retainPerRoom: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as StoreOpenError).code).toBe("schema_too_new");
    expect((error as Error).message).toContain("newer than this binary");
  });

  test("an unreachable database stops start-up with an error that names the host, never the password", async () => {
    const port = await freePort();
    const error = await openPostgresStore({
      url: `postgres://app:hunter2secret@127.0.0.1:${port}/chat`,
      retainPerRoom: 100,
      connectTimeoutS: 2,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as StoreOpenError).code).toBe("unreachable");
    expect((error as Error).message).toContain(`127.0.0.1:${port}/chat`);
    expect((error as Error).message).not.toContain("hunter2secret");
  });
});
