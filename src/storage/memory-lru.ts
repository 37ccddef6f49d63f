/**
 * A least-recently-used map bounded by total size (bytes), for hot audio files.
 * Map iteration order is insertion order, so re-inserting on read keeps the oldest first.
 */
export class MemoryLru<V extends { byteLength: number }> {
  private readonly entries = new Map<string, V>();
  private total = 0;

  constructor(
    private readonly maxBytes: number,
    /** Items larger than this are never kept (one huge file must not flush everything). */
    private readonly maxItemBytes = Math.max(0, Math.floor(maxBytes / 8)),
  ) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (value.byteLength > this.maxItemBytes) return;
    this.delete(key);
    this.entries.set(key, value);
    this.total += value.byteLength;
    for (const [oldKey, old] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.total -= old.byteLength;
    }
  }

  delete(key: string): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.total -= value.byteLength;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  get bytes(): number {
    return this.total;
  }
}
