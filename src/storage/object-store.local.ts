import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { classifyStorageError } from '../errors.js';
import { tempPathFor, writeFileAtomic } from './atomic-write.js';
import { assertObjectKey, type ByteRange, type ObjectInfo, type ObjectStore, type PutOptions, type RangeRead } from './object-store.js';

/**
 * Objects as files under one directory: `<root>/<key>`. Writes go to a temp name in the
 * same directory and are renamed into place, so a reader never opens a half-written file.
 * Full-disk failures surface as `StorageFullError`.
 */
export class LocalObjectStore implements ObjectStore {
  readonly kind = 'local' as const;

  constructor(readonly root: string) {}

  localPath(key: string): string {
    assertObjectKey(key);
    return path.join(this.root, key);
  }

  async putFile(key: string, filePath: string, options: PutOptions & { move?: boolean } = {}): Promise<void> {
    const target = this.localPath(key);
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      if (options.move) {
        try {
          await fs.rename(filePath, target);
          return;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        }
      }
      const temp = tempPathFor(target);
      try {
        await fs.copyFile(filePath, temp);
        await fs.rename(temp, target);
      } catch (error) {
        await fs.rm(temp, { force: true });
        throw error;
      }
      if (options.move) await fs.rm(filePath, { force: true });
    } catch (error) {
      throw classifyStorageError(error);
    }
  }

  async put(key: string, body: Buffer | string): Promise<void> {
    try {
      await writeFileAtomic(this.localPath(key), body);
    } catch (error) {
      throw classifyStorageError(error);
    }
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      return await fs.readFile(this.localPath(key));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async getRange(key: string, range?: ByteRange): Promise<RangeRead | undefined> {
    // One descriptor for the size and the bytes: a replacement between the two cannot mix them.
    const handle = await fs.open(this.localPath(key), 'r').catch((error) => {
      if (isMissing(error)) return undefined;
      throw error;
    });
    if (!handle) return undefined;
    try {
      const totalBytes = (await handle.stat()).size;
      const start = range?.start ?? 0;
      const end = Math.min(range?.end ?? totalBytes - 1, totalBytes - 1);
      if (start > end) {
        await handle.close();
        // An empty object read whole is an empty body, not an absent one.
        return totalBytes === 0 && !range ? { body: Readable.from([]), totalBytes, range: { start: 0, end: -1 } } : undefined;
      }
      const body = createReadStream('', { fd: handle, start, end, autoClose: true });
      return { body, totalBytes, range: { start, end } };
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    const stat = await fs.stat(this.localPath(key)).catch((error) => {
      if (isMissing(error)) return undefined;
      throw error;
    });
    return stat?.isFile() ? { key, bytes: stat.size, modifiedMs: stat.mtimeMs } : undefined;
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.localPath(key), { force: true });
  }

  async move(from: string, to: string): Promise<void> {
    const target = this.localPath(to);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(this.localPath(from), target).catch((error) => {
      if (!isMissing(error)) throw classifyStorageError(error);
    });
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    // A prefix names a directory, or a directory plus the start of file names.
    const slash = prefix.lastIndexOf('/');
    const dirKey = slash === -1 ? '' : prefix.slice(0, slash);
    const namePrefix = prefix.slice(slash + 1);
    const base = dirKey ? this.localPath(dirKey) : this.root;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(base, { withFileTypes: true, recursive: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue; // temp files start with "."
      const full = path.join(entry.parentPath ?? base, entry.name);
      const key = path.relative(this.root, full).split(path.sep).join('/');
      if (!key.slice(dirKey ? dirKey.length + 1 : 0).startsWith(namePrefix)) continue;
      const stat = await fs.stat(full).catch(() => undefined);
      if (stat) yield { key, bytes: stat.size, modifiedMs: stat.mtimeMs };
    }
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
