/**
 * Scenario 4, a connect storm: `users` sockets open and join within `seconds`, evenly spread (sessions are
 * logged in beforehand: the storm is on the socket path, not on password hashing). Measures each user's
 * time from opening the socket to its `joined` frame.
 */
import { BenchSocket } from "../lib/bench-socket.ts";
import { Samples, summarize } from "../lib/stats.ts";
import { MeasureWindow } from "../lib/window.ts";
import type { Scenario } from "./types.ts";

export const connectStorm: Scenario<{ users: number; rooms: number; seconds: number }> = {
  id: "connect-storm",
  title: "4. connect storm: 1,000 users connect and join within 5 s",
  full: { users: 1_000, rooms: 10, seconds: 5 },
  short: { users: 20, rooms: 2, seconds: 1 },
  accounts: (p) => Math.min(p.users, 20),
  async run({ stack, cookies, tag }, params) {
    const { users, rooms, seconds } = params;
    const latencies = new Samples(users);
    const sockets: BenchSocket[] = [];
    let failed = 0;
    let lastJoinedAt = 0;
    const window = new MeasureWindow(stack).start();
    const start = performance.now();
    const arrivals = Array.from({ length: users }, async (_, i) => {
      await Bun.sleep((i * seconds * 1000) / users);
      const openedAt = performance.now();
      try {
        const socket = await BenchSocket.open(stack.webUrl, cookies[i % cookies.length]!, 15_000, stack.wire);
        sockets.push(socket);
        await socket.join(`${tag}-storm-${i % rooms}`);
        lastJoinedAt = performance.now();
        latencies.push(lastJoinedAt - openedAt);
      } catch {
        failed += 1;
      }
    });
    await Promise.all(arrivals);
    const figures = window.stop();
    sockets.forEach((s) => s.close());
    const spanMs = Math.round(lastJoinedAt - start);
    return {
      scenario: this.id,
      params,
      connect: { users, joined: latencies.length, failed, spanMs, latencyMs: summarize(latencies.values()) },
      window: figures,
      notes: failed > 0 ? [`${failed} user(s) failed to connect or join`] : [],
    };
  },
};
