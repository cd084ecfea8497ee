import { expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NoteKind } from "@tertulia/protocol";
import { collect } from "@tertulia/testing/streams";
import { startTestServer } from "@tertulia/testing/test-server";

test("restarted on the same SQLite file: users, history, epoch and seq continue; nothing is lost", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tertulia-restart-"));
  const databasePath = join(dir, "chat.db");
  try {
    const first = await startTestServer({ databasePath, env: { ALLOW_SIGNUP: "1" } });
    const created = await first.client.auth.registerUser({ username: "nueva", password: "a-long-password" });
    for (let i = 1; i <= 30; i++)
      await first.client.chat.sendNote({ room: "durable", message: `m${i}` }, { token: created.token });
    const before = await first.client.chat.getHistory({ room: "durable", limit: 200 }, { token: created.token });
    await first.stop({ keepData: true });

    const second = await startTestServer({ databasePath });
    const login = await second.client.auth.authenticateUser({ username: "nueva", password: "a-long-password" });
    expect(login.token).not.toBe("");
    const after = await second.client.chat.getHistory({ room: "durable", limit: 200 }, { token: login.token });
    expect(after.epoch).toBe(before.epoch);
    expect(after.notes.map((n) => [n.seq, n.name, n.message, n.sentAtMs])).toEqual(
      before.notes.map((n) => [n.seq, n.name, n.message, n.sentAtMs]),
    );

    // A client that saw seq 30 before the restart resumes with nothing missing and the next seq is 31.
    const resumed = collect(second.client.chat.subscribe({ room: "durable", afterSeq: 30 }, { token: login.token }));
    await resumed.until((items) => items.length > 0);
    await second.client.chat.sendNote({ room: "durable", message: "after restart" }, { token: login.token });
    const events = await resumed.until((items) => items.some((e) => e.note?.kind === NoteKind.NOTE_KIND_CHAT));
    expect(events[0]!.started).toMatchObject({ truncated: false, lastSeq: 30, epoch: before.epoch });
    expect(
      events.filter((e) => e.note?.kind === NoteKind.NOTE_KIND_CHAT).map((e) => [e.note!.seq, e.note!.message]),
    ).toEqual([[31, "after restart"]]);
    resumed.cancel();
    await second.stop({ keepData: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
