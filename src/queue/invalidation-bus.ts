import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Invalidation, InvalidationBus } from '../storage/cache-invalidation.js';

/**
 * Cache invalidation between processes over Redis pub/sub (channel `<prefix>:invalidate`).
 * Messages can be lost while the subscriber is disconnected, so `live` is false then, and
 * on reconnection every listener is told to drop everything (`{kind: 'all'}`).
 */
export class RedisInvalidationBus implements InvalidationBus {
  private readonly listeners = new Set<(message: Invalidation) => void>();
  private readonly channel: string;
  private subscribed = false;
  private everSubscribed = false;
  /** Our own messages come back from Redis: this tells them apart. */
  private readonly sender = randomUUID();

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    prefix: string,
  ) {
    this.channel = `${prefix}:invalidate`;
    subscriber.on('message', (channel: string, raw: string) => {
      if (channel !== this.channel) return;
      let parsed: { from?: string; message?: Invalidation };
      try {
        parsed = JSON.parse(raw) as { from?: string; message?: Invalidation };
      } catch {
        return;
      }
      if (parsed.from !== this.sender && parsed.message) this.emit(parsed.message);
    });
    subscriber.on('close', () => (this.subscribed = false));
    subscriber.on('ready', () => void this.listen().catch(() => undefined));
  }

  /** Connects the subscriber (a duplicate of `redis`) and subscribes; resolves when listening. */
  static async connect(redis: Redis, prefix: string): Promise<RedisInvalidationBus> {
    const subscriber = redis.duplicate({ maxRetriesPerRequest: null, lazyConnect: true });
    subscriber.on('error', () => undefined); // reconnection is automatic; `live` tells callers
    const bus = new RedisInvalidationBus(redis, subscriber, prefix);
    await subscriber.connect().catch(() => undefined); // Redis may be down at start: live stays false
    for (let waited = 0; !bus.live && subscriber.status === 'ready' && waited < 2000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return bus;
  }

  private async listen(): Promise<void> {
    await this.subscriber.subscribe(this.channel);
    const missedSome = this.everSubscribed;
    this.subscribed = true;
    this.everSubscribed = true;
    if (missedSome) this.emit({ kind: 'all' });
  }

  get live(): boolean {
    return this.subscribed && this.subscriber.status === 'ready';
  }

  async publish(message: Invalidation): Promise<void> {
    // Local listeners at once (our own caches); other processes through Redis.
    this.emit(message);
    await this.publisher.publish(this.channel, JSON.stringify({ from: this.sender, message })).catch(() => undefined);
  }

  subscribe(listener: (message: Invalidation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(message: Invalidation): void {
    for (const listener of this.listeners) listener(message);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.subscriber.disconnect();
  }
}
