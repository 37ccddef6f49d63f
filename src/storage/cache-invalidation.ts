/**
 * What one process tells the others when something they may hold in memory changed:
 * an article was written or deleted, audio was published, evicted or set aside, the
 * lexicon changed. `all` tells listeners to drop everything (sent to them when the bus
 * reconnects after missing messages).
 */
export type Invalidation =
  | { kind: 'article'; id: string }
  | { kind: 'audio'; key: string }
  | { kind: 'lexicon' }
  | { kind: 'all' };

export interface InvalidationBus {
  publish(message: Invalidation): Promise<void>;
  /** Returns a function that unsubscribes. */
  subscribe(listener: (message: Invalidation) => void): () => void;
  /**
   * True while messages from other processes are known to arrive. A cache must not keep
   * anything in memory while this is false (it could miss a change).
   */
  readonly live: boolean;
  close(): Promise<void>;
}

/** A bus inside one process: for the CLI and for single-process use without Redis. */
export class LocalInvalidationBus implements InvalidationBus {
  private readonly listeners = new Set<(message: Invalidation) => void>();
  readonly live = true;

  async publish(message: Invalidation): Promise<void> {
    for (const listener of this.listeners) listener(message);
  }

  subscribe(listener: (message: Invalidation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
