/**
 * Both tiers' /metrics after a scripted conversation: the counts are what happened (messages, sockets,
 * refusals), and no label grows with users or rooms (1,000 rooms leave the series count bounded).
 */

import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { WebMetrics } from "@tertulia/client/src/metrics/web-metrics.ts";
import { CLOSE_CODES } from "@tertulia/protocol/browser";
import { serveMetrics } from "@tertulia/runtime/metrics";
import { ROOM_LABEL_LIMIT, ServerMetrics } from "@tertulia/server/src/metrics/server-metrics.ts";
import { eventually } from "@tertulia/testing/streams";
import { scrape } from "../support/prometheus.ts";
import { openSocket, type TestSocket } from "../support/socket.ts";
import { loginCookie, type Stack, startStack } from "../support/stack.ts";

let stack: Stack;
const serverMetrics = new ServerMetrics();
const webMetrics = new WebMetrics();
const endpoints = [serveMetrics(serverMetrics.registry, { host: "127.0.0.1", port: 0 })];
endpoints.push(serveMetrics(webMetrics.registry, { host: "127.0.0.1", port: 0 }));
const [serverEndpoint, webEndpoint] = endpoints as [(typeof endpoints)[0], (typeof endpoints)[0]];

const MAX_PAYLOAD = 4_096;
const RATE_BURST = 20;

beforeAll(async () => {
  stack = await startStack({
    // One frame a second after a burst of 20: the flood below is refused in part, the conversation never.
    web: { ratePerSecond: 1, rateBurst: RATE_BURST, maxPayload: MAX_PAYLOAD },
    server: { metrics: serverMetrics },
    webTier: { metrics: webMetrics },
  });
});
afterAll(async () => {
  await stack.stop();
  await Promise.all(endpoints.map((e) => e.stop()));
});

const joined = (room: string) => (frames: { type: string; room?: unknown }[]) =>
  frames.some((f) => f.type === "joined" && f.room === room);

async function join(socket: TestSocket, room: string) {
  socket.send({ type: "join", room });
  await socket.until(joined(room));
}

describe("after a scripted conversation", () => {
  const FLOOD = 60;
  let floodAccepted = 0;

  beforeAll(async () => {
    const [mimi, pepe, juan, admin] = await Promise.all(
      ["mimi", "pepe", "juan", "admin"].map((user) => loginCookie(stack.base, user)),
    );
    const a = await openSocket(stack.base, mimi!);
    const b = await openSocket(stack.base, pepe!);
    await Promise.all([join(a, "plaza"), join(b, "plaza")]);
    for (let i = 0; i < 3; i++) a.send({ type: "send", room: "plaza", text: `hola ${i}`, clientId: `a-${i}` });
    for (let i = 0; i < 2; i++) b.send({ type: "send", room: "plaza", text: `qué tal ${i}`, clientId: `b-${i}` });
    await Promise.all([a, b].map((s) => s.until(() => s.messages("plaza").length === 5)));

    // Refusals: two bad frames (each answered), one oversized frame (closes its socket), a flood.
    a.sendRaw("not json");
    a.sendRaw(JSON.stringify({ type: "shout", room: "plaza" }));
    await a.until((frames) => frames.filter((f) => f.type === "error" && f.code === "bad_frame").length === 2);
    const c = await openSocket(stack.base, juan!);
    c.sendRaw(JSON.stringify({ type: "send", room: "plaza", text: "x".repeat(MAX_PAYLOAD), clientId: "big" }));
    expect((await c.closed).code).toBe(CLOSE_CODES.messageTooBig);
    const d = await openSocket(stack.base, admin!);
    for (let i = 0; i < FLOOD; i++) d.send({ type: "history", room: "plaza", beforeSeq: 1 });
    // Every accepted history frame is answered; the refused ones are not. A marker frame after the flood
    // can itself be refused, so wait on the counters instead.
    await eventually(
      async () => {
        const web = await scrape(webEndpoint.port);
        const seen =
          web.value("tertulia_web_frames_received_total", { type: "history" }) +
          web.value("tertulia_web_frames_refused_total", { reason: "rate_limited" });
        return seen === FLOOD;
      },
      10_000,
      "every flood frame counted",
    );
    floodAccepted = (await scrape(webEndpoint.port)).value("tertulia_web_frames_received_total", { type: "history" });
    await d.until((frames) => frames.filter((f) => f.type === "history").length === floodAccepted, 10_000);

    // A refusal on the server: SendNote without a token.
    await expect(stack.server.client.chat.sendNote({ room: "plaza", message: "anon" })).rejects.toThrow();

    for (const socket of [a, b, d]) socket.close();
    await eventually(async () => (await scrape(webEndpoint.port)).value("tertulia_web_sockets_open") === 0);
  });

  test("the web tier counts sockets, frames by type, refusals by reason and the send round trip", async () => {
    const web = await scrape(webEndpoint.port);
    console.log(`--- web tier /metrics (tertulia_ lines) ---\n${lines(web.text, "tertulia_web_")}`);
    expect(web.value("tertulia_web_sockets_opened_total")).toBe(4);
    expect(web.value("tertulia_web_sockets_open")).toBe(0);
    expect(web.value("tertulia_web_frames_received_total", { type: "join" })).toBe(2);
    expect(web.value("tertulia_web_frames_received_total", { type: "send" })).toBe(5);
    expect(web.value("tertulia_web_frames_refused_total", { reason: "bad_frame" })).toBe(2);
    expect(web.value("tertulia_web_frames_refused_total", { reason: "too_large" })).toBe(1);
    const limited = web.value("tertulia_web_frames_refused_total", { reason: "rate_limited" });
    expect(limited).toBeGreaterThan(0);
    expect(limited + floodAccepted).toBe(FLOOD);
    // Each stored message is published once to the room's topic, and each came back to the pod that sent it.
    expect(web.value("tertulia_web_frames_sent_total", { type: "message" })).toBe(5);
    expect(web.value("tertulia_web_send_round_trip_seconds_count")).toBe(5);
    expect(web.value("tertulia_web_frames_sent_total", { type: "hello" })).toBe(4);
    expect(web.value("tertulia_web_error_frames_total", { code: "rate_limited" })).toBe(0);
    await eventually(async () => (await scrape(webEndpoint.port)).value("tertulia_web_relay_streams") === 0);
  });

  test("the server counts RPCs by method and code, stored messages, streams and the bus", async () => {
    const server = await scrape(serverEndpoint.port);
    console.log(
      `--- server /metrics (grpc_ and tertulia_ lines) ---\n${lines(server.text, "grpc_server_handled", "tertulia_")}`,
    );
    // Sends reach the server on the web pod's SendStream (counted as SendNote, grpc_type "stream_message") or,
    // while that stream is down, as unary SendNote calls: every send is counted once either way.
    const sendNote = { grpc_service: "ChatServer", grpc_method: "SendNote" };
    expect(server.value("grpc_server_handled_total", { ...sendNote, grpc_code: "OK" })).toBe(5);
    expect(server.value("grpc_server_handled_total", { ...sendNote, grpc_code: "Unauthenticated" })).toBe(1);
    expect(server.value("grpc_server_started_total", sendNote)).toBe(6);
    expect(server.value("grpc_server_handling_seconds_count", sendNote)).toBe(6);
    expect(server.value("grpc_server_handled_total", { grpc_method: "AuthenticateUser", grpc_code: "OK" })).toBe(4);
    expect(server.value("tertulia_store_append_seconds_count", { outcome: "stored" })).toBe(5);
    // One relay stream for the room (shared by its members), opened once and ended when the last one left.
    expect(server.value("grpc_server_started_total", { grpc_method: "Subscribe" })).toBe(1);
    await eventually(async () => {
      const now = await scrape(serverEndpoint.port);
      return (
        now.value("tertulia_server_streams_open") === 0 &&
        now.value("grpc_server_handled_total", { grpc_method: "Subscribe", grpc_code: "Cancelled" }) === 1
      );
    });
    // Five chat messages plus presence joins and leaves went out on the bus and reached the room's stream.
    expect(server.value("tertulia_bus_published_total")).toBeGreaterThanOrEqual(5);
    expect(server.value("tertulia_bus_received_total")).toBeGreaterThanOrEqual(5);
  });
});

