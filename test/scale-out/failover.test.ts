/**
 * `kill -9` of a server replica mid-conversation: the web tier's room stream and its sends move to the other
 * replica, every user ends with every message exactly once and in order, and the dead replica's users
 * leave everyone's presence once its entries expire.
 */
import { expect, test } from "bun:test";
import { NoteKind, type RoomEvent } from "@tertulia/protocol";
import { freePort } from "@tertulia/testing/services";
import { collect } from "@tertulia/testing/streams";
import { openSocket } from "../support/socket.ts";
import { loginCookie } from "../support/stack.ts";
import { clusterSuite } from "./cluster.ts";

const { suite, cluster } = clusterSuite("scale-out: replica killed");

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const isStatus = (state: string) => (f: { type: string; state?: unknown }) => f.type === "status" && f.state === state;

suite("a replica dies", () => {
  test("kill -9 mid-conversation: the web tier resumes on the other replica; nothing lost or duplicated", async () => {
    // The room's stream must start on the replica that will die: the other one is not up yet.
    const laterPort = await freePort();
    const doomed = await cluster().startReplica();
    const web = await cluster().startWeb([doomed, { address: `127.0.0.1:${laterPort}` }]);
    const a = await openSocket(web.url, await loginCookie(web.url, "mimi"));
    const b = await openSocket(web.url, await loginCookie(web.url, "pepe"));
    for (const s of [a, b]) s.send({ type: "join", room: "failover" });
    await Promise.all(
      [a, b].map((s) => s.until((f) => f.some((x) => x.type === "joined" && x.room === "failover"), 10_000)),
    );
    await cluster().startReplica({ PORT: String(laterPort) });

    let sent = 0;
    const send = (count: number) => {
      for (let i = 0; i < count; i++, sent++)
        (sent % 2 ? b : a).send({ type: "send", room: "failover", text: `m${sent}`, clientId: `m${sent}` });
    };
    send(10);
    await Promise.all([a, b].map((s) => s.until(() => s.messages("failover").length >= 10, 10_000)));
    send(10);
    await doomed.kill("SIGKILL");
    send(10);
    await Promise.all([a, b].map((s) => s.until((f) => f.some(isStatus("reconnecting")), 10_000)));
    await Promise.all([a, b].map((s) => s.until(() => s.messages("failover").length >= 30, 20_000)));
    send(10);
    await Promise.all([a, b].map((s) => s.until(() => s.messages("failover").length >= 40, 20_000)));
    for (const s of [a, b]) {
      const messages = s.messages("failover");
      expect(messages.map((m) => m.seq)).toEqual(range(40));
      expect(messages.map((m) => m.clientId).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `m${i}`).sort());
      expect(s.frames.filter((f) => f.type === "error")).toEqual([]);
    }
    expect(a.messages("failover")).toEqual(b.messages("failover"));
    a.close();
    b.close();
  }, 60_000);

  test("a dead replica's users leave everyone's presence when its entries expire", async () => {
    const survivor = cluster().replicas[1]!; // the first test killed replicas[0]
    const victim = await cluster().startReplica();
    const watcherClient = survivor.client();
    const pepe = (await watcherClient.auth.authenticateUser({ username: "pepe", password: "pass" })).token;
    const watcher = collect(watcherClient.chat.subscribe({ room: "wake" }, { token: pepe }));
    await watcher.until((items) => items.length > 0);

    const victimClient = victim.client();
    const juan = (await victimClient.auth.authenticateUser({ username: "juan", password: "pass" })).token;
    const juanStream = collect(victimClient.chat.subscribe({ room: "wake" }, { token: juan }));
    const noteOf = (kind: NoteKind) => (items: RoomEvent[]) =>
      items.some((e) => e.note?.kind === kind && e.note.name === "juan");
    await watcher.until(noteOf(NoteKind.NOTE_KIND_JOIN), 10_000);
    expect((await watcherClient.chat.listRooms({ rooms: ["wake"] }, { token: pepe })).rooms[0]!.present).toEqual([
      "juan",
      "pepe",
    ]);

    await victim.kill("SIGKILL");
    await juanStream.ended;
    // PRESENCE_TTL is 3s in these tests; the survivor's sweeper announces the leave.
    await watcher.until(noteOf(NoteKind.NOTE_KIND_LEAVE), 15_000);
    expect((await watcherClient.chat.listRooms({ rooms: ["wake"] }, { token: pepe })).rooms[0]!.present).toEqual([
      "pepe",
    ]);
    watcher.cancel();
  }, 30_000);
});
