/**
 * The chat server's settings as the web tier applies them: the longest message (told to pages in `hello`)
 * and whether sign-up is open (the login page offers it exactly then). Asked with AuthService/GetSettings at
 * start and every `refreshMs`, so a change on the server reaches every pod within a period without a restart.
 */
import { DEFAULT_MAX_MESSAGE_CHARS, GrpcStatus, type ServiceError, type TertuliaClient } from "@tertulia/protocol";
import type { Logger } from "@tertulia/runtime";
import type { ServiceToken } from "../relay/service-token.ts";

export interface WebSettings {
  readonly maxMessageChars: number;
  readonly signupAllowed: boolean;
}

/**
 * What applies until the server answers, and for good when it answers UNIMPLEMENTED (a server older than
 * GetSettings, during a rolling deploy): the rules' default length and sign-up off, the safe side.
 */
export const FALLBACK_SETTINGS: WebSettings = { maxMessageChars: DEFAULT_MAX_MESSAGE_CHARS, signupAllowed: false };

export interface ServerSettingsOptions {
  readonly client: Pick<TertuliaClient, "auth">;
  readonly serviceToken: Pick<ServiceToken, "get">;
  readonly log: Logger;
  /** @default 60000 */
  readonly refreshMs?: number;
  /** How long one GetSettings call may take. @default 3000 */
  readonly timeoutMs?: number;
}

export class ServerSettingsCache {
  readonly #options: ServerSettingsOptions;
  #current: WebSettings = FALLBACK_SETTINGS;
  #timer: ReturnType<typeof setInterval> | null = null;
  #toldUnimplemented = false;

  constructor(options: ServerSettingsOptions) {
    this.#options = options;
  }

  get current(): WebSettings {
    return this.#current;
  }

  /** Asks once now, then every `refreshMs`. Never throws: an unreachable server leaves the last answer. */
  async start(): Promise<void> {
    await this.refresh();
    this.#timer ??= setInterval(() => void this.refresh(), this.#options.refreshMs ?? 60_000);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  async refresh(): Promise<void> {
    const { client, serviceToken, log } = this.#options;
    try {
      const answer = await client.auth.getSettings(
        {},
        { token: await serviceToken.get(), timeoutMs: this.#options.timeoutMs ?? 3_000 },
      );
      this.#current = {
        // 0 would mean a server that does not fill the field: its default applies, not "nothing fits".
        maxMessageChars: answer.maxMessageChars || DEFAULT_MAX_MESSAGE_CHARS,
        signupAllowed: answer.allowSignup === true,
      };
      this.#toldUnimplemented = false;
    } catch (error) {
      const code = (error as Partial<ServiceError>).code;
      if (code === GrpcStatus.UNIMPLEMENTED) {
        this.#current = FALLBACK_SETTINGS;
        if (!this.#toldUnimplemented) {
          this.#toldUnimplemented = true;
          log.warn("the chat server has no GetSettings (older version): default message length, sign-up off");
        }
        return;
      }
      // Unreachable or refusing: keep what it last said (or the fallback) and ask again next period.
      log.warn("cannot read the chat server's settings; keeping the last ones", { code });
    }
  }
}
