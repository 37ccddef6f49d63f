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

/** What a message means for one cache: a key to drop, everything, or nothing. */
export type AffectedKeys = (message: Invalidation) => string | typeof ALL_KEYS | undefined;
export const ALL_KEYS = Symbol('all keys');

/**
 * A bounded in-memory map kept correct across processes by the bus: entries go when a
 * message names them, nothing is served or kept while the bus is not live, and a value read
 * while an invalidation arrived is not remembered (its read may predate the change).
 * @example const stamp = cache.stamp(); const v = await read(); cache.remember(key, v, stamp);
 */
export class BusInvalidatedCache<V> {
  private readonly entries = new Map<string, V>();
  /** Bumped by every message: a read that overlapped one must not be remembered. */
  private generation = 0;

  constructor(
    private readonly bus: InvalidationBus,
    private readonly maxEntries: number,
    affected: AffectedKeys,
  ) {
    bus.subscribe((message) => {
      this.generation++;
      const key = affected(message) ?? (message.kind === 'all' ? ALL_KEYS : undefined);
      if (key === ALL_KEYS) this.entries.clear();
      else if (key !== undefined) this.entries.delete(key);
    });
  }

  /** The value held for `key`, only while the bus is live (otherwise everything is dropped). */
  get(key: string): V | undefined {
    if (!this.bus.live) {
      if (this.entries.size) this.entries.clear();
      return undefined;
    }
    return this.entries.get(key);
  }

  /** Taken before reading the value to remember. */
  stamp(): number {
    return this.generation;
  }

  /** Keeps `value` unless an invalidation came since `stamp` or the bus is not live; the oldest entry makes room. */
  remember(key: string, value: V, stamp: number): void {
    if (!this.bus.live || stamp !== this.generation) return;
    if (!this.entries.has(key) && this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
