/**
 * The floor for Tertulia's web tier: a raw `Bun.serve` WebSocket pub/sub server speaking the web tier's own
 * frames (join → `joined`, send → `message` to every member of the room, the sender included), with no
 * authentication, no storage, no gRPC. Started by `bun run bench --peers`; PORT in the environment.
 */
interface Frame {
  readonly type?: string;
  readonly room?: string;
  readonly text?: string;
  readonly clientId?: string;
}

const seqs = new Map<string, number>();
const server = Bun.serve({
  hostname: "127.0.0.1",
  port: Number(process.env.PORT ?? 0),
  fetch(request, server) {
    if (new URL(request.url).pathname === "/readyz") return new Response("ok");
    return server.upgrade(request) ? undefined : new Response("websocket only", { status: 400 });
  },
  websocket: {
    message(ws, data) {
      const frame = JSON.parse(String(data)) as Frame;
      const room = frame.room ?? "";
      if (frame.type === "join") {
        ws.subscribe(room);
        const lastSeq = seqs.get(room) ?? 0;
        ws.send(JSON.stringify({ type: "joined", room, epoch: "", reset: false, messages: [], lastSeq }));
      } else if (frame.type === "send") {
        const seq = (seqs.get(room) ?? 0) + 1;
        seqs.set(room, seq);
        // The web tier's frame, keys in its order; encoded once and published to the room.
        const message = { type: "message", room, seq, author: "anon", text: frame.text, sentAt: Date.now() };
        server.publish(room, JSON.stringify({ ...message, clientId: frame.clientId }));
      }
    },
  },
});
process.stdout.write(`listening on ${server.port}\n`);
process.on("SIGTERM", () => {
  server.stop(true);
  process.exit(0);
});
