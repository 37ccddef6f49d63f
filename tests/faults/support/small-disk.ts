/**
 * A tiny file system of the test's own (tmpfs, or an ext4 image on a loop device where
 * tmpfs cannot be mounted), and a filler file that takes its free space.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SmallDisk {
  dir: string;
  /** How it was made, for the log. */
  kind: string;
  freeBytes(): Promise<number>;
  /** Fills the disk until `leaveBytes` or less are free. */
  fill(leaveBytes?: number): Promise<void>;
  /** Removes the filler. */
  free(): Promise<void>;
  unmount(): Promise<void>;
}

/** Mounts a file system of `megabytes`; throws with the reasons when neither way works here. */
export async function mountSmallDisk(megabytes: number): Promise<SmallDisk> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-small-disk-'));
  const reasons: string[] = [];
  let kind: string | undefined;
  let image: string | undefined;
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m,mode=0755`, 'tmpfs', dir]);
    kind = `tmpfs of ${megabytes} MB`;
  } catch (error) {
    reasons.push(`mount -t tmpfs: ${(error as Error).message.trim()}`);
  }
  if (!kind) {
    try {
      image = `${dir}.img`;
      await run('truncate', ['-s', `${megabytes}M`, image]);
      await run('mkfs.ext4', ['-q', '-F', image]);
      await run('mount', ['-o', 'loop', image, dir]);
      kind = `ext4 image of ${megabytes} MB on a loop device`;
    } catch (error) {
      reasons.push(`loop-mounted ext4: ${(error as Error).message.trim()}`);
      await fs.rm(image!, { force: true });
    }
  }
  if (!kind) {
    await fs.rm(dir, { recursive: true, force: true });
    throw new Error(reasons.join('; '));
  }
  const filler = path.join(dir, 'filler.bin');
  const freeBytes = async () => {
    const stats = await fs.statfs(dir);
    return stats.bavail * stats.bsize;
  };
  return {
    dir,
    kind,
    freeBytes,
    async fill(leaveBytes = 0) {
      const handle = await fs.open(filler, 'a');
      try {
        for (const step of [1 << 20, 64 << 10, 4 << 10]) {
          const chunk = Buffer.alloc(step, 7);
          while ((await freeBytes()) - step >= leaveBytes) {
            try {
              await handle.write(chunk);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
              throw error;
            }
          }
        }
        if (leaveBytes === 0) {
          // The last few blocks, byte by byte in bigger steps than a block would waste.
          for (;;) {
            try {
              await handle.write(Buffer.alloc(512, 7));
            } catch {
              break;
            }
          }
        }
      } finally {
        await handle.close();
      }
    },
    async free() {
      await fs.rm(filler, { force: true });
    },
    async unmount() {
      await run('umount', [dir]).catch(() => run('umount', ['-l', dir]));
      await fs.rm(dir, { recursive: true, force: true });
      if (image) await fs.rm(image, { force: true });
    },
  };
}
