/**
 * AuthService: login, sign-up, token refresh, the account operations that end tokens (logout everywhere,
 * password change, account deletion) and the settings a client shapes itself by. A refused login is
 * answered as a `LoginRefusal` (old clients read `LoginResponse.error`, and it keeps a wrong password from
 * looking like a server fault), with one message for unknown user and wrong password alike. Knows nothing of
 * gRPC: transport/auth-handlers.ts reads the calls and writes the answers.
 *
 * Order of work on a login, cheapest refusal first: lengths (before anything is kept or logged), then the
 * throttle's reservation (before argon2), then the password. See login-throttle.ts for the policy.
 */
import { isIP } from "node:net";
import type { Logger } from "@tertulia/runtime";
import { ChatError } from "../errors.ts";
import type { ChatStore, UserRecord } from "../store/store.ts";
import { authenticate, type Caller, requireUser } from "./caller.ts";
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

export interface LoginSuccess {
  readonly token: string;
  readonly expiresAtMs: number;
  readonly username: string;
}
export interface LoginRefusal {
  readonly error: string;
  /** Stable: `invalid_username`, `invalid_password`, `invalid_credentials`, `rate_limited`, … */
  readonly errorCode: string;
}
export type LoginOutcome = LoginSuccess | LoginRefusal;

/** What a client may shape itself by, answered to anyone (GetSettings). */
export interface ServerSettings {
  readonly maxMessageChars: number;
  readonly allowSignup: boolean;
}

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

export interface AuthServiceDeps {
  readonly store: ChatStore;
  readonly tokens: TokenService;
  readonly generations: TokenGenerations;
  readonly log: Logger;
  readonly throttle: LoginThrottle;
  readonly settings: ServerSettings;
}

const refused = (errorCode: string, error: string): LoginRefusal => ({ error, errorCode });
const rateLimited = (waitMs: number) =>
  refused("rate_limited", `Too many failed attempts; try again in ${Math.ceil(waitMs / 1000)} s`);

export class AuthService {
  readonly #deps: AuthServiceDeps;

  constructor(deps: AuthServiceDeps) {
    this.#deps = deps;
  }

  settings(): ServerSettings {
    const { maxMessageChars, allowSignup } = this.#deps.settings;
    return { maxMessageChars, allowSignup };
  }

  async login(caller: Caller, credentials: Credentials): Promise<LoginOutcome> {
    const username = normalizeUsername(credentials.username);
    // Refused on their lengths: no limiter key, no log line, no hashing for a name no account can have.
    if (!isValidUsername(username)) return refused("invalid_username", `Invalid username: ${USERNAME_RULE}`);
    if (isPasswordTooLong(credentials.password))
      return refused("invalid_password", `Invalid password: ${PASSWORD_RULE}`);
    const address = await this.#addressOf(caller);
    if (typeof address !== "string") return address;
    const outcome = await this.#checkPassword(username, credentials.password, address);
    if (!("id" in outcome)) return outcome;
    this.#deps.log.info("login", { username });
    return this.#issue(outcome);
  }

