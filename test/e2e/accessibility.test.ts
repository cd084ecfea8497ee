/**
 * Accessibility of the login and chat pages in Chromium against the real stack: axe-core finds no serious
 * or critical violation in the light and the dark theme (colour contrast of buttons, badges and the typing
 * line included, checked by axe rather than by eye), the composer has focus on load, Alt+↑/↓ moves between
 * rooms, Escape and the backdrop close the phone drawer, and the message list is a polite live region that
 * announces arrivals, not redraws.
 */
import { beforeAll, describe, expect, test } from "bun:test";
import { DEFAULT_MAX_MESSAGE_CHARS } from "@tertulia/protocol";
import type { Page } from "playwright-core";
import { type AxeSummary, describeAxe, runAxe } from "../support/axe.ts";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";
import { seedRoom } from "../support/seed-room.ts";

const e2e = useBrowserStack();
beforeAll(async () => {
  if (!hasChromium) return;
  await seedRoom(e2e.stack.server.store, "a11y", 80);
});

function expectNoSeriousViolations(label: string, summary: AxeSummary) {
  console.log(describeAxe(label, summary));
  expect({ label, critical: summary.byImpact.critical, serious: summary.byImpact.serious }).toEqual({
    label,
    critical: [],
    serious: [],
  });
}

async function say(page: Page, text: string) {
  await page.fill("#message", text);
  await page.press("#message", "Enter");
}

