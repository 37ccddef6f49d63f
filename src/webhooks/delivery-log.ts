/**
 * Every webhook delivery and its attempts, in Redis: bounded (the newest 1,000 deliveries,
 * each kept a week) and readable by editors (`GET /v1/webhooks/deliveries`).
 */
import type { Redis } from 'ioredis';
import { onRedis } from '../queue/redis-availability.js';
import type { WebhookEventType } from './webhook-events.js';

const MAX_DELIVERIES = 1000;
const RECORD_TTL_SECONDS = 7 * 24 * 3600;

export type DeliveryStatus = 'pending' | 'retrying' | 'delivered' | 'failed';

export interface DeliveryAttempt {
  at: string;
  durationMs: number;
  /** The receiver's HTTP status, when it answered. */
  status?: number;
  error?: string;
}

export interface DeliveryRecord {
  id: string;
  eventId: string;
  type: WebhookEventType;
  /** The target, without its query string (it may carry a token). */
  url: string;
  status: DeliveryStatus;
  createdAt: string;
  updatedAt: string;
  attempts: DeliveryAttempt[];
}

export interface DeliveryQuery {
  limit?: number;
  status?: DeliveryStatus;
  type?: WebhookEventType;
  /** Only deliveries to this target (one webhook's log). */
  url?: string;
}

/** The target as logged: origin and path only. */
export const redactUrl = (url: string): string => {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
};

export class WebhookDeliveryLog {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private recordKey(id: string) {
    return `${this.prefix}:webhooks:delivery:${id}`;
  }

  private listKey() {
    return `${this.prefix}:webhooks:deliveries`;
  }

  /** Notes a new delivery once, however many times it is called for it. */
  async open(record: Pick<DeliveryRecord, 'id' | 'eventId' | 'type' | 'url'>): Promise<void> {
    const now = new Date().toISOString();
    const full: DeliveryRecord = { ...record, url: redactUrl(record.url), status: 'pending', createdAt: now, updatedAt: now, attempts: [] };
    const created = await this.redis.set(this.recordKey(record.id), JSON.stringify(full), 'EX', RECORD_TTL_SECONDS, 'NX');
    if (created) await this.redis.multi().lpush(this.listKey(), record.id).ltrim(this.listKey(), 0, MAX_DELIVERIES - 1).exec();
  }

  /** Adds an attempt and the status it leaves the delivery in. One worker holds a delivery at a time. */
  async recordAttempt(id: string, attempt: DeliveryAttempt, status: DeliveryStatus): Promise<void> {
    const record = await this.get(id);
    if (!record) return;
    record.attempts.push(attempt);
    record.status = status;
    record.updatedAt = attempt.at;
    await this.redis.set(this.recordKey(id), JSON.stringify(record), 'EX', RECORD_TTL_SECONDS);
  }

  async get(id: string): Promise<DeliveryRecord | undefined> {
    return onRedis(this.redis, async () => {
      const raw = await this.redis.get(this.recordKey(id));
      return raw ? (JSON.parse(raw) as DeliveryRecord) : undefined;
    });
  }

  /** Newest first. */
  async list(query: DeliveryQuery = {}): Promise<DeliveryRecord[]> {
    return onRedis(this.redis, async () => {
      const ids = await this.redis.lrange(this.listKey(), 0, MAX_DELIVERIES - 1);
      if (ids.length === 0) return [];
      const raws = await this.redis.mget(ids.map((id) => this.recordKey(id)));
      const url = query.url && redactUrl(query.url);
      return raws
        .flatMap((raw) => (raw ? [JSON.parse(raw) as DeliveryRecord] : []))
        .filter((r) => (!query.status || r.status === query.status) && (!query.type || r.type === query.type) && (!url || r.url === url))
        .slice(0, query.limit ?? 50);
    });
  }
}
