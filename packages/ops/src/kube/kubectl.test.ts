import { expect, test } from "bun:test";
import { parse } from "yaml";
import { renderKubeconfig } from "./kubeconfig.ts";
import { ingressUrl, kubectlHint, selectorOf } from "./kubectl.ts";
import { releaseKustomization } from "./render.ts";

test("kubectl failures people meet with EKS get a hint", () => {
  expect(kubectlHint("exec: executable aws not found")).toContain("Install the AWS CLI");
  expect(kubectlHint("error: You must be logged in to the server (Unauthorized)")).toContain("access entry");
  expect(kubectlHint('deployments.apps is forbidden: User "codebuild" cannot list')).toContain("tertulia namespace");
  expect(kubectlHint("something else")).toBeUndefined();
});

test("selectors and URLs from kubectl JSON", () => {
  expect(selectorOf({ spec: { selector: { matchLabels: { a: "1", b: "2" } } } }, "x=y")).toBe("a=1,b=2");
  expect(selectorOf(undefined, "x=y")).toBe("x=y");
  expect(ingressUrl({ status: { loadBalancer: { ingress: [{ hostname: "h.elb.amazonaws.com" }] } } })).toBe(
    "http://h.elb.amazonaws.com",
  );
  expect(ingressUrl({})).toBeUndefined();
  expect(
    ingressUrl({
      metadata: { annotations: { "alb.ingress.kubernetes.io/certificate-arn": "arn:aws:acm:x" } },
      status: { loadBalancer: { ingress: [{ hostname: "h" }] } },
    }),
  ).toBe("https://h");
});

test("the release kustomization points at the overlay relatively and sets both images", () => {
  const k = parse(
    releaseKustomization("/tmp/w/release", "/repo/manifests/overlays/default", [
      { name: "tertulia-server", newName: "r/s", newTag: "t" },
    ]),
  );
  expect(k).toEqual({
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: ["../../../repo/manifests/overlays/default"],
    images: [{ name: "tertulia-server", newName: "r/s", newTag: "t" }],
  });
});

test("the kubeconfig authenticates with aws eks get-token and carries the profile", () => {
  const c = parse(
    renderKubeconfig({
      name: "tertulia",
      endpoint: "https://x",
      certificateAuthority: "Q0E=",
      region: "eu-west-1",
      profile: "dev",
    }),
  );
  expect(c.users[0].user.exec).toEqual({
    apiVersion: "client.authentication.k8s.io/v1beta1",
    command: "aws",
    args: ["eks", "get-token", "--cluster-name", "tertulia", "--region", "eu-west-1", "--output", "json"],
    env: [{ name: "AWS_PROFILE", value: "dev" }],
    interactiveMode: "Never",
  });
  expect(c["current-context"]).toBe("tertulia");
});
