import pg from 'pg';
import { DependencyUnavailableError } from '../../errors.js';
import { MIGRATIONS } from './migrations.js';

export interface DatabaseOptions {
  url: string;
  /** Schema the tables live in (tests give each run its own). */
  schema: string;
  poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A PostgreSQL pool bound to one schema, migrated at start. Every query runs with the
 * schema first on the search path; connection failures become `DependencyUnavailableError`.
 */
export class Database {
  readonly pool: pg.Pool;

  private constructor(readonly schema: string, pool: pg.Pool) {
    this.pool = pool;
  }

  /** Connects, creates the schema if needed and applies pending migrations (under an advisory lock). */
  static async open(options: DatabaseOptions): Promise<Database> {
    if (!SCHEMA_NAME.test(options.schema)) throw new Error(`invalid database schema name: ${options.schema}`);
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      options: `-c search_path=${options.schema},public`,
    });
    pool.on('error', () => undefined); // idle-client errors are reported by the next query
    const db = new Database(options.schema, pool);
    await db.migrate();
    return db;
  }

  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(text, values);
    } catch (error) {
      throw asUnavailable(error);
    }
  }

  /** Runs `work` in one transaction; it commits when `work` resolves, rolls back when it throws. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect().catch((error) => {
      throw asUnavailable(error);
    });
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw asUnavailable(error);
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      // One migrator at a time across every process starting against this database.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tts-reader-migrate:${this.schema}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.schema}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${this.schema}.schema_migrations`);
      const applied = new Set(rows.map((r) => r.version));
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await client.query(migration.sql);
        await client.query(`INSERT INTO ${this.schema}.schema_migrations (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
      }
    });
  }
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', '57P01', '57P03', '08006', '08001', '08003']);

function asUnavailable(error: unknown): unknown {
  const code = (error as { code?: string })?.code;
  const message = String((error as Error)?.message ?? '');
  if ((code && CONNECTION_CODES.has(code)) || /Connection terminated|timeout exceeded when trying to connect/i.test(message)) {
    return new DependencyUnavailableError('database', 'the database is unavailable', 5, { cause: error });
  }
  return error;
}
