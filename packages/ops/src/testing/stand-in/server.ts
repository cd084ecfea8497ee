/**
 * A loopback stand-in for AWS endpoints: one real HTTP server on 127.0.0.1, port 0, that the real SDK clients are
 * pointed at (`endpoint`), answering with the status codes, headers and bodies the services document. The SDK parses
 * those responses itself, so a test sees exactly the errors a user would (no error is faked by name).
 *
 * Requests are routed by the service and region in their SigV4 credential scope
 * (`Credential=AKID/20261202/sa-east-1/s3/aws4_request`), so one server can play S3 in several regions, STS and
 * CodeBuild at once. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
import { createServer, type Socket } from "node:net";

export interface SeenRequest {
  readonly method: string;
  /** Decoded path, e.g. "/tertulia-tfstate" (path-style S3). */
  readonly path: string;
  readonly query: URLSearchParams;
  /** From the credential scope: "s3", "sts", "codebuild" … */
  readonly service: string;
  /** From the credential scope. */
  readonly region: string;
  readonly headers: Headers;
  readonly body: string;
}

export type ServiceHandler = (req: SeenRequest) => Response | Promise<Response>;

export interface StandIn {
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

const SCOPE = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

export function startStandIn(services: Readonly<Record<string, ServiceHandler>>): StandIn {
  const requests: SeenRequest[] = [];
  const server = Bun.serve({
    port: 0,
    hostname: "127.0.0.1",
    async fetch(request) {
      const url = new URL(request.url);
      const [, region = "", service = ""] = SCOPE.exec(request.headers.get("authorization") ?? "") ?? [];
      const seen: SeenRequest = {
        method: request.method,
        path: decodeURIComponent(url.pathname),
        query: url.searchParams,
        service,
        region,
        headers: request.headers,
        body: await request.text(),
      };
      requests.push(seen);
      const handler = services[service];
      if (!handler) return new Response(`no stand-in for service "${service}"`, { status: 501 });
      return handler(seen);
    },
  });
  return { url: `http://127.0.0.1:${server.port}`, requests, close: () => server.stop(true) };
}

export interface SilentListener {
  readonly url: string;
  /** Connections accepted so far. */
  accepted(): number;
  close(): Promise<void>;
}

/**
 * A TCP listener that accepts connections and never answers: what a black-holed proxy, a stuck load balancer or a
 * wrong `AWS_ENDPOINT_URL` pointing at some other service looks like to a client.
 */
export async function startSilentListener(): Promise<SilentListener> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    accepted: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An XML error body as S3 and the Query-protocol services write it. */
export function xmlError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>STANDIN0000000001</RequestId><HostId>standin</HostId></Error>`,
    { status, headers: { "content-type": "application/xml", "x-amz-request-id": "STANDIN0000000001", ...headers } },
  );
}
