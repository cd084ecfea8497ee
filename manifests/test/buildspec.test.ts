/**
 * buildspec.yml holds no logic: install steps, the checks, then ops CLI calls, in phases that abort on failure so
 * a failed build never deploys, with images tagged by the commit and no secret in the file. Every ops call is
 * one the CLI really has (parsed by the real CLI here; run for real in test/rehearsal).
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { runCli } from "../../packages/ops/src/cli.ts";
import { REPO_ROOT } from "./render";

interface Phase {
  readonly "on-failure"?: string;
  readonly "runtime-versions"?: Readonly<Record<string, unknown>>;
  readonly commands?: readonly string[];
  readonly finally?: readonly string[];
}

interface Buildspec {
  readonly version: unknown;
  readonly env?: {
    readonly shell?: string;
    readonly variables?: Readonly<Record<string, unknown>>;
    readonly "secrets-manager"?: Readonly<Record<string, unknown>>;
    readonly "parameter-store"?: Readonly<Record<string, unknown>>;
  };
  readonly phases: Readonly<Record<string, Phase>>;
}

const TEXT = readFileSync(path.join(REPO_ROOT, "buildspec.yml"), "utf8");
const BUILDSPEC = parse(TEXT, { uniqueKeys: true, strict: true }) as Buildspec;
/** CodeBuild runs the phases in this order, whatever order the file lists them in. */
const PHASE_ORDER = ["install", "pre_build", "build", "post_build"];

type Kind = "install" | "test" | "ops";

/** Install steps the pipeline may run: the pinned Bun, the locked dependencies, a checksum-verified kubectl. */
const INSTALL_STEPS: readonly RegExp[] = [
  /^npm install --global --no-fund --no-audit "bun@\$\{BUN_VERSION\}"$/,
  /^bun install --frozen-lockfile$/,
  /^curl -fsSL --retry 3 -o \/usr\/local\/bin\/kubectl "https:\/\/dl\.k8s\.io\/release\/v\$\{KUBECTL_VERSION\}\/bin\/linux\/amd64\/kubectl"$/,
  /^echo "\$\(curl -fsSL --retry 3 "https:\/\/dl\.k8s\.io\/release\/v\$\{KUBECTL_VERSION\}\/bin\/linux\/amd64\/kubectl\.sha256"\) {2}\/usr\/local\/bin\/kubectl" \| sha256sum --check --strict$/,
  /^chmod 0755 \/usr\/local\/bin\/kubectl$/,
];
/** The checks before anything is built: types, lint, and the tests of the ops CLI and the manifests. */
const TEST_STEPS: readonly RegExp[] = [
  /^bun run typecheck$/,
  /^bun run lint$/,
  /^bun run test packages\/ops manifests$/,
];
/** One ops CLI call: a known command and flags, no shell operators, nothing after it. */
const OPS_CALL =
  /^bun run ops (preflight|release images|release deploy|release|deploy|smoke|status)( --[a-z-]+( "\$\{[A-Z_]+\}"| [a-z-]+)?)*$/;

/** What a buildspec command is, or null when it is anything else (logic that belongs in ops). */
function classify(command: string): Kind | null {
  if (INSTALL_STEPS.some((step) => step.test(command))) return "install";
  if (TEST_STEPS.some((step) => step.test(command))) return "test";
  if (OPS_CALL.test(command)) return "ops";
  return null;
}

/** Every command with the phase it runs in, in the order CodeBuild runs them. */
function commands(): Array<{ readonly phase: string; readonly command: string }> {
  return PHASE_ORDER.flatMap((phase) =>
    (BUILDSPEC.phases[phase]?.commands ?? []).map((command) => ({ phase, command })),
  );
}

/** Commands that change the cluster or the registry. */
function changesSomething(command: string): boolean {
  return /^bun run ops (release|deploy)\b/.test(command);
}

/** The `default` of every `variable "kubernetes_version"` in the Terraform tree, e.g. `1.34`. */
function terraformKubernetesVersions(): string[] {
  const files = new Bun.Glob("terraform/**/variables.tf").scanSync({ cwd: REPO_ROOT });
  return [...files].flatMap((file) => {
    const text = readFileSync(path.join(REPO_ROOT, file), "utf8");
    const block = /variable "kubernetes_version" \{[\s\S]*?\n\}/.exec(text)?.[0] ?? "";
    const version = /^\s*default\s*=\s*"(1\.\d+)"/m.exec(block)?.[1];
    return version === undefined ? [] : [version];
  });
}

