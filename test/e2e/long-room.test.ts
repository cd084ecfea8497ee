/**
 * A room of 5,000 stored messages in Chromium against the real stack: the page never holds more than its
 * bound of messages in the DOM, scrolling up slides older ones in (from memory, then from the server's
 * history) and drops newer ones, jump-to-newest brings the end back, and a stream of live messages keeps
 * the bound too. The largest count is recorded in the page after every DOM change, so no moment is missed.
 */
import { beforeAll, describe, expect, test } from "bun:test";
import type { Page } from "playwright-core";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";
import { seedRoom } from "../support/seed-room.ts";

/** The page's bound (MAX_MESSAGES_IN_DOM in packages/client/src/page/message-list.ts). */
const BOUND = 300;
const STORED = 5_000;

const e2e = useBrowserStack();
beforeAll(async () => {
  if (!hasChromium) return;
  await seedRoom(e2e.stack.server.store, "long", STORED);
});

interface Record {
  maxMessages: number;
}

/** Records, after every change to the list, the largest number of messages it held. */
async function recordBound(page: Page) {
  await page.evaluate(() => {
    const record = { maxMessages: 0 };
    (window as unknown as { record: typeof record }).record = record;
    const list = document.querySelector(".message-list")!;
    new MutationObserver(() => {
      record.maxMessages = Math.max(record.maxMessages, list.querySelectorAll(".message").length);
    }).observe(list, { childList: true });
  });
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { record: Record }).record);

const seqs = (page: Page) =>
  page.$$eval(".message-list .message[data-seq]", (items) =>
    items.map((li) => Number((li as HTMLElement).dataset.seq)),
  );

describe.skipIf(!hasChromium)("a room of 5,000 messages", () => {
  test("scrolling up reloads older messages from history, and the DOM never holds more than the bound", async () => {
    const page = await logInPage(e2e.browser, e2e.stack.base, "mimi", { room: "long" });
    await page.waitForFunction((n) => document.querySelectorAll(".message-list .message").length >= n, 50);
    await recordBound(page);
    expect((await seqs(page)).at(-1)).toBe(STORED);

    // Twelve trips to the top: each one brings a page of history (50) above what is shown.
    let oldest = (await seqs(page))[0]!;
    for (let trip = 0; trip < 12; trip++) {
      await page.evaluate(() => {
        const scroller = document.querySelector(".messages")!;
        scroller.scrollTop = 0;
        scroller.dispatchEvent(new Event("scroll"));
      });
      await page.waitForFunction(
        (before) =>
          Number(document.querySelector<HTMLElement>(".message-list .message[data-seq]")?.dataset.seq) < before,
        oldest,
      );
      oldest = (await seqs(page))[0]!;
    }
    const shown = await seqs(page);
    expect(oldest).toBeLessThanOrEqual(STORED - 50 * 12);
    // Consecutive, ascending, and within the bound; the newest were dropped from the bottom.
    expect(shown).toEqual(shown.map((_, i) => shown[0]! + i));
    expect(shown.length).toBeLessThanOrEqual(BOUND);
    expect(shown.at(-1)).toBeLessThan(STORED);
    expect((await recorded(page)).maxMessages).toBeLessThanOrEqual(BOUND);

    // Jump to newest: the end is drawn again, still within the bound.
    await page.click(".jump-newest");
    await page.waitForFunction(
      (last) => document.querySelector<HTMLElement>(".message-list .message:last-child")?.dataset.seq === String(last),
      STORED,
    );
    expect((await seqs(page)).length).toBeLessThanOrEqual(BOUND);
    await page.context().close();
  });

  test("a stream of live messages keeps the DOM within the bound while the reader stays at the end", async () => {
    const page = await logInPage(e2e.browser, e2e.stack.base, "juan", { room: "long" });
    await page.waitForFunction((n) => document.querySelectorAll(".message-list .message").length >= n, 50);
    await recordBound(page);
    const token = await e2e.stack.server.login("pepe");
    const LIVE = 400;
    for (let i = 0; i < LIVE; i++) {
      await e2e.stack.server.client.chat.sendNote({ room: "long", message: `live ${i}` }, { token });
    }
    await page.waitForFunction(
      (t) => document.querySelector(".message-list .message:last-child .text")?.textContent === t,
      `live ${LIVE - 1}`,
    );
    const shown = await seqs(page);
    expect(shown.length).toBe(BOUND);
    expect(shown.at(-1)).toBe(STORED + LIVE);
    expect((await recorded(page)).maxMessages).toBeLessThanOrEqual(BOUND);
    await page.context().close();
  });
});
