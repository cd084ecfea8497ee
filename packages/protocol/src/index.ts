/**
 * @tertulia/protocol: the wire contract in code. Generated message classes (never edited by hand: run
 * `bun run gen`), the service definitions the server registers, and the typed client everyone else uses.
 */
// First: the generated code fixes its 64-bit defaults when it is evaluated.
import "./long-as-number.ts";

export { Metadata, type ServiceError, status as GrpcStatus } from "@grpc/grpc-js";
export * from "./browser/index.ts";
export { type ParsedClientFrame, type ParsedRoomFrame, parseClientFrame } from "./browser/parse-client-frame.ts";
export { type CallOptions, type ClientOptions, TertuliaClient } from "./client.ts";
export * from "./generated/proto.js";
export { RELAY_TOKEN } from "./relay-token.ts";
export * from "./rules/index.ts";
export {
  authMethods,
  chatMethods,
  type Decoded,
  type Encodable,
  healthMethods,
  roomMethods,
  serviceDefinition,
} from "./services.ts";
