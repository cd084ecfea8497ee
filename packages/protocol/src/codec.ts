import type { Writer } from "protobufjs";

/**
 * A generated protobufjs message class seen from the wire: what it accepts to encode (`In`, every field
 * optional) and what decoding gives back (`Out`, every scalar field set to its value or default).
 */
export interface MessageCodec<In, Out> {
  encode(message: In): Writer;
  decode(bytes: Uint8Array): Out;
}

/** Encodes without copying: grpc-js wants a Buffer, protobufjs gives a Uint8Array over the same memory. */
export function encodeToBuffer<In>(codec: MessageCodec<In, unknown>, message: In): Buffer {
  const bytes = codec.encode(message).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
