import { describe, expect, test } from "bun:test";
import { clusterStackProvides, METRICS_API, opsProvides, references, unprovided } from "./prerequisites";
import { type KubeObject, kubectlProblem, PROFILES, renderProfile, renderRelease, reportSkip } from "./render";

reportSkip();

/** Every rendering ops can apply: both profiles, and a release with TLS. */
const RENDERINGS: ReadonlyArray<readonly [string, () => readonly KubeObject[]]> = [
  ...PROFILES.map((profile) => [`the ${profile} profile`, () => renderProfile(profile)] as const),
  ...PROFILES.map(
    (profile) =>
      [
        `a ${profile} release with TLS`,
        () =>
          renderRelease({
            profile,
            registry: "123456789012.dkr.ecr.eu-west-1.amazonaws.com",
            tag: "0123456789abcdef0123456789abcdef01234567",
            certificateArn: "arn:aws:acm:eu-west-1:123456789012:certificate/0f3c2b1a-1111-2222-3333-444455556666",
          }),
      ] as const,
  ),
];

describe.skipIf(kubectlProblem !== null)("everything a workload refers to exists before the apply", () => {
  const cluster = clusterStackProvides();
  const ops = opsProvides();

  for (const [label, render] of RENDERINGS) {
    test(`${label}: each referenced object is created by the bundle, the cluster stack or ops`, () => {
      expect(unprovided(render(), cluster, ops)).toEqual([]);
    });
  }

  test("the references found include the ones that once went unprovided (so the check looks where it must)", () => {
    const needs = references(renderProfile("default")).map((r) => r.needs);
    expect(needs).toContain("StorageClass/tertulia-gp3");
    expect(needs).toContain("IngressClass/alb");
    expect(needs).toContain("Namespace/tertulia");
    expect(needs).toContain(METRICS_API);
    expect(needs).toContain("Secret/tertulia-app-secrets");
  });

  test("a missing provider is named with what refers to it", () => {
    expect(unprovided(renderProfile("default"), new Set(), ops)).toContain(
      "StorageClass/tertulia-gp3 (referenced by PersistentVolumeClaim/tertulia-server-data)",
    );
  });
});
