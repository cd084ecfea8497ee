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
  /**
   * Until the server has answered once, it is asked again after this (doubling up to `refreshMs`): a pod
   * usually starts before the chat server is reachable, and a minute of the fallback would hide sign-up and
   * hold pages to the default length. @default 500
   */
  readonly firstAnswerRetryMs?: number;
}

export class ServerSettingsCache {
  readonly #options: ServerSettingsOptions;
  #current: WebSettings = FALLBACK_SETTINGS;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #stopped = false;
  #answered = false;
  #toldUnimplemented = false;

  constructor(options: ServerSettingsOptions) {
    this.#options = options;
  }

  get current(): WebSettings {
    return this.#current;
  }

  /**
   * Asks once now, then every `refreshMs` (sooner until the first answer). Never throws: an unreachable
   * server leaves the last answer.
   */
  async start(): Promise<void> {
    this.#stopped = false;
    await this.refresh();
    this.#scheduleNext(this.#options.firstAnswerRetryMs ?? 500);
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #scheduleNext(retryMs: number): void {
    if (this.#stopped) return;
    const refreshMs = this.#options.refreshMs ?? 60_000;
    const delay = this.#answered ? refreshMs : Math.min(retryMs, refreshMs);
    this.#timer = setTimeout(async () => {
      await this.refresh();
      this.#scheduleNext(retryMs * 2);
    }, delay);
    this.#timer.unref();
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
      this.#answered = true;
      this.#toldUnimplemented = false;
    } catch (error) {
      const code = (error as Partial<ServiceError>).code;
      if (code === GrpcStatus.UNIMPLEMENTED) {
        this.#current = FALLBACK_SETTINGS;
        this.#answered = true; // an answer: this server will not grow the method until it is replaced
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
