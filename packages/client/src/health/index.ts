/**
 * Probes: /healthz says the process answers (liveness, ALB health check); /readyz says this pod can serve
 * chat (readiness): the chat server answers SERVING and accepts this pod's service credential. A pod whose
 * RELAY_SECRET the server refuses would open every page and then time out every join, so it is not ready,
 * and says why.
 */

import { GrpcStatus, type ServiceError, type TertuliaClient } from "@tertulia/protocol";
import { Elysia } from "elysia";
import type { ServiceToken } from "../relay/service-token.ts";

const text = (body: string, status = 200) => new Response(body, { status, headers: { "content-type": "text/plain" } });

export function healthPlugin(client: TertuliaClient, isDraining: () => boolean, serviceToken: ServiceToken) {
  return new Elysia({ name: "health" })
    .get("/healthz", () => text("ok\n"))
    .get("/readyz", async () => {
      if (isDraining()) return text("draining\n", 503);
      try {
        const { status } = await client.health.check({ service: "" }, { timeoutMs: 1_000 });
        if (status !== 1) return text("chat server not serving\n", 503);
      } catch {
        return text("chat server unreachable\n", 503);
      }
      try {
        await client.auth.checkToken({}, { token: await serviceToken.get(), timeoutMs: 1_000 });
      } catch (error) {
        return (error as ServiceError).code === GrpcStatus.UNAUTHENTICATED
          ? text("chat server refuses this pod's RELAY_SECRET\n", 503)
          : text("chat server unreachable\n", 503);
      }
      return text("ready\n");
    });
}
