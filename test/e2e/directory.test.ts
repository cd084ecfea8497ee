/**
 * The room directory in Chromium against the real stack (issue 17): public rooms with member count and last
 * activity, searched, paged, joined with one click; and a room name that breaks the rule explained with a
 * suggestion instead of the browser's bare "Please match the requested format".
 */
import { beforeAll, describe, expect, test } from "bun:test";
import { ROOM_LIMITS, RoomKind } from "@tertulia/protocol";
import type { Page } from "playwright-core";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";
import { say, waitForText } from "../support/room-pages.ts";

/** More public rooms than one directory page holds, so "More rooms" has a second page to fetch. */
const FILLER_ROOMS = ROOM_LIMITS.defaultDirectoryPage + 5;

const e2e = useBrowserStack();
beforeAll(async () => {
  if (!hasChromium) return;
  // Rooms made through the chat server's own RoomService, as another person's page would make them.
  const token = await e2e.stack.server.login("admin");
  for (let i = 0; i < FILLER_ROOMS; i++) {
    const room = `zz-filler-${String(i).padStart(2, "0")}`;
    await e2e.stack.server.client.rooms.createRoom({ room, kind: RoomKind.ROOM_KIND_PUBLIC, members: [] }, { token });
  }
});

function logIn(username: string, room = "general"): Promise<Page> {
  return logInPage(e2e.browser, e2e.stack.base, username, { room });
}

const listed = (page: Page) =>
  page.$$eval(".directory-list li", (items) => items.map((item) => (item as HTMLElement).dataset.room ?? ""));

describe.skipIf(!hasChromium)("the room directory in Chromium", () => {
  test("search finds public rooms with members and activity; one click joins and opens the room", async () => {
    const admin = await logIn("admin", "book-club");
    await say(admin, "first chapter tonight");
    await waitForText(admin, "first chapter tonight");
    await admin.fill("#room-name", "book-swap");
    await admin.click(".join-room button[type=submit]");
    await admin.waitForURL(/\/chat\/book-swap$/);

    const mimi = await logIn("mimi");
    await mimi.click(".open-directory");
    await mimi.fill("#directory-query", "book");
    await mimi.waitForFunction(() => document.querySelectorAll(".directory-list li").length === 2);
    expect(await listed(mimi)).toEqual(["book-club", "book-swap"]);
    const about = await mimi.textContent('.directory-list li[data-room="book-club"] .directory-about');
    expect(about).toMatch(/^1 member · active /);

    await mimi.click('.directory-list li[data-room="book-club"] .directory-join');
    await mimi.waitForURL(/\/chat\/book-club$/);
    expect(await mimi.isHidden("dialog.directory")).toBe(true);
    await waitForText(mimi, "first chapter tonight");
    await mimi.waitForSelector('.rooms li[data-room="book-club"]');

    // Joined for good: the directory now counts her, and a reload keeps the room in her list.
    await mimi.click(".open-directory");
    await mimi.fill("#directory-query", "book-club");
    await mimi.waitForFunction(() =>
      document
        .querySelector('.directory-list li[data-room="book-club"] .directory-about')
        ?.textContent?.startsWith("2 members"),
    );
    await mimi.keyboard.press("Escape");
    await mimi.goto(`${e2e.stack.base}/chat/general`);
    await mimi.waitForSelector('.rooms li[data-room="book-club"]');
    await mimi.context().close();
    await admin.context().close();
  });

  test("the directory pages: More rooms fetches the next page after the first", async () => {
    const pepe = await logIn("pepe");
    await pepe.click(".open-directory");
    await pepe.fill("#directory-query", "zz-filler");
    // The first page of this search (not of the empty one the dialog opened with, which lists general first).
    await pepe.waitForFunction(
      (page) =>
        document.querySelectorAll(".directory-list li").length === page &&
        document.querySelector<HTMLElement>(".directory-list li")?.dataset.room === "zz-filler-00",
      ROOM_LIMITS.defaultDirectoryPage,
    );
    expect(await pepe.isVisible(".directory-more")).toBe(true);
    await pepe.click(".directory-more");
    await pepe.waitForFunction((all) => document.querySelectorAll(".directory-list li").length === all, FILLER_ROOMS);
    const rooms = await listed(pepe);
    expect(new Set(rooms).size).toBe(FILLER_ROOMS);
    expect(rooms).toEqual([...rooms].sort());
    expect(await pepe.isHidden(".directory-more")).toBe(true);
    await pepe.context().close();
  });

  test("a room name with a space is explained with a suggested name, not the browser's bare message", async () => {
    const juan = await logIn("juan");
    await juan.fill("#room-name", "Team Chat!");
    await juan.click(".join-room button[type=submit]");
    const hint = await juan.textContent("#room-name-hint");
    expect(hint).toContain("Room names are 1-64 characters of a-z, 0-9, '_' and '-'.");
    expect(hint).toContain("Try “team-chat”.");
    const validation = await juan.$eval("#room-name", (input) => (input as HTMLInputElement).validationMessage);
    expect(validation).toContain("Try “team-chat”.");
    expect(validation).not.toContain("Please match the requested format");
    expect(new URL(juan.url()).pathname).toBe("/chat/general");

    // The suggestion is one click away, and then the name is taken as it is.
    await juan.click("#room-name-hint .use-suggestion");
    expect(await juan.inputValue("#room-name")).toBe("team-chat");
    expect(await juan.textContent("#room-name-hint")).toBe("");
    await juan.click(".join-room button[type=submit]");
    await juan.waitForURL(/\/chat\/team-chat$/);

    // The new-room dialog explains the same way.
    await juan.click(".open-new-room");
    await juan.fill("#new-room-name", "Planes del Año");
    expect(await juan.textContent("#new-room-hint")).toContain("Try “planes-del-ano”.");
    await juan.context().close();
  });
});
