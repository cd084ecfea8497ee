/**
 * Screenshots of the login and chat pages at 1280×800 and 390×844, light and dark, into docs/screenshots/.
 * Starts the real local stack (chat server on a temporary SQLite file, web tier, both on free ports) and
 * Debian's Chromium, exactly as the browser tests do, fills #general with a morning's conversation, and
 * photographs what a person sees.
 *
 *   bun scripts/screenshots.ts
 */
import { NoteKind } from "@tertulia/protocol";
import { seedRoom } from "../test/support/seed-room.ts";
import type { Stack } from "../test/support/stack.ts";
import { photograph, type Shot, shoot } from "./support/photographer.ts";

const CONVERSATION: readonly [string, string][] = [
  ["pepe", "Morning! Is the deploy still on for today?"],
  ["juan", "Yes, after lunch."],
  ["juan", "I'll post the checklist here."],
  ["mimi", "Great. @juan can you include the rollback steps?"],
  ["juan", "Sure: https://example.org/runbooks/rollback"],
  ["admin", "Reminder: the staging database is read-only until 11:00."],
  ["pepe", "Noted."],
  ["pepe", "@mimi the dashboard link you asked for: https://example.org/grafana/d/chat"],
  ["juan", "Checklist:\n1. freeze merges\n2. tag the release\n3. watch the error rate for 30 minutes"],
];

async function seed(stack: Stack): Promise<void> {
  // Yesterday's tail end, then this morning's conversation a few minutes apart.
  await seedRoom(stack.server.store, "general", 2, { endMs: Date.now() - 20 * 3_600_000, stepMs: 4 * 60_000 });
  let at = Date.now() - CONVERSATION.length * 3 * 60_000;
  let previous = "";
  for (const [author, text] of CONVERSATION) {
    // The same author again a few seconds later: the page groups them under one name.
    at += author === previous ? 40_000 : 3 * 60_000;
    previous = author;
    await stack.server.store.appendMessage({
      room: "general",
      author,
      body: text,
      kind: NoteKind.NOTE_KIND_CHAT,
      clientMessageId: "",
      sentAtMs: Math.min(at, Date.now() - 60_000),
    });
  }
}

/** The login page, then the chat as mimi with news in another room; on a phone, the open drawer too. */
async function scene({ stack, size, scheme, open }: Shot): Promise<void> {
  const pepeToken = await stack.server.login("pepe");
  const page = await open("/chat/general");
  await shoot(page, `login-${size}-${scheme}`);
  await page.fill("#username", "mimi");
  await page.fill("#password", "pass");
  await page.click("button[type=submit]");
  await page.waitForSelector(".connection[data-state=live]");
  await page.waitForSelector(".message-list .message");
  // Another open room with news in it, for its unread badge.
  await page.evaluate(() => localStorage.clear());
  await page.fill("#room-name", "random");
  await page.press("#room-name", "Enter");
  await page.waitForSelector(".room-title:text('# random')");
  await page.click(".rooms a[href='/chat/general']").catch(async () => {
    await page.click(".menu");
    await page.click(".rooms a[href='/chat/general']");
  });
  await page.waitForSelector(".room-title:text('# general')");
  await stack.server.client.chat.sendNote({ room: "random", message: "lunch?" }, { token: pepeToken });
  await page.waitForSelector(".rooms .unread", { state: "attached" });
  await page.waitForSelector(".message.own[data-status=sent] .text:text-is('on my way')");
  await shoot(page, `chat-${size}-${scheme}`);
  if (size === "phone") {
    await page.click(".menu");
    await page.waitForSelector(".backdrop", { state: "visible" });
    await shoot(page, `chat-drawer-${size}-${scheme}`);
  }
  await page.context().close();
}

await photograph(async (stack) => {
  await seed(stack);
  const mimiToken = await stack.server.login("mimi");
  await stack.server.client.chat.sendNote({ room: "general", message: "on my way" }, { token: mimiToken });
}, scene);
