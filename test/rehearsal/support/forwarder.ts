#!/usr/bin/env bun
/**
 * Runs inside the build's private network namespace: the loopback ports the build reaches (the AWS endpoint on
 * 4566 and the ALB on 80) forwarded, byte for byte, to the rehearsal's servers on Unix sockets outside. Ports are
 * fixed only inside that namespace, where nothing else listens. Writes `ready` once listening.
 *
 *   bun forwarder.ts SOCKET_DIR
 */
import { join } from "node:path";

const dir = process.argv[2] as string;
const routes: [number, string][] = [
  [4566, join(dir, "aws.sock")],
  [80, join(dir, "alb.sock")],
];

type Peer = { write(data: Uint8Array): number; end(): void };
for (const [port, unix] of routes) {
  Bun.listen<{ peer?: Peer; pending: Uint8Array[] }>({
    hostname: "127.0.0.1",
    port,
    socket: {
      open(client) {
        client.data = { pending: [] };
        Bun.connect({
          unix,
          socket: {
            open(upstream) {
              client.data.peer = upstream;
              for (const chunk of client.data.pending) upstream.write(chunk);
              client.data.pending = [];
            },
            data(_upstream, chunk) {
              client.write(chunk);
            },
            close() {
              client.end();
            },
            error() {
              client.end();
            },
          },
        }).catch(() => client.end());
      },
      data(client, chunk) {
        if (client.data.peer) client.data.peer.write(chunk);
        else client.data.pending.push(new Uint8Array(chunk));
      },
      close(client) {
        client.data.peer?.end();
      },
    },
  });
}
await Bun.write(join(dir, `ready-${process.pid}`), "");
