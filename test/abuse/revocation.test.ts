/**
 * Finding 7: tokens can be revoked. Logout, a password change and deleting the account end every session
 * and token of that user, on every replica; a cookie kept after logout opens nothing (page, WebSocket,
 * gRPC) and cannot be refreshed; a name deleted and registered again does not inherit the old tokens.
 * Real server and web tier processes on SQLite, and two replicas on PostgreSQL.
 */

import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { GrpcStatus, type ServiceError, type TertuliaClient } from "@tertulia/protocol";
import { CLOSE_CODES } from "@tertulia/protocol/browser";
import { eventually } from "@tertulia/testing/streams";
import { clusterSuite } from "../scale-out/cluster.ts";
import { openSocket } from "../support/socket.ts";
import { type AbuseServer, type AbuseWeb, postLogin, spawnServer, spawnWeb } from "./support/processes.ts";

/** The chat token inside a session cookie (the test reads it as a thief holding the cookie could). */
function tokenIn(cookie: string): string {
  const session = /tertulia_session=([^;]+)/.exec(cookie)![1]!;
  const payload = JSON.parse(Buffer.from(session.split(".")[1]!, "base64url").toString()) as { tok: string };
  return payload.tok;
}

async function refusal(promise: Promise<unknown>): Promise<{ code: number; details: string } | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    const { code, details } = error as ServiceError;
    return { code, details };
  }
}

async function logout(base: string, cookie: string): Promise<Response> {
  const page = await fetch(`${base}/chat`, { headers: { cookie }, redirect: "manual" });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  return fetch(`${base}/logout`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: base, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: csrf }),
  });
}

describe("SQLite: one server, one web tier", () => {
  let server: AbuseServer;
  let web: AbuseWeb;
  let grpc: TertuliaClient;

  beforeAll(async () => {
    server = await spawnServer({ ALLOW_SIGNUP: "1" });
    web = await spawnWeb(server.address);
    grpc = server.client();
  });

  afterAll(async () => {
    await web?.stop();
    await server?.stop();
  });

  test("after logout the old cookie opens neither the page, the WebSocket nor gRPC, and does not refresh", async () => {
    const { cookie } = await postLogin(web.base, "mimi", "pass");
    const other = (await postLogin(web.base, "pepe", "pass")).cookie!;
    const stolen = cookie!;
    const token = tokenIn(stolen);
    expect((await fetch(`${web.base}/chat`, { headers: { cookie: stolen }, redirect: "manual" })).status).toBe(200);
    const before = await openSocket(web.base, stolen);
    await before.until((frames) => frames.some((f) => f.type === "hello"));
    const pepe = await openSocket(web.base, other);
    pepe.send({ type: "join", room: "general" });
    await pepe.until((frames) => frames.some((f) => f.type === "joined"));

    const response = await logout(web.base, stolen);
    expect(response.headers.get("location")).toBe("/login?notice=bye");
    expect(await before.closed).toMatchObject({ code: 1000 });

    const page = await fetch(`${web.base}/chat`, { headers: { cookie: stolen }, redirect: "manual" });
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toStartWith("/login");
    await expect(openSocket(web.base, stolen)).rejects.toThrow(/failed to open/);
    const send = await refusal(grpc.chat.sendNote({ room: "general", message: "after logout" }, { token }));
    expect(send).toMatchObject({ code: GrpcStatus.UNAUTHENTICATED });
    expect(send?.details).toMatch(/revoked/);
    expect(await refusal(grpc.auth.refreshToken({}, { token }))).toMatchObject({ code: GrpcStatus.UNAUTHENTICATED });

    // The other user in the room keeps sending and receiving; nothing of theirs is lost.
    pepe.send({ type: "send", room: "general", text: "still here", clientId: "p-1" });
    await pepe.until(() => pepe.messages("general").some((m) => m.text === "still here"));
    pepe.close();
    // And mimi logs in again.
    expect((await postLogin(web.base, "mimi", "pass")).status).toBe(303);
  });

  test("a socket open on another web pod is closed as expired within one presence renewal after logout", async () => {
    const otherPod = await spawnWeb(server.address);
    try {
      const { cookie } = await postLogin(web.base, "juan", "pass");
      const elsewhere = await openSocket(otherPod.base, cookie!);
      elsewhere.send({ type: "join", room: "general" });
      await elsewhere.until((frames) => frames.some((f) => f.type === "joined"));

      // Logged out through the first pod: the second holds no socket of its own to close, only the renewal
      // (every 20 s, with the user's token) can tell it.
      await logout(web.base, cookie!);
      expect(await elsewhere.closed).toMatchObject({ code: CLOSE_CODES.sessionExpired });
      expect(elsewhere.frames.some((f) => f.type === "error" && f.code === "session_expired")).toBe(true);
    } finally {
      await otherPod.stop();
    }
  }, 90_000);

  test("a gRPC stream opened before the logout ends UNAUTHENTICATED within one sweep (10 s)", async () => {
    const { token } = await grpc.auth.authenticateUser({ username: "admin", password: "pass" });
    const stream = grpc.chat.subscribe({ room: "general", afterSeq: 0, tail: 0 }, { token });
    const ended = new Promise<{ code: number; details: string }>((resolve) => {
      stream.on("error", (error: ServiceError) => resolve({ code: error.code, details: error.details }));
      stream.on("end", () => resolve({ code: GrpcStatus.OK, details: "ended" }));
    });
    await new Promise((resolve) => stream.once("data", resolve));

    await grpc.auth.revokeTokens({}, { token });
    expect(await ended).toMatchObject({ code: GrpcStatus.UNAUTHENTICATED, details: expect.stringMatching(/revoked/) });
  }, 60_000);

  test("a password change ends the old tokens; deleting the account ends the rest; the name re-registered is someone else", async () => {
    const first = await grpc.auth.registerUser({ username: "zoe", password: "first-password" });
    const changed = await grpc.auth.changePassword(
      { currentPassword: "first-password", newPassword: "second-password" },
      { token: first.token },
    );
    expect(changed.token).not.toBe("");
    expect(await refusal(grpc.chat.sendNote({ message: "old token" }, { token: first.token }))).toMatchObject({
      code: GrpcStatus.UNAUTHENTICATED,
    });
    await grpc.chat.sendNote({ message: "new token" }, { token: changed.token });
    expect((await grpc.auth.authenticateUser({ username: "zoe", password: "first-password" })).token).toBe("");

    await grpc.auth.deleteAccount({ password: "second-password" }, { token: changed.token });
    const afterDelete = await refusal(grpc.chat.sendNote({ message: "deleted" }, { token: changed.token }));
    expect(afterDelete).toMatchObject({ code: GrpcStatus.UNAUTHENTICATED });
    expect(afterDelete?.details).toMatch(/no longer exists/);
    expect(await refusal(grpc.auth.refreshToken({}, { token: changed.token }))).toMatchObject({
      code: GrpcStatus.UNAUTHENTICATED,
    });

    const again = await grpc.auth.registerUser({ username: "zoe", password: "third-password" });
    expect(again.token).not.toBe("");
    expect(await refusal(grpc.chat.sendNote({ message: "inherited?" }, { token: changed.token }))).toMatchObject({
      code: GrpcStatus.UNAUTHENTICATED,
    });
    await grpc.chat.sendNote({ message: "the new zoe" }, { token: again.token });
  });
});

