/**
 * Finding 2: brute-force limits hold. Real server and web tier processes; the attacker is this script.
 *
 * - The browser's own X-Forwarded-For is not believed: with no trusted proxy, 60 failures with a new
 *   random X-Forwarded-For each are limited by the real address (429 from attempt 51, LOGIN_ATTEMPTS_PER_PEER);
 *   behind a trusted proxy (TRUSTED_PROXIES, as the ALB in the manifests), only the entry that proxy
 *   appended counts, whatever the browser put before it.
 * - Sign-ups from one address stop at the per-address limit, X-Forwarded-For or not.
 * - 120 parallel guesses for one account from one address: at most LOGIN_ATTEMPTS_PER_USER are evaluated
 *   (reserved before argon2), the right password sent among them does not get in, and the real user from
 *   another address still logs in.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { type AbuseServer, type AbuseWeb, postLogin, spawnServer, spawnWeb } from "./support/processes.ts";

const PER_PEER = 50;
const PER_USER = 10;

let server: AbuseServer;
let direct: AbuseWeb;
let behindProxy: AbuseWeb;

beforeAll(async () => {
  server = await spawnServer({
    ALLOW_SIGNUP: "1",
    LOGIN_ATTEMPTS_PER_PEER: String(PER_PEER),
    LOGIN_ATTEMPTS_PER_USER: String(PER_USER),
    LOGIN_SLOWDOWN: "100ms",
  });
  // A web tier reached directly (no proxy trusted), and one behind "the ALB": loopback is the proxy here.
  [direct, behindProxy] = await Promise.all([
    spawnWeb(server.address),
    spawnWeb(server.address, { TRUSTED_PROXIES: "127.0.0.0/8" }),
  ]);
});

afterAll(async () => {
  await Promise.allSettled([direct?.stop(), behindProxy?.stop()]);
  await server?.stop();
});

const randomAddress = () =>
  `${10 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${1 + Math.floor(Math.random() * 250)}`;

/** One failed login per distinct name (so only the address limit can stop them), sequentially. */
async function failures(web: AbuseWeb, count: number, forwardedFor: () => string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const { status } = await postLogin(web.base, `nobody-${i}-${crypto.randomUUID().slice(0, 6)}`, "wrong-password", {
      "x-forwarded-for": forwardedFor(),
    });
    statuses.push(status);
  }
  return statuses;
}

describe("a browser's own X-Forwarded-For does not get it past the per-address limit", () => {
  test("directly: 60 failures with random X-Forwarded-For values are limited by the socket's address", async () => {
    const statuses = await failures(direct, 60, randomAddress);
    const firstLimited = statuses.indexOf(429);
    console.info(`[brute-force] direct, spoofed XFF: first 429 at attempt ${firstLimited + 1} of 60`);
    expect(statuses.slice(0, PER_PEER).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(PER_PEER)).toEqual(Array(60 - PER_PEER).fill(429));
  });

  test("behind the trusted proxy: only the hop the proxy appended counts", async () => {
    const clientAddress = "198.51.100.7";
    const statuses = await failures(behindProxy, 60, () => `${randomAddress()}, ${clientAddress}`);
    console.info(`[brute-force] behind proxy, spoofed first hop: first 429 at attempt ${statuses.indexOf(429) + 1}`);
    expect(statuses.slice(PER_PEER)).toEqual(Array(60 - PER_PEER).fill(429));
    // Another client behind the same proxy is in its own bucket.
    const other = await postLogin(behindProxy.base, "mimi", "pass", { "x-forwarded-for": "198.51.100.8" });
    expect(other.status).toBe(303);
  });

  test("sign-ups from one address stop at the limit, whatever X-Forwarded-For says", async () => {
    const clientAddress = "198.51.100.20";
    let created = 0;
    let limited = 0;
    for (let i = 0; i < 70; i++) {
      const page = await fetch(`${behindProxy.base}/signup`);
      const csrfCookie = page.headers
        .getSetCookie()
        .find((c) => c.startsWith("tertulia_csrf="))!
        .split(";")[0]!;
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
      const response = await fetch(`${behindProxy.base}/signup`, {
        method: "POST",
        redirect: "manual",
        headers: {
          cookie: csrfCookie,
          "content-type": "application/x-www-form-urlencoded",
          origin: behindProxy.base,
          "x-forwarded-for": `${randomAddress()}, ${clientAddress}`,
        },
        body: new URLSearchParams({
          _csrf: csrf,
          username: `bulk-${i}-${crypto.randomUUID().slice(0, 4)}`,
          password: "long-enough-pw",
        }),
      });
      if (response.status === 303) created++;
      if (response.status === 429) limited++;
    }
    console.info(`[brute-force] 70 sign-ups from one address: ${created} created, ${limited} refused with 429`);
    expect(created).toBe(PER_PEER);
    expect(limited).toBe(70 - PER_PEER);
  });
});

describe("parallel guesses are counted before the password is checked", () => {
  // A server of its own: the address limit above must not be what stops these.
  let fresh: AbuseServer;
  let web: AbuseWeb;
  beforeAll(async () => {
    fresh = await spawnServer({ LOGIN_ATTEMPTS_PER_USER: String(PER_USER), LOGIN_SLOWDOWN: "100ms" });
    web = await spawnWeb(fresh.address, { TRUSTED_PROXIES: "127.0.0.0/8" });
  });
  afterAll(async () => {
    await web?.stop();
    await fresh?.stop();
  });

  test("120 parallel guesses for one account: at most LOGIN_ATTEMPTS_PER_USER evaluated, the right one refused", async () => {
    const client = fresh.client();
    const guesses = Array.from({ length: 120 }, (_, i) => (i === 119 ? "pass" : `guess-${i}`));
    const answers = await Promise.all(
      guesses.map((password) => client.auth.authenticateUser({ username: "pepe", password }, { timeoutMs: 60_000 })),
    );
    const evaluated = answers.filter((a) => a.errorCode === "invalid_credentials").length;
    const limited = answers.filter((a) => a.errorCode === "rate_limited").length;
    const loggedIn = answers.filter((a) => a.token).length;
    console.info(
      `[brute-force] 120 parallel guesses: ${evaluated} evaluated, ${limited} refused, ${loggedIn} logged in`,
    );
    expect(evaluated).toBeLessThanOrEqual(PER_USER);
    expect(limited).toBeGreaterThanOrEqual(120 - PER_USER);
    expect(loggedIn).toBe(0);
    expect(answers.find((a) => a.errorCode === "rate_limited")?.error).toMatch(
      /Too many failed attempts; try again in \d+ s/,
    );
  });

  test("the real user, from their own address, still logs in to the attacked account", async () => {
    const { status, cookie } = await postLogin(web.base, "pepe", "pass", { "x-forwarded-for": "203.0.113.50" });
    expect(status).toBe(303);
    expect(cookie).not.toBeNull();
  });
});
