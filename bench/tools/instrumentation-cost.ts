#!/usr/bin/env bun
import { parseArgs } from "node:util";
import { WebMetrics } from "@tertulia/client/src/metrics/web-metrics.ts";
import { WebObservers } from "@tertulia/client/src/metrics/web-observers.ts";
/**
 * What the instrumentation adds to one message, measured in-process and in isolation, so other people's load
 * on a shared machine cannot hide it the way it hides a few per cent in `bun run bench --telemetry`: the real
 * wrappers (observeServer's SendNote handler, observedStore, observedBus with one subscriber, WebObservers and
 * ObservedRoomsService's send bookkeeping) around no-op work, CPU time per call for off / metrics / tracing
 * (sampled at TRACE_RATIO, spans batched to an exporter that drops them). Interleaved rounds; medians.
 *
 *   bun bench/tools/instrumentation-cost.ts [--calls 20000] [--rounds 9]
 */
import { chatMethods, Metadata, serviceDefinition } from "@tertulia/protocol";
import { type SpanExporter, startTracing, type Tracing, tracingOff } from "@tertulia/runtime/tracing";
import { MemoryBus } from "@tertulia/server/src/bus/memory-bus.ts";
import { observedBus } from "@tertulia/server/src/metrics/observed-bus.ts";
import { observeServer } from "@tertulia/server/src/metrics/observed-service.ts";

type Callback = (error: null, response: object) => void;
type Handler = (call: unknown, callback: Callback) => void;
type Server = Parameters<typeof observeServer>[0];

import { observedStore } from "@tertulia/server/src/metrics/observed-store.ts";
import { ServerMetrics } from "@tertulia/server/src/metrics/server-metrics.ts";
import type { ChatStore } from "@tertulia/server/src/store/store.ts";
import { TRACE_RATIO } from "../lib/telemetry.ts";

const { values } = parseArgs({
  options: { calls: { type: "string", default: "20000" }, rounds: { type: "string", default: "9" } },
});
const CALLS = Number(values.calls);
const ROUNDS = Number(values.rounds);

const dropAll: SpanExporter = { export: (_spans, done) => done({ code: 0 }), shutdown: async () => {} };
const message = {
  room: "r",
  seq: 1,
  author: "mimi",
  body: "hola",
  kind: 1,
  clientMessageId: "c",
  sentAtMs: Date.now(),
};
const store = {
  appendMessage: async () => ({ message, duplicate: false }),
} as unknown as ChatStore;

type Mode = "off" | "metrics" | "tracing";

/** One message's instrumented path, built once per mode: returns a function doing it once. */
function messagePath(mode: Mode): () => Promise<void> {
  const tracing: Tracing =
    mode === "tracing"
      ? startTracing({ serviceName: "cost", endpoint: null, exporter: dropAll, sampleRatio: TRACE_RATIO })
      : tracingOff;
  const serverMetrics = mode === "off" ? null : new ServerMetrics();
  const webMetrics = mode === "off" ? null : new WebMetrics();
  const s = serverMetrics ? observedStore(store, serverMetrics, tracing) : store;
  const bus = serverMetrics ? observedBus(new MemoryBus(), serverMetrics) : new MemoryBus();
  bus.subscribe("r", () => {});
  const sendNote = async (_call: unknown, callback: Callback) => {
    await s.appendMessage({ room: "r", author: "mimi", body: "hola", kind: 1, clientMessageId: "c", sentAtMs: 0 });
    bus.publish({ room: "r", name: "mimi", message: "hola", seq: 1, sentAtMs: 0, clientMessageId: "c", kind: 1 });
    callback(null, {});
  };
  let handler: Handler = sendNote;
  if (serverMetrics) {
    const fake = { addService: (_d: unknown, impl: Record<string, Handler>) => (handler = impl.sendNote!) };
    observeServer(fake as unknown as Server, { metrics: serverMetrics, tracing });
    (fake as unknown as Server).addService(serviceDefinition(chatMethods), { sendNote } as never);
  }
  const observers = webMetrics || tracing.enabled ? new WebObservers(webMetrics, tracing) : null;
  const call = { metadata: new Metadata(), request: {} };
  const frame = {
    type: "message",
    room: "r",
    seq: 1,
    author: "mimi",
    text: "hola",
    sentAt: Date.now(),
    clientId: "c",
  } as const;
  return async () => {
    // Web tier: the send frame counted (and its span), the server's handler, the stored copy published.
    webMetrics?.framesReceived.labels("send").inc();
    const span = tracing.enabled ? tracing.tracer.startSpan("ws send") : null;
    observers?.sends.started("mimi", "r", "c");
    await new Promise<void>((resolve) => handler(call, () => resolve()));
    span?.end();
    observers?.published(frame, true);
  };
}

const modes: Mode[] = ["off", "metrics", "tracing"];
const paths = Object.fromEntries(modes.map((m) => [m, messagePath(m)])) as Record<Mode, () => Promise<void>>;
const results: Record<Mode, number[]> = { off: [], metrics: [], tracing: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const mode of modes.map((_, i) => modes[(i + round) % modes.length]!)) {
    const path = paths[mode];
    const before = process.cpuUsage();
    for (let i = 0; i < CALLS; i++) await path();
    const used = process.cpuUsage(before);
    results[mode].push((used.user + used.system) / CALLS);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const off = median(results.off);
console.log("| mode | CPU µs per message (instrumented path around no-op work) | added vs off |");
console.log("|---|---:|---:|");
for (const mode of modes) {
  const m = median(results[mode]);
  console.log(`| ${mode} | ${m.toFixed(2)} | ${mode === "off" ? "" : `+${(m - off).toFixed(2)} µs`} |`);
}
