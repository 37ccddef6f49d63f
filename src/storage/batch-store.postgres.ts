import { summaryOf, type BatchItem, type BatchStore, type BatchSummary, type Settlement } from './batch-store.js';
import type { Database } from './postgres/database.js';

/** Items per INSERT when creating a batch. */
const SLICE = 5000;
/** Completions older than this no longer count for new batches. */
const SETTLED_KEEP = '10 minutes';
/**
 * Creating batches takes this advisory lock shared, settling takes it exclusive: a job that
 * ends while a batch is being created is either seen by the creation or settles its items.
 */
const SETTLE_LOCK = 7_354_001;

/**
 * Pre-generation batches in PostgreSQL (`DATABASE_URL`): the items in `batch_items`, the
 * counters on `batches`, moved in the same transaction that settles the items.
 */
export class PostgresBatchStore implements BatchStore {
  constructor(private readonly db: Database) {}

  async create(id: string, total: number, options: { callbackUrl?: string } = {}): Promise<void> {
    await this.db.query('INSERT INTO batches (id, total, callback_url) VALUES ($1, $2, $3)', [id, total, options.callbackUrl ?? null]);
  }

  async addItems(id: string, items: BatchItem[]): Promise<void> {
    for (let i = 0; i < items.length; i += SLICE) {
      const slice = items.slice(i, i + SLICE);
      await this.db.transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock_shared($1)', [SETTLE_LOCK]);
        // An item whose key completed moments ago is ready now; the rest wait for their job.
        const { rows } = await client.query<{ ready: string }>(
          `WITH added AS (
             INSERT INTO batch_items (batch_id, key, article_id, voice, state)
             SELECT $1, item.key, item.article_id, item.voice,
                    CASE WHEN item.state = 'ready' OR s.key IS NOT NULL THEN 'ready' ELSE 'pending' END
             FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS item (key, article_id, voice, state)
             LEFT JOIN settled_keys s ON s.key = item.key AND s.settled_at > now() - interval '${SETTLED_KEEP}'
             RETURNING state)
           SELECT count(*) FILTER (WHERE state = 'ready') AS ready FROM added`,
          [id, slice.map((x) => x.key), slice.map((x) => x.articleId), slice.map((x) => x.voice), slice.map((x) => x.state)],
        );
        await client.query('UPDATE batches SET ready = ready + $2 WHERE id = $1', [id, Number(rows[0].ready)]);
      });
    }
  }

  async summary(id: string, options: { maxFailures?: number } = {}): Promise<BatchSummary | undefined> {
    const { rows } = await this.db.query<{ created_at: Date; total: number; ready: number; failed: number; callback_url: string | null }>(
      'SELECT created_at, total, ready, failed, callback_url FROM batches WHERE id = $1',
      [id],
    );
    const batch = rows[0];
    if (!batch) return undefined;
    const failures = batch.failed
      ? (
          await this.db.query<{ article_id: string; voice: string; error: string | null }>(
            "SELECT article_id, voice, error FROM batch_items WHERE batch_id = $1 AND state = 'failed' LIMIT $2",
            [id, options.maxFailures ?? 1000],
          )
        ).rows
      : [];
    return summaryOf(
      {
        batchId: id,
        createdAt: batch.created_at.toISOString(),
        total: batch.total,
        ready: batch.ready,
        failed: batch.failed,
        ...(batch.callback_url ? { callbackUrl: batch.callback_url } : {}),
      },
      failures.map((f) => ({ articleId: f.article_id, voice: f.voice as BatchItem['voice'], error: f.error ?? 'generation failed' })),
    );
  }

  async settle(key: string, settlement: Settlement): Promise<string[]> {
    const error = settlement.state === 'failed' ? settlement.error : null;
    return this.db.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [SETTLE_LOCK]);
      if (settlement.state === 'ready') {
        await client.query(
          `INSERT INTO settled_keys (key, state) VALUES ($1, 'ready') ON CONFLICT (key) DO UPDATE SET settled_at = now()`,
          [key],
        );
      }
      const { rows } = await client.query<{ batch_id: string; n: string }>(
        `WITH moved AS (
           UPDATE batch_items SET state = $2, error = $3 WHERE key = $1 AND state = 'pending' RETURNING batch_id)
         SELECT batch_id, count(*) AS n FROM moved GROUP BY batch_id`,
        [key, settlement.state, error],
      );
      const finished: string[] = [];
      for (const row of rows) {
        const column = settlement.state === 'ready' ? 'ready' : 'failed';
        const { rows: counts } = await client.query<{ done: boolean }>(
          `UPDATE batches SET ${column} = ${column} + $2 WHERE id = $1 RETURNING ready + failed >= total AS done`,
          [row.batch_id, Number(row.n)],
        );
        if (counts[0]?.done) finished.push(row.batch_id);
      }
      await client.query(`DELETE FROM settled_keys WHERE settled_at < now() - interval '${SETTLED_KEEP}'`);
      return finished;
    });
  }
}
