import protobuf from "protobufjs/minimal.js";

type Writer = protobuf.Writer;

/**
 * A generated protobufjs message class seen from the wire: what it accepts to encode (`In`, every field
 * optional) and what decoding gives back (`Out`, every scalar field set to its value or default).
 */
export interface MessageCodec<In, Out> {
  encode(message: In, writer?: Writer): Writer;
  decode(bytes: Uint8Array): Out;
}

/**
 * One writer for every encode in the process (encoding is synchronous, so never shared by two at once). A
 * fresh writer per message starts at 128 bytes and regrows (allocate, copy) past every doubling, and a token
 * alone is a few hundred bytes: in the web tier's profile that was most of each send's encode. Reused, its
 * buffer has grown once to the size messages need, and each encode is one exact-size copy out.
 */
let shared: Writer = protobuf.Writer.create();
/** A writer that grew past this (a history page) is let go, not kept at that size for good. */
const SHARED_WRITER_MAX_BYTES = 64 * 1024;

/** Encodes into the shared writer, then copies the bytes into a Buffer of their own (what grpc-js wants). */
export function encodeToBuffer<In>(codec: MessageCodec<In, unknown>, message: In): Buffer {
  const writer = shared;
  // Left in any state by an encode that threw; `reset` would only pop one fork.
  writer.pos = 0;
  writer.states = null;
  codec.encode(message, writer);
  const bytes = Buffer.allocUnsafe(writer.pos);
  bytes.set(writer.buf.subarray(0, writer.pos));
  if (writer.buf.length > SHARED_WRITER_MAX_BYTES) shared = protobuf.Writer.create();
  return bytes;
}

/**
 * Encodes each message object once, however many streams it is written to: a room's message fanned out to
 * a thousand subscribers is the same object a thousand times. Keyed weakly, so nothing is kept alive.
 */
export function memoizedEncoder<In extends object>(codec: MessageCodec<In, unknown>): (message: In) => Buffer {
  const cache = new WeakMap<In, Buffer>();
  return (message) => {
    let bytes = cache.get(message);
    if (!bytes) {
      bytes = encodeToBuffer(codec, message);
      cache.set(message, bytes);
    }
    return bytes;
  };
}
