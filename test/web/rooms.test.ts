import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { CLOSE_CODES, LOGGED_OUT_REASON } from "@tertulia/protocol/browser";
import { eventually } from "@tertulia/testing/streams";
import { isFrame, openSocket, type TestSocket } from "../support/socket.ts";
import { loginCookie, type Stack, startStack } from "../support/stack.ts";

let stack: Stack;
let mimi: string;
let pepe: string;

beforeAll(async () => {
  stack = await startStack({ web: { ratePerSecond: 200, rateBurst: 100, maxPayload: 4_096 } });
  [mimi, pepe] = await Promise.all([loginCookie(stack.base, "mimi"), loginCookie(stack.base, "pepe")]);
});
afterAll(() => stack.stop());

const joined = (room: string) => (frames: { type: string; room?: unknown }[]) =>
  frames.some((f) => f.type === "joined" && f.room === room);

async function joinRoom(socket: TestSocket, room: string) {
  socket.send({ type: "join", room });
  await socket.until(joined(room));
}

describe("two people in one room", () => {
  test("see each other's messages exactly once and in order, with no echo of their own", async () => {
    const a = await openSocket(stack.base, mimi);
    const b = await openSocket(stack.base, pepe);
    await Promise.all([joinRoom(a, "plaza"), joinRoom(b, "plaza")]);
    for (let i = 0; i < 10; i++) {
      a.send({ type: "send", room: "plaza", text: `from mimi ${i}`, clientId: `m-${i}` });
      b.send({ type: "send", room: "plaza", text: `from pepe ${i}`, clientId: `p-${i}` });
    }
    await Promise.all([a, b].map((s) => s.until(() => s.messages("plaza").length === 20)));
    for (const socket of [a, b]) {
      const seqs = socket.messages("plaza").map((m) => m.seq);
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(new Set(socket.messages("plaza").map((m) => m.clientId)).size).toBe(20);
    }
    expect(a.messages("plaza")).toEqual(b.messages("plaza"));
    expect(
      a
        .messages("plaza")
        .filter((m) => m.author === "mimi")
        .map((m) => m.text),
    ).toEqual(Array.from({ length: 10 }, (_, i) => `from mimi ${i}`));
    a.close();
    b.close();
  });

  test("rooms are isolated", async () => {
    const a = await openSocket(stack.base, mimi);
    const b = await openSocket(stack.base, pepe);
    await Promise.all([joinRoom(a, "north"), joinRoom(b, "south")]);
    a.send({ type: "send", room: "north", text: "only north", clientId: "n1" });
    b.send({ type: "send", room: "south", text: "only south", clientId: "s1" });
    await a.until(() => a.messages("north").length === 1);
    await b.until(() => b.messages("south").length === 1);
    // A marker in south proves b has seen everything sent before it.
    a.send({ type: "join", room: "south" });
    await a.until(joined("south"));
    expect(b.messages("north")).toHaveLength(0);
    expect(b.frames.some((f) => "room" in f && f.room === "north")).toBe(false);
    a.close();
    b.close();
  });

  test("a join shows the latest history and who is present; presence follows sockets", async () => {
    const a = await openSocket(stack.base, mimi);
    await joinRoom(a, "history-room");
    for (let i = 0; i < 60; i++) a.send({ type: "send", room: "history-room", text: `h${i}`, clientId: `h-${i}` });
    await a.until(() => a.messages("history-room").length === 60, 10_000);
    const b = await openSocket(stack.base, pepe);
    b.send({ type: "join", room: "history-room" });
    const frames = await b.until(joined("history-room"));
    const hello = frames.find(isFrame("joined"))!;
    expect(hello.messages.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 11));
    expect(hello.hasMore).toBe(true);
    await a.until((all) => all.some((f) => f.type === "presence" && f.user === "pepe" && f.event === "join"));
    b.send({ type: "history", room: "history-room", beforeSeq: 11 });
    const older = (await b.until((all) => all.some((f) => f.type === "history"))).find(isFrame("history"))!;
    expect(older.messages.map((m) => m.seq)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(older.hasMore).toBe(false);
    b.close();
    await a.until((all) => all.some((f) => f.type === "presence" && f.user === "pepe" && f.event === "leave"));
    a.close();
  });

  test("a reconnect resuming from the last seq gets exactly what was missed", async () => {
    const a = await openSocket(stack.base, mimi);
    await joinRoom(a, "resume-room");
    a.send({ type: "send", room: "resume-room", text: "first", clientId: "r0" });
    await a.until(() => a.messages("resume-room").length === 1);
    const epoch = a.frames.find(isFrame("joined"))!.epoch;
    a.close();
    const b = await openSocket(stack.base, pepe);
    await joinRoom(b, "resume-room");
    for (let i = 1; i <= 5; i++) b.send({ type: "send", room: "resume-room", text: `missed ${i}`, clientId: `r${i}` });
    await b.until(() => b.messages("resume-room").length === 6);
    const again = await openSocket(stack.base, mimi);
    again.send({ type: "join", room: "resume-room", afterSeq: 1, epoch });
    const frame = (await again.until(joined("resume-room"))).find(isFrame("joined"))!;
    expect(frame.reset).toBe(false);
    expect(frame.messages.map((m) => m.text)).toEqual(["missed 1", "missed 2", "missed 3", "missed 4", "missed 5"]);
    again.close();
    b.close();
  });
});

