/**
 * Group commit for the SQLite store: every `appendMessage` of one event-loop turn goes into one transaction,
 * and each caller is answered with its own seq, or its own error. A commit costs the same for one message as
 * for fifty (BEGIN, COMMIT, the WAL append); at 1,000 messages a second that was most of the store's work.
 *
 * Per append it runs one statement: the message `INSERT`, whose conflict clause on the idempotency index
 * turns a retry into "0 rows changed" instead of a `SELECT` before every insert. Per room and batch, one
 * `UPDATE … RETURNING` reserves the seqs; a second `UPDATE` gives back those not used (a failed append or a
 * retry), so seqs stay consecutive. A room not seen before is created on the way.
 */
import type { Database, Statement } from "bun:sqlite";
import { type MessageRow, toMessage } from "./sqlite-message-row.ts";
import type { AppendResult, NewMessage } from "./store.ts";

/** Appends per transaction at most; the rest of a turn goes into the next one. */
const MAX_BATCH = 512;
/** How often (in a room's seqs) pruning runs: deleting on every insert would double the write cost. */
const PRUNE_EVERY = 256;
/** While another connection holds the write lock, the batch is tried again this often, off the event loop. */
const BUSY_RETRY_MS = 1;

export interface AppendBatchOptions {
  /** Messages kept per room; older ones are pruned. */
  readonly retainPerRoom: number;
  /** Creates the room when it does not exist (inside the batch's transaction). */
  readonly ensureRoom: (name: string) => void;
  /**
   * How long a batch waits for another connection's write lock (the checkpoint worker's FULL checkpoint,
   * another process) before its callers get SQLITE_BUSY: the connection's `busy_timeout`, but waited for between
   * turns instead of in SQLite's busy handler, which sleeps on the event loop.
   */
  readonly busyTimeoutMs: number;
  /** The clock that busy wait is measured on (tests). @default performance.now */
  readonly now?: () => number;
}

interface Pending {
  readonly message: NewMessage;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { readonly result: AppendResult } | { readonly error: unknown };

export class SqliteAppendBatch {
  readonly #db: Database;
  readonly #options: AppendBatchOptions;
  readonly #q: ReturnType<typeof prepare>;
  readonly #write: { immediate: (batch: readonly Pending[]) => Outcome[] };
  readonly #now: () => number;
  readonly #restoreBusyTimeout: string;
  #pending: Pending[] = [];
  /** When the first BEGIN of the queued batch found the write lock taken; null when it did not. */
  #busySince: number | null = null;
  #retry: ReturnType<typeof setTimeout> | null = null;

  constructor(db: Database, options: AppendBatchOptions) {
    this.#db = db;
    this.#options = options;
    this.#q = prepare(db);
    this.#restoreBusyTimeout = `PRAGMA busy_timeout = ${Math.trunc(options.busyTimeoutMs)}`;
    this.#now = options.now ?? performance.now.bind(performance);
    // IMMEDIATE: the write lock is taken at BEGIN, so a second store on the same file (another process)
    // waits for it (between turns, up to busyTimeoutMs) instead of failing the batch when both read a room's
    // seq and then write.
    this.#write = db.transaction((batch: readonly Pending[]) => this.#writeBatch(batch));
  }

