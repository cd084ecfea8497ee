/**
 * Debian's Chromium through playwright-core (never `playwright install`: it downloads a browser). Tests
 * that need it skip with one plain line when the binary is absent.
 */
import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium) console.warn(`e2e: browser tests skip: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A person logging in through the form, in a context of their own, then waiting for the page to say it is
 * live. A dialog the page opens fails the test.
 */
export async function logInPage(
  browser: Browser,
  base: string,
  username: string,
  options: {
    width?: number;
    height?: number;
    room?: string;
    colorScheme?: "light" | "dark";
    /** Runs on the new context before the page opens (init scripts, permissions). */
    setup?: (context: BrowserContext) => Promise<void>;
  } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1100, height: options.height ?? 760 },
    colorScheme: options.colorScheme ?? "light",
  });
  await options.setup?.(context);
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(`${base}/chat/${options.room ?? "general"}`);
  await page.fill("#username", username);
  await page.fill("#password", "pass");
  await page.click("button[type=submit]");
  await page.waitForSelector(".connection[data-state=live]");
  return page;
}
