/**
 * 64-bit fields (seq, timestamps) as plain numbers. pbjs's --force-number only changes the typings; the
 * reader still returns Long objects while protobufjs can see the `long` package. Unsetting it makes the
 * reader return numbers, which is exact for every seq and millisecond timestamp below 2^53.
 */
import protobuf from "protobufjs/minimal.js";

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
