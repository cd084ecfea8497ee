/**
 * The web tier's routes, built without listening and driven through `app.handle(new Request(...))`. Behind
 * it, a small chat server on a loopback gRPC port (the real client, the real wire): the AuthService calls the
 * login routes make and the health check. A server built without GetSettings answers UNIMPLEMENTED by itself,
 * as grpc-js does for any method a service leaves out (`getDefaultHandler` in grpc-js `src/server.ts`), which is
 * what an older server does during a rolling deploy.
 */
import { afterEach, describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { authMethods, healthMethods, serviceDefinition, TertuliaClient } from "@tertulia/protocol";
import { createLogger, type Logger } from "@tertulia/runtime";
import { createWebTier, type WebTierApp } from "./app.ts";

const SESSION_SECRET = "session-secret-that-is-at-least-32-bytes";
const RELAY_SECRET = "relay-secret-that-is-at-least-32-bytes!";

interface FakeServerState {
  settings: { maxMessageChars: number; allowSignup: boolean } | "unimplemented";
  readonly users: Map<string, string>;
  readonly validTokens: Set<string>;
  readonly revoked: string[];
}

type Handler = (
  call: { request: { username?: string; password?: string }; metadata: grpc.Metadata },
  done: grpc.sendUnaryData<object>,
) => void;

function bearer(metadata: grpc.Metadata): string {
  return String(metadata.get("authorization")[0] ?? "").replace(/^Bearer /, "");
}

const unauthenticated = { code: grpc.status.UNAUTHENTICATED, details: "invalid token" };

/** The AuthService answers as the real one does: failed logins are answers with error_code, bad tokens are UNAUTHENTICATED. */
async function startFakeChatServer(state: FakeServerState): Promise<{ address: string; stop(): void }> {
  const server = new grpc.Server();
  const issue = (username: string) => {
    const token = `token-${username}-${crypto.randomUUID()}`;
    state.validTokens.add(token);
    return { token, username, expiresAtMs: Date.now() + 24 * 3_600_000 };
  };
  const handlers: Record<string, Handler> = {
    authenticateUser: ({ request }, done) => {
      const ok = request.username !== undefined && state.users.get(request.username) === request.password;
      done(
        null,
        ok ? issue(request.username!) : { error: "Invalid username or password", errorCode: "invalid_credentials" },
      );
    },
    registerUser: ({ request }, done) => {
      if (state.settings === "unimplemented" || !state.settings.allowSignup)
        return done(null, { error: "Sign-up is disabled", errorCode: "signup_disabled" });
      state.users.set(request.username!, request.password!);
      done(null, issue(request.username!));
    },
    checkToken: ({ metadata }, done) => {
      const token = bearer(metadata);
      if (token.startsWith("token-") && !state.validTokens.has(token)) return done(unauthenticated);
      done(null, { username: "ana" });
    },
    refreshToken: ({ metadata }, done) => {
      const token = bearer(metadata);
      if (!state.validTokens.has(token)) return done(unauthenticated);
      done(null, issue(token.split("-")[1]!));
    },
    revokeTokens: ({ metadata }, done) => {
      const token = bearer(metadata);
      state.revoked.push(token);
      state.validTokens.delete(token);
      done(null, {});
    },
  };
  if (state.settings !== "unimplemented") {
    handlers.getSettings = (_call, done) => {
      const settings = state.settings;
      if (settings === "unimplemented") return done({ code: grpc.status.UNIMPLEMENTED, details: "" });
      done(null, settings);
    };
  }
  // grpc-js types each handler by its method; these are written against the generated shapes above.
  server.addService(serviceDefinition(authMethods), handlers as unknown as grpc.UntypedServiceImplementation);
  server.addService(serviceDefinition(healthMethods), {
    check: (_call: unknown, done: grpc.sendUnaryData<object>) => done(null, { status: 1 }),
  } as unknown as grpc.UntypedServiceImplementation);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return { address: `127.0.0.1:${port}`, stop: () => server.forceShutdown() };
}

interface Harness {
  readonly state: FakeServerState;
  readonly web: WebTierApp;
  readonly warnings: string[];
  request(path: string, init?: RequestInit & { cookies?: string }): Promise<Response>;
  /** GETs `/login` and returns the CSRF cookie and the form's token. */
  csrf(): Promise<{ cookie: string; token: string }>;
  login(username: string, password: string): Promise<Response>;
}

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.reverse()) step();
  cleanup = [];
});

