/**
 * One chat message is one trace: the web tier's span for the `send` frame, its gRPC client span, the
 * server's SendNote span (parented through `traceparent` metadata), the store's append under it, and the
 * stored copy's publication back to the room, all exported by OTLP/HTTP to a receiver on loopback.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { createLogger } from "@tertulia/runtime";
import { startTracing, type Tracing } from "@tertulia/runtime/tracing";
import { eventually } from "@tertulia/testing/streams";
import { type OtlpReceiver, type ReceivedSpan, renderTrace, startOtlpReceiver } from "../support/otlp-receiver.ts";
import { openSocket } from "../support/socket.ts";
import { loginCookie, type Stack, startStack } from "../support/stack.ts";

const SERVER = 2;
const CLIENT = 3;

let receiver: OtlpReceiver;
let serverTracing: Tracing;
let webTracing: Tracing;
let stack: Stack;

beforeAll(async () => {
  receiver = startOtlpReceiver();
  serverTracing = startTracing({ serviceName: "tertulia-server", endpoint: receiver.endpoint });
  webTracing = startTracing({ serviceName: "tertulia-client", endpoint: receiver.endpoint });
  stack = await startStack({ server: { tracing: serverTracing }, webTier: { tracing: webTracing } });
});
afterAll(async () => {
  await stack.stop();
  await Promise.all([serverTracing.shutdown(), webTracing.shutdown()]);
  await receiver.stop();
});

test("one message yields one trace spanning the web tier, the server and the store", async () => {
  const socket = await openSocket(stack.base, await loginCookie(stack.base, "mimi"));
  socket.send({ type: "join", room: "traced" });
  await socket.until((frames) => frames.some((f) => f.type === "joined"));
  socket.send({ type: "send", room: "traced", text: "hola", clientId: "trace-1" });
  await socket.until(() => socket.messages("traced").length === 1);
  socket.close();

  const find = (name: string) => receiver.spans.filter((s) => s.name === name);
  await eventually(
    async () => {
      await Promise.all([webTracing.flush(), serverTracing.flush()]);
      return find("ws send").length === 1 && find("relay publish").length === 1;
    },
    10_000,
    "the send's spans to be exported",
  );
  const root = find("ws send")[0]!;
  const trace = receiver.spans.filter((s) => s.traceId === root.traceId);
  console.log(`--- one message, one trace (${root.traceId}) ---\n${renderTrace(trace)}`);

  const only = (name: string): ReceivedSpan => {
    const spans = trace.filter((s) => s.name === name);
    expect(spans.map((s) => s.name)).toEqual([name]);
    return spans[0]!;
  };
  const clientCall = only("grpc ChatServer/SendNote");
  const serverCall = only("ChatServer/SendNote");
  const append = only("store appendMessage");
  const publish = only("relay publish");

  expect(root).toMatchObject({ service: "tertulia-client", parentSpanId: "", kind: SERVER });
  expect(root.attributes["tertulia.room"]).toBe("traced");
  expect(clientCall).toMatchObject({ service: "tertulia-client", parentSpanId: root.spanId, kind: CLIENT });
  // Crossed the gRPC hop: the server's span is the client span's child, in another service.
  expect(serverCall).toMatchObject({ service: "tertulia-server", parentSpanId: clientCall.spanId, kind: SERVER });
  expect(serverCall.attributes["rpc.grpc.status_code"]).toBe(0);
  expect(append).toMatchObject({ service: "tertulia-server", parentSpanId: serverCall.spanId });
  expect(append.attributes["tertulia.seq"]).toBe(1);
  expect(publish).toMatchObject({ service: "tertulia-client", parentSpanId: root.spanId });
  // No check of start times against each other: the SDK anchors them to the wall clock in whole
  // milliseconds (see the tree above), so only the parent links say what happened inside what.
  expect(trace).toHaveLength(5);
  // The one SendNote the server handled is in this trace, not a trace of its own.
  expect(receiver.spans.filter((s) => s.name === "ChatServer/SendNote")).toHaveLength(1);
});

test("a log line written inside a span carries its trace id", async () => {
  const lines: string[] = [];
  const log = createLogger({ level: "info", write: (line) => lines.push(line), context: webTracing.logFields });
  log.info("outside");
  const ids = webTracing.tracer.startActiveSpan("logged", (span) => {
    log.info("inside");
    span.end();
    return span.spanContext();
  });
  const [outside, inside] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(outside!.trace_id).toBeUndefined();
  expect(inside).toMatchObject({ msg: "inside", trace_id: ids.traceId, span_id: ids.spanId });
});

test("tracing is off, and records nothing, without an endpoint", () => {
  const off = startTracing({ serviceName: "x", endpoint: null });
  expect(off.enabled).toBe(false);
  expect(off.logFields()).toBeUndefined();
});