  async register(caller: Caller, credentials: Credentials): Promise<LoginOutcome> {
    const { store, throttle, generations, log } = this.#deps;
    if (!this.#deps.settings.allowSignup) return refused("signup_disabled", "Sign-up is disabled on this server");
    const username = normalizeUsername(credentials.username);
    if (!isValidUsername(username)) return refused("invalid_username", `Invalid username: ${USERNAME_RULE}`);
    const password = credentials.password;
    if (!isAcceptablePassword(password)) return refused("invalid_password", `Invalid password: ${PASSWORD_RULE}`);
    const address = await this.#addressOf(caller);
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
    return this.#issue(user);
  }

  async refresh(caller: Caller): Promise<LoginSuccess> {
    const user = await this.#callingUser(caller, "refreshing a token");
    return this.#issue({ username: user.username, id: user.userId, tokenGeneration: user.generation });
  }

  /**
   * The token's user, or "" for a service token: answering those is how a web tier's readiness learns
   * that the server accepts its RELAY_SECRET.
   */
  async check(caller: Caller): Promise<{ readonly username: string }> {
    const principal = await authenticate(caller, this.#deps.tokens);
    return { username: principal.kind === "user" ? principal.username : "" };
  }

  /** Logout everywhere: every token issued to the caller's account so far stops working. */
  async revoke(caller: Caller): Promise<void> {
    const { store, generations, log } = this.#deps;
    const user = await this.#callingUser(caller, "logging out");
    const generation = await store.revokeTokens(user.userId);
    generations.remember(user.username, generation === null ? null : { id: user.userId, generation });
    log.info("tokens revoked", { username: user.username, reason: "logout" });
  }

  async changePassword(
    caller: Caller,
    passwords: { readonly currentPassword: string; readonly newPassword: string },
  ): Promise<LoginOutcome> {
    const { store, generations, log } = this.#deps;
    const user = await this.#callingUser(caller, "changing a password");
    const { currentPassword, newPassword } = passwords;
    if (isPasswordTooLong(currentPassword)) return refused("invalid_password", `Invalid password: ${PASSWORD_RULE}`);
    if (!isAcceptablePassword(newPassword))
      return refused("invalid_password", `Invalid new password: ${PASSWORD_RULE}`);
    const address = await this.#addressOf(caller);
    if (typeof address !== "string") return address;
    const outcome = await this.#checkPassword(user.username, currentPassword, address);
    if (!("id" in outcome)) return outcome;
    const generation = await store.changePassword(user.userId, await hashPassword(newPassword));
    if (generation === null) throw new ChatError("unauthenticated", "the account no longer exists");
    generations.remember(user.username, { id: user.userId, generation });
    log.info("tokens revoked", { username: user.username, reason: "password changed" });
    return this.#issue({ username: user.username, id: user.userId, tokenGeneration: generation });
  }

  /**
   * @throws {ChatError} `invalid_argument` for an over-long password, `unauthenticated` for a refused web
   * tier credential, `permission_denied` for a wrong password.
   */
  async deleteAccount(caller: Caller, password: string): Promise<void> {
    const { store, generations, log } = this.#deps;
    const user = await this.#callingUser(caller, "deleting an account");
    if (isPasswordTooLong(password)) throw new ChatError("invalid_argument", `invalid password: ${PASSWORD_RULE}`);
    const address = await this.#addressOf(caller);
    if (typeof address !== "string") throw new ChatError("unauthenticated", address.error);
    const outcome = await this.#checkPassword(user.username, password, address);
    if (!("id" in outcome)) throw new ChatError("permission_denied", outcome.error);
    await store.deleteUser(user.userId);
    generations.remember(user.username, null);
    log.info("account deleted", { username: user.username });
  }

  async #issue(user: Pick<UserRecord, "username" | "id" | "tokenGeneration">): Promise<LoginSuccess> {
    const { token, expiresAtMs } = await this.#deps.tokens.issue(user);
    return { token, expiresAtMs, username: user.username };
  }

  /**
   * Checks `password` for `username` under the throttle.
   * @returns the account when the password is right, a refusal otherwise.
   */
  async #checkPassword(username: string, password: string, address: string): Promise<UserRecord | LoginRefusal> {
    const { throttle, store, log } = this.#deps;
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

  async #callingUser(caller: Caller, action: string) {
    return requireUser(await authenticate(caller, this.#deps.tokens), action);
  }

  /**
   * The address attempts are counted against. Behind the web tier every login comes from the web pod, so a
   * call carrying the web tier's service token names the browser's address in `x-forwarded-for` (the web
   * tier decides it from its trusted proxies). A call that names an address without a valid service token
   * is refused: counting it against the web pod's own address would put every browser behind that pod in
   * one bucket.
   */
  async #addressOf(caller: Caller): Promise<string | LoginRefusal> {
    const { peer, forwardedFor } = caller;
    if (forwardedFor === null) return peer;
    let principal: Principal;
    try {
      principal = await authenticate(caller, this.#deps.tokens);
    } catch (error) {
      const reason = error instanceof ChatError ? error.message : "unreadable";
      this.#deps.log.error("a web tier's credential was refused: check RELAY_SECRET on both sides", { peer, reason });
      return refused("service_unauthorized", "This web tier's credential was refused by the chat server");
    }
    if (principal.kind !== "service") return peer;
    const address = forwardedFor.trim();
    return isIP(address) === 0 ? peer : address;
  }
}
