/**
 * Renders the kustomize profiles offline with `kubectl kustomize` and parses the result, for the tests.
 * Also renders a release the way `ops release` does: a kustomization generated around an overlay that sets
 * the images (and, with a certificate, the TLS component), so the tests pin down that contract.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseAllDocuments, stringify } from "yaml";

/** The `manifests/` folder. */
export const MANIFESTS_DIR = path.resolve(import.meta.dir, "..");
/** The repository root. */
export const REPO_ROOT = path.resolve(MANIFESTS_DIR, "..");

/** The deployable profiles, each an overlay under `manifests/overlays/`. */
export const PROFILES = ["default", "scale-out"] as const;
export type Profile = (typeof PROFILES)[number];

/** The fields every rendered object has; the rest is checked against the schema, not typed here. */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
  };
  readonly [field: string]: unknown;
}

/** Oldest embedded kustomize that renders these manifests (`labels`, components, `patches`). */
const MIN_KUSTOMIZE_MAJOR = 5;

function findKubectlProblem(): string | null {
  const kubectl = Bun.which("kubectl");
  if (kubectl === null) return "kubectl is not installed";
  const run = Bun.spawnSync([kubectl, "version", "--client", "-o", "json"], { stderr: "pipe" });
  if (run.exitCode !== 0) return `\`kubectl version --client\` failed: ${run.stderr.toString().trim()}`;
  const version = JSON.parse(run.stdout.toString()) as { kustomizeVersion?: string };
  const major = Number(/^v(\d+)\./.exec(version.kustomizeVersion ?? "")?.[1] ?? 0);
  if (major < MIN_KUSTOMIZE_MAJOR) {
    return `kubectl embeds kustomize ${version.kustomizeVersion ?? "(unknown)"}; these manifests need v${MIN_KUSTOMIZE_MAJOR}`;
  }
  return null;
}

/** Why the manifests cannot be rendered on this machine, or null when they can. */
export const kubectlProblem: string | null = findKubectlProblem();

let skipReported = false;

/**
 * Says once, on one plain line, that the rendering tests skip and why. A skip is reported by bun test as a
 * skip, never as a pass.
 */
export function reportSkip(): void {
  if (kubectlProblem === null || skipReported) return;
  skipReported = true;
  console.warn(`manifests: rendering tests skip: ${kubectlProblem}`);
}

/** Parses a multi-document YAML stream into plain objects, failing on any YAML error. */
export function parseObjects(text: string): KubeObject[] {
  return parseAllDocuments(text).flatMap((doc) => {
    if (doc.errors.length > 0) throw new Error(`invalid YAML: ${doc.errors[0]?.message}`);
    const value: unknown = doc.toJS();
    return value === null ? [] : [value as KubeObject];
  });
}

/**
 * Runs `kubectl kustomize` on a kustomization directory.
 * @throws Error with kubectl's message when rendering fails.
 */
export function renderDirectory(dir: string): KubeObject[] {
  const run = Bun.spawnSync(["kubectl", "kustomize", dir], { stderr: "pipe" });
  if (run.exitCode !== 0) throw new Error(`kubectl kustomize ${dir} failed: ${run.stderr.toString().trim()}`);
  return parseObjects(run.stdout.toString());
}

const rendered = new Map<Profile, readonly KubeObject[]>();

/** The objects of one profile as committed (placeholder image tags), rendered once per test run. */
export function renderProfile(profile: Profile): readonly KubeObject[] {
  let objects = rendered.get(profile);
  if (objects === undefined) {
    objects = renderDirectory(path.join(MANIFESTS_DIR, "overlays", profile));
    rendered.set(profile, objects);
  }
  return objects;
}

/** What `ops release` puts into the kustomization it generates. */
export interface ReleaseOptions {
  readonly profile: Profile;
  /** ECR registry host, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`. */
  readonly registry: string;
  /** The git commit being released. */
  readonly tag: string;
  /** ACM certificate ARN; with it the Ingress gets HTTPS and the HTTP -> HTTPS redirect. */
  readonly certificateArn?: string;
}

/**
 * The kustomization `ops release` writes into a fresh temporary directory. kustomize refuses absolute
 * paths to other kustomizations, so the overlay and component are referenced relative to `fromDir`.
 */
export function releaseKustomization(options: ReleaseOptions, fromDir: string): string {
  const relative = (target: string): string => path.relative(fromDir, path.join(MANIFESTS_DIR, target));
  const image = (name: string) => ({ name, newName: `${options.registry}/${name}`, newTag: options.tag });
  const kustomization: Record<string, unknown> = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: [relative(`overlays/${options.profile}`)],
    images: [image("tertulia-server"), image("tertulia-client")],
  };
  if (options.certificateArn !== undefined) {
    kustomization.components = [relative("components/tls")];
    kustomization.patches = [
      {
        target: { group: "networking.k8s.io", kind: "Ingress", name: "tertulia" },
        patch: stringify([
          {
            op: "replace",
            path: "/metadata/annotations/alb.ingress.kubernetes.io~1certificate-arn",
            value: options.certificateArn,
          },
        ]),
      },
    ];
  }
  return stringify(kustomization);
}

/** Renders a release as `ops release` does, in a temporary directory removed afterwards. */
export function renderRelease(options: ReleaseOptions): KubeObject[] {
  const dir = mkdtempSync(path.join(tmpdir(), "tertulia-release-"));
  try {
    writeFileSync(path.join(dir, "kustomization.yaml"), releaseKustomization(options, dir));
    return renderDirectory(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
