import { afterAll } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../src/store/sqlite-store.ts";
import { storeContract } from "./store-contract.ts";

const dir = mkdtempSync(join(tmpdir(), "tertulia-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

storeContract("SQLite", {
  async open({ retainPerRoom }) {
    const path = join(dir, `chat-${++files}.db`);
    return {
      store: openSqliteStore({ path, retainPerRoom }),
      openTwin: async () => openSqliteStore({ path, retainPerRoom }),
    };
  },
});
