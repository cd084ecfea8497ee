/**
 * Metrics and tracing in the compiled binaries (`bun build --compile` bundles prom-client and the
 * OpenTelemetry SDK and exporter; nothing may be read from node_modules at run time): both serve /metrics on
 * the port they are given, and one message sent through the compiled pair arrives at an OTLP receiver on
 * loopback as one trace across both processes.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { join } from "node:path";
import { eventually } from "@tertulia/testing/streams";
import { type OtlpReceiver, startOtlpReceiver } from "../support/otlp-receiver.ts";
import { scrape } from "../support/prometheus.ts";
import { openSocket } from "../support/socket.ts";
import { loginCookie } from "../support/stack.ts";
import { type CompiledBinaries, compiledBinaries, dataDir, releaseCompiledBinaries } from "./support/binaries.ts";
import { type RunningBinary, startBinary } from "./support/process.ts";

const RELAY_SECRET = "relay-secret-for-the-observability-binary-test-01";

let binaries: CompiledBinaries;
let receiver: OtlpReceiver;
let server: RunningBinary;
let web: RunningBinary;
const ports = { server: 0, web: 0 };

function freePort(): number {
  const listener = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data() {} } });
  const port = listener.port;
  listener.stop(true);
  return port;
}

beforeAll(async () => {
  binaries = await compiledBinaries(["server", "client"]);
  receiver = startOtlpReceiver();
  ports.server = freePort();
  ports.web = freePort();
  const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint };
  server = await startBinary(binaries.path("server"), {
    cwd: binaries.dir,
    env: {
      HOST: "127.0.0.1",
      PORT: "0",
      DATABASE_PATH: join(dataDir(), "chat.db"),
      SEED_DEMO_USERS: "1",
      RELAY_SECRET,
      JWT_SECRET: "jwt-secret-for-the-observability-binary-test-0123",
      METRICS_PORT: String(ports.server),
      ...tracing,
    },
  });
  web = await startBinary(binaries.path("client"), {
    cwd: binaries.dir,
    env: {
      HOST: "127.0.0.1",
      PORT: "0",
      SERVER_URL: `127.0.0.1:${server.port}`,
      RELAY_SECRET,
      SESSION_SECRET: "session-secret-for-the-observability-binary-test",
      METRICS_PORT: String(ports.web),
      ...tracing,
    },
  });
}, 120_000);

afterAll(async () => {
  await web?.stop();
  await server?.stop();
  await receiver?.stop();
  releaseCompiledBinaries();
});

test("the compiled pair serves /metrics and exports one trace per message across both processes", async () => {
  const base = `http://127.0.0.1:${web.port}`;
  const socket = await openSocket(base, await loginCookie(base));
  socket.send({ type: "join", room: "compiled" });
  await socket.until((frames) => frames.some((f) => f.type === "joined"));
  socket.send({ type: "send", room: "compiled", text: "hola", clientId: "bin-1" });
  await socket.until(() => socket.messages("compiled").length === 1);
  socket.close();

  const [serverScrape, webScrape] = await Promise.all([scrape(ports.server), scrape(ports.web)]);
  expect(serverScrape.value("grpc_server_handled_total", { grpc_method: "SendNote", grpc_code: "OK" })).toBe(1);
  expect(webScrape.value("tertulia_web_frames_received_total", { type: "send" })).toBe(1);

  // The batch processor sends every 5 s (the SDK default).
  await eventually(() => receiver.spans.some((s) => s.name === "relay publish"), 20_000, "spans exported");
  const root = receiver.spans.find((s) => s.name === "ws send")!;
  const trace = receiver.spans.filter((s) => s.traceId === root.traceId);
  expect(new Set(trace.map((s) => s.service))).toEqual(new Set(["tertulia-client", "tertulia-server"]));
  expect(trace.map((s) => s.name).sort()).toEqual(
    ["ChatServer/SendNote", "grpc ChatServer/SendNote", "relay publish", "store appendMessage", "ws send"].sort(),
  );
}, 120_000);
