/**
 * The wire contract's methods, as one table that both sides derive from: grpc-js service definitions for
 * the server (`serviceDefinition`) and typed calls for clients (`client.ts`).
 *
 * Paths are the original system's (`/AuthService/AuthenticateUser`, `/ChatServer/ChatStream`,
 * `/ChatServer/SendNote`): the proto has no package, and old clients call exactly these.
 */
import "./long-as-number.ts";
import type { MethodDefinition } from "@grpc/grpc-js";
import { encodeToBuffer, type MessageCodec, memoizedEncoder } from "./codec.ts";
import {
  BrowseRoomsRequest,
  ChangePasswordRequest,
  CreateRoomRequest,
  DeleteAccountRequest,
  DeleteNoteRequest,
  EditNoteRequest,
  EmptyMessage,
  grpc as grpcNamespace,
  HistoryPage,
  HistoryRequest,
  ListRoomsRequest,
  LoginRequest,
  LoginResponse,
  MarkReadRequest,
  MemberList,
  MemberRequest,
  Note,
  OpenDirectRequest,
  PresenceUpdate,
  ReadState,
  RoomDirectory,
  RoomEvent,
  RoomInfo,
  RoomList,
  RoomRequest,
  SendStreamRequest,
  SendStreamResult,
  ServerSettings,
  SubscribeRequest,
} from "./generated/proto.js";

const { HealthCheckRequest, HealthCheckResponse } = grpcNamespace.health.v1;

/** Any generated message class: `never` in, because encode's parameter is contravariant. */
type AnyCodec = MessageCodec<never, unknown>;
/** What decoding a message gives: every scalar field set. */
export type Decoded<C> = C extends MessageCodec<never, infer Out> ? Out : never;
/** What encoding a message accepts: every field optional. */
export type Encodable<C> = C extends MessageCodec<infer In, unknown> ? In : never;

export interface MethodSpec<ReqC extends AnyCodec, ResC extends AnyCodec> {
  readonly path: string;
  readonly request: ReqC;
  readonly response: ResC;
  readonly responseStream: boolean;
  /** The client writes a stream of requests (SendStream); the server answers with a stream. */
  readonly requestStream?: boolean;
  /** Responses are shared by many streams (a room's fan-out): encode each object once. */
  readonly fanOut: boolean;
}

function unary<ReqC extends AnyCodec, ResC extends AnyCodec>(path: string, request: ReqC, response: ResC) {
  return { path, request, response, responseStream: false, fanOut: false } satisfies MethodSpec<ReqC, ResC>;
}

function serverStream<ReqC extends AnyCodec, ResC extends AnyCodec>(
  path: string,
  request: ReqC,
  response: ResC,
  fanOut = false,
) {
  return { path, request, response, responseStream: true, fanOut } satisfies MethodSpec<ReqC, ResC>;
}

function bidiStream<ReqC extends AnyCodec, ResC extends AnyCodec>(path: string, request: ReqC, response: ResC) {
  return {
    path,
    request,
    response,
    requestStream: true,
    responseStream: true,
    fanOut: false,
  } satisfies MethodSpec<ReqC, ResC>;
}

export const authMethods = {
  authenticateUser: unary("/AuthService/AuthenticateUser", LoginRequest, LoginResponse),
  registerUser: unary("/AuthService/RegisterUser", LoginRequest, LoginResponse),
  refreshToken: unary("/AuthService/RefreshToken", EmptyMessage, LoginResponse),
  revokeTokens: unary("/AuthService/RevokeTokens", EmptyMessage, EmptyMessage),
  changePassword: unary("/AuthService/ChangePassword", ChangePasswordRequest, LoginResponse),
  deleteAccount: unary("/AuthService/DeleteAccount", DeleteAccountRequest, EmptyMessage),
  checkToken: unary("/AuthService/CheckToken", EmptyMessage, LoginResponse),
  getSettings: unary("/AuthService/GetSettings", EmptyMessage, ServerSettings),
};

