/**
 * Issue 16, "sessions that outlive expiry", in Chromium against the real stack with 20 s tokens: an open page
 * renews its session before it expires, so a message typed after the first token's expiry is stored once;
 * and when the session is gone anyway (revoked), the message typed is kept and stored once after the person
 * logs in again in the same tab.
 */
import { describe, expect, test } from "bun:test";
import type { Page } from "playwright-core";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";

const TOKEN_TTL_S = 20;

const e2e = useBrowserStack({ serverEnv: { JWT_TTL: `${TOKEN_TTL_S}s` } });

async function stored(room: string, text: string): Promise<number> {
  const { token } = await e2e.stack.server.client.auth.authenticateUser({ username: "juan", password: "pass" });
  const history = await e2e.stack.server.client.chat.getHistory({ room, limit: 100 }, { token });
  return history.notes.filter((n) => n.message === text).length;
}

/** Polls the store until the text is there (or 20 s passed), then a second for a double to land. */
async function storedEventually(room: string, text: string): Promise<number> {
  for (let i = 0; i < 80 && (await stored(room, text)) === 0; i++) await Bun.sleep(250);
  await Bun.sleep(1_000);
  return stored(room, text);
}

async function say(page: Page, text: string): Promise<void> {
  await page.fill("#message", text);
  await page.press("#message", "Enter");
}

describe.skipIf(!hasChromium)("sessions that outlive token expiry, in Chromium", () => {
  test("a page left open past its token's expiry renews it: the next message is stored once", async () => {
    const page = await logInPage(e2e.browser, e2e.stack.base, "mimi", { room: "renewal" });
    await Bun.sleep((TOKEN_TTL_S + 8) * 1_000);
    await say(page, "typed after the first token expired");
    const count = await storedEventually("renewal", "typed after the first token expired");
    const where = new URL(page.url()).pathname;
    const shown = await page
      .$$eval(".message-list .message .text", (n) => n.map((x) => x.textContent))
      .catch(() => [] as string[]);
    console.log(`renewal: page at ${where} shows ${JSON.stringify(shown)}; the store holds ${count}`);
    expect(where).toBe("/chat/renewal");
    expect(count).toBe(1);
    await page.waitForFunction(() => document.querySelectorAll(".message-list .message.pending").length === 0);
    await page.context().close();
  });

  test("a session ended anyway keeps the message typed and stores it once after logging in again", async () => {
    const page = await logInPage(e2e.browser, e2e.stack.base, "pepe", { room: "relogin" });
    // The message is typed while its send is held back (Playwright sits between page and web tier), so it is
    // still pending when the session ends: the case where a person loses what they typed.
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
    await say(page, "typed as the session ended");
    await page.waitForSelector(".message.pending");
    // Logged out everywhere behind the page's back (another device): the page's token stops working.
    const { token } = await e2e.stack.server.client.auth.authenticateUser({ username: "pepe", password: "pass" });
    await e2e.stack.server.client.auth.revokeTokens({}, { token });
    holdSends = false;
    await Bun.sleep(1_100); // a login in the same second as the revocation could count as revoked
    // The page learns it at its next call with the token (a resend, presence, the renewal).
    await page.waitForURL(/\/login/, { timeout: 15_000 });
    console.log(`relogin: the page went to ${new URL(page.url()).pathname}${new URL(page.url()).search}`);
    await page.fill("#username", "pepe");
    await page.fill("#password", "pass");
    await page.click("button[type=submit]");
    await page.waitForSelector(".connection[data-state=live]");
    const count = await storedEventually("relogin", "typed as the session ended");
    const shown = await page.$$eval(".message-list .message .text", (n) => n.map((x) => x.textContent));
    console.log(
      `relogin: after logging in again the page (${new URL(page.url()).pathname}) shows ${JSON.stringify(shown)}; the store holds ${count}`,
    );
    expect(count).toBe(1);
    await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll(".message-list .message:not(.pending) .text")].filter(
          (n) => n.textContent === text,
        ).length === 1,
      "typed as the session ended",
    );
    await page.context().close();
  });
});
