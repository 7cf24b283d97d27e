import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Folders known to exist (a build writes thousands of files into a few hundred folders). */
const madeDirs = new Set<string>();

function makeDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  madeDirs.add(dir);
}

/**
 * Writes a file atomically and owner-only, on the calling thread: a temporary file in the same folder (made
 * private if missing), then a rename, so a reader sees the old file or the new one, never half of one. Used for
 * the many small files of a build (per-article records, cached vectors), where a synchronous write is several
 * times faster than the thread pool.
 */
export function writeFileAtomicSync(file: string, data: string | Buffer): void {
  const dir = path.dirname(file);
  if (!madeDirs.has(dir)) makeDir(dir);
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, data, { mode: 0o600 });
  } catch (err) {
    // The folder was removed since it was made (another process pruned it): made again once.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    makeDir(dir);
    writeFileSync(tmp, data, { mode: 0o600 });
  }
  try {
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
