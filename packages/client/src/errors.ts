/**
 * The web tier's error policy, in one place: never a stack trace, schema or internal message to the
 * browser. Unknown paths get the 404 page; malformed requests a plain 400; anything else is logged and
 * answered with a short 500. Security headers go on every response.
 */

import type { Logger } from "@tertulia/runtime";
import { Elysia } from "elysia";
import { notFoundPage, type PageAssets } from "./pages/templates.ts";

const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
};

export function errorsPlugin(log: Logger, assets: PageAssets) {
  return new Elysia({ name: "errors" })
    .onRequest(({ set }) => {
      Object.assign(set.headers, SECURITY_HEADERS);
    })
    .onError(({ code, error, path }) => {
      if (code === "NOT_FOUND") {
        return new Response(notFoundPage(assets), {
          status: 404,
          headers: { "content-type": "text/html; charset=utf-8", ...SECURITY_HEADERS },
        });
      }
      if (code === "VALIDATION" || code === "PARSE" || code === "INVALID_COOKIE_SIGNATURE") {
        return new Response("Bad request\n", {
          status: 400,
          headers: { "content-type": "text/plain", ...SECURITY_HEADERS },
        });
      }
      log.error("request failed", { path, code: String(code), error });
      return new Response("Something went wrong\n", {
        status: 500,
        headers: { "content-type": "text/plain", ...SECURITY_HEADERS },
      });
    })
    .as("global");
}
