/**
 * Rooms opened by asking the server first: creating one (`create-room`), a direct message (`open-direct`)
 * and the directory's join (`join-room`). The answer is `room-opened` (the room, ready to `join`), or an
 * error frame that says why not; whoever asked is told which.
 */
import type {
  CreateRoomFrame,
  ErrorFrame,
  JoinRoomFrame,
  OpenDirectFrame,
  RoomSummary,
  ServerFrame,
} from "@tertulia/protocol/browser";

/** An answer that never comes (a socket that dropped meanwhile) stops being waited for after this long. */
const ANSWER_WITHIN_MS = 15_000;

interface Waiting {
  readonly matches: (room: RoomSummary) => boolean;
  readonly failed: (message: string) => void;
  /** The room asked for by name ("" for a direct message, whose room name the server derives). */
  readonly room: string;
  readonly timer: ReturnType<typeof setTimeout>;
}

export interface RoomOpenerDeps {
  readonly request: (frame: CreateRoomFrame | OpenDirectFrame | JoinRoomFrame) => void;
  /** The room the server opened for this request: show it. */
  readonly opened: (room: string) => void;
}

export class RoomOpener {
  readonly #deps: RoomOpenerDeps;
  #waiting: Waiting | null = null;

  constructor(deps: RoomOpenerDeps) {
    this.#deps = deps;
  }

  /** One request at a time: a new one replaces what was waited for (the person moved on). */
  open(
    frame: CreateRoomFrame | OpenDirectFrame | JoinRoomFrame,
    matches: (room: RoomSummary) => boolean,
    failed: (message: string) => void,
  ): void {
    this.#clear();
    const timer = setTimeout(() => {
      if (this.#waiting?.timer !== timer) return;
      this.#waiting = null;
      failed("No answer from the server: try again.");
    }, ANSWER_WITHIN_MS);
    this.#waiting = { matches, failed, timer, room: "room" in frame ? frame.room : "" };
    this.#deps.request(frame);
  }

  handle(frame: ServerFrame): void {
    const waiting = this.#waiting;
    if (!waiting) return;
    if (frame.type === "room-opened" && waiting.matches(frame.room)) {
      this.#clear();
      this.#deps.opened(frame.room.room);
    } else if (frame.type === "error" && answersRequest(frame, waiting.room)) {
      this.#clear();
      waiting.failed(frame.message);
    }
  }

  #clear(): void {
    if (this.#waiting) clearTimeout(this.#waiting.timer);
    this.#waiting = null;
  }
}

/** A refusal of a request (not a send's, which names its clientId, nor the socket's rate limit). */
function answersRequest(frame: ErrorFrame, room: string): boolean {
  if (frame.clientId !== undefined || frame.code === "session_expired") return false;
  return frame.room === undefined || room === "" || frame.room === room;
}