const { suite, cluster } = clusterSuite("abuse: revocation across replicas");

suite("PostgreSQL: two server replicas", () => {
  test("logout on one replica ends the token on the other within the cache time", async () => {
    const [r1, r2] = await Promise.all([cluster().startReplica(), cluster().startReplica()]);
    const one = r1.client();
    const two = r2.client();
    const { token } = await one.auth.authenticateUser({ username: "mimi", password: "pass" });
    const pepe = (await two.auth.authenticateUser({ username: "pepe", password: "pass" })).token;
    await two.chat.sendNote({ room: "general", message: "before" }, { token });

    await one.auth.revokeTokens({}, { token });
    const revokedAt = Date.now();
    expect(await refusal(one.chat.sendNote({ room: "general", message: "x" }, { token }))).toMatchObject({
      code: GrpcStatus.UNAUTHENTICATED,
    });
    await eventually(
      async () => (await refusal(two.chat.sendNote({ room: "general", message: "y" }, { token })))?.code === 16,
      10_000,
      "replica two refuses the revoked token",
    );
    console.info(`[revocation] replica two refused the revoked token ${Date.now() - revokedAt} ms after logout`);
    expect(await refusal(two.auth.refreshToken({}, { token }))).toMatchObject({ code: GrpcStatus.UNAUTHENTICATED });
    // The other user is untouched on both replicas, and mimi can log in again anywhere.
    await one.chat.sendNote({ room: "general", message: "pepe on one" }, { token: pepe });
    await two.chat.sendNote({ room: "general", message: "pepe on two" }, { token: pepe });
    const fresh = await two.auth.authenticateUser({ username: "mimi", password: "pass" });
    await one.chat.sendNote({ room: "general", message: "mimi again" }, { token: fresh.token });
  }, 60_000);
});
