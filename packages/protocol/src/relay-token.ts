/**
 * The web tier's service token for its shared room streams, as both tiers must agree on it: an HS256 JWT
 * signed with RELAY_SECRET under its own key id (so it is never checked against the users' key), issued by
 * "tertulia", short-lived and renewed well before it expires.
 */
export const RELAY_TOKEN = {
  algorithm: "HS256",
  keyId: "relay",
  issuer: "tertulia",
  lifetimeS: 600,
  renewBeforeS: 120,
} as const;
