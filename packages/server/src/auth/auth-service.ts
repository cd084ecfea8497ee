/**
 * AuthService: login, sign-up, token refresh, and the account operations that end tokens (logout
 * everywhere, password change, account deletion). A refused login is answered in `LoginResponse.error`
 * (old clients read that field, and it keeps a wrong password from looking like a server fault), with one
 * message for unknown user and wrong password alike.
 *
 * Order of work on a login, cheapest refusal first: lengths (before anything is kept or logged), then the
 * throttle's reservation (before argon2), then the password. See login-throttle.ts for the policy.
 */
import { isIP } from "node:net";
import type { Metadata, Server } from "@grpc/grpc-js";
import { authMethods, serviceDefinition } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import { ChatError } from "../errors.ts";
import { type ResponseOf, unaryHandler } from "../grpc/handlers.ts";
import type { ChatStore, UserRecord } from "../store/store.ts";
import { authenticateCall } from "./call-auth.ts";
import {
  isAcceptablePassword,
  isPasswordTooLong,
  isValidUsername,
  normalizeUsername,
  PASSWORD_RULE,
  USERNAME_RULE,
} from "./credential-rules.ts";
import { logSafeUsername } from "./log-safe-username.ts";
import type { LoginThrottle } from "./login-throttle.ts";
import { hashPassword, verifyDecoy, verifyPassword } from "./passwords.ts";
import type { Principal } from "./principal.ts";
import type { TokenGenerations } from "./token-generations.ts";
import type { TokenService } from "./tokens.ts";

type M = typeof authMethods;
type LoginAnswer = ResponseOf<M["authenticateUser"]>;
type UserPrincipal = Extract<Principal, { kind: "user" }>;

export interface AuthServiceDeps {
  readonly store: ChatStore;
  readonly tokens: TokenService;
  readonly generations: TokenGenerations;
  readonly log: Logger;
  readonly throttle: LoginThrottle;
  readonly allowSignup: boolean;
}

