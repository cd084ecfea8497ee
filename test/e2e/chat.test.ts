import { beforeAll, describe, expect, test } from "bun:test";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { CLOSE_CODES } from "@tertulia/protocol/browser";
import type { Page } from "playwright-core";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";

const SCREENSHOTS = resolve(import.meta.dir, "../../test-output/screenshots");

const e2e = useBrowserStack();
beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
});

function logIn(username: string, options: { width?: number; room?: string } = {}): Promise<Page> {
  return logInPage(e2e.browser, e2e.stack.base, username, options);
}

async function say(page: Page, text: string) {
  await page.fill("#message", text);
  await page.press("#message", "Enter");
}

const texts = (page: Page) =>
  page.$$eval(".message-list .message:not(.pending) .text", (nodes) => nodes.map((n) => n.textContent));

describe.skipIf(!hasChromium)("the chat page in Chromium", () => {
  test("a wrong password shows the inline error", async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.stack.base}/login`);
    await page.screenshot({ path: `${SCREENSHOTS}/login.png` });
    await page.fill("#username", "mimi");
    await page.fill("#password", "wrong");
    await page.click("button[type=submit]");
    expect(await page.textContent(".error")).toBe("Wrong username or password.");
    await page.screenshot({ path: `${SCREENSHOTS}/login-error.png` });
    await page.close();
  });

  test("two people join a room, see each other online and exchange messages once each", async () => {
    const mimi = await logIn("mimi", { room: "e2e" });
    const pepe = await logIn("pepe", { room: "e2e" });
    await mimi.waitForFunction(() =>
      [...document.querySelectorAll(".online li")].some((li) => li.textContent === "pepe"),
    );
    await pepe.waitForFunction(() =>
      [...document.querySelectorAll(".online li")].some((li) => li.textContent?.startsWith("mimi")),
    );
    await say(mimi, "hola, pepe");
    await say(pepe, "hola, mimi\nsegunda línea");
    for (const page of [mimi, pepe]) {
      await page.waitForFunction(() => document.querySelectorAll(".message-list .message:not(.pending)").length === 2);
      expect(await texts(page)).toEqual(["hola, pepe", "hola, mimi\nsegunda línea"]);
    }
    expect(await mimi.$$eval(".message.own .text", (n) => n.map((x) => x.textContent))).toEqual(["hola, pepe"]);
    expect(await mimi.isVisible(".load-older")).toBe(false);
    await mimi.screenshot({ path: `${SCREENSHOTS}/chat.png` });

    // Markup is shown as text, never run.
    await say(pepe, "<img src=x onerror=alert(1)>");
    await mimi.waitForFunction(() => document.querySelectorAll(".message-list .message:not(.pending)").length === 3);
    expect((await texts(mimi)).at(-1)).toBe("<img src=x onerror=alert(1)>");
    expect(await mimi.$$eval(".message-list img", (n) => n.length)).toBe(0);

    // A reload shows the history, nothing twice.
    await mimi.reload();
    await mimi.waitForSelector(".connection[data-state=live]");
    await mimi.waitForFunction(() => document.querySelectorAll(".message-list .message").length >= 3);
    expect(await texts(mimi)).toEqual(["hola, pepe", "hola, mimi\nsegunda línea", "<img src=x onerror=alert(1)>"]);
    await say(pepe, "after reload");
    await mimi.waitForFunction(() => document.querySelectorAll(".message-list .message").length === 4);
    expect((await texts(mimi)).filter((t) => t === "after reload")).toHaveLength(1);
    await mimi.context().close();
    await pepe.context().close();
  });

  test("a room joined by name goes in the URL; unread counts show for other rooms", async () => {
    const juan = await logIn("juan", { room: "general" });
    await juan.fill("#room-name", "side-room");
    await juan.click(".join-room button");
    await juan.waitForURL(/\/chat\/side-room$/);
    await juan.waitForFunction(() => document.querySelector(".room-title")?.textContent === "# side-room");
    const admin = await logIn("admin", { room: "general" });
    await say(admin, "ping general");
    await juan.waitForFunction(() => document.querySelector(".rooms .unread")?.textContent === "1");
    await juan.context().close();
    await admin.context().close();
  });

  test("when the session is gone, the page goes back to the login form with a message", async () => {
    const page = await logIn("pepe", { room: "general" });
    await page.context().clearCookies();
    // Ending the session's sockets (as a logout elsewhere would) makes the page reconnect without a cookie.
    e2e.stack.web.rooms.closeAll(CLOSE_CODES.goingAway, "server going away");
    // The page names the room to come back to after logging in again (issue 16).
    await page.waitForURL(/\/login\?notice=expired&next=%2Fchat%2Fgeneral$/);
    expect(await page.textContent(".notice")).toBe("Your session expired. Log in again.");
    await page.context().close();
  });

  test("logging out in one tab takes the session's other tab to the login form, told it logged out", async () => {
    const first = await logIn("juan", { room: "general" });
    const second = await first.context().newPage();
    await second.goto(`${e2e.stack.base}/chat/general`);
    await second.waitForSelector(".connection[data-state=live]");
    await second.click(".logout button[type=submit]");
    // Its own socket closes too, so it may get there by either way.
    await second.waitForURL(/\/login\?notice=bye(&|$)/);
    // The other tab hears it from its socket's close (code and reason, page/connection.ts), not as an expiry.
    await first.waitForURL(/\/login\?notice=bye&next=%2Fchat%2Fgeneral$/);
    expect(await first.textContent(".notice")).toBe("You have logged out on every device.");
    await first.context().close();
  });

  test("at 375 px wide the page still works: the room list folds away and messages send", async () => {
    const page = await logIn("mimi", { width: 375, room: "phone" });
    expect(await page.isVisible(".menu")).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await say(page, "from a phone");
    await page.waitForFunction(() => document.querySelectorAll(".message-list .message:not(.pending)").length === 1);
    await page.screenshot({ path: `${SCREENSHOTS}/chat-375.png` });
    await page.click(".menu");
    await page.waitForFunction(() => getComputedStyle(document.querySelector(".sidebar")!).transform === "none");
    expect(await page.isVisible("#room-name")).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/chat-375-rooms.png` });
    await page.context().close();
  });
});
