import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const created: string[] = [];

/** A fresh temporary folder (for index caches and the like); removed with `removeTempDirs()`. */
export function tempDir(prefix = 'dealbot-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes the folders made by `tempDir()`. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** The project's seed articles. */
export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../seeds');

/** The raw text of a seed article, as the pipeline reads it. */
export function seedText(source: string): string {
  return fs.readFileSync(path.join(SEEDS_DIR, source), 'utf8');
}
