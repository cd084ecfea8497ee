/**
 * Scenario 6, idle: `users` sockets joined to `rooms`, nobody talking, for `seconds`: what each process
 * burns doing nothing (the original burnt a core per open stream). With `pingMs`, each socket sends the
 * page's heartbeat that often (the page pings every 2 s), spread over the period; 0 (the default) sends none,
 * as before, and the peers ignore pings.
 */
import { openSockets } from "../lib/bench-socket.ts";
import { MeasureWindow } from "../lib/window.ts";
import type { Scenario } from "./types.ts";

export const idle: Scenario<{ users: number; rooms: number; seconds: number; pingMs: number }> = {
  id: "idle",
  title: "6. idle: 1,000 connected users, nobody talking",
  full: { users: 1_000, rooms: 100, seconds: 10, pingMs: 0 },
  short: { users: 20, rooms: 2, seconds: 1, pingMs: 0 },
  accounts: (p) => Math.min(p.users, 20),
  async run({ stack, cookies, tag }, params) {
    const { users, rooms, seconds, pingMs } = params;
    const sockets = await openSockets(stack.webUrl, cookies, users, stack.wire);
    for (let i = 0; i < sockets.length; i += 100) {
      await Promise.all(sockets.slice(i, i + 100).map((socket, j) => socket.join(`${tag}-idle-${(i + j) % rooms}`)));
    }
    const pings =
      pingMs > 0 ? sockets.map((socket, i) => setTimeout(() => heartbeat(socket), (pingMs * i) / sockets.length)) : [];
    const timers: ReturnType<typeof setInterval>[] = [];
    const heartbeat = (socket: (typeof sockets)[number]) => {
      socket.ping();
      timers.push(setInterval(() => socket.ping(), pingMs));
    };
    await Bun.sleep(1_000);
    const window = new MeasureWindow(stack).start();
    await Bun.sleep(seconds * 1000);
    const figures = window.stop();
    pings.forEach(clearTimeout);
    timers.forEach(clearInterval);
    const closed = sockets.filter((s) => s.closed).length;
    sockets.forEach((s) => s.close());
    return {
      scenario: this.id,
      params,
      window: figures,
      notes: closed > 0 ? [`${closed} socket(s) closed while idle`] : [],
    };
  },
};
