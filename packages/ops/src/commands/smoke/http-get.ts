/**
 * One HTTP(S) GET the way smoke needs it: to the public URL's host name (Host header and, for HTTPS, the TLS SNI
 * name the certificate is checked against), optionally over a connection to another address, such as the ALB's
 * DNS name while the public name's DNS record does not point at it yet (like `curl --connect-to`). Redirects are
 * never followed, so a redirect can be checked as one. node:https verifies the certificate against `servername`
 * (https://nodejs.org/api/tls.html#tlsconnectoptions-callback).
 */
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";

export interface GetOptions {
  /** The URL as users reach it, e.g. https://chat.example.com/healthz. */
  readonly url: string;
  /** Connect to this host instead of the URL's (the ALB's DNS name); Host and SNI stay the URL's. */
  readonly connectTo?: string;
  readonly timeoutMs: number;
  /** Extra trusted CA certificates (PEM), for tests; the system store otherwise. */
  readonly ca?: string;
}

export interface GetResult {
  readonly status: number;
  readonly location?: string;
  readonly setCookies: readonly string[];
}

export function httpGet(o: GetOptions): Promise<GetResult> {
  const url = new URL(o.url);
  const secure = url.protocol === "https:";
  const options: https.RequestOptions = {
    host: o.connectTo ?? url.hostname,
    port: url.port || (secure ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    method: "GET",
    headers: { host: url.host },
    timeout: o.timeoutMs,
    // SNI carries names only (RFC 6066 §3); an IP address is checked against the certificate without it.
    ...(secure && !isIP(url.hostname) ? { servername: url.hostname } : {}),
    ...(o.ca ? { ca: o.ca } : {}),
  };
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(options, (res) => {
      res.resume();
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          ...(res.headers.location ? { location: res.headers.location } : {}),
          setCookies: res.headers["set-cookie"] ?? [],
        }),
      );
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${o.timeoutMs}ms`)));
    req.on("error", reject);
    req.end();
  });
}
