/**
 * The two Dockerfiles and the root .dockerignore, checked as code: pinned bases, a runtime stage that holds
 * only the binary and runs as a numeric non-root user, nothing secret, a small context, and agreement with the
 * Kubernetes manifests that run the images. No Docker engine exists here, so the build stage is also replayed
 * without one: the context .dockerignore admits, the files each COPY names, `bun install --frozen-lockfile` and
 * the Dockerfile's own build command.
 */
import { afterAll, describe, expect, test } from "bun:test";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { REPO_ROOT } from "../../scripts/build.ts";
import { DockerIgnore, type Instruction, parseCopy, parseDockerfile, type Stage } from "./support/dockerfile.ts";

const COMPONENTS = [
  { name: "server", port: 50051, manifest: "manifests/base/server-deployment.yaml" },
  { name: "client", port: 5000, manifest: "manifests/base/client-deployment.yaml" },
] as const;

const PINNED = /^[a-z0-9./_-]+:[\w.-]+@sha256:[0-9a-f]{64}$/;
const RUNTIME_BASE = /^gcr\.io\/distroless\/cc-debian12:nonroot@sha256:[0-9a-f]{64}$/;
const NONROOT = 65532;

const read = (path: string) => readFileSync(join(REPO_ROOT, path), "utf8");
const dockerfile = (name: string) => read(`packages/${name}/Dockerfile`);
const stagesOf = (name: string) => parseDockerfile(dockerfile(name));
const all = (stage: Stage, keyword: string): Instruction[] => stage.instructions.filter((i) => i.keyword === keyword);
const ignore = new DockerIgnore(read(".dockerignore"));
const setupBunVersion = /^BUN_VERSION="([^"]+)"$/m.exec(read("scripts/setup.sh"))?.[1];

describe.each(COMPONENTS)("packages/$name/Dockerfile", ({ name, port, manifest }) => {
  const stages = stagesOf(name);
  const build = stages[0]!;
  const runtime = stages.at(-1)!;

  test("is multi-stage, and every base image is pinned by tag and digest", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.from).toMatch(PINNED);
  });

  test("the build stage installs the Bun that dev and CI run, from the frozen lockfile, and compiles", () => {
    const bunVersion = all(build, "ARG")
      .map((a) => /^BUN_VERSION=(\S+)$/.exec(a.args)?.[1])
      .find(Boolean);
    expect(setupBunVersion).toBeDefined();
    expect(bunVersion).toBe(setupBunVersion!);
    const runs = all(build, "RUN").map((r) => r.args);
    expect(runs.some((r) => r.includes("bun@${BUN_VERSION}"))).toBe(true);
    expect(runs.some((r) => /\bbun install --frozen-lockfile\b/.test(r))).toBe(true);
    expect(runs.some((r) => r.includes(`bun run build --only ${name} --target bun-linux-x64`))).toBe(true);
  });

  test("the runtime stage is distroless cc (glibc, no shell) and copies only the binary from the build stage", () => {
    expect(runtime.from).toMatch(RUNTIME_BASE);
    expect(all(runtime, "RUN")).toEqual([]);
    expect(all(runtime, "ADD")).toEqual([]);
    const copies = all(runtime, "COPY").map((c) => parseCopy(c.args));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) expect(copy.flags.from).toBe(build.name!);
    const sources = copies.flatMap((c) => c.sources);
    // The server also gets an empty /data owned by the user (made in the build stage with mkdir, nothing in it).
    expect(sources).toEqual(name === "server" ? [`/out/tertulia-${name}`, "/out/data"] : [`/out/tertulia-${name}`]);
    const mkdirs = all(build, "RUN").filter((r) => r.args.includes("/out/data"));
    if (name === "server") expect(mkdirs.map((r) => r.args.split("&&").at(-1)!.trim())).toEqual(["mkdir /out/data"]);
  });

  test("runs the binary as the numeric non-root user the manifests use, on the manifests' port", () => {
    const users = all(runtime, "USER").map((u) => u.args);
    expect(users).toEqual([`${NONROOT}:${NONROOT}`]);
    expect(all(runtime, "EXPOSE").map((e) => e.args)).toEqual([String(port)]);
    expect(all(runtime, "ENTRYPOINT").map((e) => JSON.parse(e.args) as unknown)).toEqual([
      [`/usr/local/bin/tertulia-${name}`],
    ]);

    const deployment = parseAllDocuments(read(manifest))
      .map((d) => d.toJS() as Record<string, never>)
      .find((d) => d.kind === "Deployment");
    const text = JSON.stringify(deployment);
    expect(text).toContain(`"runAsUser":${NONROOT}`);
    expect(text).toContain(`"runAsGroup":${NONROOT}`);
    expect(text).toContain(`"containerPort":${port}`);
    expect(text).toContain(`"readOnlyRootFilesystem":true`);
  });

  test("declares where it writes: the server /data (the manifests' DATABASE_PATH), the web tier nothing", () => {
    const volumes = all(runtime, "VOLUME").map((v) => JSON.parse(v.args) as unknown);
    if (name === "server") {
      expect(volumes).toEqual([["/data"]]);
      expect(all(runtime, "ENV").map((e) => e.args)).toContain("DATABASE_PATH=/data/tertulia.db");
      expect(read("manifests/base/server-config.env")).toContain("DATABASE_PATH=/data/tertulia.db");
    } else expect(volumes).toEqual([]);
  });

  test("carries no secret: no .env, no secret-looking ENV or ARG, no whole-context COPY", () => {
    for (const stage of stages) {
      for (const instruction of [...all(stage, "ENV"), ...all(stage, "ARG")]) {
        expect(instruction.args).not.toMatch(/SECRET|TOKEN|PASSWORD|PRIVATE|API_KEY|ACCESS_KEY/i);
      }
      for (const copy of all(stage, "COPY").map((c) => parseCopy(c.args))) {
        for (const source of copy.sources) {
          expect(source).not.toMatch(/(^|\/)\.env|\.pem$|\.key$|(^|\/)\.git\b/);
          expect(source).not.toBe(".");
        }
      }
    }
    expect(dockerfile(name)).not.toMatch(/--secret|id_rsa|AKIA[0-9A-Z]{16}/);
  });

  test("says how the container is probed (no HEALTHCHECK: distroless has no shell or client to run one)", () => {
    const text = dockerfile(name);
    expect(text).toMatch(/^# Probes: /m);
    expect(text).toContain(name === "server" ? "grpc.health.v1.Health" : "/healthz");
    expect(text).toContain(manifest);
  });

  test("every file the build stage copies is in the context .dockerignore admits", () => {
    for (const copy of all(build, "COPY").map((c) => parseCopy(c.args))) {
      for (const source of copy.sources) {
        expect(existsSync(join(REPO_ROOT, source))).toBe(true);
        if (statSync(join(REPO_ROOT, source)).isDirectory()) {
          expect(ignore.mayIncludeUnder(source)).toBe(true);
        } else expect(ignore.includes(source)).toBe(true);
      }
    }
  });
});

