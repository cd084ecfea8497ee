/**
 * Direct messages in Chromium against the real stack (issue 17): opened by a person's name, named by the
 * other person on both sides, counted unread for the recipient, the same room whoever opens it, and closed
 * to anyone else.
 */
import { describe, expect, test } from "bun:test";
import type { Page } from "playwright-core";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";
import { openFromSidebar, say, texts, waitForText } from "../support/room-pages.ts";

const e2e = useBrowserStack();

function logIn(username: string, room = "general"): Promise<Page> {
  return logInPage(e2e.browser, e2e.stack.base, username, { room });
}

async function openDirect(page: Page, peer: string): Promise<string> {
  await page.click(".open-direct");
  await page.fill("#direct-peer", peer);
  await page.click(".direct-form button[type=submit]");
  await page.waitForURL(/\/chat\/dm-[0-9a-f]+$/);
  await page.waitForFunction((name) => document.querySelector(".room-title")?.textContent === `@ ${name}`, peer);
  return new URL(page.url()).pathname;
}

describe.skipIf(!hasChromium)("direct messages in Chromium", () => {
  test("a direct message by name: the other person sees it unread under the sender's name, and answers", async () => {
    const mimi = await logIn("mimi");
    const path = await openDirect(mimi, "pepe");
    await say(mimi, "hola pepe, solo para ti");
    await waitForText(mimi, "hola pepe, solo para ti");
    const room = path.slice("/chat/".length);
    expect(await mimi.textContent(`.rooms li[data-room="${room}"] a`)).toBe("@ pepe");

    const pepe = await logIn("pepe");
    await pepe.waitForFunction(
      (name) =>
        document.querySelector(`.rooms li[data-room="${name}"][data-kind="direct"] .unread`)?.textContent === "1",
      room,
    );
    expect(await pepe.textContent(`.rooms li[data-room="${room}"] a`)).toBe("@ mimi");
    // A direct room cannot be left: no leave button on it.
    expect(await pepe.$$eval(`.rooms li[data-room="${room}"] .leave`, (n) => n.length)).toBe(0);
    await openFromSidebar(pepe, room);
    await waitForText(pepe, "hola pepe, solo para ti");
    await say(pepe, "hola mimi");
    await waitForText(mimi, "hola mimi");

    // Opening it from the other side finds the same room.
    expect(await openDirect(pepe, "mimi")).toBe(path);

    // Nobody else can read it.
    const juan = await logIn("juan", room);
    await juan.waitForFunction(() => !document.querySelector<HTMLElement>(".room-refused")?.hidden);
    expect(await juan.textContent(".room-refused")).toContain("private");
    expect(await texts(juan)).toEqual([]);
    for (const page of [mimi, pepe, juan]) await page.context().close();
  });

  test("a direct message to nobody, or to oneself, is refused in the dialog", async () => {
    const mimi = await logIn("mimi");
    await mimi.click(".open-direct");
    await mimi.fill("#direct-peer", "nobody-at-all");
    await mimi.click(".direct-form button[type=submit]");
    await mimi.waitForFunction(() => (document.querySelector("dialog.direct .dialog-error")?.textContent ?? "") !== "");
    expect(await mimi.textContent("dialog.direct .dialog-error")).toContain("nobody-at-all");
    await mimi.fill("#direct-peer", "mimi");
    await mimi.click(".direct-form button[type=submit]");
    expect(await mimi.textContent("dialog.direct .dialog-error")).toBe("A direct message needs someone else.");
    expect(new URL(mimi.url()).pathname).toBe("/chat/general");
    await mimi.context().close();
  });
});
