import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { humanDate } from '../answer/sources.js';
import { UsageError } from '../errors.js';
import { type AddResult, addArticle } from '../ingest/add.js';
import { SqliteCorpusRecord } from '../ingest/record.js';
import type { CliContext } from './common.js';

export const ADD_USAGE = `Usage: npm run add -- [options] URL|PAGE.html …

Fetches each news page (or reads a saved .html page), extracts the article with Readability and writes it
into the articles folder as Markdown with front matter (title, outlet, author, url, published). Pages
already in the folder (same link or same text) are refused.

Options:
  --seeds DIR   articles folder (default: SEEDS_DIR or seeds/)
  --by NAME     who is adding (default: your user name), kept in the corpus record (ask --sources)
  --json        one JSON result per input
  -h, --help    show this help

Private and loopback addresses are refused unless ALLOW_PRIVATE_URLS=1. FETCH_TIMEOUT_MS and
FETCH_MAX_BYTES set the limits.`;

function who(): string {
  try {
    return userInfo().username;
  } catch {
    return 'command line';
  }
}

/** `dealbot add` / `npm run add`: exit 0 when every input was added, 65 when any was not. */
export async function runAdd(argv: string[], ctx: CliContext): Promise<number> {
  let values: { seeds?: string | undefined; by?: string | undefined; json?: boolean | undefined; help?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { seeds: { type: 'string' }, by: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${ADD_USAGE}`);
  }
  if (values.help) {
    ctx.stdout.write(`${ADD_USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(`No link given.\n\n${ADD_USAGE}`);
  const seedsDir = values.seeds ? path.resolve(values.seeds) : ctx.config.seedsDir;
  const record = SqliteCorpusRecord.inIndexDir(ctx.config.indexDir, seedsDir);
  const results: AddResult[] = [];
  try {
    for (const input of positionals) {
      const r = await addArticle(input, { seedsDir, record, fetch: ctx.config.follow, addedBy: values.by ?? who(), via: 'cli' });
      results.push(r);
      if (values.json) ctx.stdout.write(`${JSON.stringify(r)}\n`);
      else if (r.ok)
        ctx.stdout.write(
          `added ${r.file} — ${[r.outlet ?? 'outlet unknown', humanDate(r.published), r.title ? `“${r.title}”` : null].filter(Boolean).join(', ')}\n`,
        );
      else ctx.stderr.write(`dealbot: ${r.reason}\n`);
    }
  } finally {
    record.close();
  }
  return results.every((r) => r.ok) ? 0 : 65;
}