async function harness(settings: FakeServerState["settings"]): Promise<Harness> {
  const state: FakeServerState = {
    settings,
    users: new Map([["ana", "correct-horse"]]),
    validTokens: new Set(),
    revoked: [],
  };
  const server = await startFakeChatServer(state);
  const client = new TertuliaClient(server.address);
  const warnings: string[] = [];
  const log: Logger = createLogger({
    level: "warn",
    write: (line) => {
      warnings.push(line);
    },
  });
  const web = await createWebTier({
    config: {
      host: "127.0.0.1",
      port: 0,
      sessionSecret: SESSION_SECRET,
      relaySecret: RELAY_SECRET,
      ws: { maxPayload: 16_384, ratePerSecond: 10, rateBurst: 30, idleTimeoutS: 60 },
      shutdownTimeoutMs: 1_000,
    },
    client,
    log,
  });
  cleanup.push(
    () => server.stop(),
    () => client.close(),
    () => web.close(),
  );

  const request = (path: string, init: RequestInit & { cookies?: string } = {}) => {
    const headers = new Headers(init.headers);
    headers.set("host", "localhost");
    if (init.cookies) headers.set("cookie", init.cookies);
    return web.app.handle(new Request(`http://localhost${path}`, { ...init, headers, redirect: "manual" }));
  };
  const csrf = async () => {
    const page = await request("/login");
    const cookie = (page.headers.getSetCookie().find((c) => c.startsWith("tertulia_csrf=")) ?? "").split(";")[0]!;
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
    return { cookie, token };
  };
  const login = async (username: string, password: string) => {
    const { cookie, token } = await csrf();
    return request("/login", {
      method: "POST",
      cookies: cookie,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
      body: new URLSearchParams({ _csrf: token, username, password, next: "/chat/books" }).toString(),
    });
  };
  return { state, web, warnings, request, csrf, login };
}

const sessionCookieOf = (response: Response) =>
  (response.headers.getSetCookie().find((c) => c.startsWith("tertulia_session=")) ?? "").split(";")[0]!;

describe("sign-up follows the chat server's settings", () => {
  test("offered on the login page, and served, exactly when the server allows it", async () => {
    const h = await harness({ maxMessageChars: 1_234, allowSignup: true });
    expect(await (await h.request("/login")).text()).toContain('href="/signup"');
    expect((await h.request("/signup")).status).toBe(200);

    h.state.settings = { maxMessageChars: 1_234, allowSignup: false };
    await h.web.settings.refresh();
    expect(await (await h.request("/login")).text()).not.toContain('href="/signup"');
    const refused = await h.request("/signup");
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe("/login");
  });

  test("an older server without GetSettings: sign-up off, the default length, said once in the log", async () => {
    const h = await harness("unimplemented");
    expect(h.web.settings.current).toEqual({ maxMessageChars: 4_000, signupAllowed: false });
    expect(await (await h.request("/login")).text()).not.toContain('href="/signup"');
    await h.web.settings.refresh();
    await h.web.settings.refresh();
    expect(h.warnings.filter((line) => line.includes("GetSettings"))).toHaveLength(1);
  });
});

