/**
 * Request size limits, checked from the headers before any body is read. The web tier only takes small form
 * posts (login, sign-up, logout: a few hundred bytes), so:
 *
 * 1. a body announced larger than `maxBytes` is refused with 413 and a sentence naming the limit;
 * 2. a body without a length (chunked) is refused with 411: browsers always send Content-Length for forms,
 *    and an unannounced body could only be measured by reading it;
 * 3. Bun.serve's own `maxRequestBodySize` (`BUN_BODY_LIMIT`) is the backstop under both: Bun answers its own
 *    bodiless 413 to anything announced above it before our code runs, and stops reading a stream past it.
 *
 * Nothing refused here is parsed, so the CSRF check and the routes never see it.
 * @see https://bun.sh/docs/api/http (maxRequestBodySize, default 128 MB)
 * @see https://www.rfc-editor.org/rfc/rfc9110#status.411 (411 Length Required)
 */
import { Elysia } from "elysia";

/** Bun's limit: far below its 128 MB default, above every `maxBytes` so refusals up to it carry a reason. */
export const BUN_BODY_LIMIT = 1_048_576;

const refusal = (status: number, text: string) =>
  new Response(`${text}\n`, {
    status,
    // The body is never read: the connection cannot carry another request.
    headers: { "content-type": "text/plain; charset=utf-8", connection: "close" },
  });

export function bodyLimitPlugin({ maxBytes }: { readonly maxBytes: number }) {
  return new Elysia({ name: "body-limit", seed: maxBytes })
    .onRequest(({ request }) => {
      const announced = request.headers.get("content-length");
      if (announced !== null) {
        if (Number(announced) > maxBytes)
          return refusal(413, `Request body too large: this site accepts at most ${maxBytes} bytes`);
        return;
      }
      if (request.headers.has("transfer-encoding"))
        return refusal(411, "Length required: send the request body with a Content-Length");
    })
    .as("global");
}
