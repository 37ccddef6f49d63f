import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Database } from '../../src/storage/postgres/database.js';

/** The test database (trust auth on loopback); DATABASE_URL overrides it. */
export const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema name no other test uses. */
export const freshSchema = () => `t_${randomBytes(6).toString('hex')}`;

/** A migrated database in a schema of its own; `drop()` removes the schema. */
export async function openTestDatabase(): Promise<Database & { drop(): Promise<void> }> {
  const schema = freshSchema();
  const db = await Database.open({ url: DATABASE_URL, schema, poolSize: 4 });
  return Object.assign(db, {
    async drop() {
      await db.close();
      await dropSchema(schema);
    },
  });
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