describe("login and logout", () => {
  test("the right password sets an HttpOnly session cookie and goes to the room asked for", async () => {
    const h = await harness({ maxMessageChars: 1_234, allowSignup: false });
    const response = await h.login("ana", "correct-horse");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/chat/books");
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith("tertulia_session="))!;
    expect(setCookie).toContain("HttpOnly");

    const chat = await h.request("/chat/books", { cookies: sessionCookieOf(response) });
    expect(chat.status).toBe(200);
    // The page's limit is the server's, not a copy; the box has no maxlength, which would cut a paste silently.
    const body = await chat.text();
    expect(body).toContain('data-max-chars="1234"');
    expect(body).not.toMatch(/<textarea[^>]*maxlength/);
  });

  test("a wrong password re-renders the form with 401 and the reason", async () => {
    const h = await harness({ maxMessageChars: 1_234, allowSignup: false });
    const response = await h.login("ana", "wrong");
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("Wrong username or password.");
  });

  test("a post without the CSRF token, or from another origin, is refused with 403", async () => {
    const h = await harness({ maxMessageChars: 1_234, allowSignup: false });
    const { cookie, token } = await h.csrf();
    const post = (fields: Record<string, string>, origin: string) =>
      h.request("/login", {
        method: "POST",
        cookies: cookie,
        headers: { "content-type": "application/x-www-form-urlencoded", origin },
        body: new URLSearchParams({ username: "ana", password: "correct-horse", ...fields }).toString(),
      });
    expect((await post({}, "http://localhost")).status).toBe(403);
    expect((await post({ _csrf: "forged" }, "http://localhost")).status).toBe(403);
    expect((await post({ _csrf: token }, "http://evil.example")).status).toBe(403);
    expect((await post({ _csrf: token }, "http://localhost")).status).toBe(303);
  });

  test("logout revokes the token on the server and the old cookie no longer opens the chat", async () => {
    const h = await harness({ maxMessageChars: 1_234, allowSignup: false });
    const session = sessionCookieOf(await h.login("ana", "correct-horse"));
    const { cookie, token } = await h.csrf();
    const response = await h.request("/logout", {
      method: "POST",
      cookies: `${session}; ${cookie}`,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
      body: new URLSearchParams({ _csrf: token }).toString(),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/login?notice=bye");
    expect(h.state.revoked).toHaveLength(1);
    const after = await h.request("/chat", { cookies: session });
    expect(after.status).toBe(303);
    expect(after.headers.get("location")).toStartWith("/login");
  });
});

describe("session renewal", () => {
  test("POST /session/renew with the CSRF header gives a fresh session cookie; without it, 403; no session, 401", async () => {
    const h = await harness({ maxMessageChars: 1_234, allowSignup: false });
    const session = sessionCookieOf(await h.login("ana", "correct-horse"));
    const { cookie, token } = await h.csrf();
    const renew = (cookies: string, headers: Record<string, string>) =>
      h.request("/session/renew", { method: "POST", cookies, headers: { origin: "http://localhost", ...headers } });

    expect((await renew(`${session}; ${cookie}`, {})).status).toBe(403);
    expect((await renew(`${session}; ${cookie}`, { "x-csrf-token": "forged" })).status).toBe(403);
    expect(
      (await renew(`${session}; ${cookie}`, { "x-csrf-token": token, origin: "http://evil.example" })).status,
    ).toBe(403);
    expect((await renew(cookie, { "x-csrf-token": token })).status).toBe(401);

    const renewed = await renew(`${session}; ${cookie}`, { "x-csrf-token": token });
    expect(renewed.status).toBe(200);
    expect(((await renewed.json()) as { expiresAtMs: number }).expiresAtMs).toBeGreaterThan(Date.now());
    const fresh = sessionCookieOf(renewed);
    expect(fresh).toStartWith("tertulia_session=");
    expect(fresh).not.toBe(session);
    expect((await h.request("/chat/books", { cookies: fresh })).status).toBe(200);
  });

  test("a revoked session is not renewed: 401, so the page sends the person to log in", async () => {
    const h = await harness({ maxMessageChars: 1_234, allowSignup: false });
    const session = sessionCookieOf(await h.login("ana", "correct-horse"));
    const { cookie, token } = await h.csrf();
    h.state.validTokens.clear();
    const response = await h.request("/session/renew", {
      method: "POST",
      cookies: `${session}; ${cookie}`,
      headers: { origin: "http://localhost", "x-csrf-token": token },
    });
    expect(response.status).toBe(401);
  });
});

describe("probes", () => {
  test("/healthz answers; /readyz reports the chat server, and draining", async () => {
    const h = await harness({ maxMessageChars: 1_234, allowSignup: false });
    expect(await (await h.request("/healthz")).text()).toBe("ok\n");
    expect((await h.request("/readyz")).status).toBe(200);
    h.web.drain();
    const draining = await h.request("/readyz");
    expect(draining.status).toBe(503);
    expect(await draining.text()).toBe("draining\n");
  });
});
