import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { describeObject } from "./kubernetes-schema";
import { type KubeObject, kubectlProblem, MANIFESTS_DIR, renderProfile, renderRelease, reportSkip } from "./render";

reportSkip();

/** `Kind/name` of each object, with the content hash kustomize appends to generated ConfigMaps removed. */
function inventory(objects: readonly KubeObject[]): string[] {
  return objects
    .map((object) =>
      object.kind === "ConfigMap" ? describeObject(object).replace(/-[a-z0-9]{10}$/, "") : describeObject(object),
    )
    .sort();
}

/** What both profiles share (manifests/base). */
const SHARED = [
  "ConfigMap/tertulia-client-config",
  "ConfigMap/tertulia-server-config",
  "Deployment/tertulia-client",
  "Deployment/tertulia-server",
  "HorizontalPodAutoscaler/tertulia-client",
  "Ingress/tertulia",
  "PodDisruptionBudget/tertulia-client",
  "Service/tertulia-client",
  "Service/tertulia-server",
  "Service/tertulia-server-headless",
  "ServiceAccount/tertulia-client",
  "ServiceAccount/tertulia-server",
];

const SHA = "0123456789abcdef0123456789abcdef01234567";
const REGISTRY = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

describe.skipIf(kubectlProblem !== null)("rendering with kubectl kustomize", () => {
  test("the default profile renders the shared objects plus the SQLite volume claim", () => {
    expect(inventory(renderProfile("default"))).toEqual(
      [...SHARED, "PersistentVolumeClaim/tertulia-server-data"].sort(),
    );
  });

  test("the scale-out profile renders the shared objects plus the server's disruption budget", () => {
    expect(inventory(renderProfile("scale-out"))).toEqual([...SHARED, "PodDisruptionBudget/tertulia-server"].sort());
  });

  test("every profile object lands in the tertulia namespace", () => {
    for (const profile of ["default", "scale-out"] as const) {
      const outside = renderProfile(profile).filter((object) => object.metadata.namespace !== "tertulia");
      expect(outside.map(describeObject)).toEqual([]);
    }
  });

  test("a release sets both images to the registry and the commit, and changes nothing else", () => {
    const released = renderRelease({ profile: "default", registry: REGISTRY, tag: SHA });
    const images = released
      .filter((object) => object.kind === "Deployment")
      .flatMap((object) => JSON.stringify(object).match(/"image":"[^"]+"/g) ?? []);
    expect(images.sort()).toEqual([
      `"image":"${REGISTRY}/tertulia-client:${SHA}"`,
      `"image":"${REGISTRY}/tertulia-server:${SHA}"`,
    ]);
    const withoutImages = (objects: readonly KubeObject[]) => JSON.stringify(objects).replace(/"image":"[^"]+"/g, "");
    expect(withoutImages(released)).toBe(withoutImages(renderProfile("default")));
  });

  test("an unreleased render is marked so ops can refuse it: image tag `unreleased`, ARN `set-by-ops`", () => {
    const text = JSON.stringify(renderProfile("default"));
    expect(text).toContain('"image":"tertulia-server:unreleased"');
    expect(text).toContain('"image":"tertulia-client:unreleased"');
    const patch = `${MANIFESTS_DIR}/components/tls/ingress-tls-patch.yaml`;
    expect(readFileSync(patch, "utf8")).toContain("certificate/set-by-ops");
  });

  test("a release with a certificate carries its ARN and no placeholder", () => {
    const arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3c2b1a-1111-2222-3333-444455556666";
    const released = renderRelease({ profile: "scale-out", registry: REGISTRY, tag: SHA, certificateArn: arn });
    const ingress = released.find((object) => object.kind === "Ingress");
    expect(ingress?.metadata.annotations?.["alb.ingress.kubernetes.io/certificate-arn"]).toBe(arn);
    expect(JSON.stringify(released)).not.toContain("set-by-ops");
  });
});
