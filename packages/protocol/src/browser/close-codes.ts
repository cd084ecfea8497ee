/**
 * WebSocket close codes the web tier uses, and what a page does on each.
 * @see https://www.rfc-editor.org/rfc/rfc6455#section-7.4 (1000-2999 are the protocol's; 4000-4999 private)
 */
export const CLOSE_CODES = {
  /** The user logged out (with LOGGED_OUT_REASON): every socket of the session ends; the page shows the login. */
  loggedOut: 1000,
  /** The pod is shutting down (RFC 6455 "going away"): reconnect, and the load balancer picks another pod. */
  goingAway: 1001,
  /** The frame exceeded the web tier's size limit (RFC 6455 "message too big"). */
  messageTooBig: 1009,
  /** Too many sockets for this session or user (RFC 6455 "try again later"): back off and reconnect. */
  tryAgainLater: 1013,
  /** The session is gone or revoked: reconnecting will not help; log in again. */
  sessionExpired: 4001,
} as const;

/** The close reason sent with `loggedOut`, which tells a logout from any other normal closure. */
export const LOGGED_OUT_REASON = "logged out";

export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];
