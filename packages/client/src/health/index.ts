/**
 * Probes: /healthz says the process answers (liveness, ALB health check); /readyz says the chat server is
 * reachable too (readiness), so a pod cut off from the server stops getting new users.
 */

import type { TertuliaClient } from "@tertulia/protocol";
import { Elysia } from "elysia";

export function healthPlugin(client: TertuliaClient, isDraining: () => boolean) {
  return new Elysia({ name: "health" })
    .get("/healthz", () => new Response("ok\n", { headers: { "content-type": "text/plain" } }))
    .get("/readyz", async () => {
      if (isDraining()) return new Response("draining\n", { status: 503 });
      try {
        const { status } = await client.health.check({ service: "" }, { timeoutMs: 1_000 });
        if (status === 1) return new Response("ready\n", { headers: { "content-type": "text/plain" } });
      } catch {
        // falls through: not ready
      }
      return new Response("chat server unreachable\n", { status: 503 });
    });
}
