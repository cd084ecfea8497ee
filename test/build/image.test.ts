/**
 * The runtime images, built for real without a Docker engine: buildah assembles each from scratch with the
 * compiled binary and the C runtime it links (see support/image.ts), runs the pair inside their images as
 * UID 65532 (a login over gRPC, then a browser's login and message through the web tier's image), and records
 * each image's size. Skips with one line when buildah is not installed or the tests do not run as root.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TertuliaClient } from "@tertulia/protocol";
import { openSocket } from "../support/socket.ts";
import { loginCookie } from "../support/stack.ts";
import { type CompiledBinaries, compiledBinaries, NONROOT, releaseCompiledBinaries } from "./support/binaries.ts";
import { type Buildah, type BuiltImage, buildah, buildRuntimeImage } from "./support/image.ts";
import { type RunningBinary, startCommand } from "./support/process.ts";
import { BASE_LIBRARIES } from "./support/runtime-base.ts";

const haveBuildah = Bun.which("buildah") !== null;
const isRoot = process.getuid?.() === 0;
if (!haveBuildah) console.log("skip: image tests need buildah (apt-get install buildah), which this machine lacks");
else if (!isRoot)
  console.log("skip: image tests build with buildah's vfs storage and chroot isolation, which need root here");

const RELAY_SECRET = "relay-secret-for-the-image-test-0123456789abcdef";
const SERVER_ENV = { DATABASE_PATH: "/data/tertulia.db" };

describe.skipIf(!haveBuildah || !isRoot)("runtime images built with buildah", () => {
  let root: string;
  let b: Buildah;
  let binaries: CompiledBinaries;
  const images = new Map<"server" | "client", BuiltImage>();
  const running: RunningBinary[] = [];
  let server: RunningBinary;
  let web: RunningBinary;

  /** `buildah run` of the image's entrypoint as its user, sharing the host's network (chroot isolation). */
  const runIn = (container: string, env: Record<string, string>, args: string[] = []) => [
    ...b.base,
    "run",
    "--isolation",
    "chroot",
    "--user",
    `${NONROOT}:${NONROOT}`,
    ...Object.entries(env).flatMap(([k, v]) => ["--env", `${k}=${v}`]),
    container,
    "--",
    ...args,
  ];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "tertulia-image-"));
    b = buildah(root);
    binaries = await compiledBinaries(["server", "client"]);
    const serverImage = await buildRuntimeImage(
      b,
      root,
      {
        name: "server",
        binary: binaries.path("server"),
        port: 50051,
        commit: binaries.commit,
        volume: { path: "/data", env: SERVER_ENV },
      },
      async (container) => {
        server = await startCommand(
          runIn(
            container,
            {
              HOST: "127.0.0.1",
              PORT: "0",
              SEED_DEMO_USERS: "1",
              RELAY_SECRET,
              JWT_SECRET: "jwt-secret-for-the-image-test-0123456789abc",
            },
            ["/usr/local/bin/tertulia-server"],
          ),
          { cwd: root, env: { PATH: process.env.PATH ?? "/usr/bin:/bin" }, timeoutMs: 20_000 },
        );
        running.push(server);
      },
    );
    images.set("server", serverImage);
    const clientImage = await buildRuntimeImage(
      b,
      root,
      { name: "client", binary: binaries.path("client"), port: 5000, commit: binaries.commit },
      async (container) => {
        web = await startCommand(
          runIn(
            container,
            {
              HOST: "127.0.0.1",
              PORT: "0",
              SERVER_URL: `127.0.0.1:${server.port}`,
              RELAY_SECRET,
              SESSION_SECRET: "session-secret-for-the-image-test-0123456789",
            },
            ["/usr/local/bin/tertulia-client"],
          ),
          { cwd: root, env: { PATH: process.env.PATH ?? "/usr/bin:/bin" }, timeoutMs: 20_000 },
        );
        running.push(web);
      },
    );
    images.set("client", clientImage);
    for (const [name, image] of images) {
      console.log(
        `image ${image.reference}: ${(image.bytes / 1e6).toFixed(1)} MB uncompressed, ${(image.gzipBytes / 1e6).toFixed(1)} MB gzipped (${name})`,
      );
    }
  }, 180_000);

  afterAll(async () => {
    await Promise.all(running.map((r) => r.stop()));
    if (binaries) releaseCompiledBinaries();
    for (const image of images.values()) {
      try {
        b.run(["rm", image.container]);
        b.run(["rmi", "--force", image.reference]);
      } catch {
        // The storage directory goes next anyway.
      }
    }
    if (root) {
      // vfs layers hold files owned by 65532; removing as root is fine, but give ownership back first in case.
      try {
        chownSync(root, 0, 0);
      } catch {}
      rmSync(root, { recursive: true, force: true });
    }
  });

  test.each(["server", "client"] as const)(
    "the %s image holds the binary, the C runtime it links and empty /tmp (and /data)",
    (name) => {
      const files = images
        .get(name)!
        .files.filter(
          (f) => !["/usr", "/usr/local", "/usr/local/bin", "/lib", "/lib64", "/lib/x86_64-linux-gnu"].includes(f),
        );
      const libraries = files.filter((f) => f.startsWith("/lib"));
      for (const library of libraries) expect(BASE_LIBRARIES.has(library.split("/").pop()!)).toBe(true);
      expect(files.filter((f) => !f.startsWith("/lib"))).toEqual(
        name === "server"
          ? ["/data", "/tmp", "/usr/local/bin/tertulia-server"]
          : ["/tmp", "/usr/local/bin/tertulia-client"],
      );
    },
  );

  test.each(["server", "client"] as const)("the %s image's binary answers --version as UID 65532", (name) => {
    const image = images.get(name)!;
    const proc = Bun.spawnSync(runIn(image.container, {}, [`/usr/local/bin/tertulia-${name}`, "--version"]), {
      stdout: "pipe",
      stderr: "pipe",
    });
    expect(proc.stdout.toString().trim()).toBe(`tertulia-${name} 0.1.0 (${binaries.commit})`);
  });

  test("the server, running in its image, answers a login over gRPC", async () => {
    const client = new TertuliaClient(`127.0.0.1:${server.port}`);
    try {
      const response = await client.auth.authenticateUser({ username: "mimi", password: "pass" });
      expect(response.error).toBe("");
      expect(response.token.split(".")).toHaveLength(3);
    } finally {
      client.close();
    }
  });

  test("a browser's login and message go through the web tier's image to the server's image and back", async () => {
    const base = `http://127.0.0.1:${web.port}`;
    const socket = await openSocket(base, await loginCookie(base, "pepe", "pass"));
    try {
      socket.send({ type: "join", room: "images" });
      await socket.until((frames) => frames.some((f) => f.type === "joined" && f.room === "images"));
      socket.send({ type: "send", room: "images", text: "desde las imágenes", clientId: "img-1" });
      await socket.until((frames) => frames.some((f) => f.type === "message" && f.clientId === "img-1"));
      expect(socket.messages("images").at(-1)).toMatchObject({ author: "pepe", text: "desde las imágenes" });
    } finally {
      socket.close();
    }
  });

  test.each(["server", "client"] as const)("the %s image is the binary plus about 2 MB of C runtime", (name) => {
    const image = images.get(name)!;
    const binary = binaries.sizes.get(name)!;
    expect(image.bytes).toBeGreaterThan(binary);
    expect(image.bytes - binary).toBeLessThan(4 * 1024 * 1024);
    expect(image.gzipBytes).toBeLessThan(image.bytes / 1.5);
  });
});
