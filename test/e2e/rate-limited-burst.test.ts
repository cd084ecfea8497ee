/**
 * Issue 15, finding 10: a burst typed faster than the web tier's per-socket rate. The web tier drops the
 * frames past its bucket (and says so, at most once a second); the page must send what is still pending
 * again once there is room, so every message is stored exactly once and none stays "sending…".
 */
import { describe, expect, test } from "bun:test";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";

const BURST = 5;
const TYPED = 16;

const e2e = useBrowserStack({ web: { ratePerSecond: BURST, rateBurst: BURST } });

describe.skipIf(!hasChromium)("a burst past the socket's rate limit, in Chromium", () => {
  test("every message typed is stored once and shown once; none is left sending", async () => {
    const page = await logInPage(e2e.browser, e2e.stack.base, "mimi", { room: "burst" });
    // Typed in one go, far past the bucket: the web tier drops all but the first few.
    await page.evaluate((count) => {
      const input = document.querySelector<HTMLTextAreaElement>("#message")!;
      for (let i = 1; i <= count; i++) {
        input.value = `burst ${i}`;
        input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
      }
    }, TYPED);

    // The sends the web tier dropped say why while they wait to go again (issue 16: never a silent "sending…").
    const waiting = await page.waitForSelector(".message.pending[data-status=waiting] .status", { timeout: 30_000 });
    console.log(`burst: a held-back send shows ${JSON.stringify(await waiting.textContent())}`);

    await page.waitForFunction(
      (count) =>
        document.querySelectorAll(".message-list .message:not(.pending)").length === count &&
        document.querySelectorAll(".message-list .message.pending").length === 0,
      TYPED,
      { timeout: 60_000 },
    );
    const shown = await page.$$eval(".message-list .message .text", (n) => n.map((x) => x.textContent));
    expect([...shown].sort()).toEqual(Array.from({ length: TYPED }, (_, i) => `burst ${i + 1}`).sort());

    const { token } = await e2e.stack.server.client.auth.authenticateUser({ username: "mimi", password: "pass" });
    const stored = await e2e.stack.server.client.chat.getHistory({ room: "burst", limit: 100 }, { token });
    expect(stored.notes.map((n) => n.message).sort()).toEqual([...shown].sort());
    console.log(`burst: stored in the order ${JSON.stringify(stored.notes.map((n) => n.message))}`);
    // In the order typed (issue 16): a dropped send never lets a later one overtake it.
    expect(stored.notes.map((n) => n.message)).toEqual(Array.from({ length: TYPED }, (_, i) => `burst ${i + 1}`));
    await page.context().close();
  });
});
