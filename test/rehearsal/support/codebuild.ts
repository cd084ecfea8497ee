/**
 * Runs buildspec.yml's commands as CodeBuild does, on this machine:
 *
 * - each phase in CodeBuild's order; a command that exits non-zero ends its phase, and `on-failure: ABORT` ends
 *   the build (https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html);
 * - each command exactly as written, by bash (`env.shell: bash`), in the source directory, with the environment a
 *   build has: the buildspec's `env.variables`, the project's variables (parsed from the pipeline module), and what
 *   CodeBuild sets itself (CODEBUILD_BUILD_ID, CODEBUILD_RESOLVED_SOURCE_VERSION, CODEBUILD_SRC_DIR, AWS_REGION,
 *   AWS_DEFAULT_REGION, container credentials), with no AWS credentials file (HOME is empty);
 * - with only what aws/codebuild/standard:7.0 provides on PATH (CODEBUILD_IMAGE_TOOLS: no Terraform), in a private
 *   mount and network namespace (`unshare`): /usr/local/bin is the image's (the stand-ins for docker, kubectl, aws,
 *   where the install phase also writes kubectl and bun), /etc/hosts names the ALB, and the network is loopback
 *   only, forwarded to the rehearsal's servers (forwarder.ts). Nothing reaches the internet.
 *
 * Deviations, each forced by running here: docker, kubectl, aws, curl and npm are recording stand-ins
 * (stand-in.ts); the SDK is pointed at the rehearsal's AWS endpoint (AWS_ENDPOINT_URL) and container credentials
 * at a loopback URI (AWS_CONTAINER_CREDENTIALS_FULL_URI; CodeBuild sets the _RELATIVE_URI form for 169.254.170.2);
 * `bun install` uses this machine's package cache (CodeBuild's cache starts empty).
 */