describe(".dockerignore", () => {
  const files = ignore.contextFiles(REPO_ROOT);

  test("leaves out git, dependencies, builds, data, secrets, state and tests", () => {
    for (const path of [
      ".git/HEAD",
      "node_modules/yaml/package.json",
      "packages/server/node_modules/x",
      "dist/tertulia-server",
      "data/tertulia.db",
      "packages/server/data.db",
      ".env",
      "packages/client/.env.production",
      "terraform/stacks/aws/terraform.tfstate",
      "test-output/report.txt",
      "packages/server/test/server.test.ts",
      "packages/server/src/config.test.ts",
      // Test helpers (@tertulia/testing) are never shipped: only their manifest, for the lockfile.
      "packages/testing/src/test-server.ts",
      "packages/testing/README.md",
      "proto/messaging.proto",
      "manifests/base/server-deployment.yaml",
    ]) {
      expect({ path, included: ignore.includes(path) }).toEqual({ path, included: false });
    }
    expect(
      files.filter((f) => /(^|\/)(node_modules|\.git|dist|data)\//.test(f) || /\.env|\.db$|\.test\.ts$/.test(f)),
    ).toEqual([]);
  });

  test("keeps what the builds read: manifests, lockfile, the build script, sources and web assets", () => {
    for (const path of [
      "package.json",
      "bun.lock",
      "bunfig.toml",
      "tsconfig.json",
      "scripts/build.ts",
      "packages/ops/package.json",
      "packages/protocol/src/generated/proto.js",
      "packages/server/src/main.ts",
      "packages/client/src/main.ts",
      "packages/client/src/page/main.ts",
    ]) {
      expect({ path, included: ignore.includes(path) }).toEqual({ path, included: true });
    }
  });

  test("admits a small context", () => {
    const bytes = files.reduce((sum, f) => sum + statSync(join(REPO_ROOT, f)).size, 0);
    console.log(`docker build context: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });
});

describe("the build stage, replayed without a Docker engine", () => {
  const roots: string[] = [];
  // Each replay holds a full node_modules (~240 MB): removing it can outlast the default hook timeout.
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })), 60_000);

  test.each(COMPONENTS)(
    "$name: the files its COPY lines take from the context install from the lockfile and compile",
    async ({ name }) => {
      expect(Bun.version).toBe(setupBunVersion!);
      const root = mkdtempSync(join(tmpdir(), `tertulia-replay-${name}-`));
      roots.push(root);
      const context = join(root, "src");
      const out = join(root, "out");
      mkdirSync(context);
      const build = stagesOf(name)[0]!;
      const admitted = ignore.contextFiles(REPO_ROOT);
      for (const instruction of build.instructions) {
        if (instruction.keyword === "COPY") {
          const { sources, destination } = parseCopy(instruction.args);
          for (const source of sources) {
            const target = destination.endsWith("/")
              ? join(context, destination, source.split("/").pop()!)
              : join(context, destination);
            for (const file of admitted.filter((f) => f === source || f.startsWith(`${source}/`))) {
              const to = file === source ? target : join(target, file.slice(source.length + 1));
              mkdirSync(join(to, ".."), { recursive: true });
              cpSync(join(REPO_ROOT, file), to);
            }
          }
        }
        if (instruction.keyword === "RUN" && !instruction.args.includes("npm install")) {
          const command = instruction.args.replaceAll("${TERTULIA_COMMIT}", "replayed").replaceAll("/out", out);
          const proc = Bun.spawnSync(["sh", "-c", command], { cwd: context, stdout: "pipe", stderr: "pipe" });
          expect({ command, exit: proc.exitCode, stderr: proc.exitCode === 0 ? "" : proc.stderr.toString() }).toEqual({
            command,
            exit: 0,
            stderr: "",
          });
        }
      }
      const version = Bun.spawnSync([join(out, `tertulia-${name}`), "--version"], { cwd: root, stdout: "pipe" });
      expect(version.stdout.toString().trim()).toBe(`tertulia-${name} 0.1.0 (replayed)`);
    },
    120_000,
  );
});
