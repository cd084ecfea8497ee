/**
 * A gRPC caller that opens one streaming call and never reads what it is sent, at the HTTP/2 level: it
 * announces a stream window of 0 bytes and sends no WINDOW_UPDATE, so the server may send it headers but no
 * DATA (RFC 9113 §6.9.2). grpc-js's own client cannot do this under Bun: pausing its stream leaves Bun's
 * HTTP/2 client reading and acknowledging everything, so the server never sees a slow reader.
 *
 * It speaks just enough HTTP/2 over a plain TCP socket: the preface, SETTINGS (and the ACK of the server's),
 * PING answers, one HEADERS frame with HPACK literals (RFC 7541 §6.2.2) and DATA frames of gRPC messages
 * (5-byte prefix: flag 0, big-endian length). It sends at most what the default windows allow (65,535 bytes
 * for the connection and the stream, RFC 9113 §6.9.2), so it never has to wait for the server's updates.
 */
import { connect, type Socket } from "node:net";

const PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
const FRAME = { DATA: 0x0, HEADERS: 0x1, SETTINGS: 0x4, PING: 0x6 } as const;
const FLAG = { ACK: 0x1, END_STREAM: 0x1, END_HEADERS: 0x4 } as const;
const SETTINGS_ENABLE_PUSH = 0x2;
const SETTINGS_INITIAL_WINDOW_SIZE = 0x4;
/** The windows every HTTP/2 peer starts with; this caller stays inside them. */
export const DEFAULT_WINDOW_BYTES = 65_535;
const STREAM_ID = 1;

export interface StalledGrpcCaller {
  /**
   * Sends one gRPC message (already protobuf-encoded) on the call; `last` ends the request side (END_STREAM),
   * as a unary or server-streaming call's one request does. @throws past the default window
   */
  send(message: Uint8Array, options?: { readonly last?: boolean }): void;
  /** Bytes of DATA the server sent (0 while the window holds): proof that nothing was read. */
  readonly dataReceived: number;
  close(): void;
}

/**
 * Opens the call `path` (e.g. `/ChatServer/SendStream`) on a gRPC server on 127.0.0.1:`port`, with `metadata`
 * as extra headers (lower-case names, e.g. `authorization`).
 */
export async function openStalledGrpcCaller(
  port: number,
  path: string,
  metadata: Readonly<Record<string, string>> = {},
): Promise<StalledGrpcCaller> {
  const socket = await new Promise<Socket>((resolve, reject) => {
    const s = connect(port, "127.0.0.1", () => resolve(s));
    s.once("error", reject);
  });
  let sent = 0;
  let dataReceived = 0;
  let pending = Buffer.alloc(0);
  socket.on("data", (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 9) {
      const length = pending.readUIntBE(0, 3);
      if (pending.length < 9 + length) break;
      const type = pending[3]!;
      const flags = pending[4]!;
      const payload = pending.subarray(9, 9 + length);
      if (type === FRAME.SETTINGS && !(flags & FLAG.ACK)) socket.write(frame(FRAME.SETTINGS, FLAG.ACK, 0));
      if (type === FRAME.PING && !(flags & FLAG.ACK)) socket.write(frame(FRAME.PING, FLAG.ACK, 0, payload));
      if (type === FRAME.DATA) dataReceived += length;
      pending = pending.subarray(9 + length);
    }
  });
  // The server resets or closes the connection when a test ends it; that is the end of this caller, not news.
  socket.on("error", () => {});

  const settings = Buffer.alloc(12);
  settings.writeUInt16BE(SETTINGS_ENABLE_PUSH, 0);
  settings.writeUInt32BE(0, 2);
  settings.writeUInt16BE(SETTINGS_INITIAL_WINDOW_SIZE, 6);
  settings.writeUInt32BE(0, 8);
  const headers = Buffer.concat(
    [
      [":method", "POST"],
      [":scheme", "http"],
      [":path", path],
      [":authority", `127.0.0.1:${port}`],
      ["content-type", "application/grpc"],
      ["te", "trailers"],
      ...Object.entries(metadata),
    ].map(([name, value]) => literal(name!, value!)),
  );
  socket.write(
    Buffer.concat([
      PREFACE,
      frame(FRAME.SETTINGS, 0, 0, settings),
      frame(FRAME.HEADERS, FLAG.END_HEADERS, STREAM_ID, headers),
    ]),
  );

  return {
    send(message, { last = false } = {}) {
      const prefix = Buffer.alloc(5);
      prefix.writeUInt32BE(message.length, 1);
      const body = Buffer.concat([prefix, message]);
      if (sent + body.length > DEFAULT_WINDOW_BYTES) throw new Error("past the server's default window");
      sent += body.length;
      socket.write(frame(FRAME.DATA, last ? FLAG.END_STREAM : 0, STREAM_ID, body));
    },
    get dataReceived() {
      return dataReceived;
    },
    close() {
      socket.destroy();
    },
  };
}

function frame(type: number, flags: number, streamId: number, payload: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(9);
  header.writeUIntBE(payload.length, 0, 3);
  header[3] = type;
  header[4] = flags;
  header.writeUInt32BE(streamId, 5);
  return Buffer.concat([header, payload]);
}

/** A header as an HPACK "literal without indexing, new name" (RFC 7541 §6.2.2), both strings raw (no Huffman). */
function literal(name: string, value: string): Buffer {
  return Buffer.concat([Buffer.from([0x00]), hpackString(Buffer.from(name)), hpackString(Buffer.from(value))]);
}

/** A string literal: its length as a 7-bit-prefix integer (RFC 7541 §5.1, H bit 0), then the bytes. */
function hpackString(bytes: Buffer): Buffer {
  const length: number[] = [];
  if (bytes.length < 127) length.push(bytes.length);
  else {
    length.push(127);
    let rest = bytes.length - 127;
    while (rest >= 128) {
      length.push((rest % 128) + 128);
      rest = Math.floor(rest / 128);
    }
    length.push(rest);
  }
  return Buffer.concat([Buffer.from(length), bytes]);
}
