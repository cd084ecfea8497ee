/**
 * What the web tier sends browsers about rooms. Built once per event and published to every local member
 * as the same JSON string.
 */
export interface MessageFrame {
  readonly type: "message";
  readonly room: string;
  readonly seq: number;
  readonly author: string;
  readonly text: string;
  readonly sentAt: number;
  readonly clientId: string;
}

export interface PresenceFrame {
  readonly type: "presence";
  readonly room: string;
  readonly user: string;
  readonly event: "join" | "leave" | "typing";
}

/** The server connection behind a room: "reconnecting" while its stream is down, "live" once caught up. */
export interface StatusFrame {
  readonly type: "status";
  readonly room: string;
  readonly state: "live" | "reconnecting";
}

/** The room's history was lost server-side (new epoch): clients drop what they hold and start over. */
export interface ResetFrame {
  readonly type: "reset";
  readonly room: string;
  readonly epoch: string;
}

export type RoomFrame = MessageFrame | PresenceFrame | StatusFrame | ResetFrame;

export const roomTopic = (room: string) => `room:${room}`;
