/**
 * Scenario 1, the original's workload: two users in a room, one message at a time. Each message is sent only
 * after the previous one reached both sockets; the senders alternate.
 */
import { openSockets } from "../lib/bench-socket.ts";
import { DeliveryLog } from "../lib/deliveries.ts";
import { MeasureWindow } from "../lib/window.ts";
import { deliveryFigures, inbound, latency, type Scenario } from "./types.ts";

export const pingPong: Scenario<{ messages: number }> = {
  id: "ping-pong",
  title: "1. two users, one message at a time",
  full: { messages: 3_000 },
  short: { messages: 20 },
  accounts: () => 2,
  async run({ stack, cookies, tag }, { messages }) {
    const room = `${tag}-pp`;
    const sockets = await openSockets(stack.webUrl, cookies.slice(0, 2), 2, stack.wire);
    const log = new DeliveryLog(messages, messages * 2);
    for (const socket of sockets) {
      socket.record(log);
      await socket.join(room);
    }
    const window = new MeasureWindow(stack).start();
    let timedOut = 0;
    for (let i = 0; i < messages; i++) {
      sockets[i % 2]!.send(room, i, log, 2);
      if (!(await log.drained(5_000))) timedOut += 1;
      if (timedOut >= 3) break;
    }
    const figures = window.stop();
    sockets.forEach((s) => s.close());
    return {
      scenario: this.id,
      params: { messages },
      latencyMs: latency(log),
      inboundMs: inbound(log),
      deliveries: deliveryFigures(log),
      window: figures,
      notes: timedOut > 0 ? [`${timedOut} message(s) not delivered within 5 s`] : [],
    };
  },
};