export function addAuthService(server: Server, deps: AuthServiceDeps): void {
  const { store, tokens, generations, log, throttle } = deps;
  const refused = (code: string, error: string): LoginAnswer => ({ error, errorCode: code });
  const rateLimited = (waitMs: number) =>
    refused("rate_limited", `Too many failed attempts; try again in ${Math.ceil(waitMs / 1000)} s`);

  async function issue(user: Pick<UserRecord, "username" | "id" | "tokenGeneration">): Promise<LoginAnswer> {
    const { token, expiresAtMs } = await tokens.issue(user);
    return { token, expiresAtMs, username: user.username };
  }

  /**
   * Checks `password` for `username` under the throttle.
   * @returns the account when the password is right, a refusal otherwise.
   */
  async function checkPassword(username: string, password: string, address: string): Promise<UserRecord | LoginAnswer> {
    const admission = throttle.admitLogin(username, address);
    if (!admission.ok) return rateLimited(admission.retryAfterMs);
    if (admission.slowdownMs > 0) await Bun.sleep(admission.slowdownMs);
    const user = await store.findUser(username);
    const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyDecoy(password);
    if (!ok || !user) {
      throttle.failed(admission.attempt);
      log.info("login refused", { username: logSafeUsername(username, user !== null), address });
      return refused("invalid_credentials", "Invalid username or password");
    }
    throttle.succeeded(admission.attempt);
    return user;
  }

  const authenticateUser = unaryHandler<M["authenticateUser"]>(log, "AuthenticateUser", async (call) => {
    const username = normalizeUsername(call.request.username);
    // Refused on their lengths: no limiter key, no log line, no hashing for a name no account can have.
    if (!isValidUsername(username)) return refused("invalid_username", `Invalid username: ${USERNAME_RULE}`);
    if (isPasswordTooLong(call.request.password))
      return refused("invalid_password", `Invalid password: ${PASSWORD_RULE}`);
    const address = await addressOf(call);
    if (typeof address !== "string") return address;
    const outcome = await checkPassword(username, call.request.password, address);
    if (!("id" in outcome)) return outcome;
    log.info("login", { username });
    return issue(outcome);
  });

  const registerUser = unaryHandler<M["registerUser"]>(log, "RegisterUser", async (call) => {
    if (!deps.allowSignup) return refused("signup_disabled", "Sign-up is disabled on this server");
    const username = normalizeUsername(call.request.username);
    if (!isValidUsername(username)) return refused("invalid_username", `Invalid username: ${USERNAME_RULE}`);
    const password = call.request.password;
    if (!isAcceptablePassword(password)) return refused("invalid_password", `Invalid password: ${PASSWORD_RULE}`);
    const address = await addressOf(call);
    if (typeof address !== "string") return address;
    const admission = throttle.admitSignup(address);
    if (!admission.ok) return rateLimited(admission.retryAfterMs);
    if (!(await store.createUser({ username, passwordHash: await hashPassword(password) }))) {
      return refused("username_taken", "That username is taken");
    }
    const user = await store.findUser(username);
    if (!user) throw new ChatError("unavailable", "the account was removed while it was being created");
    generations.remember(username, { id: user.id, generation: user.tokenGeneration });
    log.info("user registered", { username });
    return issue(user);
  });

  const refreshToken = unaryHandler<M["refreshToken"]>(log, "RefreshToken", async (call) => {
    const user = await callingUser(call.metadata, "refreshing a token");
    return issue({ username: user.username, id: user.userId, tokenGeneration: user.generation });
  });

  // A service token is answered too (with no username): it is how a web tier's readiness learns that
  // the server accepts its RELAY_SECRET.
  const checkToken = unaryHandler<M["checkToken"]>(log, "CheckToken", async (call) => {
    const principal = await authenticateCall(call.metadata, tokens);
    return { username: principal.kind === "user" ? principal.username : "" };
  });

  const revokeTokens = unaryHandler<M["revokeTokens"]>(log, "RevokeTokens", async (call) => {
    const user = await callingUser(call.metadata, "logging out");
    const generation = await store.revokeTokens(user.userId);
    generations.remember(user.username, generation === null ? null : { id: user.userId, generation });
    log.info("tokens revoked", { username: user.username, reason: "logout" });
    return {};
  });

  const changePassword = unaryHandler<M["changePassword"]>(log, "ChangePassword", async (call) => {
    const user = await callingUser(call.metadata, "changing a password");
    const { currentPassword, newPassword } = call.request;
    if (isPasswordTooLong(currentPassword)) return refused("invalid_password", `Invalid password: ${PASSWORD_RULE}`);
    if (!isAcceptablePassword(newPassword))
      return refused("invalid_password", `Invalid new password: ${PASSWORD_RULE}`);
    const address = await addressOf(call);
    if (typeof address !== "string") return address;
    const outcome = await checkPassword(user.username, currentPassword, address);
    if (!("id" in outcome)) return outcome;
    const generation = await store.changePassword(user.userId, await hashPassword(newPassword));
    if (generation === null) throw new ChatError("unauthenticated", "the account no longer exists");
    generations.remember(user.username, { id: user.userId, generation });
    log.info("tokens revoked", { username: user.username, reason: "password changed" });
    return issue({ username: user.username, id: user.userId, tokenGeneration: generation });
  });

  const deleteAccount = unaryHandler<M["deleteAccount"]>(log, "DeleteAccount", async (call) => {
    const user = await callingUser(call.metadata, "deleting an account");
    if (isPasswordTooLong(call.request.password)) {
      throw new ChatError("invalid_argument", `invalid password: ${PASSWORD_RULE}`);
    }
    const address = await addressOf(call);
    if (typeof address !== "string") throw new ChatError("unauthenticated", address.error ?? "refused");
    const outcome = await checkPassword(user.username, call.request.password, address);
    if (!("id" in outcome)) throw new ChatError("permission_denied", outcome.error ?? "refused");
    await store.deleteUser(user.userId);
    generations.remember(user.username, null);
    log.info("account deleted", { username: user.username });
    return {};
  });

  async function callingUser(metadata: Metadata, action: string): Promise<UserPrincipal> {
    const principal = await authenticateCall(metadata, tokens);
    if (principal.kind !== "user") {
      throw new ChatError("permission_denied", `${action} needs a user's token, not a service token`);
    }
    return principal;
  }

  /**
   * The address attempts are counted against. Behind the web tier every login comes from the web pod, so a
   * call carrying the web tier's service token names the browser's address in `x-forwarded-for` (the web
   * tier decides it from its trusted proxies). A call that names an address without a valid service token
   * is refused: counting it against the web pod's own address would put every browser behind that pod in
   * one bucket.
   */
  async function addressOf(call: { metadata: Metadata; getPeer(): string }): Promise<string | LoginAnswer> {
    const peer = hostOf(call.getPeer());
    const forwarded = call.metadata.get("x-forwarded-for");
    if (forwarded.length === 0) return peer;
    let principal: Principal;
    try {
      principal = await authenticateCall(call.metadata, tokens);
    } catch (error) {
      const reason = error instanceof ChatError ? error.message : "unreadable";
      log.error("a web tier's credential was refused: check RELAY_SECRET on both sides", { peer, reason });
      return refused("service_unauthorized", "This web tier's credential was refused by the chat server");
    }
    if (principal.kind !== "service") return peer;
    const address = String(forwarded[0]).trim();
    return isIP(address) === 0 ? peer : address;
  }

  server.addService(serviceDefinition(authMethods), {
    authenticateUser,
    registerUser,
    refreshToken,
    checkToken,
    revokeTokens,
    changePassword,
    deleteAccount,
  });
}

/** `127.0.0.1:5000` → `127.0.0.1`; `[::1]:5000` → `::1`. */
function hostOf(peer: string): string {
  const bracketed = /^\[([^\]]+)\]:\d+$/.exec(peer);
  if (bracketed) return bracketed[1]!;
  const index = peer.lastIndexOf(":");
  return index > 0 && peer.indexOf(":") === index ? peer.slice(0, index) : peer;
}
