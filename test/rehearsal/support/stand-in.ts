#!/usr/bin/env bun
/**
 * The recording stand-in for the tools the build calls that would reach the network or a daemon: docker, kubectl,
 * aws, curl and npm. A wrapper script named after the tool runs this with the rehearsal's control socket; the
 * rehearsal (fake-cluster.ts, fake-registry.ts, …) records the call and decides the answer, which this prints and
 * exits with, as the real tool would. Two things happen here rather than in the rehearsal because the real tools
 * do them locally:
 *
 * - kubectl authenticates to a cluster through its kubeconfig's exec plugin (`aws eks get-token`), run as a
 *   child process with the ExecCredential protocol
 *   (https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins), so a
 *   missing aws CLI or a wrong kubeconfig fails as it would for real; `kubectl kustomize` renders offline with the
 *   real kubectl.
 * - `curl -o FILE` writes FILE; `npm install --global bun@X` puts a bun on PATH.
 *
 *   stand-in TOOL CONTROL_SOCKET REAL_KUBECTL REAL_BUN [ARGS...]   (compiled with `bun build --compile`)
 */
import { readFileSync } from "node:fs";
import { copyFile, rm, symlink } from "node:fs/promises";
import { parse } from "yaml";

const [tool, control, realKubectl, realBun, ...args] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  ...string[],
];

interface Answer {
  readonly code: number;
  readonly stdout?: string;
  readonly stderr?: string;
  /** curl: the body to write to `-o FILE`. */
  readonly body?: string;
  /** curl: copy this file to `-o FILE` instead (the stand-in kubectl). */
  readonly copyFrom?: string;
  /** npm: where the global install puts its `bun` executable. */
  readonly installAt?: string;
}

async function ask(extra: Record<string, unknown> = {}): Promise<Answer> {
  const stdin = process.stdin.isTTY ? "" : await Bun.stdin.text().catch(() => "");
  const res = await fetch("http://rehearsal/call", {
    unix: control,
    method: "POST",
    body: JSON.stringify({ tool, args, stdin, cwd: process.cwd(), ...extra }),
  } as RequestInit);
  return (await res.json()) as Answer;
}

function finish(a: Answer): never {
  if (a.stdout) process.stdout.write(a.stdout);
  if (a.stderr) process.stderr.write(a.stderr);
  process.exit(a.code);
}

/** kubectl's exec credential plugin, as client-go runs it. */
function execCredential(kubeconfig: string): string | undefined {
  const config = parse(readFileSync(kubeconfig, "utf8")) as {
    users?: { user?: { exec?: { command?: string; args?: string[]; env?: { name: string; value: string }[] } } }[];
  };
  const exec = config.users?.[0]?.user?.exec;
  if (!exec?.command) return "error: the kubeconfig has no exec credential plugin";
  const bin = Bun.which(exec.command);
  if (!bin)
    return `Unable to connect to the server: getting credentials: exec: executable ${exec.command} not found\n\nIt looks like you are trying to use a client-go credential plugin that is not installed.\n`;
  const r = Bun.spawnSync([bin, ...(exec.args ?? [])], {
    env: {
      ...process.env,
      ...Object.fromEntries((exec.env ?? []).map((e) => [e.name, e.value])),
      KUBERNETES_EXEC_INFO: JSON.stringify({
        kind: "ExecCredential",
        apiVersion: "client.authentication.k8s.io/v1beta1",
        spec: { interactive: false },
      }),
    },
    stdout: "pipe",
    stderr: "pipe",
  });
  if (r.exitCode !== 0)
    return `Unable to connect to the server: getting credentials: exec: executable ${exec.command} failed with exit code ${r.exitCode}\n${r.stderr}`;
  const cred = JSON.parse(r.stdout.toString()) as { status?: { token?: string } };
  return cred.status?.token ? undefined : "error: the credential plugin returned no token";
}

if (tool === "kubectl") {
  if (args[0] === "kustomize" || args[0] === "version") {
    await ask();
    const r = Bun.spawnSync([realKubectl, ...args], { stdout: "pipe", stderr: "pipe" });
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    process.exit(r.exitCode ?? 1);
  }
  const at = args.indexOf("--kubeconfig");
  if (at >= 0) {
    const failure = execCredential(args[at + 1] as string);
    if (failure) finish({ code: 1, stderr: failure });
  }
  finish(await ask());
}

if (tool === "curl") {
  const a = await ask();
  const at = args.indexOf("-o");
  if (a.code === 0 && at >= 0) {
    const out = args[at + 1] as string;
    if (a.copyFrom) await copyFile(a.copyFrom, out);
    else await Bun.write(out, a.body ?? "");
    finish({ code: 0 });
  }
  finish({ code: a.code, stdout: a.body ?? "", ...(a.stderr ? { stderr: a.stderr } : {}) });
}

if (tool === "npm") {
  const a = await ask();
  if (a.code === 0 && a.installAt) {
    // What `npm install --global bun` leaves on PATH: a bun executable in the global prefix's bin.
    await rm(a.installAt, { force: true });
    await symlink(realBun, a.installAt);
  }
  finish(a);
}

finish(await ask());
