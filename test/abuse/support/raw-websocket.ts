/**
 * A WebSocket client as a script would write it, on a bare TCP socket: it can stop reading (so the server's
 * buffers fill), and it sees the upgrade's HTTP status and body when it is refused. Frames follow RFC 6455:
 * client frames are masked; server frames are decoded from the bytes received so far.
 * @see https://www.rfc-editor.org/rfc/rfc6455#section-5.2
 */
import { randomBytes } from "node:crypto";
import { connect, type Socket } from "node:net";

export interface RawWebSocket {
  /** The upgrade's HTTP status: 101 when accepted. */
  readonly status: number;
  /** The refusal's body, when refused. */
  readonly refusal: string;
  /** True once the TCP connection is gone. */
  readonly closed: boolean;
  readonly whenClosed: Promise<void>;
  send(frame: unknown): void;
  /** Stops reading: the server's buffers fill. */
  pause(): void;
  resume(): void;
  /** Text frames received so far, parsed as JSON; `close` frames as `{ type: "close", code }`. */
  frames(): Array<{ type: string; [key: string]: unknown }>;
  /** Bytes of frames received so far (without the upgrade response). */
  readonly bytesReceived: number;
  destroy(): void;
}

export function openRawWebSocket(base: string, cookie: string): Promise<RawWebSocket> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host: hostname, port: Number(port) });
    let head: Buffer = Buffer.alloc(0);
    let body: Buffer = Buffer.alloc(0);
    let status = 0;
    let closed = false;
    let markClosed!: () => void;
    const whenClosed = new Promise<void>((done) => (markClosed = done));
    socket.on("error", () => {});
    socket.on("close", () => {
      closed = true;
      markClosed();
      if (status === 0) reject(new Error("connection closed before the upgrade answered"));
    });
    socket.once("connect", () => {
      socket.write(
        [
          "GET /ws HTTP/1.1",
          `Host: ${hostname}:${port}`,
          "Upgrade: websocket",
          "Connection: Upgrade",
          `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}`,
          "Sec-WebSocket-Version: 13",
          `Origin: ${base}`,
          `Cookie: ${cookie}`,
          "",
          "",
        ].join("\r\n"),
      );
    });
    const raw: RawWebSocket = {
      get status() {
        return status;
      },
      get refusal() {
        return status === 101 ? "" : body.toString();
      },
      get closed() {
        return closed;
      },
      whenClosed,
      get bytesReceived() {
        return body.length;
      },
      send(frame) {
        if (!closed) socket.write(maskedTextFrame(JSON.stringify(frame)));
      },
      pause: () => socket.pause(),
      resume: () => socket.resume(),
      frames: () => decodeFrames(body),
      destroy: () => socket.destroy(),
    };
    socket.on("data", (data: Buffer) => {
      if (status !== 0) {
        body = Buffer.concat([body, data]);
        return;
      }
      head = Buffer.concat([head, data]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) return;
      status = Number(/^HTTP\/1\.1 (\d+)/.exec(head.subarray(0, end).toString())?.[1] ?? -1);
      body = head.subarray(end + 4);
      // A refusal's body follows its headers; give it a moment to arrive.
      setTimeout(() => resolve(raw), status === 101 ? 0 : 100);
    });
  });
}

function maskedTextFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  const mask = randomBytes(4);
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x81, 0x80 | length])
      : length < 65_536
        ? Buffer.from([0x81, 0x80 | 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x81, 0x80 | 127]), u64(length)]);
  const masked = Buffer.alloc(length);
  for (let i = 0; i < length; i++) masked[i] = payload[i]! ^ mask[i % 4]!;
  return Buffer.concat([header, mask, masked]);
}

function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** Complete server frames in `bytes` (unmasked, unfragmented, as Bun sends them). */
function decodeFrames(bytes: Buffer): Array<{ type: string; [key: string]: unknown }> {
  const frames: Array<{ type: string; [key: string]: unknown }> = [];
  let at = 0;
  while (at + 2 <= bytes.length) {
    const opcode = bytes[at]! & 0x0f;
    let length = bytes[at + 1]! & 0x7f;
    let offset = at + 2;
    if (length === 126) {
      if (offset + 2 > bytes.length) break;
      length = bytes.readUInt16BE(offset);
      offset += 2;
    } else if (length === 127) {
      if (offset + 8 > bytes.length) break;
      length = Number(bytes.readBigUInt64BE(offset));
      offset += 8;
    }
    if (offset + length > bytes.length) break;
    const payload = bytes.subarray(offset, offset + length);
    if (opcode === 0x1) frames.push(JSON.parse(payload.toString()) as { type: string });
    if (opcode === 0x8) frames.push({ type: "close", code: length >= 2 ? payload.readUInt16BE(0) : 1005 });
    at = offset + length;
  }
  return frames;
}
