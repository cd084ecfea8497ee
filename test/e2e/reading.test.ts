/**
 * Reading the chat page in Chromium against the real stack: day separators, grouping by author, safe links,
 * mentions, the "new messages" divider, jump-to-newest, the typing line, and an own send that adds one item
 * instead of redrawing the list. Transient states are recorded in the page (MutationObserver) and read back,
 * so a slow machine cannot make a test miss them.
 */
import { describe, expect, test } from "bun:test";
import { NoteKind } from "@tertulia/protocol";
import type { Page } from "playwright-core";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";
import { seedRoom } from "../support/seed-room.ts";

const e2e = useBrowserStack();

const HOUR = 3_600_000;

function logIn(username: string, room: string): Promise<Page> {
  return logInPage(e2e.browser, e2e.stack.base, username, { room });
}

async function say(page: Page, text: string) {
  await page.fill("#message", text);
  await page.press("#message", "Enter");
}

function store(room: string, author: string, body: string, sentAtMs: number) {
  return e2e.stack.server.store.appendMessage({
    room,
    author,
    body,
    kind: NoteKind.NOTE_KIND_CHAT,
    clientMessageId: "",
    sentAtMs,
  });
}

/** Waits until the page shows a stored (not pending) message with exactly this text. */
function shown(page: Page, text: string) {
  return page.waitForFunction(
    (t) =>
      [...document.querySelectorAll(".message-list .message:not(.pending) .text")].some((n) => n.textContent === t),
    text,
  );
}

