/**
 * Tertulia's chat page, bundled by `Bun.build` (./bundle.ts) and served by the web tier as /assets/chat.js.
 * Wires the modules: state → view; connection → room sync → view; navigation and composer for the user.
 *
 * Invariants: a message is shown once (keyed by its room seq; a pending send is replaced by its stored copy,
 * matched by clientId); text is only ever set with textContent; after any reconnect every room resumes from
 * the last seq this page holds, so nothing is lost or doubled.
 */
import { DEFAULT_ROOM } from "@tertulia/protocol/browser";
import { Composer } from "./composer.ts";
import { Connection } from "./connection.ts";
import { listenDrawer } from "./drawer.ts";
import { findElements } from "./elements.ts";
import { listenKeyboard } from "./keyboard.ts";
import { savedSends } from "./outbox-storage.ts";
import { startRoomFeatures } from "./room-features.ts";
import { RoomNavigation, roomFromPath } from "./room-navigation.ts";
import { newRoom, type PageState } from "./room-state.ts";
import { RoomSync } from "./room-sync.ts";
import { SessionRenewal } from "./session-renewal.ts";
import { savedActiveRoom, savedRooms } from "./storage.ts";
import { View } from "./view.ts";

/** The typing line is redrawn this often so it clears once nobody typed for a while. */
const TYPING_REFRESH_MS = 1_000;

function start(): void {
  const elements = findElements();
  const me = elements.app.dataset.user ?? "";
  const state: PageState = { me, rooms: new Map(), active: "", limits: null };
  const view = new View(elements, state);

  // Pending sends are already in the outbox (sessionStorage): after the next login in this tab they go once.
  const sessionEnded = (notice: "expired" | "bye") =>
    location.assign(`/login?notice=${notice}&next=${encodeURIComponent(location.pathname)}`);
  const sync: RoomSync = new RoomSync({
    state,
    view,
    connection: () => connection,
    sessionEnded: () => sessionEnded("expired"),
  });
  const connection = new Connection({
    onOpen: () => {
      sync.joinAll();
      features.opened();
    },
    onFrame: (frame) => {
      sync.handle(frame);
      features.handle(frame);
    },
    onState: (connectionState, retryAt) => {
      if (connectionState !== "live") for (const room of state.rooms.values()) room.joined = false;
      view.setConnection(connectionState, retryAt);
    },
    onSessionEnded: sessionEnded,
  });

  view.bindRetry((room, clientId) => sync.retry(room, clientId));
  view.bindLoadOlder((room, beforeSeq) => sync.loadOlder(room, beforeSeq));
  const navigation = new RoomNavigation({ state, view, sync, elements, shown: () => features.shown() });
  view.bindRoomActions(navigation);
  navigation.listen();
  const composer = new Composer({ state, view, sync, elements });
  composer.listen();
  listenDrawer(elements);
  listenKeyboard({ state, elements, activate: (room) => navigation.activate(room) });
  // Private rooms, direct messages, the directory, read state, edits, notifications (issue 17).
  const features = startRoomFeatures({ state, view, sync, navigation, composer, elements });
  setInterval(() => view.renderTyping(), TYPING_REFRESH_MS);

  // Start: the room in the URL, then the rooms this user had open, then #general.
  // Sends still pending before a reload (or before the session ended) go again, once, on the first join.
  const outbox = savedSends(me);
  for (const name of new Set([...savedRooms(me), ...outbox.map((s) => s.room), DEFAULT_ROOM])) {
    state.rooms.set(name, newRoom(name));
  }
  for (const { room, clientId, text, state: sendState, reason } of outbox) {
    state.rooms.get(room)?.pending.set(clientId, { text, state: sendState, reason });
  }
  navigation.activate(roomFromPath() || savedActiveRoom(me) || DEFAULT_ROOM, { push: false });
  if (!roomFromPath()) history.replaceState({ room: state.active }, "", `/chat/${state.active}`);
  composer.updateCounter();
  // The composer is what people come for: focused on load, not seven Tabs away.
  elements.input.focus();
  connection.connect();
  new SessionRenewal({
    expiresAtMs: Number(elements.app.dataset.sessionExpires),
    csrf: document.querySelector<HTMLInputElement>(".logout input[name=_csrf]")?.value ?? "",
    renewed: () => connection.reconnect(),
    ended: () => sessionEnded("expired"),
  }).start();
}

start();
