import { describe, expect, test } from "bun:test";
import { buildPage, pageBundle } from "./bundle.ts";

describe("the chat page bundle", () => {
  test("builds for the browser from the page's modules, with no server-side library in it", async () => {
    const bundle = await buildPage();
    // The page's own code made it in: the socket path, the resume frame and text-only drawing.
    expect(bundle).toContain("/ws");
    expect(bundle).toContain('"join"');
    expect(bundle).toContain("textContent");
    expect(bundle).not.toContain("innerHTML");
    // @tertulia/protocol/browser is browser-safe: the web tier's zod validation and gRPC stay out.
    expect(bundle).not.toMatch(/ZodError|grpc|protobuf|node:/i);
    // Small enough to send on every first visit (it is cached for good after that).
    expect(bundle.length).toBeLessThan(64 * 1024);
  });

  test("the macro's child process makes the same bundle", async () => {
    expect(pageBundle()).toBe(await buildPage());
  });
});
