/** The web tier's HTTP side, in process through app.handle-free real requests on a free port. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { buildPage } from "@tertulia/client/src/page/bundle.ts";
import { loginCookie, type Stack, startStack } from "../support/stack.ts";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({
    serverEnv: { LOGIN_ATTEMPTS_PER_USER: "3", ALLOW_SIGNUP: "1" },
    web: { signupAllowed: true },
  });
});
afterAll(() => stack.stop());

async function loginForm(): Promise<{ cookie: string; csrf: string }> {
  const page = await fetch(`${stack.base}/login`);
  const cookie = page.headers
    .getSetCookie()
    .find((c) => c.startsWith("tertulia_csrf="))!
    .split(";")[0]!;
  return { cookie, csrf: /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]! };
}

async function post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const { cookie, csrf } = await loginForm();
  return fetch(`${stack.base}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded", origin: stack.base, ...headers },
    body: new URLSearchParams({ _csrf: csrf, ...fields }),
  });
}

describe("login page", () => {
  test("a wrong password re-renders the form with an inline error (401), never a 500", async () => {
    const response = await post("/login", { username: "pepe", password: "nope" });
    expect(response.status).toBe(401);
    const body = await response.text();
    expect(body).toContain("Wrong username or password.");
    expect(body).toContain('value="pepe"');
  });

  test("too many attempts says so (429)", async () => {
    for (let i = 0; i < 3; i++) await post("/login", { username: "juan", password: "nope" });
    const response = await post("/login", { username: "juan", password: "pass" });
    expect(response.status).toBe(429);
    expect(await response.text()).toMatch(/Too many failed attempts; try again in \d+ s/);
  });

  test("a post without the CSRF token, or from another origin, is refused", async () => {
    const noToken = await fetch(`${stack.base}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ username: "mimi", password: "pass" }),
    });
    expect(noToken.status).toBe(403);
    const crossSite = await post("/login", { username: "mimi", password: "pass" }, { origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
  });

  test("success sets an HttpOnly, SameSite=Lax session cookie, Secure behind an HTTPS proxy, and goes to the room asked for", async () => {
    const plain = await post("/login", { username: "mimi", password: "pass", next: "/chat/dev" });
    expect(plain.status).toBe(303);
    expect(plain.headers.get("location")).toBe("/chat/dev");
    const cookie = plain.headers.getSetCookie().find((c) => c.startsWith("tertulia_session="))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/);
    const proxied = await post("/login", { username: "mimi", password: "pass" }, { "x-forwarded-proto": "https" });
    expect(proxied.headers.getSetCookie().find((c) => c.startsWith("tertulia_session="))).toMatch(/Secure/);
    const offsite = await post("/login", { username: "mimi", password: "pass", next: "//evil.example/x" });
    expect(offsite.headers.get("location")).toBe("/chat");
  });

  test("sign-up creates an account and logs in", async () => {
    const response = await post("/signup", { username: "rosa", password: "long-enough-pw" });
    expect(response.status).toBe(303);
    const taken = await post("/signup", { username: "rosa", password: "long-enough-pw" });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain("That username is taken.");
  });
});

describe("pages and probes", () => {
  test("the chat page needs a session; a tampered cookie counts as none", async () => {
    const anonymous = await fetch(`${stack.base}/chat/general`, { redirect: "manual" });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe("/login?next=%2Fchat%2Fgeneral");
    const cookie = await loginCookie(stack.base, "mimi");
    const page = await fetch(`${stack.base}/chat/general`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('data-user="mimi"');
    const tampered = cookie.replace(
      /tertulia_session=([^;]+)/,
      (_m, v: string) => `tertulia_session=${v.slice(0, -4)}AAAA`,
    );
    expect(
      (await fetch(`${stack.base}/chat/general`, { headers: { cookie: tampered }, redirect: "manual" })).status,
    ).toBe(303);
  });

  test("assets are served by us with caching; unknown paths get the 404 page; headers are strict", async () => {
    const script = await fetch(`${stack.base}/assets/chat.js`);
    expect(script.headers.get("content-type")).toContain("text/javascript");
    expect(script.headers.get("cache-control")).toContain("immutable");
    // The page's modules (packages/client/src/page/), bundled when the web tier was loaded from source.
    expect(await script.text()).toBe(await buildPage());
    const missing = await fetch(`${stack.base}/no/such/page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Not found");
    expect(missing.headers.get("content-security-policy")).toContain("default-src 'self'");
    const login = await fetch(`${stack.base}/login`);
    expect(login.headers.get("x-frame-options")).toBe("DENY");
    expect(await login.text()).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  test("/healthz answers; /readyz reports the chat server", async () => {
    expect((await fetch(`${stack.base}/healthz`)).status).toBe(200);
    expect((await fetch(`${stack.base}/readyz`)).status).toBe(200);
  });
});
