import { expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateInto } from "../scripts/generate.ts";

const committed = resolve(import.meta.dir, "../src/generated");

test("the committed generated code matches proto/ (run `bun run gen` after changing a .proto)", async () => {
  const fresh = mkdtempSync(join(tmpdir(), "tertulia-gen-"));
  try {
    for (const file of await generateInto(fresh)) {
      expect(readFileSync(join(committed, file), "utf8"), `${file} is stale`).toBe(
        readFileSync(join(fresh, file), "utf8"),
      );
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}, 60_000);
