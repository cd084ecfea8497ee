/**
 * Screenshots of issue 17's page parts at 1280×800 and 390×844, light and dark, into docs/screenshots/:
 * the sidebar with a private room, a direct message and unread/mention badges; the room directory; the
 * new-room dialog explaining a bad name; the members panel; a stranger refused a private room. Starts the
 * real local stack and Debian's Chromium as the browser tests do (scripts/screenshots.ts does the same for
 * the login and chat pages).
 *
 *   bun scripts/screenshots-rooms.ts
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { RoomKind } from "@tertulia/protocol";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchBrowser } from "../test/support/browser.ts";
import { type Stack, startStack } from "../test/support/stack.ts";

const OUT = resolve(import.meta.dir, "../docs/screenshots");
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const SCHEMES = ["light", "dark"] as const;
const PUBLIC_ROOMS = ["book-club", "deploys", "design", "random", "running", "support"];

async function seed(stack: Stack): Promise<void> {
  const token = (user: string) => stack.server.login(user);
  const [mimi, pepe, juan, admin] = await Promise.all(["mimi", "pepe", "juan", "admin"].map(token));
  const { rooms, chat } = stack.server.client;
  for (const room of PUBLIC_ROOMS) {
    await rooms.createRoom({ room, kind: RoomKind.ROOM_KIND_PUBLIC, members: [] }, { token: admin });
    await chat.sendNote({ room, message: `welcome to ${room}` }, { token: admin });
  }
  for (const t of [pepe, juan]) await rooms.joinRoom({ room: "deploys" }, { token: t });
  await rooms.joinRoom({ room: "deploys" }, { token: mimi });
  await rooms.joinRoom({ room: "general" }, { token: mimi });
  await rooms.createRoom(
    { room: "release-plan", kind: RoomKind.ROOM_KIND_PRIVATE, members: ["pepe", "juan"] },
    { token: mimi },
  );
  await chat.sendNote({ room: "release-plan", message: "Draft plan for Friday's release is up." }, { token: mimi });
  await chat.sendNote({ room: "release-plan", message: "@mimi I added the rollback steps." }, { token: pepe });
  await chat.sendNote({ room: "general", message: "Morning all!" }, { token: juan });
  await chat.sendNote({ room: "deploys", message: "@mimi staging is green, ok to promote?" }, { token: juan });
  await chat.sendNote({ room: "deploys", message: "metrics look fine" }, { token: pepe });
  const direct = await rooms.openDirect({ peer: "mimi" }, { token: pepe });
  await chat.sendNote({ room: direct.name, message: "got a minute?" }, { token: pepe });
}

async function logIn(
  browser: Browser,
  stack: Stack,
  user: string,
  size: keyof typeof SIZES,
  scheme: "light" | "dark",
  room: string,
) {
  const context = await browser.newContext({ viewport: SIZES[size], colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${stack.base}/chat/${room}`);
  await page.fill("#username", user);
  await page.fill("#password", "pass");
  await page.click("button[type=submit]");
  await page.waitForSelector(".connection[data-state=live]");
  return page;
}

/** On a phone the room actions are in the drawer. */
async function openDrawer(page: Page, size: keyof typeof SIZES): Promise<void> {
  if (size !== "phone" || (await page.getAttribute(".menu", "aria-expanded")) === "true") return;
  await page.click(".menu");
  await page.waitForSelector(".backdrop", { state: "visible" });
}

async function shoot(page: Page, name: string): Promise<void> {
  // Let fonts and the last frame settle: a screenshot is a picture, not a test.
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  if (!hasChromium) throw new Error("no Chromium: apt-get install chromium (or set CHROMIUM_PATH)");
  mkdirSync(OUT, { recursive: true });
  const stack = await startStack();
  const browser = await launchBrowser();
  try {
    await seed(stack);
    for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
      for (const scheme of SCHEMES) {
        const page = await logIn(browser, stack, "mimi", size, scheme, "release-plan");
        await page.waitForSelector('.rooms li[data-kind="direct"] .unread', { state: "attached" });
        await page.waitForSelector('.rooms li[data-room="deploys"] .mentions', { state: "attached" });
        if (size === "phone") {
          await shoot(page, `rooms-private-${size}-${scheme}`);
          await openDrawer(page, size);
        }
        await shoot(page, `rooms-sidebar-${size}-${scheme}`);
        if (size === "phone") await page.keyboard.press("Escape");

        await page.click(".show-members");
        await page.waitForSelector('dialog.members .member-list li[data-user="juan"]');
        await shoot(page, `rooms-members-${size}-${scheme}`);
        await page.keyboard.press("Escape");

        await openDrawer(page, size);
        await page.click(".open-directory");
        await page.waitForSelector('.directory-list li[data-room="support"]');
        await shoot(page, `rooms-directory-${size}-${scheme}`);
        await page.keyboard.press("Escape");

        await openDrawer(page, size);
        await page.click(".open-new-room");
        await page.fill("#new-room-name", "Team Chat!");
        await page.fill("#new-room-members", "pepe, juan");
        await shoot(page, `rooms-new-room-${size}-${scheme}`);
        await page.context().close();

        const stranger = await logIn(browser, stack, "admin", size, scheme, "release-plan");
        await stranger.waitForSelector(".room-refused:not([hidden])");
        await shoot(stranger, `rooms-refused-${size}-${scheme}`);
        await stranger.context().close();
      }
    }
  } finally {
    await browser.close();
    await stack.stop();
  }
}

await main();
