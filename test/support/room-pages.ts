/**
 * Helpers for the browser tests of rooms, read state and edits (issue 17): what a person does on the chat
 * page, and records of what the page showed, kept in the page (a MutationObserver), since a transient notice
 * can come and go between two polls on a loaded machine.
 */
import type { BrowserContext, Page } from "playwright-core";

export async function say(page: Page, text: string): Promise<void> {
  await page.fill("#message", text);
  await page.press("#message", "Enter");
}

/** The texts of the stored messages shown, in order. */
export function texts(page: Page): Promise<string[]> {
  return page.$$eval(".message-list .message:not(.pending) .text", (nodes) => nodes.map((n) => n.textContent ?? ""));
}

export async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll(".message-list .message:not(.pending) .text")].some((n) =>
        n.textContent?.startsWith(wanted),
      ),
    text,
  );
}

/** Opens a room from the sidebar (a click, as a person does). */
export async function openFromSidebar(page: Page, room: string): Promise<void> {
  await page.click(`.rooms li[data-room="${room}"] a`);
  await page.waitForFunction((name) => location.pathname === `/chat/${name}`, room);
}

/**
 * Every text the notice line (.typing) and the room's refusal showed from now on, recorded in the page.
 * Read it back with `notices(page)`.
 */
export async function recordNotices(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __notices: string[] }).__notices = seen;
    const watch = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return;
      // Read from the records, not the element: the text may be replaced again before the observer runs.
      new MutationObserver((records) => {
        for (const record of records) {
          const text =
            record.type === "characterData"
              ? (record.target.textContent ?? "")
              : [...record.addedNodes].map((n) => n.textContent ?? "").join("");
          if (text) seen.push(text);
        }
      }).observe(element, { childList: true, characterData: true, subtree: true });
    };
    watch(".typing");
    watch(".room-refused");
  });
}

export async function waitForNotice(page: Page, part: string): Promise<string> {
  const handle = await page.waitForFunction(
    (wanted) => (window as unknown as { __notices?: string[] }).__notices?.find((n) => n.includes(wanted)),
    part,
  );
  return String(await handle.jsonValue());
}

/**
 * Headless Chromium reports every page as visible, so a tab "in the background" is emulated: the page's
 * `document.visibilityState` (and `hidden`) follow `window.__visible`, set by `setVisible`, which also fires
 * the `visibilitychange` event a real tab switch fires. Installed before the page's own script runs.
 */
export async function emulateVisibility(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __visible: boolean };
    w.__visible = true;
    Object.defineProperty(Document.prototype, "visibilityState", {
      configurable: true,
      get: () => (w.__visible ? "visible" : "hidden"),
    });
    Object.defineProperty(Document.prototype, "hidden", { configurable: true, get: () => !w.__visible });
  });
}

export async function setVisible(page: Page, visible: boolean): Promise<void> {
  await page.evaluate((v) => {
    (window as unknown as { __visible: boolean }).__visible = v;
    document.dispatchEvent(new Event("visibilitychange"));
  }, visible);
}

/** Another tab of the same person (same context, so the same session cookie), on `room`. */
export async function secondTab(first: Page, base: string, room: string): Promise<Page> {
  const page = await first.context().newPage();
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(`${base}/chat/${room}`);
  await page.waitForSelector(".connection[data-state=live]");
  return page;
}

/** The sidebar's badges for `room`: unread and mentions ("" when not shown). */
export function badges(page: Page, room: string): Promise<{ unread: string; mentions: string }> {
  return page.evaluate((name) => {
    const item = document.querySelector(`.rooms li[data-room="${name}"]`);
    return {
      unread: item?.querySelector(".unread")?.textContent ?? "",
      mentions: item?.querySelector(".mentions")?.textContent ?? "",
    };
  }, room);
}
