/**
 * AuthService/GetSettings against the really started server: anyone may ask (a login page asks before
 * anyone has logged in), and the answer is the server's own MAX_MESSAGE_CHARS and ALLOW_SIGNUP.
 */
import { afterAll, describe, expect, test } from "bun:test";
import { DEFAULT_MAX_MESSAGE_CHARS, GrpcStatus, type ServiceError } from "@tertulia/protocol";
import { startTestServer, type TestServer } from "@tertulia/testing/test-server";

const servers: TestServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.stop())));

async function start(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer({ env });
  servers.push(server);
  return server;
}

describe("GetSettings", () => {
  test("answers the defaults to a call without a token, as an old client makes it", async () => {
    const t = await start();
    const settings = await t.client.auth.getSettings({});
    expect(settings.maxMessageChars).toBe(DEFAULT_MAX_MESSAGE_CHARS);
    // proto3 leaves a false bool off the wire; the decoded message reads it as false.
    expect(settings.allowSignup).toBe(false);
  });

  test("answers the configured values to an authenticated call and to one whose token is stale", async () => {
    const t = await start({ MAX_MESSAGE_CHARS: "123", ALLOW_SIGNUP: "1" });
    const token = await t.login();
    const expected = { maxMessageChars: 123, allowSignup: true };
    expect(await t.client.auth.getSettings({}, { token })).toEqual(expected);
    expect(await t.client.auth.getSettings({}, { token: "not-a-token" })).toEqual(expected);
    expect(await t.client.auth.getSettings({})).toEqual(expected);
  });

  test("the limit it answers is the one sends are held to", async () => {
    const t = await start({ MAX_MESSAGE_CHARS: "5" });
    const token = await t.login();
    const { maxMessageChars } = await t.client.auth.getSettings({});
    // Code points, as the shared rule counts them: five emoji fit, six do not.
    await t.client.chat.sendNote({ message: "😀".repeat(maxMessageChars) }, { token });
    const error = await t.client.chat.sendNote({ message: "😀".repeat(maxMessageChars + 1) }, { token }).then(
      () => null,
      (e: ServiceError) => e,
    );
    expect(error?.code).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(error?.details).toBe("message is longer than 5 characters");
  });
});
