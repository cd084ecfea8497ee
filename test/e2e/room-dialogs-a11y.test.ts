/**
 * Accessibility of issue 17's page parts in Chromium against the real stack: axe-core (test/support/axe.ts)
 * finds no serious or critical violation, contrast included, with the directory, the new-room dialog (with
 * its name explained) and the members panel open, and the sidebar's badges showing; light and dark.
 */
import { describe, expect, test } from "bun:test";
import type { Page } from "playwright-core";
import { type AxeSummary, describeAxe, runAxe } from "../support/axe.ts";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";
import { say, waitForText } from "../support/room-pages.ts";

const e2e = useBrowserStack();

function expectClean(label: string, summary: AxeSummary): void {
  console.log(describeAxe(label, summary));
  expect({ label, critical: summary.byImpact.critical, serious: summary.byImpact.serious }).toEqual({
    label,
    critical: [],
    serious: [],
  });
}

describe.skipIf(!hasChromium)("accessibility of rooms, directory and members", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`directory, new room, members panel and badges: no serious or critical axe violations (${colorScheme})`, async () => {
      const room = `a11y-${colorScheme}`;
      const mimi = await logInPage(e2e.browser, e2e.stack.base, "mimi", { room });
      const pepe: Page = await logInPage(e2e.browser, e2e.stack.base, "pepe", { room, colorScheme });
      await pepe.click(`.rooms li[data-room="general"] a`);
      await say(mimi, "@pepe a mention for the badge");
      await pepe.waitForSelector(`.rooms li[data-room="${room}"] .mentions`);
      expectClean(`${colorScheme} sidebar with badges`, await runAxe(pepe));

      // The join form explaining a bad name under the field.
      await pepe.fill("#room-name", "not a valid name!");
      await pepe.waitForSelector("#room-name-hint .use-suggestion");
      expectClean(`${colorScheme} join form, name explained`, await runAxe(pepe));
      await pepe.fill("#room-name", "");

      await pepe.click(".open-directory");
      await pepe.waitForSelector(`.directory-list li[data-room="${room}"]`);
      expectClean(`${colorScheme} directory`, await runAxe(pepe));
      await pepe.keyboard.press("Escape");

      await pepe.click(".open-new-room");
      await pepe.fill("#new-room-name", "Team Chat!");
      await pepe.waitForSelector("#new-room-hint .use-suggestion");
      expectClean(`${colorScheme} new room, name explained`, await runAxe(pepe));
      await pepe.keyboard.press("Escape");

      await pepe.click(`.rooms li[data-room="${room}"] a`);
      await waitForText(pepe, "@pepe a mention");
      await pepe.click(".show-members");
      await pepe.waitForSelector('dialog.members .member-list li[data-user="mimi"]');
      expectClean(`${colorScheme} members`, await runAxe(pepe));
      await mimi.context().close();
      await pepe.context().close();
    });
  }
});
