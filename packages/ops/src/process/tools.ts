/** Local tools ops drives, with the version probes preflight and release use. */
import type { Cmd, ProcessRunner } from "./runner.ts";

export interface ToolProbe {
  readonly name: string;
  readonly probe: Cmd;
  /** Pulls the version out of the probe's stdout. */
  parse(stdout: string): string | undefined;
}

const firstVersion = (s: string): string | undefined => /(\d+\.\d+(?:\.\d+)?)/.exec(s)?.[1];
const jsonField = (s: string, f: (o: Record<string, unknown>) => unknown): string | undefined => {
  try {
    const v = f(JSON.parse(s) as Record<string, unknown>);
    return typeof v === "string" ? v.replace(/^v/, "") : undefined;
  } catch {
    return firstVersion(s);
  }
};

export const TOOLS = {
  terraform: {
    name: "terraform",
    probe: { cmd: "terraform", args: ["version", "-json"], readOnly: true },
    parse: (s) => jsonField(s, (o) => o.terraform_version),
  },
  kubectl: {
    name: "kubectl",
    probe: { cmd: "kubectl", args: ["version", "--client", "-o", "json"], readOnly: true },
    parse: (s) => jsonField(s, (o) => (o.clientVersion as Record<string, unknown> | undefined)?.gitVersion),
  },
  docker: {
    name: "docker",
    probe: { cmd: "docker", args: ["--version"], readOnly: true },
    parse: (s) => firstVersion(s),
  },
  buildah: {
    name: "buildah",
    probe: { cmd: "buildah", args: ["--version"], readOnly: true },
    parse: (s) => firstVersion(s),
  },
  aws: { name: "aws", probe: { cmd: "aws", args: ["--version"], readOnly: true }, parse: (s) => firstVersion(s) },
} as const satisfies Record<string, ToolProbe>;

/** The tool's version, or undefined when it is not installed (or its probe fails). */
export async function toolVersion(runner: ProcessRunner, tool: ToolProbe): Promise<string | undefined> {
  if (!runner.which(tool.name)) return undefined;
  const r = await runner.run(tool.probe);
  return r.code === 0 ? (tool.parse(r.stdout + r.stderr) ?? "unknown") : undefined;
}

/** Compares dotted versions numerically: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The image builder to use: docker when present, else buildah (same build/push/login syntax). */
export function pickBuilder(runner: ProcessRunner): "docker" | "buildah" | undefined {
  if (runner.which("docker")) return "docker";
  if (runner.which("buildah")) return "buildah";
  return undefined;
}
