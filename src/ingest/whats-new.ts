/**
 * "What's new since DATE" on demand: the articles added since then (by the corpus record, or the file's
 * modification time for articles put in the folder by hand) are set aside, the story without them is
 * rebuilt (BM25 only, no vector index needed), and the two are compared.
 */
import { copyFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffStory, EMPTY_STORY, type StoryDiff, type StoryView } from '../answer/changes.js';
import type { Config } from '../config.js';
import { normalizeDateString } from '../corpus/dates.js';
import { ARTICLE_EXTENSIONS } from '../corpus/load.js';
import { UsageError } from '../errors.js';
import { Dealbot } from '../pipeline.js';
import type { CorpusRecord } from './record.js';

/** Default look-back of `whats-new` without a date. */
export const DEFAULT_WHATS_NEW_MS = 24 * 3_600_000;

/**
 * Parses "since": an ISO date or timestamp, a date in words ("27 June 2025"), or a look-back ("2d", "12h",
 * "1w"). Throws UsageError otherwise.
 */
export function parseSince(text: string | null | undefined, now = new Date()): Date {
  const t = (text ?? '').trim();
  if (!t) return new Date(now.getTime() - DEFAULT_WHATS_NEW_MS);
  const ago = /^(\d+)\s*(m|min|h|d|w)$/i.exec(t);
  if (ago) {
    const unit = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 }[(ago[2] as string).toLowerCase()] as number;
    return new Date(now.getTime() - Number(ago[1]) * unit);
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(t) && !Number.isNaN(Date.parse(t))) return new Date(t);
  const iso = normalizeDateString(t);
  if (iso) return new Date(`${iso}T00:00:00Z`);
  throw new UsageError(`"${t}" is not a date. Use 2025-06-27, "27 June 2025", or a look-back such as 12h, 2d or 1w.`);
}

export interface WhatsNew {
  since: Date;
  diff: StoryDiff;
}

/** When each article of the folder arrived: its record, else the file's modification time. */
async function arrivals(seedsDir: string, record: CorpusRecord): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const name of await readdir(seedsDir).catch(() => [] as string[])) {
    if (name.startsWith('.') || !ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase())) continue;
    const rec = record.article(name);
    const at = rec ? Date.parse(rec.addedAt) : (await stat(path.join(seedsDir, name)).catch(() => null))?.mtimeMs;
    if (at !== undefined) out.set(name, at);
  }
  return out;
}

/** Compares the story now with the story before the articles added since `since`. */
export async function whatsNewSince(options: {
  current: StoryView;
  seedsDir: string;
  record: CorpusRecord;
  since: Date;
  config: Config;
}): Promise<WhatsNew> {
  const { current, seedsDir, record, since, config } = options;
  const times = await arrivals(seedsDir, record);
  const older = [...times].filter(([, at]) => at < since.getTime()).map(([name]) => name);
  if (older.length === times.size) return { since, diff: diffStory(current, current) };
  let before: StoryView = EMPTY_STORY;
  if (older.length) {
    const dir = await mkdtemp(path.join(tmpdir(), 'dealbot-before-'));
    try {
      for (const name of older) await copyFile(path.join(seedsDir, name), path.join(dir, name));
      before = await Dealbot.create({ config, seedsDir: dir, retriever: 'bm25', answerer: null });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return { since, diff: diffStory(before, current) };
}
