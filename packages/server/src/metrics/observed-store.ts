/**
 * The store with the one write that sits on every message's path timed and traced: `appendMessage`
 * (assigning the seq in a transaction). Everything else passes through untouched.
 */
import type { Tracing } from "@tertulia/runtime/tracing";
import { SpanKind, SpanStatusCode } from "@tertulia/runtime/tracing";
import type { ChatStore, NewMessage } from "../store/store.ts";
import type { ServerMetrics } from "./server-metrics.ts";

export function observedStore(store: ChatStore, metrics: ServerMetrics, tracing: Tracing): ChatStore {
  const stored = metrics.storeAppendSeconds.labels("stored");
  const duplicate = metrics.storeAppendSeconds.labels("duplicate");
  const failed = metrics.storeAppendSeconds.labels("error");

  async function timedAppend(message: NewMessage) {
    const started = performance.now();
    try {
      const result = await store.appendMessage(message);
      (result.duplicate ? duplicate : stored).observe((performance.now() - started) / 1000);
      return result;
    } catch (error) {
      failed.observe((performance.now() - started) / 1000);
      throw error;
    }
  }

  const appendMessage = !tracing.enabled
    ? timedAppend
    : (message: NewMessage) =>
        tracing.tracer.startActiveSpan(
          "store appendMessage",
          { kind: SpanKind.CLIENT, attributes: { "tertulia.room": message.room } },
          async (span) => {
            try {
              const result = await timedAppend(message);
              span.setAttributes({ "tertulia.seq": result.message.seq, "tertulia.duplicate": result.duplicate });
              return result;
            } catch (error) {
              span.setStatus({ code: SpanStatusCode.ERROR });
              throw error;
            } finally {
              span.end();
            }
          },
        );

  // Every other method passes through to the store itself (bound, so adapters' private fields work), so a
  // method added to ChatStore needs nothing here.
  return new Proxy(store, {
    get(target, property) {
      if (property === "appendMessage") return appendMessage;
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
