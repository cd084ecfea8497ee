/**
 * A minimal Socket.IO 4 server on Node: what a team would write instead of Tertulia's web tier. Rooms are
 * Socket.IO rooms; a `send` event is emitted to the room as a `message` event (the sender included) with
 * the web tier's frame as its payload. No authentication, no storage. WebSocket transport only, no
 * compression, as the load generator speaks it. Started by `bun run bench --peers` under `node`; PORT in
 * the environment.
 */
import { createServer } from "node:http";
import { Server } from "socket.io";

const seqs = new Map();
const http = createServer((request, response) => {
  response.statusCode = request.url === "/readyz" ? 200 : 404;
  response.end();
});
const io = new Server(http, { transports: ["websocket"], serveClient: false, perMessageDeflate: false });
io.on("connection", (socket) => {
  socket.on("join", (frame) => {
    socket.join(frame.room);
    const lastSeq = seqs.get(frame.room) ?? 0;
    socket.emit("joined", { type: "joined", room: frame.room, epoch: "", reset: false, messages: [], lastSeq });
  });
  socket.on("send", (frame) => {
    const seq = (seqs.get(frame.room) ?? 0) + 1;
    seqs.set(frame.room, seq);
    const message = { type: "message", room: frame.room, seq, author: "anon", text: frame.text, sentAt: Date.now() };
    io.to(frame.room).emit("message", { ...message, clientId: frame.clientId });
  });
});
http.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`listening on ${http.address().port}\n`);
});
process.on("SIGTERM", () => {
  io.close();
  process.exit(0);
});