/** Long strings mixing letters and digits outside URLs: what keys and tokens look like. */
function opaqueStrings(text: string): string[] {
  const tokens = text.replace(/https:\/\/\S+/g, "").match(/[A-Za-z0-9+/_=-]{32,}/g) ?? [];
  return tokens.filter((token) => /\d/.test(token) && /[a-z]/.test(token) && /[A-Z]/.test(token));
}

describe("buildspec.yml", () => {
  test("is version 0.2 and runs its commands in bash", () => {
    expect(String(BUILDSPEC.version)).toBe("0.2");
    expect(BUILDSPEC.env?.shell).toBe("bash");
  });

  test("lists the phases in the order CodeBuild runs them, and no others", () => {
    expect(Object.keys(BUILDSPEC.phases)).toEqual(PHASE_ORDER);
  });

  test("every phase aborts the build on failure, so a failed phase never reaches a deploy", () => {
    for (const phase of PHASE_ORDER)
      expect({ phase, onFailure: BUILDSPEC.phases[phase]?.["on-failure"] }).toEqual({ phase, onFailure: "ABORT" });
  });

  test("no phase has a finally block, which would run after a failure", () => {
    for (const phase of PHASE_ORDER) expect(BUILDSPEC.phases[phase]?.finally).toBeUndefined();
  });

  test("every command is an install step, the test suite or an ops CLI call", () => {
    const unexpected = commands().filter(({ command }) => classify(command) === null);
    expect(unexpected).toEqual([]);
  });

  test("installs the Bun version scripts/setup.sh pins", () => {
    const setup = readFileSync(path.join(REPO_ROOT, "scripts", "setup.sh"), "utf8");
    const pinned = /^BUN_VERSION="([^"]+)"$/m.exec(setup)?.[1];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(BUILDSPEC.env?.variables?.BUN_VERSION).toBe(pinned);
    expect(BUILDSPEC.phases.install?.commands ?? []).toContain(
      'npm install --global --no-fund --no-audit "bun@${BUN_VERSION}"',
    );
  });

  test("pins kubectl to an exact version and checks its checksum before use", () => {
    expect(String(BUILDSPEC.env?.variables?.KUBECTL_VERSION)).toMatch(/^1\.\d+\.\d+$/);
    expect((BUILDSPEC.phases.install?.commands ?? []).some((command) => command.includes("sha256sum --check"))).toBe(
      true,
    );
  });

  test("pins a kubectl within one minor version of every cluster version Terraform defaults to", () => {
    const kubectlMinor = Number(String(BUILDSPEC.env?.variables?.KUBECTL_VERSION).split(".")[1]);
    const defaults = terraformKubernetesVersions();
    expect(defaults.length).toBeGreaterThan(0);
    for (const version of defaults)
      expect(Math.abs(Number(version.split(".")[1]) - kubectlMinor)).toBeLessThanOrEqual(1);
  });

  test("runs the test suite before anything is built or deployed", () => {
    const all = commands();
    const tests = all.findIndex(({ command }) => classify(command) === "test");
    const firstChange = all.findIndex(({ command }) => changesSomething(command));
    expect(tests).toBeGreaterThanOrEqual(0);
    expect(firstChange).toBeGreaterThan(tests);
    expect(all[tests]?.phase).not.toBe(all[firstChange]?.phase);
  });

  test("builds the images in one phase and deploys them in a later one", () => {
    const release = commands().filter(({ command }) => command.startsWith("bun run ops release"));
    expect(release.map(({ phase, command }) => [phase, /^bun run ops release (\w+)/.exec(command)?.[1]])).toEqual([
      ["build", "images"],
      ["post_build", "deploy"],
    ]);
  });

  test("`ops release --help` lists exactly the subcommands buildspec.yml calls", async () => {
    let help = "";
    expect(
      await runCli(["release", "--help"], {
        makeContext: () => {
          throw new Error("no run");
        },
        writeOut: (t) => void (help += t),
        writeErr: () => {},
      }),
    ).toBe(0);
    const listed = [...(help.split("Commands:")[1] ?? "").matchAll(/^ {2}([a-z-]+) \[options\]/gm)].map((m) => m[1]);
    const called = commands()
      .map(({ command }) => /^bun run ops release ([a-z-]+)/.exec(command)?.[1])
      .filter((x): x is string => Boolean(x));
    expect(listed.sort()).toEqual([...new Set(called)].sort());
  });

  test("every ops call in buildspec.yml is accepted by the CLI's own parser, flags included", async () => {
    for (const { command } of commands().filter(({ command }) => classify(command) === "ops")) {
      const argv = command
        .replace(/^bun run ops /, "")
        .replaceAll('"${CODEBUILD_RESOLVED_SOURCE_VERSION}"', "0123456789abcdef0123456789abcdef01234567")
        .split(" ");
      let err = "";
      let out = "";
      // --help after the real flags: commander parses every flag first and rejects an unknown one (exit 2).
      const code = await runCli([...argv, "--help"], {
        makeContext: () => {
          throw new Error("parsing only");
        },
        writeOut: (t) => void (out += t),
        writeErr: (t) => void (err += t),
      });
      expect({ command, code, err }).toEqual({ command, code: 0, err: "" });
      expect(out).toContain(
        `Usage: ops ${argv.filter((a) => !a.startsWith("-") && !/^[0-9a-f]{40}$/.test(a)).join(" ")} [options]`,
      );
    }
  });

  test("every release runs non-interactively with the commit CodeBuild resolved as its tag", () => {
    for (const { command } of commands().filter(({ command }) => changesSomething(command))) {
      expect(command).toContain(" --yes");
      expect(command).toContain(' --tag "${CODEBUILD_RESOLVED_SOURCE_VERSION}"');
    }
  });

  test("holds no secret: no key, token or password literal, and no secret-looking variable", () => {
    expect(TEXT).not.toMatch(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/);
    expect(TEXT).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    expect(TEXT).not.toMatch(/\b(password|passwd|secret|token)\s*[:=]\s*\S/i);
    expect(opaqueStrings(TEXT)).toEqual([]);
    const names = Object.keys(BUILDSPEC.env?.variables ?? {});
    expect(names.filter((name) => /SECRET|PASSWORD|TOKEN|KEY|CREDENTIAL/.test(name))).toEqual([]);
  });

  test("takes any secret it needs from Secrets Manager or Parameter Store by name, never by value", () => {
    const references = { ...BUILDSPEC.env?.["secrets-manager"], ...BUILDSPEC.env?.["parameter-store"] };
    for (const value of Object.values(references))
      expect(String(value)).toMatch(/^(arn:aws:[a-z-]+:|\/)?[A-Za-z0-9/_.:+=@-]+$/);
  });

  test("none of the original's mistakes: CLI v1 login, manifest rewriting, direct kubectl or docker calls", () => {
    for (const { command } of commands()) {
      expect(command).not.toMatch(/ecr get-login\b|<<|\bsed\b|kubectl (apply|set|rollout)|^docker\b/);
    }
  });
});

describe("the buildspec checks themselves", () => {
  test("an access key pasted into the file would be found", () => {
    expect(opaqueStrings("      - export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).toHaveLength(
      1,
    );
    expect(opaqueStrings('      - bun run ops release --tag "${CODEBUILD_RESOLVED_SOURCE_VERSION}"')).toEqual([]);
  });

  test("the classifier accepts the calls the pipeline makes", () => {
    expect(classify('bun run ops release images --yes --tag "${CODEBUILD_RESOLVED_SOURCE_VERSION}"')).toBe("ops");
    expect(classify("bun run ops status --json")).toBe("ops");
    expect(classify("bun run typecheck")).toBe("test");
    expect(classify("bun install --frozen-lockfile")).toBe("install");
  });

  test("the classifier rejects logic that belongs in ops", () => {
    for (const command of [
      "kubectl apply -f manifests/",
      "bun run ops release --yes && kubectl get pods",
      "bun run ops release --yes; echo done",
      "cat <<EOF > manifests/deployment.yaml",
      "$(aws ecr get-login --no-include-email)",
      "docker push repo:tag",
      "bun install",
      "npm install --global bun@latest",
    ]) {
      expect({ command, kind: classify(command) }).toEqual({ command, kind: null });
    }
  });
});
