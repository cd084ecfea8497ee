/**
 * Screenshots of the login and chat pages at 1280×800 and 390×844, light and dark, into docs/screenshots/.
 * Starts the real local stack (chat server on a temporary SQLite file, web tier, both on free ports) and
 * Debian's Chromium, exactly as the browser tests do, fills #general with a morning's conversation, and
 * photographs what a person sees.
 *
 *   bun scripts/screenshots.ts
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { NoteKind } from "@tertulia/protocol";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchBrowser } from "../test/support/browser.ts";
import { seedRoom } from "../test/support/seed-room.ts";
import { type Stack, startStack } from "../test/support/stack.ts";

const OUT = resolve(import.meta.dir, "../docs/screenshots");
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const SCHEMES = ["light", "dark"] as const;

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

async function logIn(browser: Browser, stack: Stack, size: keyof typeof SIZES, scheme: "light" | "dark") {
  const context = await browser.newContext({ viewport: SIZES[size], colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${stack.base}/chat/general`);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  // Let fonts and the last frame settle: a screenshot is a picture, not a test.
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  if (!hasChromium) throw new Error("no Chromium: apt-get install chromium (or set CHROMIUM_PATH)");
  mkdirSync(OUT, { recursive: true });
  const stack = await startStack();
  const browser = await launchBrowser();
  try {
    await seed(stack);
    const pepeToken = await stack.server.login("pepe");
    const mimiToken = await stack.server.login("mimi");
    await stack.server.client.chat.sendNote({ room: "general", message: "on my way" }, { token: mimiToken });
    for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
      for (const scheme of SCHEMES) {
        const page = await logIn(browser, stack, size, scheme);
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
    }
  } finally {
    await browser.close();
    await stack.stop();
  }
}

await main();
