import { createReadStream, promises as fs } from 'node:fs';
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { DependencyUnavailableError } from '../errors.js';
import { assertObjectKey, type ByteRange, type ObjectInfo, type ObjectStore, type PutOptions, type RangeRead } from './object-store.js';

export interface S3StoreOptions {
  bucket: string;
  /** Key prefix inside the bucket ('' for the bucket's root). */
  prefix: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  /** Explicit credentials (tests); otherwise the standard AWS environment and profiles. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** `s3://bucket/some/prefix` → bucket and prefix. */
export function parseS3Url(url: string): { bucket: string; prefix: string } {
  const u = new URL(url);
  if (u.protocol !== 's3:' || !u.hostname) throw new Error(`not an s3:// URL: ${url}`);
  return { bucket: u.hostname, prefix: u.pathname.replace(/^\/+|\/+$/g, '') };
}

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, Cloudflare R2) through the
 * AWS SDK. A PUT is atomic for readers: the object appears only when its upload completed.
 */
export class S3ObjectStore implements ObjectStore {
  readonly kind = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly options: S3StoreOptions) {
    const config: S3ClientConfig = {
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      // Many S3-compatible servers reject the SDK's default streaming checksums
      // (aws-chunked bodies with trailers): send checksums only where S3 requires them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    };
    this.client = new S3Client(config);
  }

  private objectKey(key: string): string {
    assertObjectKey(key);
    return this.options.prefix ? `${this.options.prefix}/${key}` : key;
  }

  private async send<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (isNetworkFailure(error)) throw new DependencyUnavailableError('storage', 'the object store is unavailable', 5, { cause: error });
      throw error;
    }
  }

  async putFile(key: string, filePath: string, options: PutOptions & { move?: boolean } = {}): Promise<void> {
    const { size } = await fs.stat(filePath);
    await this.send(() =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.options.bucket,
          Key: this.objectKey(key),
          Body: createReadStream(filePath),
          ContentLength: size,
          ContentType: options.contentType,
        }),
      ),
    );
    if (options.move) await fs.rm(filePath, { force: true });
  }

  async put(key: string, body: Buffer | string, options: PutOptions = {}): Promise<void> {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    await this.send(() =>
      this.client.send(
        new PutObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key), Body: bytes, ContentLength: bytes.length, ContentType: options.contentType }),
      ),
    );
  }

  async get(key: string): Promise<Buffer | undefined> {
    const read = await this.getRange(key);
    if (!read) return undefined;
    const parts: Buffer[] = [];
    for await (const part of read.body) parts.push(part as Buffer);
    return Buffer.concat(parts);
  }

  async getRange(key: string, range?: ByteRange): Promise<RangeRead | undefined> {
    try {
      const reply = await this.send(() =>
        this.client.send(
          new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
        ),
      );
      const body = reply.Body instanceof Readable ? reply.Body : Readable.from([]);
      const contentRange = /bytes (\d+)-(\d+)\/(\d+)/.exec(reply.ContentRange ?? '');
      const totalBytes = contentRange ? Number(contentRange[3]) : Number(reply.ContentLength ?? 0);
      const start = contentRange ? Number(contentRange[1]) : 0;
      const end = contentRange ? Number(contentRange[2]) : totalBytes - 1;
      return { body, totalBytes, range: { start, end } };
    } catch (error) {
      if (isNotFound(error) || httpStatus(error) === 416) return undefined;
      throw error;
    }
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    try {
      const reply = await this.send(() => this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) })));
      return { key, bytes: Number(reply.ContentLength ?? 0), modifiedMs: reply.LastModified?.getTime() ?? 0 };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.send(() => this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) })));
  }

  async move(from: string, to: string): Promise<void> {
    try {
      await this.send(() =>
        this.client.send(
          new CopyObjectCommand({
            Bucket: this.options.bucket,
            Key: this.objectKey(to),
            CopySource: `${this.options.bucket}/${encodeURIComponent(this.objectKey(from)).replace(/%2F/g, '/')}`,
          }),
        ),
      );
    } catch (error) {
      if (isNotFound(error)) return;
      throw error;
    }
    await this.delete(from);
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    const base = this.options.prefix ? `${this.options.prefix}/` : '';
    const pages = paginateListObjectsV2({ client: this.client }, { Bucket: this.options.bucket, Prefix: base + prefix });
    for await (const page of pages) {
      for (const object of page.Contents ?? []) {
        if (!object.Key) continue;
        yield { key: object.Key.slice(base.length), bytes: Number(object.Size ?? 0), modifiedMs: object.LastModified?.getTime() ?? 0 };
      }
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}

function httpStatus(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

function isNotFound(error: unknown): boolean {
  const name = (error as Error)?.name;
  return name === 'NoSuchKey' || name === 'NotFound' || httpStatus(error) === 404;
}

function isNetworkFailure(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENOTFOUND';
}
