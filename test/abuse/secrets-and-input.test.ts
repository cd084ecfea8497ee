/**
 * Finding 10, the smaller ones. Real server and web tier processes.
 *
 * - Production refuses trivial secrets (32 × "a", patterns, runs) and one value used for two secrets.
 * - NODE_ENV is not case-sensitive: `Production` is production (only development and test, in any case,
 *   are not), so SEED_DEMO_USERS=1 with it stops the start instead of creating `pass` accounts.
 * - Blank and invisible messages (zero-width space, NUL, marks alone) are refused, and so are towers of
 *   combining marks; ordinary text with accents and emoji goes through, and nothing else is stored.
 * - The password minimum counts what a person sees (4 emoji are 4 characters, not 8), and login refuses a
 *   900 KB password without hashing it (by the request size limit; a 60 KB one by the password rule).
 * (Failed-login usernames never logged in full: login-memory.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { GrpcStatus, type ServiceError, type TertuliaClient } from "@tertulia/protocol";
import { type AbuseServer, runToExit, spawnServer, spawnWeb } from "./support/processes.ts";

const STRONG_JWT = "Vq3h0wY8m2ZrK5tN9pLx4cB7dF1gJ6sHaE0uQiWoRkT";
const STRONG_RELAY = "p8Lk2Wn5Rz0Qx7Ts3Vb9Md4Hf6Jc1Ya_Ge-Uo2Ni5Ew";
const STRONG_SESSION = "t4Gm9Qw2Ez7Rx5Kc0Vb8Hn3Js6Ld1Fp_Ay-Ui4Oo7Pz";

describe("production start-up", () => {
  const production = { NODE_ENV: "production", DATABASE_PATH: ":memory:" };
  const cases: Array<[string, "server" | "web", Record<string, string>, string]> = [
    [
      "32 × 'a' as JWT_SECRET",
      "server",
      { ...production, JWT_SECRET: "a".repeat(32), RELAY_SECRET: STRONG_RELAY },
      "tertulia-server: JWT_SECRET is one 1-character pattern repeated (production, NODE_ENV); generate one with: openssl rand -base64 48",
    ],
    [
      "a repeated word as RELAY_SECRET",
      "server",
      { ...production, JWT_SECRET: STRONG_JWT, RELAY_SECRET: "secret".repeat(6) },
      "tertulia-server: RELAY_SECRET is one 6-character pattern repeated (production, NODE_ENV); generate one with: openssl rand -base64 48",
    ],
    [
      "the same value for JWT_SECRET and RELAY_SECRET",
      "server",
      { ...production, JWT_SECRET: STRONG_JWT, RELAY_SECRET: STRONG_JWT },
      "tertulia-server: RELAY_SECRET must differ from JWT_SECRET: each secret protects something else",
    ],
    [
      "the same value for SESSION_SECRET and RELAY_SECRET",
      "web",
      { NODE_ENV: "production", SESSION_SECRET: STRONG_RELAY, RELAY_SECRET: STRONG_RELAY },
      "tertulia-client: RELAY_SECRET must differ from SESSION_SECRET: each secret protects something else",
    ],
    [
      "a run of consecutive characters as SESSION_SECRET",
      "web",
      { NODE_ENV: "production", SESSION_SECRET: "abcdefghijklmnopqrstuvwxyz012345", RELAY_SECRET: STRONG_RELAY },
      "tertulia-client: SESSION_SECRET is mostly a run of consecutive characters (abc…, 123…) (production, NODE_ENV); generate one with: openssl rand -base64 48",
    ],
    [
      "NODE_ENV=Production with SEED_DEMO_USERS=1",
      "server",
      {
        NODE_ENV: "Production",
        SEED_DEMO_USERS: "1",
        JWT_SECRET: STRONG_JWT,
        RELAY_SECRET: STRONG_RELAY,
        DATABASE_PATH: ":memory:",
      },
      "tertulia-server: SEED_DEMO_USERS: demo accounts with a known password are never created in production",
    ],
  ];
  for (const [what, which, env, message] of cases) {
    test(`refuses ${what}: one line, exit code 2`, async () => {
      const { code, stderr } = await runToExit(which, env);
      expect({ code, stderr: stderr.trim() }).toEqual({ code: 2, stderr: message });
    });
  }

  test("accepts strong, distinct secrets (the web tier starts)", async () => {
    const web = await spawnWeb("127.0.0.1:1", {
      NODE_ENV: "PRODUCTION",
      SESSION_SECRET: STRONG_SESSION,
      RELAY_SECRET: STRONG_RELAY,
    });
    await web.stop();
  });
});

describe("what a user can send and set", () => {
  let server: AbuseServer;
  let client: TertuliaClient;
  beforeAll(async () => {
    server = await spawnServer({ ALLOW_SIGNUP: "1" });
    client = server.client();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test("blank, invisible and mark-stacked messages are refused; ordinary ones are kept, in order", async () => {
    const { token } = await client.auth.authenticateUser({ username: "mimi", password: "pass" });
    const attacks: Array<[string, RegExp]> = [
      ["\u200b", /no visible characters/],
      [" \u200b\u200c\u2060 ", /no visible characters/],
      ["\u3164", /no visible characters/],
      ["\u0301\u0301\u0301", /no visible characters/],
      ["a\u0000b", /control characters/],
      [`Z${"\u0336\u0334\u0335\u0337\u0338\u0300\u0301\u0302".repeat(3)}`, /more than 6 combining marks/],
    ];
    const sends = ["héllo 👋", "Tiếng Việt", "👨‍👩‍👧‍👦 🇪🇸"];
    for (const [text, reason] of attacks) {
      const error = await client.chat.sendNote({ room: "plaza", message: text }, { token }).then(
        () => null,
        (e: ServiceError) => e,
      );
      expect({ text, code: error?.code }).toEqual({ text, code: GrpcStatus.INVALID_ARGUMENT });
      expect(error?.details).toMatch(reason);
    }
    for (const text of sends) await client.chat.sendNote({ room: "plaza", message: text }, { token });
    const history = await client.chat.getHistory({ room: "plaza" }, { token });
    expect(history.notes.map((n) => n.message)).toEqual(sends);
  });

  test("the password minimum counts what a person sees; login refuses a 900 KB password before hashing", async () => {
    const emoji = await client.auth.registerUser({ username: "emoji-user", password: "😀😀😀😀" });
    expect(emoji.errorCode).toBe("invalid_password");
    expect(emoji.error).toMatch(/at least 8 characters/);
    expect((await client.auth.registerUser({ username: "accents", password: "pässwörd" })).token).not.toBe("");

    // 900 KB: past the request size limit, refused by grpc-js before it is even parsed.
    const huge = await client.auth.authenticateUser({ username: "mimi", password: "p".repeat(900_000) }).then(
      (answer) => `answer:${answer.errorCode}`,
      (error: ServiceError) => `status:${GrpcStatus[error.code]}`,
    );
    expect(huge).toBe("status:RESOURCE_EXHAUSTED");
    // 60 KB: within the size limit, refused on its length before argon2 sees it.
    const long = await client.auth.authenticateUser({ username: "mimi", password: "p".repeat(60_000) });
    expect(long.errorCode).toBe("invalid_password");
    expect(long.error).toMatch(/at most 1024 bytes/);
    // And it did not count as a failure against mimi: she logs in.
    expect((await client.auth.authenticateUser({ username: "mimi", password: "pass" })).token).not.toBe("");
  });
});
