import { describe, expect, test } from "bun:test";
import { TokenGenerations } from "./token-generations.ts";
import { TokenService } from "./tokens.ts";

const SECRET = "unit-test-secret-that-is-at-least-32-bytes";

/** Accounts as a store would answer them: every name exists, with id `id-<name>` at generation 0. */
const accounts = new TokenGenerations({ lookup: async (username) => ({ id: `id-${username}`, generation: 0 }) });
const account = (username: string) => ({ username, id: `id-${username}`, tokenGeneration: 0 });
const user = (username: string) => ({ kind: "user" as const, username, userId: `id-${username}`, generation: 0 });

function service(clock: { now: number }, verifiedCacheSize?: number) {
  return new TokenService({
    secret: SECRET,
    ttlMs: 60_000,
    relaySecret: null,
    generations: accounts,
    now: () => clock.now,
    verifiedCacheSize,
  });
}

describe("TokenService's cache of verified tokens", () => {
  test("a token verified before is accepted again without a second check, until it expires", async () => {
    const clock = { now: Date.parse("2026-01-01T00:00:00Z") };
    const tokens = service(clock);
    const { token, expiresAtMs } = await tokens.issue(account("mimi"));
    expect(await tokens.verify(token)).toEqual(user("mimi"));
    clock.now = expiresAtMs - 1;
    expect(await tokens.verify(token)).toEqual(user("mimi"));
    clock.now = expiresAtMs;
    await expect(tokens.verify(token)).rejects.toThrow(/expired/);
  });

  test("the same claims under another signature never match a cached token", async () => {
    const clock = { now: Date.now() };
    const tokens = service(clock);
    const { token } = await tokens.issue(account("mimi"));
    await tokens.verify(token);
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const forged = `${header}.${payload}.${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;
    await expect(tokens.verify(forged)).rejects.toThrow(/signature is invalid/);
  });

  test("is bounded: the oldest entries go, and are verified in full when they come back", async () => {
    const clock = { now: Date.now() };
    const tokens = service(clock, 2);
    const issued = await Promise.all(["a-user", "b-user", "c-user"].map((name) => tokens.issue(account(name))));
    for (const { token } of issued) await tokens.verify(token);
    expect(await tokens.verify(issued[0]!.token)).toEqual(user("a-user"));
  });
});
