/**
 * The compiled pair, end to end: `bun run build`'s server and web tier, copied to an empty directory outside
 * the checkout and run from there as a container runs them (clean environment, unwritable working directory,
 * UID 65532 when possible). A browser's path: login form over HTTP → WebSocket → compiled web tier → gRPC →
 * compiled server, and the message back.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildPage } from "@tertulia/client/src/page/bundle.ts";
import { openSocket } from "../support/socket.ts";
import { loginCookie } from "../support/stack.ts";
import {
  type CompiledBinaries,
  compiledBinaries,
  dataDir,
  NONROOT,
  releaseCompiledBinaries,
  runsAsNonroot,
} from "./support/binaries.ts";
import { commandFor, type RunningBinary, startBinary } from "./support/process.ts";

const RELAY_SECRET = "relay-secret-for-the-compiled-pair-test-0123456789";

let binaries: CompiledBinaries;
let server: RunningBinary;
let web: RunningBinary;
let data: string;

beforeAll(async () => {
  binaries = await compiledBinaries(["server", "client"]);
  data = dataDir();
  server = await startBinary(binaries.path("server"), {
    cwd: binaries.dir,
    env: {
      HOST: "127.0.0.1",
      PORT: "0",
      DATABASE_PATH: join(data, "chat.db"),
      SEED_DEMO_USERS: "1",
      RELAY_SECRET,
      JWT_SECRET: "jwt-secret-for-the-compiled-pair-test-0123456789",
    },
  });
  web = await startBinary(binaries.path("client"), {
    cwd: binaries.dir,
    env: {
      HOST: "127.0.0.1",
      PORT: "0",
      SERVER_URL: `127.0.0.1:${server.port}`,
      RELAY_SECRET,
      SESSION_SECRET: "session-secret-for-the-compiled-pair-test-0123",
    },
  });
}, 60_000);

afterAll(async () => {
  await web?.stop();
  await server?.stop();
  releaseCompiledBinaries();
});

function run(binary: string, args: string[]): { code: number; stdout: string } {
  const proc = Bun.spawnSync(commandFor(binary, args), {
    cwd: binaries.dir,
    env: { PATH: "/usr/bin:/bin" },
    stdout: "pipe",
    stderr: "pipe",
  });
  return { code: proc.exitCode, stdout: proc.stdout.toString() };
}

describe("compiled binaries", () => {
  test("run from a directory holding nothing but themselves", () => {
    expect(readdirSync(binaries.dir).sort()).toEqual(["tertulia-client", "tertulia-server"]);
  });

  test.each(["server", "client"] as const)("%s --version prints the version and the git commit", (name) => {
    const { code, stdout } = run(binaries.path(name), ["--version"]);
    expect(code).toBe(0);
    // A commit of this repository (HEAD when the build ran; HEAD may move while the tests run).
    if (binaries.commit !== "unknown") {
      const sha = binaries.commit.replace(/-dirty$/, "");
      expect(sha).toMatch(/^[0-9a-f]{40}$/);
      expect(Bun.spawnSync(["git", "cat-file", "-e", `${sha}^{commit}`]).exitCode).toBe(0);
    }
    expect(stdout.trim()).toBe(`tertulia-${name} 0.1.0 (${binaries.commit})`);
  });

  test.each([
    ["server", ["DATABASE_PATH", "JWT_SECRET", "RELAY_SECRET"]],
    ["client", ["SERVER_URL", "SESSION_SECRET", "RELAY_SECRET"]],
  ] as const)("%s --help lists its environment variables", (name, variables) => {
    const { code, stdout } = run(binaries.path(name), ["--help"]);
    expect(code).toBe(0);
    for (const variable of variables) expect(stdout).toContain(variable);
  });

  test("the web tier serves its embedded assets with no public/ on disk", async () => {
    const page = await fetch(`http://127.0.0.1:${web.port}/login`);
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const asset of ["style.css", "favicon.svg"]) {
      const href = new RegExp(`/assets/${asset.replace(".", "\\.")}\\?v=[^"]+`).exec(html)?.[0];
      expect(href).toBeDefined();
      const response = await fetch(`http://127.0.0.1:${web.port}${href}`);
      expect(response.status).toBe(200);
      expect((await response.bytes()).length).toBeGreaterThan(0);
    }
    // The chat script is the page's TypeScript, bundled when the binary was compiled: the same bundle as now.
    const script = await fetch(`http://127.0.0.1:${web.port}/assets/chat.js`);
    expect(script.headers.get("content-type")).toContain("text/javascript");
    expect(await script.text()).toBe(await buildPage());
  });

  test("a login and a message make the round trip through the compiled pair", async () => {
    const base = `http://127.0.0.1:${web.port}`;
    const cookie = await loginCookie(base, "mimi", "pass");
    const socket = await openSocket(base, cookie);
    try {
      socket.send({ type: "join", room: "compiled" });
      await socket.until((frames) => frames.some((f) => f.type === "joined" && f.room === "compiled"));
      socket.send({ type: "send", room: "compiled", text: "hola desde el binario", clientId: "c1" });
      await socket.until((frames) => frames.some((f) => f.type === "message" && f.clientId === "c1"));
      const [message] = socket.messages("compiled");
      expect(message).toMatchObject({ author: "mimi", text: "hola desde el binario", clientId: "c1" });
      expect(message!.seq).toBeGreaterThan(0);
    } finally {
      socket.close();
    }
  });

  test("the server wrote only inside its data directory, as the non-root user", () => {
    expect(readdirSync(data).some((f) => f.startsWith("chat.db"))).toBe(true);
    if (runsAsNonroot()) expect(statSync(join(data, "chat.db")).uid).toBe(NONROOT);
    expect(readdirSync(binaries.dir).sort()).toEqual(["tertulia-client", "tertulia-server"]);
  });
});
