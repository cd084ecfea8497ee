/**
 * Editing and deleting one's own messages from the page (issue 17), in Chromium against the real stack:
 * the other person sees an edit live and "(edited)" after a reload; Escape cancels; text over the server's
 * limit is refused with a notice; a delete asks first and leaves a placeholder; nobody edits another's message.
 */
import { describe, expect, test } from "bun:test";
import type { Page } from "playwright-core";
import { hasChromium, logInPage } from "../support/browser.ts";
import { useBrowserStack } from "../support/browser-stack.ts";
import { recordNotices, say, texts, waitForNotice, waitForText } from "../support/room-pages.ts";

/** A short limit, so an edit over it is easy to type. */
const MAX_CHARS = 40;

const e2e = useBrowserStack({ serverEnv: { MAX_MESSAGE_CHARS: String(MAX_CHARS) } });

function logIn(username: string, room = "edits"): Promise<Page> {
  return logInPage(e2e.browser, e2e.stack.base, username, { room });
}

/** The item of the stored message whose text starts with `text`. */
const item = (text: string) => `.message-list .message[data-seq]:has(.text:text-matches("^${text}"))`;

describe.skipIf(!hasChromium)("editing and deleting one's messages in Chromium", () => {
  test("an edit shows live to the other person, and as edited after a reload; Escape cancels", async () => {
    const mimi = await logIn("mimi");
    const pepe = await logIn("pepe");
    await say(mimi, "first version");
    await waitForText(pepe, "first version");

    await mimi.hover(item("first version"));
    await mimi.click(`${item("first version")} .message-actions .edit-message`);
    expect(await mimi.inputValue("#message")).toBe("first version");
    expect(await mimi.isVisible(".edit-banner")).toBe(true);
    await mimi.fill("#message", "second version");
    await mimi.press("#message", "Enter");
    // Saving puts back what was in the box (empty) and sends nothing new.
    expect(await mimi.inputValue("#message")).toBe("");
    await pepe.waitForFunction(() =>
      [...document.querySelectorAll(".message-list .message .text")].some(
        (n) => n.textContent === "second version (edited)",
      ),
    );
    await mimi.waitForSelector(`${item("second version")} .edited`);
    expect(await texts(pepe)).toEqual(["second version (edited)"]);

    await pepe.reload();
    await pepe.waitForSelector(".connection[data-state=live]");
    await waitForText(pepe, "second version");
    expect(await texts(pepe)).toEqual(["second version (edited)"]);

    // Escape: the edit is dropped and the draft that was in the box comes back.
    await mimi.fill("#message", "a draft");
    await mimi.hover(item("second version"));
    await mimi.click(`${item("second version")} .message-actions .edit-message`);
    await mimi.fill("#message", "never saved");
    await mimi.press("#message", "Escape");
    expect(await mimi.inputValue("#message")).toBe("a draft");
    expect(await mimi.isHidden(".edit-banner")).toBe(true);
    expect(await texts(mimi)).toEqual(["second version (edited)"]);
    await mimi.fill("#message", "");

    // ArrowUp in the empty box edits one's newest message; too long is refused, and the edit stays open.
    await recordNotices(mimi);
    await mimi.press("#message", "ArrowUp");
    expect(await mimi.inputValue("#message")).toBe("second version");
    const tooLong = "x".repeat(MAX_CHARS + 5);
    await mimi.fill("#message", tooLong);
    await mimi.press("#message", "Enter");
    expect(await waitForNotice(mimi, "Not saved")).toBe(
      `Not saved: ${MAX_CHARS + 5} characters, the limit is ${MAX_CHARS}. Shorten it and save again.`,
    );
    expect(await mimi.inputValue("#message")).toBe(tooLong);
    expect(await mimi.isVisible(".edit-banner")).toBe(true);
    await mimi.press("#message", "Escape");

    // Alt+↑ in the empty box is the room switch (keyboard.ts), not an edit.
    expect(await mimi.inputValue("#message")).toBe("");
    await mimi.press("#message", "Alt+ArrowUp");
    await mimi.waitForFunction(() => location.pathname !== "/chat/edits");
    expect(await mimi.isHidden(".edit-banner")).toBe(true);
    expect(await mimi.inputValue("#message")).toBe("");
    await mimi.context().close();
    await pepe.context().close();
  });

  test("delete asks first, then leaves a placeholder for everyone, on reload too; others' messages have no actions", async () => {
    const mimi = await logIn("mimi", "deletes");
    const pepe = await logIn("pepe", "deletes");
    await say(mimi, "to be deleted");
    await say(pepe, "pepe's own words");
    await waitForText(mimi, "pepe's own words");

    // Pepe's message offers mimi nothing.
    await mimi.hover(item("pepe's own words"));
    expect(await mimi.$$eval(`${item("pepe's own words")} .message-actions`, (n) => n.length)).toBe(0);

    await mimi.hover(item("to be deleted"));
    await mimi.click(`${item("to be deleted")} .message-actions .delete-message`);
    expect(await mimi.textContent(`${item("to be deleted")} .message-actions`)).toContain("Delete this message?");
    await mimi.click(`${item("to be deleted")} .message-actions .cancel-delete`);
    expect(await mimi.$$eval(".message-list .message.deleted", (n) => n.length)).toBe(0);

    await mimi.hover(item("to be deleted"));
    await mimi.click(`${item("to be deleted")} .message-actions .delete-message`);
    await mimi.click(`${item("to be deleted")} .message-actions .confirm-delete`);
    for (const page of [mimi, pepe]) {
      await page.waitForFunction(
        () =>
          document.querySelector(".message-list .message.deleted .text")?.textContent === "This message was deleted.",
      );
    }
    await pepe.reload();
    await pepe.waitForSelector(".connection[data-state=live]");
    await waitForText(pepe, "pepe's own words");
    expect(await texts(pepe)).toEqual(["This message was deleted.", "pepe's own words"]);
    await mimi.context().close();
    await pepe.context().close();
  });
});
