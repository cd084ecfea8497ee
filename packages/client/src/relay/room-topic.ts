/** The Bun pub/sub topic a room's frames are published on; every member socket subscribes to it. */
export const roomTopic = (room: string) => `room:${room}`;