import { chmod, mkdir, mkdtemp, readlink, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { ALB_HOSTNAME } from "./fake-cluster.ts";
import { type ToolCall, World } from "./world.ts";

/**
 * Tools on the image's PATH that the buildspec, ops and the checks use, all installed in
 * aws-codebuild-docker-images ubuntu/standard/7.0/Dockerfile (Ubuntu 22.04 base, its apt list: bash, coreutils,
 * git, openssl, tar, gzip, …; Node.js through `n`). Terraform is not among them.
 */
export const CODEBUILD_IMAGE_TOOLS = (
  "bash sh env cat chmod cp mv mkdir rm ls ln sha256sum grep sed awk tar gzip git node openssl mktemp " +
  "dirname basename tr head tail uname id date sleep tee xargs find sort wc cut touch true false " +
  "readlink realpath echo printf pwd stat du df expr seq nproc whoami hostname which uniq diff test ps " +
  "kill unzip zip xz less file make python3 jq wget ssh"
).split(" ");
/** In the image's /usr/local/bin (the Dockerfile installs aws, kubectl 1.25 and docker there). */
const IMAGE_LOCAL_BIN = ["aws", "kubectl", "docker"];
/** Real tools the image has but that reach the network: stand-ins on PATH instead. */
const NETWORK_TOOLS = ["curl", "npm"];

export interface Buildspec {
  readonly env?: { readonly variables?: Record<string, string | number> };
  readonly phases: Record<string, { readonly "on-failure"?: string; readonly commands?: string[] }>;
}

export const PHASES = ["install", "pre_build", "build", "post_build"] as const;
export type Phase = (typeof PHASES)[number];

export interface CommandRun {
  readonly phase: Phase;
  readonly command: string;
  readonly code: number;
  readonly ms: number;
  readonly output: string;
}

export interface BuildResult {
  readonly ok: boolean;
  readonly runs: CommandRun[];
  /** Milliseconds per phase that ran. */
  readonly phaseMs: Partial<Record<Phase, number>>;
  /** The external calls each phase made, in order. */
  readonly calls: Partial<Record<Phase, string[]>>;
}

const sh = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

export class CodeBuildRehearsal {
  readonly world: World;
  private servers: { stop(force?: boolean): void }[] = [];
  private constructor(
    readonly root: string,
    readonly srcDir: string,
    readonly buildspec: Buildspec,
    readonly projectEnv: Record<string, string>,
    private readonly dirs: { bin: string; localBin: string; sockets: string; home: string; hosts: string },
    world: World,
  ) {
    this.world = world;
  }

  static async start(srcDir: string, projectEnv: Record<string, string>): Promise<CodeBuildRehearsal> {
    const root = await mkdtemp(join(tmpdir(), "rehearsal-codebuild-"));
    const dirs = {
      bin: join(root, "bin"),
      localBin: join(root, "usr-local-bin"),
      sockets: join(root, "sockets"),
      home: join(root, "home"),
      hosts: join(root, "hosts"),
    };
    for (const d of [dirs.bin, dirs.localBin, dirs.sockets, dirs.home]) await mkdir(d, { recursive: true });
    const realBun = await readlink("/proc/self/exe");
    const realKubectl = Bun.which("kubectl") ?? "/usr/bin/kubectl";
    // Compiled once, so each of the build's many kubectl calls (and the aws call inside each) starts in
    // milliseconds rather than re-reading TypeScript.
    const standIn = join(root, "stand-in");
    const compiled = Bun.spawnSync(
      [realBun, "build", "--compile", join(import.meta.dir, "stand-in.ts"), "--outfile", standIn],
      { stdout: "pipe", stderr: "pipe" },
    );
    if (compiled.exitCode !== 0) throw new Error(`compiling the stand-in failed: ${compiled.stderr}`);
    const control = join(dirs.sockets, "control.sock");
    const wrapper = (tool: string): string =>
      `#!/bin/sh\n# Rehearsal stand-in for ${tool} (test/rehearsal/support/stand-in.ts).\nexec ${sh(standIn)} ${tool} ${sh(control)} ${sh(realKubectl)} ${sh(realBun)} "$@"\n`;
    for (const tool of CODEBUILD_IMAGE_TOOLS) {
      const real = Bun.which(tool, { PATH: "/usr/bin:/bin:/usr/sbin:/sbin" });
      if (real) await symlink(real, join(dirs.bin, tool));
    }
    for (const tool of NETWORK_TOOLS) {
      await writeFile(join(dirs.bin, tool), wrapper(tool));
      await chmod(join(dirs.bin, tool), 0o755);
    }
    // An operator's machine has Terraform; the CodeBuild image does not (operatorEnvironment only).
    await mkdir(join(root, "operator-bin"), { recursive: true });
    await writeFile(join(root, "operator-bin", "terraform"), wrapper("terraform"));
    await chmod(join(root, "operator-bin", "terraform"), 0o755);
    for (const tool of IMAGE_LOCAL_BIN) {
      await writeFile(join(dirs.localBin, tool), wrapper(tool));
      await chmod(join(dirs.localBin, tool), 0o755);
    }
    const kubectlStandIn = join(root, "kubectl-download");
    await writeFile(kubectlStandIn, wrapper("kubectl"));
    await chmod(kubectlStandIn, 0o755);
    await writeFile(dirs.hosts, `127.0.0.1 localhost\n127.0.0.1 ${ALB_HOSTNAME}\n`);

    const buildspec = parse(await Bun.file(join(srcDir, "buildspec.yml")).text()) as Buildspec;
    const world = new World({ kubectlStandIn, bunVersion: Bun.version });
    const r = new CodeBuildRehearsal(root, srcDir, buildspec, projectEnv, dirs, world);
    r.servers.push(
      Bun.serve({
        unix: control,
        fetch: async (req) => Response.json(world.tool((await req.json()) as ToolCall)),
      }),
      Bun.serve({ unix: join(dirs.sockets, "aws.sock"), fetch: (req) => world.awsApi(req) }),
      Bun.serve({ unix: join(dirs.sockets, "alb.sock"), fetch: (req) => world.alb(req) }),
    );
    return r;
  }

  async stop(): Promise<void> {
    for (const s of this.servers) s.stop(true);
    await rm(this.root, { recursive: true, force: true });
  }

  /** The environment of one build. */
  environment(buildId: string, commit: string): Record<string, string> {
    const variables = Object.fromEntries(
      Object.entries(this.buildspec.env?.variables ?? {}).map(([k, v]) => [k, String(v)]),
    );
    return {
      PATH: `${this.dirs.bin}:/usr/local/bin`,
      HOME: this.dirs.home,
      LANG: "C.UTF-8",
      ...this.projectEnv,
      CODEBUILD_BUILD_ID: buildId,
      CODEBUILD_BUILD_IMAGE: "aws/codebuild/standard:7.0",
      CODEBUILD_RESOLVED_SOURCE_VERSION: commit,
      CODEBUILD_SRC_DIR: this.srcDir,
      AWS_REGION: this.projectEnv.EKS_REGION ?? "eu-west-1",
      AWS_DEFAULT_REGION: this.projectEnv.EKS_REGION ?? "eu-west-1",
      AWS_CONTAINER_CREDENTIALS_FULL_URI: "http://127.0.0.1:4566/credentials",
      AWS_ENDPOINT_URL: "http://127.0.0.1:4566",
      BUN_INSTALL_CACHE_DIR:
        process.env.BUN_INSTALL_CACHE_DIR ?? join(process.env.HOME ?? "/root", ".bun/install/cache"),
      ...variables,
    };
  }

  /**
   * An operator's machine: the same tools plus Terraform, credentials in the environment (as after
   * `aws configure export-credentials` or an SSO login), and none of CodeBuild's variables.
   */
  operatorEnvironment(region: string): Record<string, string> {
    return {
      PATH: `${this.dirs.bin}:${join(this.root, "operator-bin")}:/usr/local/bin`,
      HOME: this.dirs.home,
      LANG: "C.UTF-8",
      AWS_REGION: region,
      AWS_ACCESS_KEY_ID: "AKIAREHEARSALEXAMPLE",
      AWS_SECRET_ACCESS_KEY: "rehearsal-operator-secret",
      AWS_ENDPOINT_URL: "http://127.0.0.1:4566",
      // ops asks checkip.amazonaws.com for this machine's address; the namespace has no internet.
      TERTULIA_CHECKIP_URL: "http://127.0.0.1:4566/checkip",
      BUN_INSTALL_CACHE_DIR:
        process.env.BUN_INSTALL_CACHE_DIR ?? join(process.env.HOME ?? "/root", ".bun/install/cache"),
    };
  }

  /** Runs one command as the build would, inside the private namespaces. */
  async runCommand(
    command: string,
    env: Record<string, string>,
  ): Promise<{ code: number; output: string; ms: number }> {
    const realBun = await readlink("/proc/self/exe");
    const setup = [
      "set -e",
      "/usr/sbin/ip link set lo up",
      `/usr/bin/mount --bind ${sh(this.dirs.localBin)} /usr/local/bin`,
      `/usr/bin/mount --bind ${sh(this.dirs.hosts)} /etc/hosts`,
      `${sh(realBun)} ${sh(join(import.meta.dir, "forwarder.ts"))} ${sh(this.dirs.sockets)} & fwd=$!`,
      `while [ ! -e ${sh(this.dirs.sockets)}/ready-$fwd ]; do /usr/bin/sleep 0.05; done`,
      "set +e",
      `/bin/bash -c ${sh(command)}`,
      "code=$?",
      "kill $fwd",
      "exit $code",
    ].join("\n");
    const started = performance.now();
    const child = Bun.spawn(["/usr/bin/unshare", "--mount", "--net", "/bin/bash", "-c", setup], {
      cwd: this.srcDir,
      env,
      stdin: "ignore",
      stdout: "pipe",
      stderr: "pipe",
    });
    const [out, err, code] = await Promise.all([
      new Response(child.stdout).text(),
      new Response(child.stderr).text(),
      child.exited,
    ]);
    return { code, output: `${out}${err}`, ms: Math.round(performance.now() - started) };
  }

  /**
   * One build of `commit` through the given phases (default: all four).
   * @param buildId CodeBuild's `project:uuid` id for it.
   */
  async build(commit: string, buildId: string, phases: readonly Phase[] = PHASES): Promise<BuildResult> {
    this.world.newBuildContainer();
    const env = this.environment(buildId, commit);
    const runs: CommandRun[] = [];
    const phaseMs: Partial<Record<Phase, number>> = {};
    const calls: Partial<Record<Phase, string[]>> = {};
    for (const phase of phases) {
      const spec = this.buildspec.phases[phase];
      const from = this.world.calls.length;
      let spent = 0;
      let failed = false;
      for (const command of spec?.commands ?? []) {
        const r = await this.runCommand(command, env);
        runs.push({ phase, command, ...r });
        spent += r.ms;
        if (r.code !== 0) {
          failed = true;
          break;
        }
      }
      phaseMs[phase] = spent;
      calls[phase] = this.world.calls.slice(from);
      // on-failure: ABORT (every phase of ours): the build stops, later phases never run.
      if (failed) return { ok: false, runs, phaseMs, calls };
    }
    return { ok: true, runs, phaseMs, calls };
  }
}
