import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { GrpcStatus, type ServiceError } from "@tertulia/protocol";
import { collect } from "@tertulia/testing/streams";
import { startTestServer, TEST_JWT_SECRET, type TestServer } from "@tertulia/testing/test-server";
import { SignJWT } from "jose";

let t: TestServer;
let clock = Date.now();

beforeAll(async () => {
  t = await startTestServer({
    now: () => clock,
    env: { LOGIN_ATTEMPTS_PER_USER: "3", JWT_TTL: "1h", ALLOW_SIGNUP: "1" },
  });
});
afterAll(() => t.stop());

/** Every chat RPC, called with the given metadata; each should answer UNAUTHENTICATED without a valid token. */
function callEveryChatRpc(options: { token?: string; metadata?: Record<string, string> }) {
  const c = t.client.chat;
  const streamError = (stream: ReturnType<typeof c.subscribe> | ReturnType<typeof c.chatStream>) =>
    collect(stream).ended;
  return {
    SendNote: c.sendNote({ message: "hi" }, options).then(
      () => null,
      (e: ServiceError) => e,
    ),
    GetHistory: c.getHistory({ room: "general" }, options).then(
      () => null,
      (e: ServiceError) => e,
    ),
    ListRooms: c.listRooms({}, options).then(
      () => null,
      (e: ServiceError) => e,
    ),
    UpdatePresence: c.updatePresence({ room: "general", holderId: "h" }, options).then(
      () => null,
      (e: ServiceError) => e,
    ),
    ChatStream: streamError(c.chatStream({}, options)),
    Subscribe: streamError(c.subscribe({ room: "general" }, options)),
  };
}

async function expectUnauthenticatedEverywhere(
  options: { token?: string; metadata?: Record<string, string> },
  reason: RegExp,
) {
  const results = callEveryChatRpc(options);
  for (const [rpc, pending] of Object.entries(results)) {
    const error = await pending;
    expect(error, rpc).not.toBeNull();
    expect(error!.code, rpc).toBe(GrpcStatus.UNAUTHENTICATED);
    expect(error!.details, rpc).toMatch(reason);
  }
}

describe("AuthenticateUser", () => {
  test("a demo user logs in and gets a JWT with sub, iat, exp and a key id", async () => {
    const response = await t.client.auth.authenticateUser({ username: "mimi", password: "pass" });
    expect(response.error).toBe("");
    expect(response.username).toBe("mimi");
    const [header, payload] = response.token
      .split(".")
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, "base64url").toString()));
    expect(header).toMatchObject({ alg: "HS256", typ: "JWT" });
    expect(header.kid).toMatch(/^u-[0-9a-f]{12}$/);
    expect(payload.sub).toBe("mimi");
    expect(payload.exp - payload.iat).toBe(3600);
    expect(response.expiresAtMs).toBe(payload.exp * 1000);
  });

  test("a wrong password and an unknown user get the same error in LoginResponse.error", async () => {
    const wrong = await t.client.auth.authenticateUser({ username: "pepe", password: "nope" });
    const unknown = await t.client.auth.authenticateUser({ username: "nobody", password: "pass" });
    expect(wrong.token).toBe("");
    expect(wrong.error).toBe("Invalid username or password");
    expect(unknown.error).toBe(wrong.error);
    expect(unknown.errorCode).toBe("invalid_credentials");
  });

  test("repeated failures for one username are rate-limited, even with the right password", async () => {
    for (let i = 0; i < 3; i++) await t.client.auth.authenticateUser({ username: "juan", password: "bad" });
    const limited = await t.client.auth.authenticateUser({ username: "juan", password: "pass" });
    expect(limited.token).toBe("");
    expect(limited.errorCode).toBe("rate_limited");
    expect(limited.error).toMatch(/try again in \d+ s/);
    // Other users are not affected.
    expect((await t.client.auth.authenticateUser({ username: "admin", password: "pass" })).token).not.toBe("");
  });

  test("usernames are case-insensitive", async () => {
    expect((await t.client.auth.authenticateUser({ username: " MiMi ", password: "pass" })).username).toBe("mimi");
  });
});

describe("RegisterUser and RefreshToken", () => {
  test("sign-up creates an account that can log in; a taken name is refused", async () => {
    const created = await t.client.auth.registerUser({ username: "lola", password: "long-enough" });
    expect(created.token).not.toBe("");
    expect((await t.client.auth.authenticateUser({ username: "lola", password: "long-enough" })).token).not.toBe("");
    expect((await t.client.auth.registerUser({ username: "lola", password: "long-enough" })).errorCode).toBe(
      "username_taken",
    );
    expect((await t.client.auth.registerUser({ username: "x", password: "long-enough" })).errorCode).toBe(
      "invalid_username",
    );
    expect((await t.client.auth.registerUser({ username: "shorty", password: "short" })).errorCode).toBe(
      "invalid_password",
    );
  });

  test("a valid token is exchanged for a fresh one", async () => {
    const token = await t.login("pepe");
    clock += 60_000;
    const refreshed = await t.client.auth.refreshToken({}, { token });
    expect(refreshed.username).toBe("pepe");
    expect(refreshed.token).not.toBe(token);
    expect(refreshed.expiresAtMs).toBeGreaterThan(Date.now() + 3_500_000);
  });
});

describe("chat RPCs require a valid bearer token", () => {
  test("no authorization metadata", () => expectUnauthenticatedEverywhere({}, /missing authorization/));

  test("metadata that is not 'Bearer <token>'", () =>
    expectUnauthenticatedEverywhere({ metadata: { authorization: "Basic bWltaTpwYXNz" } }, /malformed authorization/));

  test("a bearer value that is not a JWT", () =>
    expectUnauthenticatedEverywhere({ token: "not-a-jwt" }, /malformed token/));

  test("an expired token", async () => {
    const token = await t.login("admin");
    clock += 2 * 3_600_000;
    try {
      await expectUnauthenticatedEverywhere({ token }, /expired/);
    } finally {
      clock = Date.now();
    }
  });

  test("a token signed with another secret (same key id)", async () => {
    const genuine = await t.login("admin");
    const kid = JSON.parse(Buffer.from(genuine.split(".")[0]!, "base64url").toString()).kid;
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256", kid })
      .setSubject("admin")
      .setIssuer("tertulia")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("attacker-secret-attacker-secret-!!"));
    await expectUnauthenticatedEverywhere({ token: forged }, /signature is invalid/);
  });

  test("a token using another algorithm, including alg none", async () => {
    const hs512 = await new SignJWT({})
      .setProtectedHeader({ alg: "HS512" })
      .setSubject("admin")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    await expectUnauthenticatedEverywhere({ token: hs512 }, /algorithm HS512 is not accepted/);
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"sub":"admin"}').toString("base64url")}.`;
    await expectUnauthenticatedEverywhere({ token: none }, /algorithm none is not accepted/);
  });
});
