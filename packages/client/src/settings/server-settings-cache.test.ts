import { afterEach, describe, expect, test } from "bun:test";
import { GrpcStatus, type TertuliaClient } from "@tertulia/protocol";
import { silentLogger } from "@tertulia/runtime";
import { ServerSettingsCache } from "./server-settings-cache.ts";

/**
 * A chat server reached through the client's `auth.getSettings`, unreachable for its first `downCalls`
 * calls. Errors carry the numeric `code` grpc-js puts on a ServiceError (14 UNAVAILABLE when nothing
 * listens; https://grpc.github.io/grpc/core/md_doc_statuscodes.html).
 */
function server(downCalls: number, answer = { maxMessageChars: 1234, allowSignup: true }) {
  let calls = 0;
  const client = {
    auth: {
      getSettings: async () => {
        calls++;
        if (calls <= downCalls)
          throw Object.assign(new Error("14 UNAVAILABLE: No connection established"), {
            code: GrpcStatus.UNAVAILABLE,
          });
        return answer;
      },
    },
  } as unknown as Pick<TertuliaClient, "auth">; // only getSettings is called
  return { client, calls: () => calls };
}

let cache: ServerSettingsCache | null = null;
afterEach(() => cache?.stop());

describe("ServerSettingsCache", () => {
  test("a server not yet reachable at start is asked again within seconds, not after a whole period", async () => {
    const chat = server(2);
    cache = new ServerSettingsCache({
      client: chat.client,
      serviceToken: { get: async () => "t" },
      log: silentLogger,
      refreshMs: 60_000,
      firstAnswerRetryMs: 50,
    });
    await cache.start();
    expect(cache.current.signupAllowed).toBe(false); // the fallback while the server is down
    const deadline = Date.now() + 10_000;
    while (!cache.current.signupAllowed && Date.now() < deadline) await Bun.sleep(20);
    expect(cache.current).toEqual({ maxMessageChars: 1234, signupAllowed: true });
    expect(chat.calls()).toBe(3);
  });

  test("once answered, it waits the whole period", async () => {
    const chat = server(0);
    cache = new ServerSettingsCache({
      client: chat.client,
      serviceToken: { get: async () => "t" },
      log: silentLogger,
      refreshMs: 60_000,
      firstAnswerRetryMs: 20,
    });
    await cache.start();
    await Bun.sleep(300);
    expect(chat.calls()).toBe(1);
  });
});
