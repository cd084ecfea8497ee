/**
 * Redis restarted mid-run (an empty one: no persistence). Each web tier talks to its own replica, so
 * everything one user sends reaches the other only through the bus: messages published while Redis was down
 * reach the other replica's subscribers from the store as soon as the bus is back (with no later message to
 * reveal the gap), subscriptions carry on, and presence is written again.
 */
import { expect, test } from "bun:test";
import { eventually } from "@tertulia/testing/streams";
import { openSocket } from "../support/socket.ts";
import { loginCookie } from "../support/stack.ts";
import { clusterSuite } from "./cluster.ts";

const { suite, cluster } = clusterSuite("scale-out: Redis restart");

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

suite("Redis restarts", () => {
  test("nothing is lost: the gap is filled from the store, subscriptions and presence come back", async () => {
    const [r1, r2] = await Promise.all([cluster().startReplica(), cluster().startReplica()]);
    const webA = await cluster().startWeb([r1]);
    const webB = await cluster().startWeb([r2]);
    const a = await openSocket(webA.url, await loginCookie(webA.url, "mimi"));
    const b = await openSocket(webB.url, await loginCookie(webB.url, "pepe"));
    for (const s of [a, b]) s.send({ type: "join", room: "outage" });
    await Promise.all(
      [a, b].map((s) => s.until((f) => f.some((x) => x.type === "joined" && x.room === "outage"), 10_000)),
    );

    for (let i = 0; i < 5; i++) a.send({ type: "send", room: "outage", text: `before ${i}`, clientId: `before-${i}` });
    await b.until(() => b.messages("outage").length === 5, 10_000);

    await cluster().redis.kill();
    // Stored by r1 and delivered to its own subscribers; r2 cannot hear them.
    for (let i = 0; i < 5; i++) a.send({ type: "send", room: "outage", text: `during ${i}`, clientId: `during-${i}` });
    await a.until(() => a.messages("outage").length === 10, 10_000);
    // Down long enough that r1 gave up publishing them (not merely queued them for the reconnect).
    const failedPublishes = () => r1.logs.filter((l) => String(l.msg).startsWith("redis publish failed")).length;
    await eventually(() => failedPublishes() >= 5, 10_000, "r1 to give up publishing");
    await cluster().redis.start();
    // No later message: only the resync after the reconnect can bring these to b.
    await b.until(() => b.messages("outage").length === 10, 15_000);

    for (let i = 0; i < 5; i++) b.send({ type: "send", room: "outage", text: `after ${i}`, clientId: `after-${i}` });
    await Promise.all([a, b].map((s) => s.until(() => s.messages("outage").length === 15, 15_000)));
    for (const s of [a, b]) expect(s.messages("outage").map((m) => m.seq)).toEqual(range(15));
    expect(a.messages("outage")).toEqual(b.messages("outage"));

    // The new, empty Redis learns again who is here.
    const client = r2.client();
    const token = (await client.auth.authenticateUser({ username: "juan", password: "pass" })).token;
    await eventually(
      async () =>
        JSON.stringify((await client.chat.listRooms({ rooms: ["outage"] }, { token })).rooms[0]?.present) ===
        JSON.stringify(["mimi", "pepe"]),
      10_000,
      "presence restored",
    );
    a.close();
    b.close();
  }, 60_000);
});
