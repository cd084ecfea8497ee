/**
 * The usual start of a browser test file: the whole stack and one Chromium, started before the file's tests
 * and stopped after them; nothing at all where Chromium is absent (the file's suite skips then).
 */
import { afterAll, beforeAll } from "bun:test";
import type { Browser } from "playwright-core";
import { hasChromium, launchBrowser } from "./browser.ts";
import { type Stack, type StackOptions, startStack } from "./stack.ts";

/** Filled in by the file's first `beforeAll`: read it inside tests and later hooks, never at module level. */
export interface BrowserStack {
  readonly stack: Stack;
  readonly browser: Browser;
}

export function useBrowserStack(options: StackOptions = {}): BrowserStack {
  const started = {} as { stack: Stack; browser: Browser };
  beforeAll(async () => {
    if (!hasChromium) return;
    started.stack = await startStack(options);
    started.browser = await launchBrowser();
  });
  afterAll(async () => {
    if (!hasChromium) return;
    await started.browser?.close();
    await started.stack?.stop();
  });
  return started;
}
