/**
 * Wiring for private rooms, direct messages, the directory, read state, edits and notifications (issue 17):
 * builds their modules and routes the frames they answer. Called once by main.ts.
 */
import type { ServerFrame } from "@tertulia/protocol/browser";
import type { Composer } from "./composer.ts";
import { DirectDialog } from "./direct-messages.ts";
import { Directory } from "./directory.ts";
import { find, type PageElements } from "./elements.ts";
import { MessageActions } from "./message-actions.ts";
import { NewRoomDialog } from "./new-room.ts";
import { Notifications } from "./notifications.ts";
import { ReadMarker } from "./read-marker.ts";
import { RoomMembers } from "./room-members.ts";
import { bindRoomNameField } from "./room-name-field.ts";
import type { RoomNavigation } from "./room-navigation.ts";
import { RoomOpener } from "./room-opener.ts";
import type { PageState } from "./room-state.ts";
import type { RoomSync } from "./room-sync.ts";
import type { View } from "./view.ts";

/** Whether the list's last message is the room's newest (its window may have slid back to older ones). */
function newestDrawn(list: HTMLElement, state: PageState): boolean {
  const items = list.querySelectorAll<HTMLElement>(".message[data-seq]");
  const last = items[items.length - 1];
  const newest = state.rooms.get(state.active)?.lastSeq ?? 0;
  return newest === 0 || Number(last?.dataset.seq) === newest;
}

/** The room list is asked for again this often, so a room one was invited to meanwhile shows up. */
const ROOMS_REFRESH_MS = 60_000;

export interface RoomFeaturesDeps {
  readonly state: PageState;
  readonly view: View;
  readonly sync: RoomSync;
  readonly navigation: RoomNavigation;
  readonly composer: Composer;
  readonly elements: PageElements;
}

export interface RoomFeatures {
  /** Every frame from the web tier, after RoomSync has applied it. */
  handle(frame: ServerFrame): void;
  /** A socket opened: marks sent on the old socket may be lost. (The web tier sends `rooms` after `hello`.) */
  opened(): void;
  /** A room was shown: its newest message may be on screen now. */
  shown(): void;
}

export function startRoomFeatures(deps: RoomFeaturesDeps): RoomFeatures {
  const { state, view, sync, navigation, composer, elements } = deps;
  const readMarker = new ReadMarker({
    state,
    atNewest: () => view.isNearBottom() && newestDrawn(elements.list, state),
    send: (frame) => sync.request(frame),
    changed: () => view.renderRooms(),
  });
  readMarker.listen(elements.scroller);

  const newRoom = new NewRoomDialog((frame, failed) => opener.open(frame, (room) => room.room === frame.room, failed));
  const direct = new DirectDialog(state.me, (frame, failed) =>
    opener.open(frame, (room) => room.kind === "direct" && room.peer === frame.peer, failed),
  );
  const directory = new Directory({
    state,
    browse: (query, after) => sync.request({ type: "browse", query, ...(after && { after }) }),
    join: (room, failed) => opener.open({ type: "join-room", room }, (opened) => opened.room === room, failed),
    show: (room) => navigation.activate(room),
  });
  const opener = new RoomOpener({
    request: (frame) => sync.request(frame),
    opened: (room) => {
      newRoom.done();
      direct.done();
      directory.close();
      navigation.activate(room);
    },
  });
  const members = new RoomMembers({
    state,
    request: (frame) => sync.request(frame),
    leave: (room) => navigation.leave(room),
  });
  const actions = new MessageActions({
    state,
    elements,
    request: (frame) => sync.request(frame),
    flash: (text) => view.flash(text),
    textReplaced: () => composer.updateCounter(),
  });
  const notifications = new Notifications({
    me: state.me,
    button: find<HTMLButtonElement>(document, ".enable-notifications"),
    show: (room) => navigation.activate(room),
  });

  newRoom.listen(find(document, ".open-new-room"));
  direct.listen(find(document, ".open-direct"));
  directory.listen(find(document, ".open-directory"));
  members.listen();
  actions.listen();
  notifications.listen();
  bindRoomNameField(elements.joinInput, find(document, "#room-name-hint"));
  view.onRoomsRendered(() => members.render());

  sync.bindEvents({
    messageArrived(room, message, live) {
      if (room.name === state.active) readMarker.check();
      notifications.messageArrived(room, message, live);
    },
    roomGone(room, notice) {
      members.close(room);
      navigation.drop(room, notice);
    },
    membersChanged: (room) => members.changed(room),
    messageChanged(room, change) {
      actions.changed(room.name, change.seq);
      if (room.name === state.active) view.messages.applyChange(change.seq, change);
    },
    readMarkerMoved(room) {
      // Another tab or device read further: the divider follows. This tab's own mark leaves its divider
      // where the reader saw it until the room is shown again.
      if (room.name === state.active && !readMarker.sentThrough(room.name, room.lastReadSeq)) {
        view.messages.setReadMarker(room.lastReadSeq);
      }
    },
  });

  const refresh = () => {
    if (document.visibilityState === "visible") sync.request({ type: "rooms" });
  };
  setInterval(refresh, ROOMS_REFRESH_MS);
  document.addEventListener("visibilitychange", () => {
    refresh();
    // Looking away: what arrives from now on is new, so the divider moves up to what was read.
    const room = state.rooms.get(state.active);
    if (document.visibilityState === "hidden" && room) view.messages.setReadMarker(room.lastReadSeq);
  });

  return {
    handle(frame) {
      opener.handle(frame);
      if (frame.type === "directory") directory.handle(frame);
      if (frame.type === "members") members.handle(frame);
      if (frame.type === "error" && frame.clientId === undefined) members.failed(frame.message);
      if (frame.type === "joined" && frame.room === state.active) readMarker.check();
    },
    opened() {
      readMarker.reset();
    },
    shown: () => readMarker.check(),
  };
}
