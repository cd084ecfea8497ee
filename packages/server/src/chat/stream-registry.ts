/** Every open room stream, so shutdown can end them all and tests can see that none is left behind. */
export interface ClosableStream {
  /** Ends the stream with UNAVAILABLE, so its client reconnects (to another replica). */
  endUnavailable(reason: string): void;
}

export class StreamRegistry {
  readonly #streams = new Set<ClosableStream>();

  add(stream: ClosableStream): void {
    this.#streams.add(stream);
  }

  delete(stream: ClosableStream): void {
    this.#streams.delete(stream);
  }

  get size(): number {
    return this.#streams.size;
  }

  endAll(reason: string): void {
    for (const stream of [...this.#streams]) stream.endUnavailable(reason);
  }
}
