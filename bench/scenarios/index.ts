/** Every scenario, in the order. */
import { connectStorm } from "./connect-storm.ts";
import { manyRooms, oneBigRoom } from "./fan-out.ts";
import { grpcOnly } from "./grpc-only.ts";
import { idle } from "./idle.ts";
import { pingPong } from "./ping-pong.ts";
import type { Scenario } from "./types.ts";

// Each scenario has its own parameter shape; the registry only passes each its own.
export const SCENARIOS: readonly Scenario<Record<string, number>>[] = [
  pingPong,
  oneBigRoom,
  manyRooms,
  connectStorm,
  grpcOnly,
  idle,
] as unknown as Scenario<Record<string, number>>[];
