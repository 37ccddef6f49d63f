import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalObjectStore } from '../../src/storage/object-store.local.js';
import type { ObjectStore } from '../../src/storage/object-store.js';
import { S3ObjectStore } from '../../src/storage/object-store.s3.js';
import { S3_CREDENTIALS, startTestS3, type TestS3 } from './s3.js';

/**
 * Both object-store backends for a suite: a fresh local root or a fresh key prefix in a
 * bucket of a real S3-protocol server. Call `start()` in beforeAll and `stop()` in afterAll.
 */
export function objectStoreBackends() {
  let s3: TestS3 | undefined;
  let scratch = '';
  return {
    async start() {
      s3 = await startTestS3();
      scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-objects-'));
    },
    async stop() {
      await s3?.stop();
      await fs.rm(scratch, { recursive: true, force: true });
    },
    get scratch() {
      return scratch;
    },
    backends: [
      ['local directory', async () => new LocalObjectStore(await fs.mkdtemp(path.join(scratch, 'root-')))],
      [
        'S3 (s3rver)',
        async () =>
          new S3ObjectStore({
            bucket: s3!.bucket,
            prefix: `p-${Math.random().toString(36).slice(2, 8)}`,
            endpoint: s3!.endpoint,
            region: 'us-east-1',
            forcePathStyle: true,
            credentials: S3_CREDENTIALS,
          }),
      ],
    ] as [string, () => Promise<ObjectStore>][],
  };
}