describe("label cardinality", () => {
  test("1,000 rooms add no series beyond the room cap", async () => {
    const before = await Promise.all([scrape(serverEndpoint.port), scrape(webEndpoint.port)]);
    const ROOMS = 1_000;
    // Through sockets the rate limit (1/s here) would take 17 minutes: open the room streams over gRPC
    // directly, as web pods do, and send one message into each.
    const token = await stack.server.login("pepe");
    const streams = Array.from({ length: ROOMS }, (_, i) =>
      stack.server.client.chat.subscribe({ room: `room-${i}`, afterSeq: 0, tail: 0 }, { token }),
    );
    await Promise.all(streams.map((s) => new Promise((resolve) => s.once("data", resolve))));
    await Promise.all(
      Array.from({ length: ROOMS }, (_, i) =>
        stack.server.client.chat.sendNote({ room: `room-${i}`, message: "hi", clientMessageId: `c${i}` }, { token }),
      ),
    );
    const [server, web] = await Promise.all([scrape(serverEndpoint.port), scrape(webEndpoint.port)]);
    const rooms = server.series("tertulia_server_room_subscribers");
    expect(rooms.length).toBeLessThanOrEqual(ROOM_LABEL_LIMIT + 1);
    expect(rooms.find((s) => s.labels.room === "other")!.value).toBeGreaterThan(0);
    expect(server.value("tertulia_server_room_subscribers")).toBe(ROOMS);
    // Nothing else learned a room name: the total series count grew by at most the room cap.
    expect(server.samples.length - before[0].samples.length).toBeLessThanOrEqual(ROOM_LABEL_LIMIT + 1);
    expect(web.samples.length - before[1].samples.length).toBeLessThanOrEqual(0);
    for (const s of streams) {
      s.on("error", () => {}); // CANCELLED, as asked
      s.cancel();
    }
  });
});

function lines(text: string, ...prefixes: string[]): string {
  return text
    .split("\n")
    .filter((line) => prefixes.some((p) => line.startsWith(p)) && !line.includes("_bucket{"))
    .join("\n");
}
