/**
 * The root README's quick start and local-stack section say what `bun run start` really does: two commands,
 * the URL and the seeded accounts, and every variable scripts/start-local.ts reads.
 */
import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_PASSWORD, DEMO_USERS } from "@tertulia/server/src/seed/demo-users.ts";
import { ROOT } from "./support/from-root.ts";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const section = (title: string) => readme.split(`\n## ${title}\n`)[1]!.split("\n## ")[0]!;

test("the quick start is two commands and names the URL and the demo accounts", () => {
  const quickStart = section("Quick start");
  const commands = /```sh\n([\s\S]*?)```/.exec(quickStart)![1]!.trim().split("\n");
  expect(commands.map((line) => line.split("#")[0]!.trim())).toEqual(["bash scripts/start.sh", "bash scripts/test.sh"]);
  expect(quickStart).toContain("http://localhost:5000");
  for (const user of DEMO_USERS) expect(quickStart).toContain(user);
  expect(quickStart).toContain(`password **${DEMO_PASSWORD}**`);
});

test("every variable scripts/start-local.ts reads is in the local-stack table", () => {
  const script = readFileSync(join(ROOT, "scripts/start-local.ts"), "utf8");
  const read = new Set([...script.matchAll(/\benv\.([A-Z_]+)/g)].map((m) => m[1]!));
  expect([...read].sort()).toEqual(
    ["DATABASE_PATH", "DATA_DIR", "GRPC_PORT", "HOST", "METRICS_PORT", "NODE_ENV", "PORT", "WEB_METRICS_PORT"].sort(),
  );
  const table = section("The local stack");
  for (const name of read) {
    // HOST and NODE_ENV pass through to the tiers and are documented with them.
    if (name === "HOST" || name === "NODE_ENV") continue;
    expect(table).toContain(`| \`${name}\` |`);
  }
  expect(table).toContain("dev-secrets.json");
  expect(table).toContain("tertulia.db");
});
