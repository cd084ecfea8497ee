/**
 * The peers `bun run bench --peers` measures Tertulia against, each one process started like the stack:
 * a minimal Socket.IO 4 server on Node (peers/socket-io-server.mjs) and a raw Bun.serve pub/sub server
 * (peers/bun-pubsub-server.ts). Neither authenticates nor stores anything: they are what the same
 * fan-out costs without Tertulia's guarantees, the load generator and its scenarios unchanged.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BenchStack, freePort, pinned, waitFor } from "./stack.ts";
import { JSON_WIRE, SOCKET_IO_WIRE, type Wire } from "./wire.ts";

export const PEERS = ["socket.io", "bun"] as const;
export type PeerName = (typeof PEERS)[number];

/** A peer's name from the command line, or an error that lists the names there are. */
export function parsePeer(name: string): PeerName {
  const peer = PEERS.find((p) => p === name);
  if (!peer) throw new Error(`unknown peer "${name}" (peers: ${PEERS.join(", ")})`);
  return peer;
}

const PEER_DIR = resolve(import.meta.dir, "../peers");
const COMMANDS: Record<PeerName, { readonly command: string[]; readonly wire: Wire }> = {
  "socket.io": { command: ["node", join(PEER_DIR, "socket-io-server.mjs")], wire: SOCKET_IO_WIRE },
  bun: { command: [process.execPath, join(PEER_DIR, "bun-pubsub-server.ts")], wire: JSON_WIRE },
};

/** Starts a peer on a free loopback port and waits until it answers /readyz. */
export async function spawnPeer(name: PeerName, options: { readonly cpus?: string } = {}): Promise<BenchStack> {
  const dir = mkdtempSync(join(tmpdir(), `tertulia-bench-${name}-`));
  const port = await freePort();
  const { command, wire } = COMMANDS[name];
  const child = Bun.spawn([...pinned(options.cpus), ...command], {
    cwd: PEER_DIR,
    env: { ...process.env, PORT: String(port) },
    stdout: Bun.file(join(dir, "out.log")),
    stderr: Bun.file(join(dir, "err.log")),
  });
  const webUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await child.exited;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(`the ${name} peer (logs in ${dir})`, child, async () => (await fetch(`${webUrl}/readyz`)).ok);
  } catch (error) {
    await stop();
    throw error;
  }
  const read = () => {
    try {
      return readFileSync(join(dir, "err.log"), "utf8");
    } catch {
      return "";
    }
  };
  return {
    system: name,
    webUrl,
    wire,
    login: false,
    grpcAddress: null,
    serverPid: child.pid,
    webPid: null,
    signup: false,
    logs: () => ({ server: read(), web: "" }),
    stop,
  };
}
