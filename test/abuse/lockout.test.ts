/**
 * Finding 6: lockout cannot be used as a weapon. Real server and web tier processes; the web tier trusts
 * loopback as its proxy (as it trusts the ALB), so each scripted client is told apart by the address its
 * "proxy" appends.
 *
 * - 30 wrong passwords for mimi from three addresses: each address is refused after LOGIN_ATTEMPTS_PER_USER
 *   for that account (429), and mimi, from her own address, still logs in (slowed, not locked).
 * - Everyone behind one address does not share one user's bucket: a stranger failing for pepe from an
 *   address does not stop juan from logging in from the same address.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { type AbuseServer, type AbuseWeb, postLogin, spawnServer, spawnWeb } from "./support/processes.ts";

const PER_USER = 10;
let server: AbuseServer;
let web: AbuseWeb;

beforeAll(async () => {
  server = await spawnServer({ LOGIN_ATTEMPTS_PER_USER: String(PER_USER), LOGIN_SLOWDOWN: "200ms" });
  web = await spawnWeb(server.address, { TRUSTED_PROXIES: "127.0.0.0/8" });
});

afterAll(async () => {
  await web?.stop();
  await server?.stop();
});

test("wrong passwords from anywhere do not lock the real user out", async () => {
  const attackers = ["192.0.2.1", "192.0.2.2", "192.0.2.3"];
  const refusedAfter: Record<string, number> = {};
  for (const address of attackers) {
    for (let i = 0; i < PER_USER + 2; i++) {
      const { status } = await postLogin(web.base, "mimi", `wrong-${i}`, { "x-forwarded-for": address });
      if (status === 429 && refusedAfter[address] === undefined) refusedAfter[address] = i;
    }
  }
  console.info(`[lockout] attackers refused after: ${JSON.stringify(refusedAfter)}`);
  for (const address of attackers) expect(refusedAfter[address]).toBe(PER_USER);

  const real = await postLogin(web.base, "mimi", "pass", { "x-forwarded-for": "203.0.113.9" });
  console.info(
    `[lockout] the real user after ${attackers.length * (PER_USER + 2)} failures from others: ${real.status}`,
  );
  expect(real.status).toBe(303);
  expect(real.cookie).not.toBeNull();
  // The attackers stay refused, right password or not.
  const attackerWithPassword = await postLogin(web.base, "mimi", "pass", { "x-forwarded-for": attackers[0]! });
  expect(attackerWithPassword.status).toBe(429);
  expect(attackerWithPassword.body).toContain("Too many failed attempts");
});

test("people behind one address are not locked out by someone failing for another account", async () => {
  const shared = "192.0.2.77";
  for (let i = 0; i < PER_USER + 2; i++) {
    await postLogin(web.base, "pepe", `wrong-${i}`, { "x-forwarded-for": shared });
  }
  const neighbour = await postLogin(web.base, "juan", "pass", { "x-forwarded-for": shared });
  expect(neighbour.status).toBe(303);
  const owner = await postLogin(web.base, "pepe", "pass", { "x-forwarded-for": "203.0.113.10" });
  expect(owner.status).toBe(303);
});
