/** The bus, counted: what this replica publishes, what reaches its streams, and resync signals. */
import type { RoomBus, RoomListener } from "../bus/bus.ts";
import type { ServerMetrics } from "./server-metrics.ts";

export function observedBus(bus: RoomBus, metrics: ServerMetrics): RoomBus {
  return {
    publish(note) {
      metrics.busPublished.inc();
      bus.publish(note);
    },
    subscribe(room, listener: RoomListener) {
      return bus.subscribe(room, (note) => {
        metrics.busReceived.inc();
        listener(note);
      });
    },
    onResync(listener) {
      return bus.onResync(() => {
        metrics.busResyncs.inc();
        listener();
      });
    },
    close: () => bus.close(),
  };
}
