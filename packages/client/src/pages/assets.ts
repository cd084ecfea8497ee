/**
 * The page's static files, embedded in the binary (`with { type: "file" }`), so the compiled web tier needs
 * no public/ folder beside it. Nothing is loaded from a CDN.
 */
import chatJs from "../../public/chat.js" with { type: "file" };
import faviconSvg from "../../public/favicon.svg" with { type: "file" };
import styleCss from "../../public/style.css" with { type: "file" };

interface Asset {
  readonly body: Blob;
  readonly type: string;
  readonly etag: string;
}

const FILES: Record<string, { path: string; type: string }> = {
  "chat.js": { path: chatJs, type: "text/javascript; charset=utf-8" },
  "style.css": { path: styleCss, type: "text/css; charset=utf-8" },
  "favicon.svg": { path: faviconSvg, type: "image/svg+xml" },
};

let loaded: Map<string, Asset> | null = null;

/** Reads every asset once and fingerprints it for caching. */
export async function loadAssets(): Promise<Map<string, Asset>> {
  if (loaded) return loaded;
  const entries = await Promise.all(
    Object.entries(FILES).map(async ([name, file]) => {
      const bytes = await Bun.file(file.path).bytes();
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
