/**
 * @tertulia/protocol: the wire contract in code. Generated message classes (never edited by hand: run
 * `bun run gen`), the service definitions the server registers, and the typed client everyone else uses.
 */
// First: the generated code fixes its 64-bit defaults when it is evaluated.
import "./long-as-number.ts";
export * from "./generated/proto.js";
export { authMethods, chatMethods, healthMethods, serviceDefinition, type Decoded, type Encodable } from "./services.ts";
export { TertuliaClient, type CallOptions, type ClientOptions } from "./client.ts";
export { DEFAULT_ROOM, ROOM_NAME_PATTERN, ROOM_NAME_RULE, normalizeRoomName } from "./rooms.ts";
export { status as GrpcStatus, Metadata, type ServiceError } from "@grpc/grpc-js";
export { createLogger, silentLogger, type Logger, type LogFields, type LogLevel } from "./logger.ts";
export { parseDuration } from "./duration.ts";
export { COMMIT, VERSION } from "./version.ts";
export { ConfigError, MIN_SECRET_BYTES, parseEnvironment, secretFromEnvironment } from "./environment.ts";
