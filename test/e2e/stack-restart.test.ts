/**
 * Issue 16, finding 1, in Chromium: the whole stack (chat server and web tier) restarts mid-conversation on
 * the same addresses and store, with a message typed while it was down. Both pages stay logged in, the
 * pending message is stored once after the reconnect and shown once on both pages.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestServer } from "@tertulia/testing/test-server";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchBrowser, logInPage } from "../support/browser.ts";
import { startStack, startTestWebTier } from "../support/stack.ts";

const ROOM = "restart-all";
const TEXT = "typed while everything was down";

let browser: Browser;

beforeAll(async () => {
  if (hasChromium) browser = await launchBrowser();
});
afterAll(async () => {
  if (hasChromium) await browser.close();
});

async function freePort(): Promise<number> {
  const probe = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data() {} } });
  const port = probe.port;
  probe.stop(true);
  return port;
}

const shownOnce = (text: string) =>
  [...document.querySelectorAll(".message-list .message:not(.pending) .text")].filter((n) => n.textContent === text)
    .length === 1 && document.querySelectorAll(".message-list .message.pending").length === 0;

describe.skipIf(!hasChromium)("the whole stack restarts, in Chromium", () => {
  test("a message typed while it was down is stored once and shown once on both pages", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tertulia-restart-e2e-"));
    const databasePath = join(dir, "chat.db");
    const grpcPort = await freePort();
    const stack = await startStack({ databasePath, grpcPort });
    const webPort = Number(new URL(stack.base).port);
    let server: Awaited<ReturnType<typeof startTestServer>> | null = null;
    let web: Awaited<ReturnType<typeof startTestWebTier>> | null = null;
    try {
      const mimi: Page = await logInPage(browser, stack.base, "mimi", { room: ROOM });
      const pepe: Page = await logInPage(browser, stack.base, "pepe", { room: ROOM });

      await stack.web.stop();
      await stack.server.stop({ keepData: true });
      await mimi.waitForSelector(".connection:not([data-state=live])");
      await mimi.fill("#message", TEXT);
      await mimi.press("#message", "Enter");
      const down = await mimi.$$eval(".message-list .message", (n) =>
        n.map((x) => `${x.querySelector(".text")?.textContent} [${(x as HTMLElement).dataset.status}]`),
      );
      console.log(
        `restart: while down mimi's page shows ${JSON.stringify(down)}, banner ${JSON.stringify(await mimi.textContent(".connection"))}`,
      );

      server = await startTestServer({ databasePath, env: { PORT: String(grpcPort) } });
      web = await startTestWebTier(server.address, { port: webPort });

      for (const page of [mimi, pepe]) {
        await page.waitForFunction(shownOnce, TEXT, { timeout: 30_000 }).catch(() => undefined);
      }
      await Bun.sleep(1_000); // a double, if there were one, would land meanwhile
      const { token } = await server.client.auth.authenticateUser({ username: "mimi", password: "pass" });
      const history = await server.client.chat.getHistory({ room: ROOM, limit: 100 }, { token });
      const stored = history.notes.filter((n) => n.message === TEXT).length;
      const shown = await Promise.all(
        [mimi, pepe].map(async (page) => ({
          path: new URL(page.url()).pathname,
          copies: await page
            .$$eval(".message-list .message .text", (n, t) => n.filter((x) => x.textContent === t).length, TEXT)
            .catch(() => -1),
        })),
      );
      console.log(`restart: after, the store holds ${stored}; the pages show ${JSON.stringify(shown)}`);
      expect(stored).toBe(1);
      expect(shown).toEqual([
        { path: `/chat/${ROOM}`, copies: 1 },
        { path: `/chat/${ROOM}`, copies: 1 },
      ]);
      await mimi.context().close();
      await pepe.context().close();
    } finally {
      await web?.stop();
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
