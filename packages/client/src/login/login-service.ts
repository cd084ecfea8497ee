/**
 * Logging in, signing up and logging out through the chat server, with the outcomes the login page shows,
 * and whether a session's token is still honoured.
 */
import { GrpcStatus, type LoginResponse, type ServiceError, type TertuliaClient } from "@tertulia/protocol";
import type { Session } from "../auth/session.ts";
import { TokenCheck } from "../auth/token-check.ts";
import type { ServiceToken } from "../relay/service-token.ts";

export type LoginOutcome =
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly status: 401 | 409 | 400 | 403 | 429 | 503; readonly message: string };

export type LogoutOutcome = "revoked" | "unreachable";

const MESSAGES: Record<string, { status: 401 | 409 | 400 | 403 | 429; message?: string }> = {
  invalid_credentials: { status: 401, message: "Wrong username or password." },
  rate_limited: { status: 429 },
  username_taken: { status: 409, message: "That username is taken." },
  invalid_username: { status: 400 },
  invalid_password: { status: 400 },
  signup_disabled: { status: 403, message: "Sign-up is disabled on this server." },
};

/** Not the person's fault: this pod's RELAY_SECRET does not match the server's (its /readyz says so too). */
const SERVICE_REFUSED = "service_unauthorized";

/** The web tier's side of logging in: it calls the chat server's AuthService and says what the login page shows. */
export class LoginService {
  readonly #client: TertuliaClient;
  readonly #serviceToken: ServiceToken;
  readonly #tokens: TokenCheck;

  constructor(client: TertuliaClient, serviceToken: ServiceToken) {
    this.#client = client;
    this.#serviceToken = serviceToken;
    this.#tokens = new TokenCheck(client);
  }

  /** Whether the server still honours this session's token (not revoked, not expired). */
  stillValid(token: string): Promise<boolean> {
    return this.#tokens.stillValid(token);
  }

  /**
   * Logout everywhere: the server ends every token of the user, on every replica, so this cookie (and a
   * copy of it anywhere) stops working for the page, the WebSocket and gRPC, and cannot be refreshed.
   */
  async logout(session: Session): Promise<LogoutOutcome> {
    this.#tokens.forget(session.token);
    try {
      await this.#client.auth.revokeTokens({}, { token: session.token, timeoutMs: 5_000 });
      return "revoked";
    } catch (error) {
      // Already revoked or expired: nothing is left to end.
      return (error as ServiceError).code === GrpcStatus.UNAUTHENTICATED ? "revoked" : "unreachable";
    }
  }

  login(username: string, password: string, clientIp: string): Promise<LoginOutcome> {
    return this.#call((options) => this.#client.auth.authenticateUser({ username, password }, options), clientIp);
  }

  signup(username: string, password: string, clientIp: string): Promise<LoginOutcome> {
    return this.#call((options) => this.#client.auth.registerUser({ username, password }, options), clientIp);
  }

  /** A fresh token for a session whose token is getting old, or null if the server refuses. */
  async refresh(session: Session): Promise<Session | null> {
    try {
      const response = await this.#client.auth.refreshToken({}, { token: session.token, timeoutMs: 3_000 });
      return response.token ? { ...session, token: response.token, expiresAtMs: response.expiresAtMs } : null;
    } catch {
      return null;
    }
  }

  async #call(
    call: (options: { token: string; metadata: Record<string, string>; timeoutMs: number }) => Promise<LoginResponse>,
    clientIp: string,
  ): Promise<LoginOutcome> {
    let response: LoginResponse;
    try {
      // Our service token vouches for the browser's address, so the server rate-limits per person.
      response = await call({
        token: await this.#serviceToken.get(),
        metadata: { "x-forwarded-for": clientIp },
        timeoutMs: 5_000,
      });
    } catch (error) {
      const code = (error as ServiceError).code;
      const busy = code === GrpcStatus.UNAVAILABLE || code === GrpcStatus.DEADLINE_EXCEEDED;
      return {
        ok: false,
        status: 503,
        message: busy
          ? "The chat server is unavailable. Try again in a moment."
          : "Login failed. Try again in a moment.",
      };
    }
    if (response.token) {
      return {
        ok: true,
        session: {
          sid: crypto.randomUUID(),
          username: response.username,
          token: response.token,
          expiresAtMs: response.expiresAtMs,
        },
      };
    }
    if (response.errorCode === SERVICE_REFUSED) {
      return {
        ok: false,
        status: 503,
        message: "Login is unavailable on this server right now. Try again in a moment.",
      };
    }
    const known = MESSAGES[response.errorCode];
    return { ok: false, status: known?.status ?? 401, message: known?.message ?? response.error };
  }
}
