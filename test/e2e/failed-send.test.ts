/**
 * Issue 16, "failed with the reason and a retry", in Chromium against the real stack: a message the chat
 * server refuses (here: more stacked combining marks than it accepts, a real refusal, not a faked frame) is
 * shown as failed with the server's reason and a Retry button, is never stored, and Retry sends it again with
 * the same clientId.
 */
import { describe, expect, test } from "bun:test";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";

const e2e = useBrowserStack();

describe.skipIf(!hasChromium)("a refused send, in Chromium", () => {
  test("shows failed with the server's reason and a Retry that sends it again, same clientId; nothing stored", async () => {
    const page = await logInPage(e2e.browser, e2e.stack.base, "mimi", { room: "refused" });
    // Count what the page really sends (Playwright sits between the real browser and the real web tier).
    const sends: { clientId: string; text: string }[] = [];
    await page.routeWebSocket(/\/ws$/, (socket) => {
      const server = socket.connectToServer();
      socket.onMessage((data) => {
        const frame = JSON.parse(String(data)) as { type: string; clientId?: string; text?: string };
        if (frame.type === "send") sends.push({ clientId: frame.clientId ?? "", text: frame.text ?? "" });
        server.send(data);
      });
    });
    await page.reload();
    await page.waitForSelector(".connection[data-state=live]");

    const zalgo = `z${"\u0301".repeat(12)}`;
    await page.fill("#message", zalgo);
    await page.press("#message", "Enter");
    const status = await page.waitForSelector(".message-list .message .status:has(button.retry)", { timeout: 30_000 });
    const shown = await status.textContent();
    console.log(`refused send: the page shows ${JSON.stringify(shown)}`);
    expect(shown).toContain("failed:");
    expect(shown).toContain("combining marks");
    expect(sends.length).toBe(1);

    await page.click("button.retry");
    await page.waitForSelector(".message-list .message .status:has(button.retry)", { timeout: 30_000 });
    const deadline = Date.now() + 10_000;
    while (sends.length < 2 && Date.now() < deadline) await Bun.sleep(50);
    expect(sends.length).toBe(2);
    expect(sends[1]!.clientId).toBe(sends[0]!.clientId);
    expect(sends[1]!.text).toBe(zalgo);

    const { token } = await e2e.stack.server.client.auth.authenticateUser({ username: "mimi", password: "pass" });
    const stored = await e2e.stack.server.client.chat.getHistory({ room: "refused", limit: 10 }, { token });
    expect(stored.notes.map((n) => n.message)).toEqual([]);
    expect(await page.$$eval(".message-list .message", (items) => items.length)).toBe(1);
    await page.close();
  });
});
