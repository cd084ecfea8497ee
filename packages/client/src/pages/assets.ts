/**
 * The page's static files, embedded in the binary, so the compiled web tier needs no public/ folder beside
 * it: the chat script is the page's TypeScript (src/page/) bundled at build time by a macro and inlined as a
 * string; the stylesheet and icon are imported `with { type: "file" }`. Nothing is loaded from a CDN.
 */

import faviconSvg from "../../public/favicon.svg" with { type: "file" };
import styleCss from "../../public/style.css" with { type: "file" };
import { pageBundle } from "../page/bundle.ts" with { type: "macro" };

interface Asset {
  readonly body: Blob;
  readonly type: string;
  readonly etag: string;
}

/** The bundled page, made once when this file is transpiled or compiled (see ../page/bundle.ts). */
const CHAT_JS: string = pageBundle();

const FILES: Record<string, { content: () => Promise<Uint8Array<ArrayBuffer>>; type: string }> = {
  "chat.js": { content: async () => new TextEncoder().encode(CHAT_JS), type: "text/javascript; charset=utf-8" },
  "style.css": { content: () => Bun.file(styleCss).bytes(), type: "text/css; charset=utf-8" },
  "favicon.svg": { content: () => Bun.file(faviconSvg).bytes(), type: "image/svg+xml" },
};

let loaded: Map<string, Asset> | null = null;

/** Reads every asset once and fingerprints it for caching. */
export async function loadAssets(): Promise<Map<string, Asset>> {
  if (loaded) return loaded;
  const entries = await Promise.all(
    Object.entries(FILES).map(async ([name, file]) => {
      const bytes = await file.content();
      const etag = `"${new Bun.CryptoHasher("sha1").update(bytes).digest("hex").slice(0, 16)}"`;
      return [name, { body: new Blob([bytes], { type: file.type }), type: file.type, etag }] as const;
    }),
  );
  loaded = new Map(entries);
  return loaded;
}

/** The URL a page uses for an asset: its fingerprint in the query, so browsers may cache it for good. */
export function assetUrl(assets: Map<string, Asset>, name: string): string {
  return `/assets/${name}?v=${assets.get(name)?.etag.slice(1, 9) ?? "0"}`;
}
