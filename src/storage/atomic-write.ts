import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** A temp name in the same directory, so the final rename is atomic (same filesystem). */
export function tempPathFor(finalPath: string): string {
  return path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a file so that readers see either the old content or the whole new content,
 * never a half-written file: write to a temp name, fsync, rename.
 */
export async function writeFileAtomic(
  finalPath: string,
  data: string | Buffer,
  options: { fsync?: boolean } = {},
): Promise<void> {
  await fs.mkdir(path.dirname(finalPath), { recursive: true });
  const temp = tempPathFor(finalPath);
  try {
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(data);
      // fsync makes the content durable before the name appears; scratch data may skip it.
      if (options.fsync !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, finalPath);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** Reads JSON, or returns undefined when the file does not exist. */
export async function readJsonIfExists<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
