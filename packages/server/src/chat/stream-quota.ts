/**
 * Room streams one user may hold open on this replica. A person's page needs none (the web tier's shared
 * streams carry it); a direct client a handful. Without a cap one user opened 20,000 (+141 MB) and every
 * send was fanned out to all of them. The web tier's service streams are bounded by its own quotas (one per
 * room with local members) and are not counted here. A place is a lease released at most once.
 */
import { ChatError } from "../errors.ts";

export interface StreamLease {
  release(): void;
}

export class StreamQuota {
  readonly #perUser: number;
  readonly #open = new Map<string, number>();

  constructor(perUser: number) {
    this.#perUser = perUser;
  }

  /** @throws {ChatError} `resource_exhausted` naming the limit when the user already holds that many. */
  reserve(user: string): StreamLease {
    const open = this.#open.get(user) ?? 0;
    if (open >= this.#perUser) {
      throw new ChatError(
        "resource_exhausted",
        `too many open room streams: at most ${this.#perUser} per user; close one first`,
      );
    }
    this.#open.set(user, open + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const left = (this.#open.get(user) ?? 1) - 1;
        if (left > 0) this.#open.set(user, left);
        else this.#open.delete(user);
      },
    };
  }
}
