/**
 * What smoke's chat steps (chat-session.ts) need of a chat connection, apart from how it is spoken: the web
 * tier's WebSocket (web-tier-protocol.ts) or a test's in-memory stand-in. Only types: both sides import this
 * file and neither imports the other.
 */

/** One logged-in WebSocket connection to the web tier. */
export interface ChatClient {
  join(room: string, afterSeq?: number): Promise<void>;
  /** Sends a message and resolves when the server has accepted it. */
  send(room: string, text: string, clientMessageId: string): Promise<void>;
  /** Resolves with the first message matching `predicate`, or rejects after `timeoutMs`. */
  waitForMessage(predicate: (m: ChatMessage) => boolean, timeoutMs: number): Promise<ChatMessage>;
  /** Every message received so far, in arrival order. */
  readonly received: readonly ChatMessage[];
  close(): Promise<void>;
}

export interface ChatMessage {
  readonly room: string;
  readonly seq: number;
  readonly text: string;
  readonly author: string;
}

export interface ChatProtocol {
  /** Logs in over HTTP and returns whatever the WebSocket needs (a cookie or a token). */
  login(baseUrl: string, username: string, password: string): Promise<string>;
  connect(baseUrl: string, credential: string): Promise<ChatClient>;
}
