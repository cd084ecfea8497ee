/**
 * The browser's address, as far as it can be known: the socket's peer, unless that peer is a proxy we were
 * told to trust, in which case the address that proxy appended to `X-Forwarded-For`.
 *
 * A browser can send any `X-Forwarded-For` it likes, and the ALB (in its default `append` mode) keeps what
 * the browser sent and appends the address it saw at the end
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/x-forwarded-headers.html). So the
 * only entries worth anything are the rightmost ones, added by proxies we run; the first hop is whatever
 * the client chose. Per-address login limits are keyed by what this returns.
 */
import { BlockList, isIP } from "node:net";
import { ConfigError } from "@tertulia/runtime";

/**
 * Whom to believe: `hops` proxies in front of us, each appending one entry (the ALB alone: 1), or the
 * networks our proxies connect from (the VPC's CIDR). `none`: nobody, the peer is the client.
 */
export type TrustedProxies =
  | { readonly kind: "none" }
  | { readonly kind: "hops"; readonly hops: number }
  | { readonly kind: "networks"; readonly list: BlockList; readonly text: string };

/**
 * `TRUSTED_PROXIES`: empty or `0` (trust nobody), a hop count (`1` behind the ALB), or comma-separated
 * CIDRs (`10.0.0.0/16,fd00::/8`).
 * @throws {ConfigError} naming the variable and the entry it cannot read.
 */
export function parseTrustedProxies(text: string | undefined): TrustedProxies {
  const value = (text ?? "").trim();
  if (value === "" || value === "0") return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new ConfigError(`TRUSTED_PROXIES: ${hops} hops is not a real deployment (at most 10)`);
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const entry of value.split(",").map((e) => e.trim())) {
    const [address = "", bits = ""] = entry.split("/");
    const family = isIP(address);
    const prefix = Number(bits);
    if (family === 0 || !/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128)) {
      throw new ConfigError(`TRUSTED_PROXIES: "${entry}" is neither a hop count nor a CIDR such as 10.0.0.0/16`);
    }
    list.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6");
  }
  return { kind: "networks", list, text: value };
}

/**
 * The client's address for a request that arrived from `peer`, reading `forwardedFor` (the raw header)
 * only as far as `trusted` allows.
 */
export function clientAddress(peer: string, forwardedFor: string | null, trusted: TrustedProxies): string {
  if (trusted.kind === "none" || forwardedFor === null) return peer;
  const hops = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (trusted.kind === "hops") {
    // Fewer entries than proxies: the request did not come through all of them; only the peer is known.
    return hops.length >= trusted.hops ? validAddress(hops[hops.length - trusted.hops]!, peer) : peer;
  }
  // Walk from our side outwards while each address is one of our proxies; the first other one is the client.
  let client = peer;
  while (isTrusted(client, trusted.list)) {
    const next = hops.pop();
    if (next === undefined || isIP(next) === 0) return client;
    client = next;
  }
  return client;
}

function isTrusted(address: string, list: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** A malformed entry from a trusted proxy (it never should be) falls back to the peer, never to free text. */
function validAddress(entry: string, peer: string): string {
  return isIP(entry) === 0 ? peer : entry;
}