describe.skipIf(!hasChromium)("reading the chat page", () => {
  test("days are separated (Today, Yesterday, a date) and one author's consecutive messages are grouped", async () => {
    const now = Date.now();
    await store("days", "juan", "three days ago", now - 72 * HOUR);
    await store("days", "pepe", "yesterday, first", now - 24 * HOUR);
    await store("days", "pepe", "yesterday, a minute later", now - 24 * HOUR + 60_000);
    await store("days", "mimi", "yesterday, someone else", now - 24 * HOUR + 120_000);
    await store("days", "mimi", "yesterday, ten minutes later", now - 24 * HOUR + 720_000);
    await store("days", "pepe", "today", now - 5_000);
    const page = await logIn("juan", "days");
    await shown(page, "today");
    const rows = await page.$$eval(".message-list > li", (items) =>
      items.map((li) =>
        li.classList.contains("day-separator")
          ? `-- ${li.textContent}`
          : `${li.querySelector(".text")?.textContent}${li.classList.contains("continued") ? " (continued)" : ""}`,
      ),
    );
    expect(rows[0]).toMatch(/^-- \w+/);
    expect(rows[0]).not.toMatch(/Today|Yesterday/);
    expect(rows.slice(1)).toEqual([
      "three days ago",
      "-- Yesterday",
      "yesterday, first",
      "yesterday, a minute later (continued)",
      "yesterday, someone else",
      "yesterday, ten minutes later",
      "-- Today",
      "today",
    ]);
    // A continued message hides its name line from sight only: a screen reader still hears who wrote it.
    expect(await page.textContent(".message.continued .author")).toBe("pepe");
    await page.context().close();
  });

  test("links are http(s) only, open safely, and no text is ever parsed as HTML; mentions are highlighted", async () => {
    const mimi = await logIn("mimi", "links");
    const pepe = await logIn("pepe", "links");
    const text =
      "see https://example.org/a?b=1. not javascript:alert(document.cookie) nor <b>bold</b> " +
      "<a href=https://evil.example>x</a> cc @mimi @juan";
    await say(pepe, text);
    await shown(mimi, text);
    const message = mimi.locator(".message-list .message").last();
    const links = await message.locator("a").evaluateAll((anchors) =>
      anchors.map((a) => ({
        href: a.getAttribute("href"),
        text: a.textContent,
        rel: a.getAttribute("rel"),
        target: a.getAttribute("target"),
      })),
    );
    expect(links).toEqual([
      {
        href: "https://example.org/a?b=1",
        text: "https://example.org/a?b=1",
        rel: "noopener noreferrer",
        target: "_blank",
      },
      // Inside the text of a would-be <a> tag, the URL is a link of its own; the tag itself stays text.
      { href: "https://evil.example/", text: "https://evil.example", rel: "noopener noreferrer", target: "_blank" },
    ]);
    expect(await message.locator("b").count()).toBe(0);
    expect(await message.locator(".text").textContent()).toBe(text);
    expect(await message.locator(".mention.me").allTextContents()).toEqual(["@mimi"]);
    expect(await message.locator(".mention:not(.me)").allTextContents()).toEqual(["@juan"]);
    // pepe reads the same message with @mimi as someone else's name.
    await shown(pepe, text);
    expect(await pepe.locator(".message-list .message").last().locator(".mention.me").count()).toBe(0);
    await mimi.context().close();
    await pepe.context().close();
  });

  test("an own send adds one item and replaces only its own pending item; nothing else is redrawn", async () => {
    await seedRoom(e2e.stack.server.store, "own-send", 40);
    const mimi = await logIn("mimi", "own-send");
    await mimi.waitForFunction(() => document.querySelectorAll(".message-list .message").length >= 40);
    await mimi.evaluate(() => {
      const record = { removed: [] as string[], firstItem: document.querySelector(".message-list .message") };
      (window as unknown as { record: typeof record }).record = record;
      new MutationObserver((mutations) => {
        for (const m of mutations)
          for (const node of m.removedNodes)
            if (node instanceof HTMLElement && !node.classList.contains("pending")) record.removed.push(node.className);
      }).observe(document.querySelector(".message-list")!, { childList: true });
    });
    await say(mimi, "one more");
    await shown(mimi, "one more");
    await mimi.waitForFunction(() => document.querySelectorAll(".message-list .pending").length === 0);
    const after = await mimi.evaluate(() => {
      const { record } = window as unknown as { record: { removed: string[]; firstItem: Element } };
      return { removed: record.removed, firstStillThere: record.firstItem.isConnected };
    });
    expect(after).toEqual({ removed: [], firstStillThere: true });
    await mimi.context().close();
  });

  test("a send that continues one's own group still shows its status line while pending", async () => {
    const mimi = await logIn("mimi", "own-group");
    await say(mimi, "first of a group");
    await shown(mimi, "first of a group");
    await mimi.evaluate(() => {
      const seen: { continued: boolean; metaShown: boolean }[] = [];
      (window as unknown as { pendingSeen: typeof seen }).pendingSeen = seen;
      new MutationObserver((mutations) => {
        for (const m of mutations)
          for (const node of m.addedNodes)
            if (node instanceof HTMLElement && node.classList.contains("pending")) {
              const meta = node.querySelector(".meta")!;
              seen.push({
                continued: node.classList.contains("continued"),
                metaShown: getComputedStyle(meta).position !== "absolute" && meta.getBoundingClientRect().height > 1,
              });
            }
      }).observe(document.querySelector(".message-list")!, { childList: true });
    });
    await say(mimi, "second of the group");
    await shown(mimi, "second of the group");
    expect(await mimi.evaluate(() => (window as unknown as { pendingSeen: unknown[] }).pendingSeen)).toEqual([
      { continued: true, metaShown: true },
    ]);
    // Stored, it joins the group under the first one's name line.
    expect(await mimi.locator(".message:not(.pending)").last().getAttribute("class")).toContain("continued");
    await mimi.context().close();
  });

  test("the typing line clears for a person as soon as their message arrives", async () => {
    const mimi = await logIn("mimi", "typing");
    const pepe = await logIn("pepe", "typing");
    await mimi.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { typingWhenArrived: string[] }).typingWhenArrived = seen;
      new MutationObserver((mutations) => {
        for (const m of mutations)
          for (const node of m.addedNodes)
            if (node instanceof HTMLElement && node.textContent?.includes("finished typing"))
              seen.push(document.querySelector(".typing")?.textContent ?? "");
      }).observe(document.querySelector(".message-list")!, { childList: true });
    });
    await pepe.fill("#message", "finished typing");
    await mimi.waitForFunction(() => document.querySelector(".typing")?.textContent === "pepe is typing…");
    await pepe.press("#message", "Enter");
    await shown(mimi, "finished typing");
    expect(await mimi.evaluate(() => (window as unknown as { typingWhenArrived: string[] }).typingWhenArrived)).toEqual(
      [""],
    );
    await mimi.context().close();
    await pepe.context().close();
  });

  test("scrolled up, new messages are counted on a jump-to-newest button that goes back to the end", async () => {
    await seedRoom(e2e.stack.server.store, "jump", 60);
    const mimi = await logIn("mimi", "jump");
    const pepe = await logIn("pepe", "jump");
    await mimi.waitForFunction(() => document.querySelectorAll(".message-list .message").length >= 50);
    expect(await mimi.isVisible(".jump-newest")).toBe(false);
    await mimi.evaluate(() => {
      const scroller = document.querySelector(".messages")!;
      scroller.scrollTop = 0;
      scroller.dispatchEvent(new Event("scroll"));
    });
    await mimi.waitForSelector(".jump-newest:not([hidden])");
    await say(pepe, "while you were up there");
    await say(pepe, "and another");
    await mimi.waitForFunction(() => document.querySelector(".jump-newest")?.textContent === "2 new messages ↓");
    await mimi.click(".jump-newest");
    await mimi.waitForSelector(".jump-newest", { state: "hidden" });
    const atEnd = await mimi.evaluate(() => {
      const s = document.querySelector(".messages")!;
      return s.scrollHeight - s.scrollTop - s.clientHeight < 48;
    });
    expect(atEnd).toBe(true);
    expect(await mimi.locator(".message-list .message .text").last().textContent()).toBe("and another");
    await mimi.context().close();
    await pepe.context().close();
  });

  test("an edited message says so, and a deleted one leaves a placeholder (from the stored frame's fields)", async () => {
    const now = Date.now();
    const kept = await store("changes", "pepe", "first text", now - 60_000);
    const gone = await store("changes", "pepe", "regrettable", now - 30_000);
    await e2e.stack.server.store.editMessage(
      "changes",
      kept.message.seq,
      "pepe",
      "second text, see https://example.org",
      now,
    );
    await e2e.stack.server.store.deleteMessage("changes", gone.message.seq, "pepe", now);
    const mimi = await logIn("mimi", "changes");
    await mimi.waitForSelector(".message.deleted");
    const items = await mimi.$$eval(".message-list .message", (lis) =>
      lis.map((li) => ({
        text: li.querySelector(".text")?.textContent,
        edited: li.querySelector(".edited")?.textContent ?? null,
        deleted: li.classList.contains("deleted"),
        links: li.querySelectorAll("a").length,
      })),
    );
    expect(items).toEqual([
      { text: "second text, see https://example.org (edited)", edited: " (edited)", deleted: false, links: 1 },
      { text: "This message was deleted.", edited: null, deleted: true, links: 0 },
    ]);
    await mimi.context().close();
  });

  test("coming back to a room, a divider marks where the new messages start", async () => {
    const mimi = await logIn("mimi", "divider-a");
    const pepe = await logIn("pepe", "divider-a");
    await say(pepe, "read already");
    await shown(mimi, "read already");
    expect(await mimi.locator(".new-divider").count()).toBe(0);
    // mimi goes to another room; pepe writes twice in the first one.
    await mimi.fill("#room-name", "divider-b");
    await mimi.press("#room-name", "Enter");
    await mimi.waitForSelector(".room-title:text('# divider-b')");
    await say(pepe, "new one");
    await say(pepe, "newer one");
    await mimi.waitForSelector(".rooms .unread:text('2')");
    await mimi.click(".rooms a[href='/chat/divider-a']");
    await shown(mimi, "newer one");
    const around = await mimi.$$eval(".message-list > li", (items) =>
      items.map((li) => (li.classList.contains("new-divider") ? "-- new" : li.querySelector(".text")?.textContent)),
    );
    expect(around.slice(around.indexOf("read already"))).toEqual(["read already", "-- new", "new one", "newer one"]);
    await mimi.context().close();
    await pepe.context().close();
  });
});
