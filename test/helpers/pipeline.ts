import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { buildCorpus, type Corpus } from '../../src/corpus/corpus.js';
import { parseFrontMatter } from '../../src/corpus/frontmatter.js';
import { loadArticle } from '../../src/corpus/load.js';
import type { Article } from '../../src/corpus/types.js';
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

/** The body a page is read as (front matter left out), one paragraph a line. */
export function bodyOf(raw: string): string {
  const fm = parseFrontMatter(raw);
  return cleanArticle(raw, fm.bodyStart)
    .body.map((s) => raw.slice(s.start, s.end))
    .join('\n');
}

/** An article in Markdown with its outlet and publication date in front matter. */
export function article(outlet: string, published: string, body: string, title?: string): string {
  return `---\n${title ? `title: "${title}"\n` : ''}outlet: ${outlet}\npublished: ${published}\n---\n${body}\n`;
}

/** Pages on other things (eight commodity desks' notes), so that the story's words are not in every page. */
export const FILLER: Record<string, string> = Object.fromEntries(
  ['wheat', 'cotton', 'lumber', 'dairy', 'rail', 'barges', 'cattle', 'rice'].map((w, i) => [
    `z${i}_${w}.md`,
    article(`Desk ${w}`, '2025-11-03', `Traders watched ${w} markets closely this week after the truce.`),
  ]),
);

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

/** One page written to a fresh folder and loaded as dealbot reads it (its metadata, body and sentences). */
export async function loadPage(name: string, text: string): Promise<Article> {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  const result = await loadArticle(file);
  if ('reason' in result) throw new Error(result.reason);
  return result.article;
}

/** Two paragraphs of body text about invented tin talks, for pages whose headers a test is about. */
export const TIN_TALKS_BODY =
  'Officials from both countries said the tin framework would be reviewed within weeks, after two days of talks.\n\nThe talks were the second round this year, and both delegations said they would meet again.\n';
