/**
 * Read state that follows the person (issue 17), in Chromium against the real stack: two tabs of one person;
 * reading in one (the newest message on screen in a visible tab) clears the other's badge and tab-title
 * count and moves its "new messages" divider, through the server's read marker.
 *
 * A background tab is emulated (headless Chromium reports every page visible): see emulateVisibility.
 */
import { describe, expect, test } from "bun:test";
import type { Page } from "playwright-core";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";
import { badges, emulateVisibility, say, secondTab, setVisible, waitForText } from "../support/room-pages.ts";

const e2e = useBrowserStack();

function logIn(username: string, room: string): Promise<Page> {
  return logInPage(e2e.browser, e2e.stack.base, username, { room, setup: emulateVisibility });
}

/** The `read` frames a page sends, recorded in the page (they are the person's reading, made visible). */
async function countReads(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __reads?: number }).__reads ?? 0);
}

describe.skipIf(!hasChromium)("read state across tabs in Chromium", () => {
  test("reading in one tab clears the room's badge and the tab-title count in the other", async () => {
    const reader = await logIn("pepe", "reading");
    const other = await secondTab(reader, e2e.stack.base, "general");
    await other.waitForSelector('.rooms li[data-room="reading"]');
    await setVisible(reader, false);

    const mimi = await logIn("mimi", "reading");
    for (const text of ["r1", "r2", "r3"]) await say(mimi, text);
    await waitForText(mimi, "r3");

    // Both tabs count three new messages: the sidebar badge and the title.
    await other.waitForFunction(
      () => document.querySelector('.rooms li[data-room="reading"] .unread')?.textContent === "3",
    );
    expect(await other.title()).toBe("(3) #general · Tertulia");
    await reader.waitForFunction(() => document.title === "(3) #reading · Tertulia");
    expect(await reader.getAttribute(".menu", "aria-label")).toBe("Rooms, 3 unread");

    // The reader comes back to the tab: the newest message is on screen, so it is read, everywhere.
    await setVisible(reader, true);
    await reader.waitForFunction(() => document.title === "#reading · Tertulia");
    await other.waitForFunction(() => !document.querySelector('.rooms li[data-room="reading"] .unread'));
    expect(await other.title()).toBe("#general · Tertulia");
    expect(await badges(other, "reading")).toEqual({ unread: "", mentions: "" });

    // And a reload agrees: the server kept the marker.
    await other.reload();
    await other.waitForSelector('.rooms li[data-room="reading"]');
    await other.waitForSelector(".connection[data-state=live]");
    expect(await badges(other, "reading")).toEqual({ unread: "", mentions: "" });
    expect(await other.title()).toBe("#general · Tertulia");
    await reader.context().close();
    await mimi.context().close();
  });

  test("the divider of a tab showing the room moves when another tab reads it; a hidden tab sends no read", async () => {
    const first = await logIn("juan", "divider");
    const second = await secondTab(first, e2e.stack.base, "divider");
    const mimi = await logIn("mimi", "divider");
    await say(mimi, "d0");
    await waitForText(first, "d0");
    await waitForText(second, "d0");
    // Both tabs looked at d0 (visible, at the end): read up to it. Then both go to the background.
    await first.waitForFunction(() => document.title === "#divider · Tertulia");
    for (const page of [first, second]) await setVisible(page, false);
    await second.evaluate(() => {
      // Count the reads this tab sends from now on: a hidden tab must send none.
      const w = window as unknown as { __reads: number };
      w.__reads = 0;
      const send = WebSocket.prototype.send;
      WebSocket.prototype.send = function (data) {
        if (typeof data === "string" && data.includes('"type":"read"')) w.__reads += 1;
        return send.call(this, data);
      };
    });

    await say(mimi, "d1");
    await say(mimi, "d2");
    for (const page of [first, second]) {
      await waitForText(page, "d2");
      // The divider sits above the first message that came while the tab was away.
      await page.waitForFunction(() => {
        const divider = document.querySelector(".message-list .new-divider");
        let next = divider?.nextElementSibling;
        while (next && !next.matches(".message")) next = next.nextElementSibling;
        return next?.querySelector(".text")?.textContent === "d1";
      });
      await page.waitForFunction(() => document.title === "(2) #divider · Tertulia");
    }

    await setVisible(first, true);
    // The other tab, still in the background, follows the marker: no divider, no count.
    await second.waitForFunction(() => !document.querySelector(".message-list .new-divider"));
    await second.waitForFunction(() => document.title === "#divider · Tertulia");
    expect(await countReads(second)).toBe(0);
    // The tab that read keeps its divider where the reader saw it, for as long as they look.
    expect(await first.$$eval(".message-list .new-divider", (n) => n.length)).toBe(1);
    await first.context().close();
    await mimi.context().close();
  });
});