export const chatMethods = {
  chatStream: serverStream("/ChatServer/ChatStream", EmptyMessage, Note, true),
  sendNote: unary("/ChatServer/SendNote", Note, EmptyMessage),
  sendStream: bidiStream("/ChatServer/SendStream", SendStreamRequest, SendStreamResult),
  subscribe: serverStream("/ChatServer/Subscribe", SubscribeRequest, RoomEvent, true),
  getHistory: unary("/ChatServer/GetHistory", HistoryRequest, HistoryPage),
  listRooms: unary("/ChatServer/ListRooms", ListRoomsRequest, RoomList),
  updatePresence: unary("/ChatServer/UpdatePresence", PresenceUpdate, EmptyMessage),
  editNote: unary("/ChatServer/EditNote", EditNoteRequest, Note),
  deleteNote: unary("/ChatServer/DeleteNote", DeleteNoteRequest, Note),
};

/** Private rooms, direct messages, the public directory and read state (proto/messaging.proto, RoomService). */
export const roomMethods = {
  createRoom: unary("/RoomService/CreateRoom", CreateRoomRequest, RoomInfo),
  openDirect: unary("/RoomService/OpenDirect", OpenDirectRequest, RoomInfo),
  inviteMember: unary("/RoomService/InviteMember", MemberRequest, MemberList),
  removeMember: unary("/RoomService/RemoveMember", MemberRequest, MemberList),
  joinRoom: unary("/RoomService/JoinRoom", RoomRequest, RoomInfo),
  leaveRoom: unary("/RoomService/LeaveRoom", RoomRequest, EmptyMessage),
  listMembers: unary("/RoomService/ListMembers", RoomRequest, MemberList),
  browseRooms: unary("/RoomService/BrowseRooms", BrowseRoomsRequest, RoomDirectory),
  listMyRooms: unary("/RoomService/ListMyRooms", EmptyMessage, RoomList),
  markRead: unary("/RoomService/MarkRead", MarkReadRequest, ReadState),
};

export const healthMethods = {
  check: unary("/grpc.health.v1.Health/Check", HealthCheckRequest, HealthCheckResponse),
  watch: serverStream("/grpc.health.v1.Health/Watch", HealthCheckRequest, HealthCheckResponse),
};

/** A grpc-js method as the server sees it: requests arrive decoded, responses are written as plain objects. */
export type ServerMethodOf<S> =
  S extends MethodSpec<infer ReqC, infer ResC> ? MethodDefinition<Decoded<ReqC>, Encodable<ResC>> : never;

export type ServiceDefinitionOf<T> = { [K in keyof T]: ServerMethodOf<T[K]> };

function toServerMethod<ReqC extends AnyCodec, ResC extends AnyCodec>(
  spec: MethodSpec<ReqC, ResC>,
): MethodDefinition<Decoded<ReqC>, Encodable<ResC>> {
  const encodeRequest = (message: Decoded<ReqC>) =>
    encodeToBuffer(spec.request as MessageCodec<Decoded<ReqC>, unknown>, message);
  const encodeResponse = spec.fanOut
    ? memoizedEncoder(spec.response as MessageCodec<Encodable<ResC> & object, unknown>)
    : (message: Encodable<ResC>) => encodeToBuffer(spec.response, message);
  return {
    path: spec.path,
    requestStream: spec.requestStream ?? false,
    responseStream: spec.responseStream,
    requestSerialize: encodeRequest,
    requestDeserialize: (bytes) => spec.request.decode(bytes) as Decoded<ReqC>,
    responseSerialize: encodeResponse as (message: Encodable<ResC>) => Buffer,
    responseDeserialize: (bytes) => spec.response.decode(bytes) as Encodable<ResC>,
  };
}

/** The grpc-js service definition for a table of methods, for `server.addService`. */
export function serviceDefinition<T extends Record<string, MethodSpec<AnyCodec, AnyCodec>>>(
  methods: T,
): ServiceDefinitionOf<T> {
  // Object.entries forgets which key holds which spec; each entry is built by the typed toServerMethod.
  const definition: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(methods)) definition[name] = toServerMethod(spec);
  return definition as ServiceDefinitionOf<T>;
}
