/**
 * Private rooms in Chromium against the real stack (issue 17): created with members from the page, listed
 * for the invitee, refused to a stranger (the server decides, the page says why), invite and remove from the
 * members panel, and a removal that ends the room live on the removed person's page.
 */
import { describe, expect, test } from "bun:test";
import type { Page } from "playwright-core";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";
import { openFromSidebar, recordNotices, say, texts, waitForNotice, waitForText } from "../support/room-pages.ts";

const e2e = useBrowserStack();

function logIn(username: string, room = "general"): Promise<Page> {
  return logInPage(e2e.browser, e2e.stack.base, username, { room });
}

async function createPrivateRoom(page: Page, room: string, members: string): Promise<void> {
  await page.click(".open-new-room");
  await page.fill("#new-room-name", room);
  expect(await page.isChecked("#new-room-private")).toBe(true);
  await page.fill("#new-room-members", members);
  await page.click(".new-room-form button[type=submit]");
  await page.waitForURL(new RegExp(`/chat/${room}$`));
  await page.waitForSelector(`.rooms li[data-room="${room}"][data-kind="private"]`);
}

describe.skipIf(!hasChromium)("private rooms in Chromium", () => {
  test("a private room made with a member: the member sees it, a stranger is refused with the reason", async () => {
    const mimi = await logIn("mimi");
    await createPrivateRoom(mimi, "plans", "pepe");
    expect(await mimi.textContent(".room-title")).toBe("plans");
    expect(await mimi.getAttribute(".room-title", "data-kind")).toBe("private");
    expect(await mimi.getAttribute('.rooms li[data-room="plans"] a', "aria-label")).toBe("Private room plans");
    expect(await mimi.isHidden("dialog.new-room")).toBe(true);
    await say(mimi, "the secret plan");
    await waitForText(mimi, "the secret plan");

    // The invitee finds it in the sidebar (the server's room list), with the message unread, and reads it.
    const pepe = await logIn("pepe");
    await pepe.waitForFunction(
      () => document.querySelector('.rooms li[data-room="plans"] .unread')?.textContent === "1",
    );
    await openFromSidebar(pepe, "plans");
    await waitForText(pepe, "the secret plan");

    // A stranger following a link to it sees why not, and nothing of the room.
    const juan = await logIn("juan", "plans");
    await juan.waitForFunction(() => !document.querySelector<HTMLElement>(".room-refused")?.hidden);
    expect(await juan.textContent(".room-refused")).toContain("private");
    expect(await texts(juan)).toEqual([]);
    expect(await juan.$$eval(".rooms li[data-room=plans]", (items) => items.length)).toBeLessThanOrEqual(1);
    expect(await juan.isHidden(".show-members")).toBe(true);
    for (const page of [mimi, pepe, juan]) await page.context().close();
  });

  test("invite and remove by name in the members panel: the invitee's open page shows the room at once, the removed person's page drops it live", async () => {
    const mimi = await logIn("mimi", "plans");
    const pepe = await logIn("pepe", "plans");
    await waitForText(pepe, "the secret plan");

    // Juan has the room's link open, refused: the invitation opens it for him as it happens.
    const juan = await logIn("juan", "plans");
    await juan.waitForFunction(() => !document.querySelector<HTMLElement>(".room-refused")?.hidden);
    await mimi.click(".show-members");
    await mimi.waitForFunction(() => document.querySelectorAll("dialog.members .member-list li").length === 2);
    await mimi.fill("#invite-name", "juan");
    await mimi.click(".invite-form button[type=submit]");
    await mimi.waitForSelector('dialog.members .member-list li[data-user="juan"]');
    await juan.waitForSelector('.rooms li[data-room="plans"][data-kind="private"]');
    await waitForText(juan, "the secret plan");
    expect(await juan.isHidden(".room-refused")).toBe(true);
    await juan.context().close();
    // An unknown name is refused in the panel, with the server's reason.
    await mimi.fill("#invite-name", "nobody-here");
    await mimi.click(".invite-form button[type=submit]");
    await mimi.waitForFunction(
      () => (document.querySelector("dialog.members .dialog-error")?.textContent ?? "") !== "",
    );

    // Pepe is removed while looking at the room: it goes from his page with a notice, at once.
    await recordNotices(pepe);
    await mimi.click('dialog.members .member-list li[data-user="pepe"] .remove-member');
    await mimi.waitForFunction(() => !document.querySelector('dialog.members .member-list li[data-user="pepe"]'));
    expect(await waitForNotice(pepe, "removed you")).toContain("mimi removed you from plans");
    await pepe.waitForFunction(() => !document.querySelector('.rooms li[data-room="plans"]'));
    await pepe.waitForFunction(() => location.pathname !== "/chat/plans");

    // And opening it again is refused: the server no longer counts him in.
    await pepe.goto(`${e2e.stack.base}/chat/plans`);
    await pepe.waitForFunction(() => !document.querySelector<HTMLElement>(".room-refused")?.hidden);
    expect(await texts(pepe)).toEqual([]);
    for (const page of [mimi, pepe]) await page.context().close();
  });

  test("leaving a private room from the members panel takes it off the list, on reload too", async () => {
    const juan = await logIn("juan", "plans");
    await waitForText(juan, "the secret plan");
    await juan.click(".show-members");
    await juan.click("dialog.members .leave-room");
    await juan.waitForFunction(() => !document.querySelector('.rooms li[data-room="plans"]'));
    await juan.reload();
    await juan.waitForSelector(".connection[data-state=live]");
    await juan.waitForSelector('.rooms li[data-room="general"]');
    expect(await juan.$$eval('.rooms li[data-room="plans"]', (items) => items.length)).toBe(0);
    await juan.context().close();
  });
});
