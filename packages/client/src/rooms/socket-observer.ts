/**
 * What the WebSocket handlers report about sockets and the frames they turn away, before any frame reaches
 * RoomsService. Implemented by WebMetrics; the default does nothing.
 */
export type FrameRefusal = "too_large" | "rate_limited" | "bad_frame";

export interface SocketObserver {
  opened(): void;
  closed(): void;
  refused(reason: FrameRefusal): void;
}

export const noSocketObserver: SocketObserver = { opened() {}, closed() {}, refused() {} };
