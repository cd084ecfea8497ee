/**
 * Scenarios 2 and 3: `users` sockets spread evenly over `rooms`, all joined before the clock starts, then
 * `rate` messages a second for `seconds`, each from a member of its room, round robin. Every member of a
 * room (the sender too: there is no local echo) should get every message of the room exactly once.
 *
 * Before the clock starts, `warmup` messages of the same kind (at `rate`, or 100 a second if that is faster):
 * each run starts fresh processes, and without it a 10-second window at 25 messages/s partly measures the
 * JIT compiling the send path (JITWorker threads and interpreter time in `perf`; the server's CPU per message
 * fell by a quarter after 1,000 messages), not a server that has been up a while. Their deliveries are
 * checked but not counted.
 */
import { type BenchSocket, openSockets } from "../lib/bench-socket.ts";
import { DeliveryLog } from "../lib/deliveries.ts";
import { MeasureWindow } from "../lib/window.ts";
import {
  deliveryFigures,
  inbound,
  latency,
  type Scenario,
  type ScenarioContext,
  type ScenarioResult,
} from "./types.ts";

export interface FanOutParams extends Record<string, number> {
  readonly users: number;
  readonly rooms: number;
  readonly rate: number;
  readonly seconds: number;
  /** Messages sent before the clock starts (0: measure from cold). */
  readonly warmup: number;
}

/** Deliveries still missing this long after the last send count as lost. */
const DRAIN_MS = 10_000;
/** Messages a second at least while warming up, so a slow scenario's warm-up does not take minutes. */
const WARMUP_MIN_RATE = 100;

export async function runFanOut(
  id: string,
  { stack, cookies, tag, say }: ScenarioContext,
  params: FanOutParams,
): Promise<ScenarioResult> {
  const { users, rooms, rate, seconds, warmup } = params;
  const total = Math.max(1, Math.round(rate * seconds));
  const sockets = await openSockets(stack.webUrl, cookies, users, stack.wire);
  const members: BenchSocket[][] = Array.from({ length: rooms }, () => []);
  sockets.forEach((socket, i) => members[i % rooms]!.push(socket));
  const roomName = (r: number) => `${tag}-${id}-${r}`;
  const logFor = (messages: number) =>
    new DeliveryLog(
      messages,
      Array.from({ length: messages }, (_, k) => members[k % rooms]!.length).reduce((a, b) => a + b, 0),
    );
  const notes: string[] = [];
  const warmupLog = logFor(Math.max(1, warmup));
  for (let i = 0; i < sockets.length; i += 100) {
    await Promise.all(
      sockets.slice(i, i + 100).map((socket, j) => {
        socket.record(warmupLog);
        return socket.join(roomName((i + j) % rooms));
      }),
    );
  }
  say(`  ${users} sockets joined ${rooms} room(s)`);
  if (warmup > 0) {
    const warmupRate = Math.max(rate, WARMUP_MIN_RATE);
    say(`  warming up: ${warmup} messages at ${warmupRate}/s`);
    await sendAtRate({ members, roomName, rate: warmupRate }, warmup, warmupLog);
    if (!(await warmupLog.drained(DRAIN_MS))) notes.push("the warm-up's messages did not all arrive");
  }
  const log = logFor(total);
  for (const socket of sockets) socket.record(log);
  say(`  sending ${total} messages at ${rate}/s`);
  // Let the join-time presence traffic settle, so it is not measured as part of the load.
  await Bun.sleep(500);

  const window = new MeasureWindow(stack).start();
  const { sent, sendSeconds } = await sendAtRate({ members, roomName, rate }, total, log);
  const drained = await log.drained(DRAIN_MS);
  const figures = window.stop();
  sockets.forEach((s) => s.close());
  if (sent < total) notes.push(`only ${sent} of ${total} messages sent: the load generator fell behind`);
  if (sendSeconds > seconds * 1.2 + 0.5) notes.push(`sending took ${sendSeconds.toFixed(1)} s instead of ${seconds} s`);
  if (!drained) notes.push(`not every delivery arrived within ${DRAIN_MS / 1000} s of the last send`);
  const stalls = log.stalls();
  if (stalls.length > 0) notes.push(`slowest moments (send time, worst latency): ${stalls.join(", ")}`);
  if (log.sendErrors > 0) notes.push(`error frames: ${JSON.stringify(Object.fromEntries(log.errorCodes))}`);
  return {
    scenario: id,
    params,
    latencyMs: latency(log),
    inboundMs: inbound(log),
    deliveries: deliveryFigures(log),
    window: figures,
    stallSlots: log.slotsOver(50),
    notes,
  };
}

/** Sends `total` messages at `rate` a second, each from the next member of its room; stops at 3× late. */
async function sendAtRate(
  load: { readonly members: BenchSocket[][]; readonly roomName: (r: number) => string; readonly rate: number },
  total: number,
  log: DeliveryLog,
): Promise<{ sent: number; sendSeconds: number }> {
  const { members, roomName, rate } = load;
  const rooms = members.length;
  const seconds = total / rate;
  const start = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
    for (; sent < due; sent++) {
      const room = sent % rooms;
      const inRoom = members[room]!;
      inRoom[Math.floor(sent / rooms) % inRoom.length]!.send(roomName(room), sent, log, inRoom.length);
    }
    if (performance.now() - start > seconds * 1000 * 3 + 5_000) break; // the loop cannot keep up: stop anyway
    await Bun.sleep(1);
  }
  return { sent, sendSeconds: (performance.now() - start) / 1000 };
}

export const oneBigRoom: Scenario<FanOutParams> = {
  id: "one-room",
  title: "2. 1,000 users in one room, 100 messages/s in",
  full: { users: 1_000, rooms: 1, rate: 100, seconds: 10, warmup: 1_000 },
  short: { users: 20, rooms: 1, rate: 50, seconds: 1, warmup: 10 },
  accounts: (p) => Math.min(p.users, 20),
  run(context, params) {
    return runFanOut(this.id, context, params);
  },
};

export const manyRooms: Scenario<FanOutParams> = {
  id: "many-rooms",
  title: "3. 100 rooms x 10 users, 1,000 messages/s in",
  full: { users: 1_000, rooms: 100, rate: 1_000, seconds: 10, warmup: 3_000 },
  short: { users: 20, rooms: 5, rate: 50, seconds: 1, warmup: 0 },
  accounts: (p) => Math.min(p.users, 20),
  run(context, params) {
    return runFanOut(this.id, context, params);
  },
};