describe.skipIf(!hasChromium)("accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`the login page has no serious or critical axe violations (${colorScheme})`, async () => {
      const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${e2e.stack.base}/login`);
      // The inline error is part of the page people see: check its contrast too.
      await page.fill("#username", "mimi");
      await page.fill("#password", "wrong");
      await page.click("button[type=submit]");
      await page.waitForSelector(".error");
      const summary = await runAxe(page);
      expectNoSeriousViolations(`login ${colorScheme}`, summary);
      expect(summary.contrastPassed).toContainEqual(expect.stringContaining("button"));
      expect(summary.contrastPassed).toContainEqual(expect.stringContaining("#login-error"));
      await context.close();
    });

    test(`the chat page has no serious or critical axe violations, contrast included (${colorScheme})`, async () => {
      const mimi = await logInPage(e2e.browser, e2e.stack.base, "mimi", {
        room: "a11y",
        width: 1280,
        height: 800,
        colorScheme,
      });
      const pepe = await logInPage(e2e.browser, e2e.stack.base, "pepe", { room: "a11y" });
      // Everything with colour on screen at once: an unread badge, a mention, a link, one's own message,
      // the typing line, the jump-to-newest button, the live badge.
      await mimi.fill("#room-name", "a11y-other");
      await mimi.press("#room-name", "Enter");
      await mimi.waitForSelector(".room-title:text('# a11y-other')");
      await say(pepe, "@mimi see https://example.org when you can");
      await mimi.waitForSelector(".rooms .unread");
      await mimi.click(".rooms a[href='/chat/a11y']");
      await say(mimi, "on it");
      // Then news in the other room, for its unread badge.
      const token = await e2e.stack.server.login("pepe");
      await e2e.stack.server.client.chat.sendNote({ room: "a11y-other", message: "over here" }, { token });
      await mimi.waitForSelector(".rooms .unread");
      await mimi.waitForSelector(".message.own[data-status=sent]");
      await mimi.evaluate(() => {
        document.querySelector(".messages")!.scrollTop = 0;
      });
      await mimi.waitForSelector(".jump-newest:not([hidden])");
      // Typing frames pass at most one per interval on every tier: pepe keeps typing until one gets through.
      const typingShown = () => mimi.evaluate(() => document.querySelector(".typing")?.textContent);
      for (let i = 0; (await typingShown()) !== "pepe is typing…"; i++) {
        if (i > 60) throw new Error("pepe's typing never showed");
        await pepe.fill("#message", `typing again ${i}`);
        await mimi.waitForTimeout(250);
      }
      const summary = await runAxe(mimi);
      expectNoSeriousViolations(`chat ${colorScheme}`, summary);
      for (const selector of [".typing", ".connection", ".unread", ".jump-newest", ".composer > button"]) {
        expect(summary.contrastPassed).toContainEqual(expect.stringContaining(selector));
      }
      // The connection badge's other states (their colours come from data-state alone), and a notice in the
      // typing line (flash), each checked for contrast as drawn.
      for (const state of ["connecting", "reconnecting", "offline"]) {
        await mimi.evaluate((s) => {
          const badge = document.querySelector<HTMLElement>(".connection")!;
          badge.dataset.state = s;
          badge.textContent = `${s}…`;
        }, state);
        const badge = await runAxe(mimi, { rules: ["color-contrast"], include: ".connection" });
        expect({ state, violations: badge.byImpact.serious, passed: badge.contrastPassed.length }).toEqual({
          state,
          violations: [],
          passed: 1,
        });
      }
      // A notice in the typing line: a message over the server's limit is refused there. (A bad room name
      // no longer is: the join form explains it under the field, checked in room-dialogs-a11y.test.ts.)
      await mimi.fill("#message", "x".repeat(DEFAULT_MAX_MESSAGE_CHARS + 1));
      await mimi.press("#message", "Enter");
      await mimi.waitForSelector(".typing.flash");
      const flash = await runAxe(mimi, { rules: ["color-contrast"], include: ".typing" });
      expect({ violations: flash.byImpact.serious, passed: flash.contrastPassed.length }).toEqual({
        violations: [],
        passed: 1,
      });
      await mimi.context().close();
      await pepe.context().close();
    });
  }

  test("the phone drawer has no serious or critical axe violations when open (dark)", async () => {
    const page = await logInPage(e2e.browser, e2e.stack.base, "juan", { width: 390, height: 844, colorScheme: "dark" });
    await page.click(".menu");
    await page.waitForSelector(".backdrop", { state: "visible" });
    expectNoSeriousViolations("drawer dark", await runAxe(page));
    await page.context().close();
  });

  test("the composer has focus on load", async () => {
    const page = await logInPage(e2e.browser, e2e.stack.base, "juan");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("message");
    // Typing straight away goes into the message box.
    await page.keyboard.type("hello");
    expect(await page.inputValue("#message")).toBe("hello");
    await page.context().close();
  });

  test("Alt+↓ and Alt+↑ move between the sidebar's rooms, wrapping around, and keep typing in the box", async () => {
    const page = await logInPage(e2e.browser, e2e.stack.base, "juan", { room: "kb-one" });
    for (const room of ["kb-two", "kb-three"]) {
      await page.fill("#room-name", room);
      await page.press("#room-name", "Enter");
      await page.waitForSelector(`.room-title:text('# ${room}')`);
    }
    const order = await page.$$eval(".rooms a", (links) => links.map((a) => a.textContent?.slice(2)));
    const active = () => page.evaluate(() => document.querySelector(".rooms a[aria-current=page]")?.textContent);
    await page.focus("#message");
    const at = order.indexOf("kb-three");
    await page.keyboard.press("Alt+ArrowDown");
    expect(await active()).toBe(`# ${order[(at + 1) % order.length]}`);
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("Alt+ArrowUp");
    expect(await active()).toBe(`# ${order[(at - 1 + order.length) % order.length]}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("message");
    expect(new URL(page.url()).pathname).toBe(`/chat/${order[(at - 1 + order.length) % order.length]}`);
    await page.context().close();
  });

  test("on a phone, Escape and a click on the backdrop close the drawer", async () => {
    const page = await logInPage(e2e.browser, e2e.stack.base, "juan", { width: 390, height: 844 });
    const open = () => page.evaluate(() => document.querySelector(".sidebar")!.classList.contains("open"));
    await page.click(".menu");
    await page.waitForSelector(".backdrop", { state: "visible" });
    expect(await page.getAttribute(".menu", "aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    expect(await open()).toBe(false);
    expect(await page.getAttribute(".menu", "aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("menu");
    await page.waitForSelector(".backdrop", { state: "hidden" });

    await page.click(".menu");
    await page.waitForSelector(".backdrop", { state: "visible" });
    // Right of the drawer (at most 80% of the width): the dimmed page.
    await page.mouse.click(370, 400);
    expect(await open()).toBe(false);
    await page.waitForSelector(".backdrop", { state: "hidden" });
    await page.context().close();
  });

  test("the message list is a polite live region: arrivals are additions, redraws are marked busy", async () => {
    const mimi = await logInPage(e2e.browser, e2e.stack.base, "mimi", { room: "live-region" });
    const pepe = await logInPage(e2e.browser, e2e.stack.base, "pepe", { room: "live-region" });
    expect(
      await mimi.$eval(".message-list", (list) => [list.getAttribute("aria-live"), list.getAttribute("aria-relevant")]),
    ).toEqual(["polite", "additions"]);
    // Only the list is live: not the scroller around it, with its "Load older" button.
    expect(await mimi.$eval(".messages", (scroller) => scroller.getAttribute("aria-live"))).toBeNull();
    // The room's first message also brings its day separator; the arrival below is a plain one.
    await say(pepe, "first");
    await mimi.waitForSelector(".message:not(.pending) .text:text-is('first')");
    await mimi.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { liveLog: string[] }).liveLog = log;
      const list = document.querySelector(".message-list")!;
      new MutationObserver((mutations) => {
        for (const m of mutations) {
          if (m.type === "attributes") log.push(m.oldValue === null ? "busy" : "idle");
          else if (m.addedNodes.length > 0 || m.removedNodes.length > 0)
            log.push(`+${m.addedNodes.length}-${m.removedNodes.length}`);
        }
      }).observe(list, { childList: true, attributes: true, attributeOldValue: true, attributeFilter: ["aria-busy"] });
    });
    await say(pepe, "just one");
    await mimi.waitForFunction(() => (window as unknown as { liveLog: string[] }).liveLog.length > 0);
    // One arrival: one item added, nothing removed, never busy.
    expect(await mimi.evaluate(() => (window as unknown as { liveLog: string[] }).liveLog)).toEqual(["+1-0"]);
    // A room switch redraws the list inside busy … idle, so it is not read out as news.
    await mimi.evaluate(() => {
      (window as unknown as { liveLog: string[] }).liveLog.length = 0;
    });
    await mimi.fill("#room-name", "live-elsewhere");
    await mimi.press("#room-name", "Enter");
    await mimi.waitForSelector(".room-title:text('# live-elsewhere')");
    const log = await mimi.evaluate(() => (window as unknown as { liveLog: string[] }).liveLog);
    expect(log[0]).toBe("busy");
    expect(log.at(-1)).toBe("idle");
    expect(log.filter((entry) => entry.startsWith("+")).length).toBeGreaterThan(0);
    await mimi.context().close();
    await pepe.context().close();
  });
});