describe("bad frames", () => {
  test("malformed and unknown frames get a short error and the socket stays usable", async () => {
    const s = await openSocket(stack.base, mimi);
    s.sendRaw("{not json");
    s.sendRaw(JSON.stringify({ type: "dance" }));
    s.send({ type: "join", room: "Not Valid!" });
    s.sendRaw(JSON.stringify({ type: "send", room: "general" }));
    const errors = (await s.until((all) => all.filter((f) => f.type === "error").length === 4)).filter(
      isFrame("error"),
    );
    expect(errors.map((e) => e.code)).toEqual(["bad_frame", "bad_frame", "bad_frame", "bad_frame"]);
    expect(errors.map((e) => e.message)).toEqual([
      "frames must be JSON objects",
      "unknown frame type",
      expect.stringMatching(/^invalid room/),
      "invalid text: text must be a string",
    ]);
    for (const error of errors) expect(JSON.stringify(error)).not.toMatch(/schema|stack|zod|at \//i);
    await joinRoom(s, "still-works");
    s.send({ type: "send", room: "still-works", text: "  ", clientId: "blank" });
    const blank = (await s.until((all) => all.some((f) => f.type === "error" && f.clientId === "blank")))
      .filter(isFrame("error"))
      .find((f) => f.clientId === "blank")!;
    expect(blank).toMatchObject({ code: "invalid", message: "Message is empty" });
    s.close();
  });

  test("an oversized frame closes the socket with 1009; the server lives on", async () => {
    const s = await openSocket(stack.base, mimi);
    s.sendRaw(JSON.stringify({ type: "send", room: "general", text: "x".repeat(5_000), clientId: "big" }));
    expect((await s.closed).code).toBe(CLOSE_CODES.messageTooBig);
    const next = await openSocket(stack.base, mimi);
    await joinRoom(next, "general");
    next.close();
  });

  test("a flood is rate-limited with an error frame; the socket stays open", async () => {
    const s = await openSocket(stack.base, mimi);
    for (let i = 0; i < 400; i++) s.send({ type: "typing", room: "general" });
    await s.until((all) => all.some((f) => f.type === "error" && f.code === "rate_limited"));
    expect(s.frames.filter((f) => f.type === "error" && f.code === "rate_limited").length).toBeLessThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // let the bucket refill
    await joinRoom(s, "after-flood");
    s.close();
  });
});

describe("access", () => {
  test("a socket without a session, or from another origin, is refused", async () => {
    await expect(openSocket(stack.base, "")).rejects.toThrow();
    await expect(openSocket(stack.base, mimi, "https://evil.example")).rejects.toThrow();
  });

  test("logout closes the session's sockets and releases the room streams", async () => {
    const cookie = await loginCookie(stack.base, "juan");
    const s1 = await openSocket(stack.base, cookie);
    const s2 = await openSocket(stack.base, cookie);
    await Promise.all([joinRoom(s1, "bye-room"), joinRoom(s2, "bye-room")]);
    expect(stack.web.relay.get("bye-room")?.members).toBe(2);
    const csrf = /tertulia_csrf=([^;]+)/.exec(cookie)![1]!;
    const response = await fetch(`${stack.base}/logout`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded", origin: stack.base },
      body: new URLSearchParams({ _csrf: csrf }),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/login?notice=bye");
    expect(response.headers.getSetCookie().some((c) => /^tertulia_session=;/.test(c) && /Max-Age=0/i.test(c))).toBe(
      true,
    );
    // What the page takes for a logout (page/connection.ts): that code with that reason.
    for (const closed of [await s1.closed, await s2.closed]) {
      expect(closed).toMatchObject({ code: CLOSE_CODES.loggedOut, reason: LOGGED_OUT_REASON });
    }
    expect(stack.web.relay.get("bye-room")).toBeUndefined();
    await eventually(
      async () => !(await stack.server.server.presence.present("bye-room")).includes("juan"),
      5_000,
      "juan to leave",
    );
  });
});
