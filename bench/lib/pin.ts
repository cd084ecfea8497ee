/**
 * `--pin`: the load generator on CPU 0, the system under test on the others, so latency is not mostly the
 * load generator's own queue for a core. `taskset --all-tasks --pid` moves every thread of this process
 * (util-linux taskset(1)); the children are started under `taskset --cpu-list` (stack.ts, peer-stack.ts).
 */
import { cpus } from "node:os";

/** Pins this process (all its threads) to CPU 0, or gives it every CPU again. */
export function pinLoadGenerator(pin: boolean): void {
  const list = pin ? "0" : `0-${cpus().length - 1}`;
  const result = Bun.spawnSync(["taskset", "--all-tasks", "--cpu-list", "--pid", list, String(process.pid)], {
    stdout: "ignore",
    stderr: "pipe",
  });
  if (!result.success && pin) throw new Error(`taskset could not pin the load generator: ${result.stderr.toString()}`);
}
