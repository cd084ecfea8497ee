/**
 * Mentions and notifications (issue 17), in Chromium against the real stack: `@name` counts as a mention in
 * a stronger badge; opted-in desktop notifications come for mentions and direct messages only, only while
 * the tab is hidden; on a phone the unread count shows on the drawer button with the drawer closed.
 */
import { describe, expect, test } from "bun:test";
import type { BrowserContext, Page } from "playwright-core";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";
import { badges, emulateVisibility, openFromSidebar, say, setVisible, waitForText } from "../support/room-pages.ts";

const e2e = useBrowserStack();

interface Shown {
  readonly title: string;
  readonly body: string;
}

/**
 * Notifications allowed for the page's origin (as a person's click on "Allow" would), and every
 * notification the page makes recorded in the page; the browser's own Notification still makes each one.
 */
async function recordNotifications(context: BrowserContext): Promise<void> {
  await context.grantPermissions(["notifications"], { origin: e2e.stack.base });
  await emulateVisibility(context);
  await context.addInitScript(() => {
    const Real = window.Notification;
    const shown: { title: string; body: string }[] = [];
    (window as unknown as { __notified: typeof shown }).__notified = shown;
    class Recording extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push({ title, body: options?.body ?? "" });
      }
      static override get permission(): NotificationPermission {
        return Real.permission;
      }
      static override requestPermission = () => Real.requestPermission();
    }
    window.Notification = Recording;
  });
}

const notified = (page: Page) => page.evaluate(() => (window as unknown as { __notified: Shown[] }).__notified);

describe.skipIf(!hasChromium)("mentions and notifications in Chromium", () => {
  test("a mention counts in its own badge beside the unread count", async () => {
    const pepe = await logInPage(e2e.browser, e2e.stack.base, "pepe", { room: "mentions" });
    await openFromSidebar(pepe, "general");
    const mimi = await logInPage(e2e.browser, e2e.stack.base, "mimi", { room: "mentions" });
    await say(mimi, "hello all");
    await say(mimi, "@pepe look at this");
    await say(mimi, "@pepe. and this, @juan");
    await pepe.waitForFunction(
      () => document.querySelector('.rooms li[data-room="mentions"] .unread')?.textContent === "3",
    );
    expect(await badges(pepe, "mentions")).toEqual({ unread: "3", mentions: "@2" });
    expect(await pepe.getAttribute('.rooms li[data-room="mentions"] .mentions', "aria-label")).toBe("2 mentioning you");
    // Reading the room clears both.
    await openFromSidebar(pepe, "mentions");
    await pepe.waitForFunction(() => !document.querySelector('.rooms li[data-room="mentions"] .unread'));
    expect(await badges(pepe, "mentions")).toEqual({ unread: "", mentions: "" });
    await pepe.context().close();
    await mimi.context().close();
  });

  test("opted-in notifications: mentions and direct messages, only while the tab is hidden", async () => {
    const pepe = await logInPage(e2e.browser, e2e.stack.base, "pepe", { room: "alerts", setup: recordNotifications });
    expect(await pepe.textContent(".enable-notifications")).toBe("Turn on notifications");
    await pepe.click(".enable-notifications");
    await pepe.waitForFunction(
      () => document.querySelector(".enable-notifications")?.textContent === "Turn off notifications",
    );

    const mimi = await logInPage(e2e.browser, e2e.stack.base, "mimi", { room: "alerts" });
    // Visible: the page shows it, no notification.
    await say(mimi, "@pepe while you look");
    await waitForText(pepe, "@pepe while you look");

    await setVisible(pepe, false);
    await say(mimi, "nothing for pepe here");
    await say(mimi, "@pepe while you are away");
    await pepe.waitForFunction(() => (window as unknown as { __notified: unknown[] }).__notified.length >= 1);
    expect(await notified(pepe)).toEqual([
      { title: "mimi mentioned you in # alerts", body: "@pepe while you are away" },
    ]);

    // A direct message notifies without a mention.
    await mimi.click(".open-direct");
    await mimi.fill("#direct-peer", "pepe");
    await mimi.click(".direct-form button[type=submit]");
    await mimi.waitForURL(/\/chat\/dm-/);
    await say(mimi, "psst");
    // Pepe's page learns of the new direct room from its room list, then receives the message live.
    await setVisible(pepe, true);
    await pepe.waitForSelector('.rooms li[data-kind="direct"]');
    await setVisible(pepe, false);
    await say(mimi, "psst again");
    await pepe.waitForFunction(() => (window as unknown as { __notified: unknown[] }).__notified.length >= 2);
    expect((await notified(pepe))[1]).toEqual({ title: "mimi", body: "psst again" });
    await pepe.context().close();
    await mimi.context().close();
  });

  test("on a phone the drawer button shows the unread count while the drawer is closed", async () => {
    const juan = await logInPage(e2e.browser, e2e.stack.base, "juan", { room: "phone-news", width: 390 });
    await juan.click(".menu");
    await openFromSidebar(juan, "general");
    expect(await juan.isHidden(".menu .menu-badge")).toBe(true);
    const admin = await logInPage(e2e.browser, e2e.stack.base, "admin", { room: "phone-news" });
    await say(admin, "news for your phone");
    await juan.waitForFunction(() => document.querySelector(".menu .menu-badge")?.textContent === "1");
    expect(await juan.isVisible(".menu .menu-badge")).toBe(true);
    expect(await juan.getAttribute(".menu", "aria-label")).toBe("Rooms, 1 unread");
    expect(await juan.title()).toBe("(1) #general · Tertulia");
    await juan.context().close();
    await admin.context().close();
  });
});