  /** Queues a message for this turn's transaction; settles once that transaction has committed. */
  append(message: NewMessage): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ message, resolve, reject });
      // The queue holds what arrived in one turn, so it is bounded by the calls in flight.
      if (this.#pending.length === 1) setImmediate(this.flush);
    });
  }

  /**
   * Writes everything queued now (at the end of the turn). When another connection holds the write lock,
   * the batch goes back to the head of the queue and is tried again in BUSY_RETRY_MS: the event loop goes
   * on meanwhile (streams, reads, presence), and only these appends wait.
   */
  readonly flush = (): void => this.#flush(false);

  /** Writes everything queued now, waiting in SQLite's busy handler if need be (before the store closes). */
  flushNow(): void {
    this.#flush(true);
  }

  #flush(block: boolean): void {
    if (this.#retry !== null) {
      clearTimeout(this.#retry);
      this.#retry = null;
    }
    while (this.#pending.length > 0) {
      const batch = this.#pending.splice(0, MAX_BATCH);
      let outcomes: Outcome[];
      try {
        outcomes = block ? this.#write.immediate(batch) : this.#writeWithoutWaiting(batch);
      } catch (error) {
        if (!block && isBusy(error) && !this.#busyTooLong()) {
          // Nothing of the batch was written (BEGIN found the lock taken): the same batch, first, later.
          this.#pending.unshift(...batch);
          this.#retry = setTimeout(this.flush, BUSY_RETRY_MS);
          return;
        }
        this.#busySince = null;
        // Nothing of the batch was stored (BEGIN, COMMIT or the disk failed): everyone hears why.
        for (const pending of batch) pending.reject(error);
        continue;
      }
      this.#busySince = null;
      batch.forEach((pending, i) => {
        const outcome = outcomes[i]!;
        if ("result" in outcome) pending.resolve(outcome.result);
        else pending.reject(outcome.error);
      });
    }
  }

  /**
   * The batch's transaction with `busy_timeout` 0 for its BEGIN: SQLITE_BUSY at once when the lock is taken.
   * Not prepared statements: SQLite applies `PRAGMA busy_timeout = N` when it compiles it, so running a
   * prepared one again changes nothing.
   */
  #writeWithoutWaiting(batch: readonly Pending[]): Outcome[] {
    this.#db.run("PRAGMA busy_timeout = 0");
    try {
      return this.#write.immediate(batch);
    } finally {
      this.#db.run(this.#restoreBusyTimeout);
    }
  }

  #busyTooLong(): boolean {
    const now = this.#now();
    this.#busySince ??= now;
    return now - this.#busySince >= this.#options.busyTimeoutMs;
  }

  #writeBatch(batch: readonly Pending[]): Outcome[] {
    const outcomes: Outcome[] = new Array(batch.length);
    const byRoom = new Map<string, number[]>();
    batch.forEach((pending, i) => {
      const indexes = byRoom.get(pending.message.room);
      if (indexes) indexes.push(i);
      else byRoom.set(pending.message.room, [i]);
    });
    for (const [room, indexes] of byRoom) {
      let reserved: number;
      try {
        reserved = this.#reserve(room, indexes.length, batch[indexes.at(-1)!]!.message.sentAtMs);
      } catch (error) {
        if (!this.#db.inTransaction) throw error;
        for (const i of indexes) outcomes[i] = { error };
        continue;
      }
      const first = reserved - indexes.length + 1;
      let next = first;
      for (const i of indexes) {
        const outcome = this.#insert(batch[i]!.message, next);
        outcomes[i] = outcome;
        if ("result" in outcome && !outcome.result.duplicate) next += 1;
      }
      const last = next - 1;
      if (last !== reserved) this.#q.setLastSeq.run(last, room);
      // Prune when this batch passed a multiple of PRUNE_EVERY, as one append at a time would have.
      const mark = last - (last % PRUNE_EVERY);
      if (mark >= first && mark > this.#options.retainPerRoom)
        this.#q.prune.run(room, mark - this.#options.retainPerRoom);
    }
    return outcomes;
  }

  /** Reserves `count` seqs of the room (created if new). @returns the last of them. */
  #reserve(room: string, count: number, sentAtMs: number): number {
    const row = this.#q.reserveSeqs.get(count, sentAtMs, room);
    if (row) return row.last_seq;
    this.#options.ensureRoom(room);
    const created = this.#q.reserveSeqs.get(count, sentAtMs, room);
    if (!created) throw new Error(`room ${JSON.stringify(room)} could not be created`);
    return created.last_seq;
  }

  #insert(message: NewMessage, seq: number): Outcome {
    try {
      const { changes } = this.#q.insertMessage.run(
        message.room,
        seq,
        message.author,
        message.body,
        message.kind,
        message.clientMessageId,
        message.sentAtMs,
      );
      if (changes === 1) return { result: { message: { ...message, seq }, duplicate: false } };
      const earlier = this.#q.findByClientId.get(message.room, message.author, message.clientMessageId)!;
      return { result: { message: toMessage(earlier), duplicate: true } };
    } catch (error) {
      // A failed statement is undone alone and the transaction goes on, unless SQLite rolled it all back.
      if (!this.#db.inTransaction) throw error;
      return { error };
    }
  }
}

/** SQLITE_BUSY (or a variant of it): another connection holds the lock. */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

function prepare(db: Database) {
  return {
    reserveSeqs: db.prepare<{ last_seq: number }, [number, number, string]>(
      "UPDATE rooms SET last_seq = last_seq + ?, last_activity = ? WHERE name = ? RETURNING last_seq",
    ),
    setLastSeq: db.prepare<never, [number, string]>("UPDATE rooms SET last_seq = ? WHERE name = ?"),
    // The conflict target is the partial unique index messages_idempotency: a retry changes no row. A
    // clash on the primary key (room, seq) is not covered and still throws.
    insertMessage: db.prepare<never, [string, number, string, string, number, string, number]>(
      `INSERT INTO messages (room, seq, author, body, kind, client_message_id, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (room, author, client_message_id) WHERE client_message_id <> '' DO NOTHING`,
    ),
    findByClientId: db.prepare<MessageRow, [string, string, string]>(
      "SELECT * FROM messages WHERE room = ? AND author = ? AND client_message_id = ?",
    ),
    prune: db.prepare<never, [string, number]>("DELETE FROM messages WHERE room = ? AND seq <= ?"),
  } satisfies Record<string, Statement<unknown, never>>;
}
