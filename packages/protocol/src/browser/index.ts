/**
 * @tertulia/protocol/browser: the page ↔ web tier WebSocket protocol (frames both ways, close codes, the
 * conversion from a stored Note) and the shared rules. Browser-safe: the page bundles it, so nothing here
 * imports gRPC, protobufjs at runtime, or a validation library.
 */
export * from "../rules/index.ts";
export type * from "./client-frames.ts";
export { CLOSE_CODES, type CloseCode, LOGGED_OUT_REASON } from "./close-codes.ts";
export {
  noteToChangeFrame,
  noteToMemberChangeFrame,
  noteToMessageFrame,
  noteToStoredMessageFrame,
} from "./note-frame.ts";
export type * from "./server-frames.ts";
