import { describe, expect, test } from "bun:test";
import { describeObject, unknownFieldErrors, validateObject } from "./kubernetes-schema";
import { type KubeObject, kubectlProblem, PROFILES, renderProfile, renderRelease, reportSkip } from "./render";

reportSkip();

/** Every rendering that can reach a cluster: both profiles and the TLS variant. */
const RENDERINGS: ReadonlyArray<readonly [string, () => readonly KubeObject[]]> = [
  ...PROFILES.map((profile) => [`the ${profile} profile`, () => renderProfile(profile)] as const),
  [
    "a scale-out release with TLS",
    () =>
      renderRelease({
        profile: "scale-out",
        registry: "123456789012.dkr.ecr.eu-west-1.amazonaws.com",
        tag: "0123456789abcdef0123456789abcdef01234567",
        certificateArn: "arn:aws:acm:eu-west-1:123456789012:certificate/0f3c2b1a-1111-2222-3333-444455556666",
      }),
  ],
];

describe.skipIf(kubectlProblem !== null)("rendered objects against the Kubernetes schema", () => {
  for (const [label, render] of RENDERINGS) {
    test(`${label}: every object has the right types and required fields`, () => {
      const objects = render();
      expect(objects.length).toBeGreaterThan(0);
      expect(objects.flatMap(validateObject)).toEqual([]);
    });

    test(`${label}: no object has a field the schema does not declare`, () => {
      expect(unknownFieldErrors(render())).toEqual([]);
    });
  }
});

/** A small valid Deployment, to show that the checks catch what they claim to. */
function deployment(container: Record<string, unknown>, replicas: unknown = 1): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "probe" },
    spec: {
      replicas,
      selector: { matchLabels: { app: "probe" } },
      template: {
        metadata: { labels: { app: "probe" } },
        spec: { containers: [{ name: "c", image: "x:1", ...container }] },
      },
    },
  };
}

describe("the schema checks themselves", () => {
  test("a valid object passes both", () => {
    const object = deployment({ livenessProbe: { grpc: { port: 50051 } } });
    expect(validateObject(object)).toEqual([]);
    expect(unknownFieldErrors([object])).toEqual([]);
  });

  test("a misspelt field deep in a pod template is rejected", () => {
    const errors = unknownFieldErrors([deployment({ livenesProbe: { grpc: { port: 50051 } } })]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("Deployment/probe");
    expect(errors[0]).toContain("'livenesProbe' does not exist");
  });

  test("an annotation on the wrong level is rejected", () => {
    const object = { ...deployment({}), metadata: { name: "probe" }, annotations: { a: "b" } };
    expect(unknownFieldErrors([object]).join("\n")).toContain("'annotations' does not exist");
  });

  test("a wrong type is rejected", () => {
    expect(validateObject(deployment({}, "two")).join("\n")).toContain("/spec/replicas must be integer");
  });

  test("a kind without a schema here is rejected rather than waved through", () => {
    const object: KubeObject = { apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } };
    expect(validateObject(object)).toEqual([`${describeObject(object)}: no schema for example.com/v1 Widget`]);
  });
});
