/**
 * Issue 16, "an outbox people can see", in Chromium against the real stack: a message still pending when the
 * page reloads is sent once afterwards (same clientId), and text over the server's limit is refused with a
 * notice and kept whole in the box (never cut by a maxlength).
 */
import { describe, expect, test } from "bun:test";
import type { Page } from "playwright-core";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";

const e2e = useBrowserStack();

async function storedTexts(room: string): Promise<string[]> {
  const { token } = await e2e.stack.server.client.auth.authenticateUser({ username: "mimi", password: "pass" });
  const stored = await e2e.stack.server.client.chat.getHistory({ room, limit: 100 }, { token });
  return stored.notes.map((n) => n.message ?? "");
}

async function typeAndSend(page: Page, text: string): Promise<void> {
  await page.fill("#message", text);
  await page.press("#message", "Enter");
}

describe.skipIf(!hasChromium)("the outbox, in Chromium", () => {
  test("a message pending when the page reloads is stored once and shown once after the reload", async () => {
    const page = await logInPage(e2e.browser, e2e.stack.base, "mimi", { room: "outbox-reload" });
    // The page's socket goes through Playwright, which holds back every `send` while `holdSends` is set: the
    // message stays pending (the web tier never saw it), as it would on a network that went away mid-send.
    let holdSends = true;
    await page.routeWebSocket(/\/ws$/, (socket) => {
      const server = socket.connectToServer();
      socket.onMessage((data) => {
        if (holdSends && String(data).includes('"type":"send"')) return;
        server.send(data);
      });
    });
    await page.reload();
    await page.waitForSelector(".connection[data-state=live]");
    await typeAndSend(page, "kept across a reload");
    await page.waitForSelector(".message.pending");
    const before = await page.$$eval(".message-list .message", (n) => n.map((x) => x.textContent));
    console.log(`outbox reload: before the reload the page shows ${JSON.stringify(before)}`);

    holdSends = false;
    await page.reload();
    await page.waitForSelector(".connection[data-state=live]");
    // Main lost the message on reload: poll the store for a while rather than wait for a selector forever.
    let stored: string[] = [];
    for (let i = 0; i < 40 && stored.length === 0; i++) {
      stored = await storedTexts("outbox-reload");
      if (stored.length === 0) await Bun.sleep(250);
    }
    await Bun.sleep(1_000); // a second copy, if the page sent it twice, would land meanwhile
    stored = await storedTexts("outbox-reload");
    const shown = await page.$$eval(".message-list .message", (n) =>
      n.map((x) => `${x.querySelector(".text")?.textContent} [${(x as HTMLElement).dataset.status}]`),
    );
    console.log(
      `outbox reload: after, the page shows ${JSON.stringify(shown)}; the store holds ${JSON.stringify(stored)}`,
    );
    expect(stored).toEqual(["kept across a reload"]);
    await page.waitForFunction(
      () =>
        document.querySelectorAll(".message-list .message:not(.pending)").length === 1 &&
        document.querySelectorAll(".message-list .message.pending").length === 0,
    );
    // Nothing left in the tab's outbox to send a third time.
    expect(await page.evaluate(() => sessionStorage.getItem("tertulia:mimi:outbox"))).toBeNull();
    await page.context().close();
  });

  test("text over the server's limit is refused with a notice and kept whole in the box", async () => {
    const page = await logInPage(e2e.browser, e2e.stack.base, "mimi", { room: "outbox-limit" });
    const max = Number(await page.getAttribute(".app", "data-max-chars"));
    const long = "x".repeat(max + 25);
    await typeAndSend(page, long);
    await page.waitForFunction(() => /limit/.test(document.querySelector(".typing")?.textContent ?? ""));
    const notice = await page.textContent(".typing");
    const kept = await page.inputValue("#message");
    const stored = await storedTexts("outbox-limit");
    console.log(
      `outbox limit: notice ${JSON.stringify(notice)}; box keeps ${kept.length} of ${long.length}; store ${stored.length}`,
    );
    expect(kept).toBe(long);
    expect(stored).toEqual([]);
    expect(await page.$$(".message-list .message")).toHaveLength(0);
    await page.context().close();
  });
});
