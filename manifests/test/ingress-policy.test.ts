/**
 * Policy for how traffic reaches the pods: the ALB Ingress (class, stickiness, timeouts, health check,
 * TLS) and the Services, including the headless one the web tier balances gRPC over.
 */
import { describe, expect, test } from "bun:test";
import {
  albAttributes,
  annotation,
  configMaps,
  ingresses,
  named,
  selects,
  services,
  workloadNamed,
  workloads,
} from "./objects";
import { kubectlProblem, PROFILES, renderProfile, renderRelease, reportSkip } from "./render";

reportSkip();

const ALB = "alb.ingress.kubernetes.io/";
/** How often the web tier pings each WebSocket. The ALB's idle timeout must be longer. */
const WEBSOCKET_PING_SECONDS = 25;
const CERTIFICATE_ARN = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3c2b1a-1111-2222-3333-444455556666";

describe.skipIf(kubectlProblem !== null)("ingress and service policy", () => {
  for (const profile of PROFILES) {
    describe(`the ${profile} profile`, () => {
      const objects = () => renderProfile(profile);
      const ingress = () => named(ingresses(objects()), "tertulia");

      test("no object carries the deprecated ingress class annotation", () => {
        const text = JSON.stringify(objects());
        expect(text).not.toContain("kubernetes.io/ingress.class");
      });

      test("the Ingress names its class only through ingressClassName: alb", () => {
        expect(ingress().spec?.ingressClassName).toBe("alb");
      });

      test("the ALB is internet-facing and sends traffic straight to pod IPs", () => {
        expect(annotation(ingress(), `${ALB}scheme`)).toBe("internet-facing");
        expect(annotation(ingress(), `${ALB}target-type`)).toBe("ip");
      });

      test("sessions stick for 86,400 s, as the original's", () => {
        const value = annotation(ingress(), `${ALB}target-group-attributes`) ?? "";
        expect(value).toContain("stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=86400");
        const attributes = albAttributes(value);
        expect(attributes.get("stickiness.enabled")).toBe("true");
        expect(attributes.get("stickiness.lb_cookie.duration_seconds")).toBe("86400");
      });

      test("the idle timeout outlasts the WebSocket ping interval", () => {
        const attributes = albAttributes(annotation(ingress(), `${ALB}load-balancer-attributes`));
        expect(Number(attributes.get("idle_timeout.timeout_seconds"))).toBeGreaterThan(WEBSOCKET_PING_SECONDS * 2);
      });

      test("the deregistration delay is short, and long enough for the web pod's preStop wait", () => {
        const delay = Number(
          albAttributes(annotation(ingress(), `${ALB}target-group-attributes`)).get(
            "deregistration_delay.timeout_seconds",
          ),
        );
        const preStop =
          workloadNamed(workloads(objects()), "tertulia-client").pod.containers[0]?.lifecycle?.preStop?.sleep
            ?.seconds ?? 0;
        expect(delay).toBeLessThanOrEqual(60);
        expect(delay).toBeGreaterThan(preStop);
      });

      test("the ALB health check asks /healthz", () => {
        expect(annotation(ingress(), `${ALB}healthcheck-path`)).toBe("/healthz");
      });

      test("without a certificate the ALB listens on HTTP only, with no redirect to a missing HTTPS listener", () => {
        expect(JSON.parse(annotation(ingress(), `${ALB}listen-ports`) ?? "null")).toEqual([{ HTTP: 80 }]);
        expect(annotation(ingress(), `${ALB}ssl-redirect`)).toBeUndefined();
        expect(annotation(ingress(), `${ALB}certificate-arn`)).toBeUndefined();
      });

      test("with a certificate the ALB serves HTTPS and redirects HTTP to it", () => {
        const released = renderRelease({
          profile,
          registry: "123456789012.dkr.ecr.eu-west-1.amazonaws.com",
          tag: "a".repeat(40),
          certificateArn: CERTIFICATE_ARN,
        });
        const tls = named(ingresses(released), "tertulia");
        expect(JSON.parse(annotation(tls, `${ALB}listen-ports`) ?? "null")).toEqual([{ HTTP: 80 }, { HTTPS: 443 }]);
        expect(annotation(tls, `${ALB}ssl-redirect`)).toBe("443");
        expect(annotation(tls, `${ALB}certificate-arn`)).toBe(CERTIFICATE_ARN);
      });

      test("every Ingress backend is a rendered Service port that selects pods", () => {
        const all = services(objects());
        const pods = workloads(objects());
        for (const rule of ingress().spec?.rules ?? []) {
          for (const path of rule.http?.paths ?? []) {
            const backend = path.backend.service;
            const service = named(all, backend?.name ?? "");
            expect(service.spec?.ports?.map((port) => port.name)).toContain(backend?.port?.name);
            expect(pods.some((pod) => selects(service.spec?.selector, pod.labels))).toBe(true);
          }
        }
      });

      test("every Service targets a named port its pods declare", () => {
        const pods = workloads(objects());
        for (const service of services(objects())) {
          const selected = pods.filter((pod) => selects(service.spec?.selector, pod.labels));
          expect({ service: service.metadata?.name, selected: selected.length }).toEqual({
            service: service.metadata?.name,
            selected: 1,
          });
          const declared = selected.flatMap((pod) =>
            pod.pod.containers.flatMap((c) => (c.ports ?? []).map((port) => port.name)),
          );
          for (const port of service.spec?.ports ?? []) expect(declared).toContain(String(port.targetPort));
        }
      });

      test("the web tier balances gRPC over every ready server pod through the headless Service", () => {
        const headless = named(services(objects()), "tertulia-server-headless");
        expect(headless.spec?.clusterIP).toBe("None");
        expect(headless.spec?.publishNotReadyAddresses).toBe(false);
        expect(headless.spec?.ports?.map((port) => port.port)).toEqual([50051]);
        const server = workloadNamed(workloads(objects()), "tertulia-server");
        expect(selects(headless.spec?.selector, server.labels)).toBe(true);
        const config = configMaps(objects()).find((map) => map.metadata?.name?.startsWith("tertulia-client-config"));
        expect(config?.data?.SERVER_URL).toBe("dns:///tertulia-server-headless.tertulia.svc.cluster.local:50051");
      });
    });
  }
});
