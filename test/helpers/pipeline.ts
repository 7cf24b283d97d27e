import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { buildCorpus, type Corpus } from '../../src/corpus/corpus.js';
import { Dealbot, type DealbotOptions } from '../../src/pipeline.js';
import { tempDir } from './fixtures.js';

/** A pipeline over a folder with a private index folder and no language model. */
export async function makeBot(seedsDir: string, options: Partial<DealbotOptions> = {}): Promise<Dealbot> {
  return Dealbot.create({
    config: loadConfig({}),
    seedsDir,
    indexDir: options.indexDir ?? tempDir('dealbot-index-'),
    answerer: null,
    ...options,
  });
}

/** Writes articles (name → text) into a fresh folder and returns its path. */
export function writeArticles(files: Record<string, string>): string {
  const dir = tempDir('dealbot-articles-');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** An article in Markdown with its outlet and publication date in front matter. */
export function article(outlet: string, published: string, body: string): string {
  return `---\noutlet: ${outlet}\npublished: ${published}\n---\n${body}\n`;
}

/** Loads a corpus from articles given as text. */
export async function corpusOf(files: Record<string, string>): Promise<Corpus> {
  return buildCorpus(writeArticles(files));
}

/** A table as a data piece prints it: rows of cells between pipes in a fenced block, under a rule line. */
export const FENCED_ROUNDS_TABLE = [
  '```',
  'Round | Dates          | City',
  '------+----------------+------------',
  '1     | May 10–11      | Lisbon',
  '2     | July 28–29     | Oslo',
  '```',
];
