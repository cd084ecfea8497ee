/**
 * Scenario 6, idle: `users` sockets joined to `rooms`, nobody talking, for `seconds`: what each process
 * burns doing nothing (the original burnt a core per open stream).
 */
import { openSockets } from "../lib/bench-socket.ts";
import { MeasureWindow } from "../lib/window.ts";
import type { Scenario } from "./types.ts";

export const idle: Scenario<{ users: number; rooms: number; seconds: number }> = {
  id: "idle",
  title: "6. idle: 1,000 connected users, nobody talking",
  full: { users: 1_000, rooms: 100, seconds: 10 },
  short: { users: 20, rooms: 2, seconds: 1 },
  accounts: (p) => Math.min(p.users, 20),
  async run({ stack, cookies, tag }, params) {
    const { users, rooms, seconds } = params;
    const sockets = await openSockets(stack.webUrl, cookies, users, stack.wire);
    for (let i = 0; i < sockets.length; i += 100) {
      await Promise.all(sockets.slice(i, i + 100).map((socket, j) => socket.join(`${tag}-idle-${(i + j) % rooms}`)));
    }
    await Bun.sleep(1_000);
    const window = new MeasureWindow(stack).start();
    await Bun.sleep(seconds * 1000);
    const figures = window.stop();
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
