/**
 * What every screenshot script does around its own scenes: start the real stack (chat server on a temporary
 * SQLite file, web tier, free ports) and Debian's Chromium as the browser tests do, seed it once, run a scene
 * per size (1280×800, 390×844) and colour scheme, and save each picture into docs/screenshots/.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchBrowser } from "../../test/support/browser.ts";
import { type Stack, startStack } from "../../test/support/stack.ts";

const OUT = resolve(import.meta.dir, "../../docs/screenshots");
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const SCHEMES = ["light", "dark"] as const;

export type Size = keyof typeof SIZES;
export type Scheme = (typeof SCHEMES)[number];

/** One size and scheme of a run: where the stack is, and a page opened at that size and scheme. */
export interface Shot {
  readonly stack: Stack;
  readonly size: Size;
  readonly scheme: Scheme;
  /** A new browser context at this shot's size and scheme, on `path` of the web tier. */
  open(path: string): Promise<Page>;
}

/** Saves what `page` shows as docs/screenshots/<name>.png. */
export async function shoot(page: Page, name: string): Promise<void> {
  // Let fonts and the last frame settle: a screenshot is a picture, not a test.
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`docs/screenshots/${name}.png`);
}

export async function photograph(
  seed: (stack: Stack) => Promise<void>,
  scene: (shot: Shot) => Promise<void>,
): Promise<void> {
  if (!hasChromium) throw new Error("no Chromium: apt-get install chromium (or set CHROMIUM_PATH)");
  mkdirSync(OUT, { recursive: true });
  const stack = await startStack();
  const browser = await launchBrowser();
  try {
    await seed(stack);
    for (const size of Object.keys(SIZES) as Size[]) {
      for (const scheme of SCHEMES) {
        await scene({ stack, size, scheme, open: (path) => openPage(browser, stack, size, scheme, path) });
      }
    }
  } finally {
    await browser.close();
    await stack.stop();
  }
}

async function openPage(browser: Browser, stack: Stack, size: Size, scheme: Scheme, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: SIZES[size], colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${stack.base}${path}`);
  return page;
}
