/**
 * Two server replicas on one PostgreSQL and one Redis, two web tiers spreading their calls over both:
 * migrations are applied once when the replicas start together, every user in a room receives every
 * message exactly once and in the same order wherever it was sent, and presence is the same everywhere.
 */
import { expect, test } from "bun:test";
import { POSTGRES_MIGRATIONS } from "@tertulia/server/src/store/postgres-migrations.ts";
import { eventually } from "@tertulia/testing/streams";
import { SQL } from "bun";
import { openSocket, type TestSocket } from "../support/socket.ts";
import { loginCookie } from "../support/stack.ts";
import { type Cluster, clusterSuite } from "./cluster.ts";

const { suite, cluster } = clusterSuite("scale-out: two replicas");

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

suite("two replicas, two web tiers", () => {
  test("two replicas started at once on an empty database apply the migrations once", async () => {
    await Promise.all([cluster().startReplica(), cluster().startReplica()]);
    const applied = cluster().replicas.flatMap((r) => r.logs.filter((l) => l.msg === "database migrations applied"));
    expect(applied).toHaveLength(1);
    expect(applied[0]!.versions).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
    const sql = new SQL(cluster().databaseUrl, { max: 1 });
    const rows = await sql`SELECT version FROM schema_migrations ORDER BY version`;
    await sql.close();
    expect(rows.map((r: { version: number }) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
  }, 30_000);

  test("users spread over both web tiers and both replicas all receive every message once, in the same order", async () => {
    const [r1, r2] = cluster().replicas as [NonNullable<Cluster["replicas"][0]>, NonNullable<Cluster["replicas"][0]>];
    const webA = await cluster().startWeb([r1, r2]);
    const webB = await cluster().startWeb([r2, r1]);
    const people: Array<[string, string]> = [
      [webA.url, "mimi"],
      [webA.url, "pepe"],
      [webB.url, "juan"],
      [webB.url, "admin"],
    ];
    const sockets: TestSocket[] = [];
    for (const [base, user] of people) sockets.push(await openSocket(base, await loginCookie(base, user)));
    for (const s of sockets) s.send({ type: "join", room: "plaza" });
    await Promise.all(
      sockets.map((s) => s.until((f) => f.some((x) => x.type === "joined" && x.room === "plaza"), 10_000)),
    );

    const perUser = 10;
    for (let i = 0; i < perUser; i++) {
      sockets.forEach((s, u) =>
        s.send({ type: "send", room: "plaza", text: `${people[u]![1]} ${i}`, clientId: `${people[u]![1]}-${i}` }),
      );
    }
    const total = perUser * sockets.length;
    await Promise.all(sockets.map((s) => s.until(() => s.messages("plaza").length >= total, 20_000)));
    const reference = sockets[0]!.messages("plaza");
    expect(reference.map((m) => m.seq)).toEqual(range(total));
    expect(new Set(reference.map((m) => m.clientId)).size).toBe(total);
    for (const s of sockets) expect(s.messages("plaza")).toEqual(reference);
    // Each author's own messages keep the order they were sent in.
    for (const [, user] of people) {
      expect(reference.filter((m) => m.author === user).map((m) => m.text)).toEqual(
        Array.from({ length: perUser }, (_, i) => `${user} ${i}`),
      );
    }

    // Whoever is online through any replica is online on both.
    for (const replica of [r1, r2]) {
      const client = replica.client();
      const token = (await client.auth.authenticateUser({ username: "mimi", password: "pass" })).token;
      await eventually(
        async () => {
          const { rooms } = await client.chat.listRooms({ rooms: ["plaza"] }, { token });
          return JSON.stringify(rooms[0]?.present) === JSON.stringify(["admin", "juan", "mimi", "pepe"]);
        },
        10_000,
        `all four present on ${replica.address}`,
      );
    }
    for (const s of sockets) s.close();
  }, 60_000);
});
