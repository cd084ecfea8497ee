/**
 * Screenshots of issue 17's page parts at 1280×800 and 390×844, light and dark, into docs/screenshots/:
 * the sidebar with a private room, a direct message and unread/mention badges; the room directory; the
 * new-room dialog explaining a bad name; the members panel; a stranger refused a private room. Starts the
 * real local stack and Debian's Chromium as the browser tests do (scripts/screenshots.ts does the same for
 * the login and chat pages).
 *
 *   bun scripts/screenshots-rooms.ts
 */
import { RoomKind } from "@tertulia/protocol";
import type { Page } from "playwright-core";
import type { Stack } from "../test/support/stack.ts";
import { photograph, type Shot, type Size, shoot } from "./support/photographer.ts";

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

/** `user` logging in through the form of /chat/<room>, at the shot's size and scheme. */
async function logIn({ open }: Shot, user: string, room: string): Promise<Page> {
  const page = await open(`/chat/${room}`);
  await page.fill("#username", user);
  await page.fill("#password", "pass");
  await page.click("button[type=submit]");
  await page.waitForSelector(".connection[data-state=live]");
  return page;
}

/** On a phone the room actions are in the drawer. */
async function openDrawer(page: Page, size: Size): Promise<void> {
  if (size !== "phone" || (await page.getAttribute(".menu", "aria-expanded")) === "true") return;
  await page.click(".menu");
  await page.waitForSelector(".backdrop", { state: "visible" });
}

async function scene(shot: Shot): Promise<void> {
  const { size, scheme } = shot;
  const page = await logIn(shot, "mimi", "release-plan");
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

  const stranger = await logIn(shot, "admin", "release-plan");
  await stranger.waitForSelector(".room-refused:not([hidden])");
  await shoot(stranger, `rooms-refused-${size}-${scheme}`);
  await stranger.context().close();
}

await photograph(seed, scene);
