/**
 * The new-room quota counts rooms, not sends: many first messages to one new room arriving together (they all
 * find the room missing until their batch commits) cost its creator one room.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { startTestServer, type TestServer } from "@tertulia/testing/test-server";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ env: { ROOMS_PER_USER_PER_HOUR: "1" } });
});
afterAll(() => t.stop());

test("concurrent first sends to one new room are one room creation; a second new room is refused", async () => {
  const token = await t.login("mimi");
  const outcomes = await Promise.allSettled(
    Array.from({ length: 20 }, (_, i) =>
      t.client.chat.sendNote({ room: "fresh", message: `first ${i}`, clientMessageId: `fresh-${i}` }, { token }),
    ),
  );
  const refused = outcomes.filter((o) => o.status === "rejected").map((o) => String(o.reason?.details));
  expect(refused).toEqual([]);

  const second = await t.client.chat.sendNote({ room: "another", message: "over the quota" }, { token }).then(
    () => "stored",
    (error: { details: string }) => error.details,
  );
  expect(second).toMatch(/too many new rooms: at most 1 an hour/);
});
