/**
 * A port someone else holds, said once for every listener (the web port, the gRPC port, the metrics port):
 * one line naming the port and the variable that sets it, instead of a runtime's stack trace. Listeners never
 * share a port (no SO_REUSEPORT), so a busy port is always this error, never a silent second listener.
 */

/** The port a process was told to listen on is taken. The message is the one line a process prints. */
export class PortInUseError extends Error {
  override readonly name = "PortInUseError";

  constructor(
    readonly port: number,
    /** The environment variable that chose the port (`PORT`, `GRPC_PORT`, `METRICS_PORT`). */
    readonly variable: string,
    options?: ErrorOptions,
  ) {
    super(`port ${port} (${variable}) is already in use`, options);
  }
}

/**
 * Whether `error`, or an error it was caused by, is the kernel's EADDRINUSE. Bun's listeners (Bun.serve,
 * Bun.listen, node:net) set `code: "EADDRINUSE"`; grpc-js's bindAsync reports only a message that quotes
 * the listen error ("No address added out of total 1 resolved, errors: [listen EADDRINUSE …]").
 */
export function isAddressInUse(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    if ((e as { code?: unknown }).code === "EADDRINUSE" || /\bEADDRINUSE\b/.test(e.message)) return true;
  }
  return false;
}

/**
 * `error` as a {@link PortInUseError} for `port` (set by `variable`) when it is EADDRINUSE; otherwise `error`
 * itself, untouched. For a listener's catch block: `throw portInUseOr(error, port, "METRICS_PORT")`.
 */
export function portInUseOr(error: unknown, port: number, variable: string): unknown {
  if (error instanceof PortInUseError || !isAddressInUse(error)) return error;
  return new PortInUseError(port, variable, { cause: error });
}

/**
 * Checks that `host:port` can be listened on right now, by listening and closing at once. A launcher that
 * starts several processes uses it to name a busy port in its own words before starting any of them; the
 * processes still check for themselves (another program may take the port in between).
 * @throws {PortInUseError} when the port is taken.
 */
export function ensurePortFree(host: string, port: number, variable: string): void {
  if (port === 0) return;
  try {
    Bun.listen({ hostname: host, port, exclusive: true, socket: { data() {} } }).stop(true);
  } catch (error) {
    throw portInUseOr(error, port, variable);
  }
}
