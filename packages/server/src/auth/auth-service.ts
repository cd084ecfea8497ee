/**
 * AuthService: login, sign-up and token refresh. A refused login is answered in `LoginResponse.error`
 * (old clients read that field, and it keeps a wrong password from looking like a server fault), with one
 * message for unknown user and wrong password alike, and failures rate-limited per username and per peer.
 */
import type { Metadata, Server } from "@grpc/grpc-js";
import type { Logger } from "@tertulia/protocol";
import { authMethods, serviceDefinition } from "@tertulia/protocol";
import { type ResponseOf, type UnaryCallOf, unaryHandler } from "../grpc/handlers.ts";
import type { ChatStore } from "../store/store.ts";
import { authenticateCall, requireUser } from "./call-auth.ts";
import { hashPassword, verifyDecoy, verifyPassword } from "./passwords.ts";
import type { RateLimiter } from "./rate-limiter.ts";
import type { TokenService } from "./tokens.ts";

type M = typeof authMethods;
type LoginAnswer = ResponseOf<M["authenticateUser"]>;

export const USERNAME_RULE = "usernames are 3-32 characters of a-z, 0-9, '.', '_' and '-'";
const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;
const MIN_PASSWORD = 8;
const MAX_PASSWORD = 256;

export interface AuthServiceDeps {
  readonly store: ChatStore;
  readonly tokens: TokenService;
  readonly log: Logger;
  readonly limiters: { readonly byUser: RateLimiter; readonly byPeer: RateLimiter };
  readonly allowSignup: boolean;
}

export function addAuthService(server: Server, deps: AuthServiceDeps): void {
  const { store, tokens, log, limiters } = deps;

  const refused = (code: string, error: string): LoginAnswer => ({ error, errorCode: code });

  async function issue(username: string): Promise<LoginAnswer> {
    const { token, expiresAtMs } = await tokens.issue(username);
    return { token, expiresAtMs, username };
  }

  function blocked(username: string, peer: string): LoginAnswer | null {
    const waitMs = Math.max(limiters.byUser.retryAfterMs(username), limiters.byPeer.retryAfterMs(peer));
    if (waitMs <= 0) return null;
    return refused("rate_limited", `Too many failed attempts; try again in ${Math.ceil(waitMs / 1000)} s`);
  }

  const authenticateUser = unaryHandler<M["authenticateUser"]>(log, "AuthenticateUser", async (call) => {
    const username = normalizeUsername(call.request.username);
    const peer = await peerOf(call);
    const wait = blocked(username, peer);
    if (wait) return wait;
    const user = await store.findUser(username);
    const ok = user
      ? await verifyPassword(call.request.password, user.passwordHash)
      : await verifyDecoy(call.request.password);
    if (!ok) {
      limiters.byUser.recordFailure(username);
      limiters.byPeer.recordFailure(peer);
      log.info("login refused", { username, peer });
      return refused("invalid_credentials", "Invalid username or password");
    }
    limiters.byUser.reset(username);
    log.info("login", { username });
    return issue(username);
  });

  const registerUser = unaryHandler<M["registerUser"]>(log, "RegisterUser", async (call) => {
    if (!deps.allowSignup) return refused("signup_disabled", "Sign-up is disabled on this server");
    const username = normalizeUsername(call.request.username);
    const peer = await peerOf(call);
    const wait = blocked(username, peer);
    if (wait) return wait;
    // Every sign-up counts against the peer, so nobody mints accounts in bulk.
    limiters.byPeer.recordFailure(peer);
    if (!USERNAME_PATTERN.test(username)) return refused("invalid_username", `Invalid username: ${USERNAME_RULE}`);
    const password = call.request.password;
    if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
      return refused("invalid_password", `Passwords are ${MIN_PASSWORD}-${MAX_PASSWORD} characters`);
    }
    if (!(await store.createUser({ username, passwordHash: await hashPassword(password) }))) {
      return refused("username_taken", "That username is taken");
    }
    log.info("user registered", { username });
    return issue(username);
  });

  const refreshToken = unaryHandler<M["refreshToken"]>(log, "RefreshToken", async (call) => {
    const username = requireUser(await authenticateCall(call.metadata, tokens), "refreshing a token");
    return issue(username);
  });

  /**
   * The address failures are counted against. Behind the web tier every login comes from the web pod, so a
   * call carrying the web tier's service token may name the browser's address in `x-forwarded-for`.
   */
  async function peerOf(call: UnaryCallOf<M["authenticateUser"]>): Promise<string> {
    const forwarded = await forwardedFor(call.metadata);
    return forwarded ?? hostOf(call.getPeer());
  }

  async function forwardedFor(metadata: Metadata): Promise<string | null> {
    const value = metadata.get("x-forwarded-for")[0];
    if (value === undefined || metadata.get("authorization").length === 0) return null;
    try {
      const principal = await authenticateCall(metadata, tokens);
      return principal.kind === "service" ? String(value).split(",")[0]!.trim() : null;
    } catch {
      return null;
    }
  }

  server.addService(serviceDefinition(authMethods), { authenticateUser, registerUser, refreshToken });
}

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** `127.0.0.1:5000` → `127.0.0.1`; `[::1]:5000` → `::1`. */
function hostOf(peer: string): string {
  const bracketed = /^\[([^\]]+)\]:\d+$/.exec(peer);
  if (bracketed) return bracketed[1]!;
  const index = peer.lastIndexOf(":");
  return index > 0 && peer.indexOf(":") === index ? peer.slice(0, index) : peer;
}
