/**
 * The original Python client's exact conversation, spoken with the ORIGINAL proto (fields 1-2 only, no
 * package) through protobufjs reflection: proof that an old client still works against our server.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { collect } from "@tertulia/testing/streams";
import { startTestServer, type TestServer } from "@tertulia/testing/test-server";
import protobuf from "protobufjs";

const ORIGINAL_PROTO = `
syntax = "proto3";
message EmptyMessage {}
message Note { string name = 1; string message = 2; }
message LoginRequest { string username = 1; string password = 2; }
message LoginResponse { string token = 1; string error = 2; }
service AuthService { rpc AuthenticateUser(LoginRequest) returns (LoginResponse); }
service ChatServer { rpc ChatStream(EmptyMessage) returns (stream Note); rpc SendNote(Note) returns (EmptyMessage); }
`;

const root = protobuf.parse(ORIGINAL_PROTO).root;
const types = {
  EmptyMessage: root.lookupType("EmptyMessage"),
  Note: root.lookupType("Note"),
  LoginRequest: root.lookupType("LoginRequest"),
  LoginResponse: root.lookupType("LoginResponse"),
};
type Plain = Record<string, unknown>;
const encode = (type: protobuf.Type) => (value: Plain) => Buffer.from(type.encode(type.fromObject(value)).finish());
const decode = (type: protobuf.Type) => (bytes: Buffer) =>
  type.toObject(type.decode(bytes), { defaults: true }) as Plain;

let t: TestServer;
let channel: grpc.Client;

beforeAll(async () => {
  t = await startTestServer();
  channel = new grpc.Client(t.address, grpc.credentials.createInsecure());
});
afterAll(async () => {
  channel.close();
  await t.stop();
});

function unary(
  path: string,
  req: protobuf.Type,
  res: protobuf.Type,
  value: Plain,
  metadata = new grpc.Metadata(),
): Promise<Plain> {
  return new Promise((resolve, reject) =>
    channel.makeUnaryRequest(path, encode(req), decode(res), value, metadata, (error, response) =>
      error ? reject(error) : resolve(response!),
    ),
  );
}

test("AuthenticateUser → ChatStream with Bearer metadata → SendNote with only name and message", async () => {
  const login = await unary("/AuthService/AuthenticateUser", types.LoginRequest, types.LoginResponse, {
    username: "mimi",
    password: "pass",
  });
  expect(login.error).toBe("");
  const metadata = new grpc.Metadata();
  metadata.set("authorization", `Bearer ${login.token as string}`);

  const stream = collect(
    channel.makeServerStreamRequest(
      "/ChatServer/ChatStream",
      encode(types.EmptyMessage),
      decode(types.Note),
      {},
      metadata,
    ),
  );
  // The original client spoofs nothing, but another might: the author must come from the token.
  await unary("/ChatServer/SendNote", types.Note, types.EmptyMessage, { name: "admin", message: "hola?" }, metadata);
  const notes = await stream.until((items) => items.some((n) => n.message === "hola?"));
  expect(notes.find((n) => n.message === "hola?")).toEqual({ name: "mimi", message: "hola?" });
  stream.cancel();
});

test("a wrong password is answered in LoginResponse.error, not as an RPC failure (the original's HTTP 500)", async () => {
  const login = await unary("/AuthService/AuthenticateUser", types.LoginRequest, types.LoginResponse, {
    username: "mimi",
    password: "wrong",
  });
  expect(login).toEqual({ token: "", error: "Invalid username or password" });
});

test("ChatStream replays the last 50 messages of the default room, then live ones", async () => {
  const token = await t.login("pepe");
  for (let i = 1; i <= 60; i++) await t.client.chat.sendNote({ message: `m${i}` }, { token });
  const metadata = new grpc.Metadata();
  metadata.set("authorization", `Bearer ${token}`);
  const stream = collect(
    channel.makeServerStreamRequest(
      "/ChatServer/ChatStream",
      encode(types.EmptyMessage),
      decode(types.Note),
      {},
      metadata,
    ),
  );
  await stream.until((items) => items.filter((n) => /^m\d+$/.test(n.message as string)).length === 50);
  await t.client.chat.sendNote({ message: "live" }, { token });
  const items = await stream.until((all) => all.some((n) => n.message === "live"));
  const chat = items.filter((n) => n.name === "pepe").map((n) => n.message);
  expect(chat).toEqual([...Array.from({ length: 50 }, (_, i) => `m${i + 11}`), "live"]);
  stream.cancel();
});

test("ChatStream shows edited text, never a deleted message, and is never sent edit or delete events", async () => {
  const token = await t.login("juan");
  const send = (message: string) => t.client.chat.sendNote({ message, clientMessageId: message }, { token });
  await send("orig-keep");
  await send("orig-typo");
  await send("orig-drop");
  const typo = (await t.client.chat.getHistory({}, { token })).notes.find((n) => n.message === "orig-typo")!;
  const drop = (await t.client.chat.getHistory({}, { token })).notes.find((n) => n.message === "orig-drop")!;
  await t.client.chat.editNote({ room: "general", seq: typo.seq, message: "orig-fixed" }, { token });
  await t.client.chat.deleteNote({ room: "general", seq: drop.seq }, { token });

  const metadata = new grpc.Metadata();
  metadata.set("authorization", `Bearer ${token}`);
  const stream = collect(
    channel.makeServerStreamRequest(
      "/ChatServer/ChatStream",
      encode(types.EmptyMessage),
      decode(types.Note),
      {},
      metadata,
    ),
  );
  await stream.until((items) => items.some((n) => n.message === "orig-fixed"));
  // Live: an edit and a delete happen, then a message; the old client sees the message alone.
  const keep = (await t.client.chat.getHistory({}, { token })).notes.find((n) => n.message === "orig-keep")!;
  await t.client.chat.editNote({ room: "general", seq: keep.seq, message: "orig-kept" }, { token });
  await t.client.chat.deleteNote({ room: "general", seq: typo.seq }, { token });
  await send("orig-end");
  const items = await stream.until((all) => all.some((n) => n.message === "orig-end"));
  const mine = items.filter((n) => n.name === "juan").map((n) => n.message);
  expect(mine).toEqual(["orig-keep", "orig-fixed", "orig-end"]);
  stream.cancel();
});
