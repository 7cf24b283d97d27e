import path from 'node:path';
import { parseArgs } from 'node:util';
import { Dealbot } from '../pipeline.js';
import type { CliContext } from './common.js';

export const INDEX_USAGE = `Usage: npm run index -- [--seeds DIR] [--force]

Builds (or checks) the vector index of the articles under INDEX_DIR (default .cache/).
Only articles that changed since the last run are embedded again.
  --force   rebuild the index even if a valid one exists`;

/** A one-line progress bar on a terminal; nothing otherwise. */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }) {
  if (!stream.isTTY) return undefined;
  return (done: number, total: number, article: string) => {
    const width = 24;
    const filled = Math.round((done / total) * width);
    const name = article.length > 30 ? `${article.slice(0, 29)}…` : article;
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name.padEnd(30)}`);
    if (done === total) stream.write('\n');
  };
}

/** `npm run index`: builds the index explicitly and reports what it did. */
export async function runIndex(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { seeds: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    ctx.stdout.write(`${INDEX_USAGE}\n`);
    return 0;
  }
  const started = performance.now();
  const progress = progressBar(ctx.stderr);
  const bot = await Dealbot.create({
    config: ctx.config,
    ...(values.seeds ? { seedsDir: path.resolve(values.seeds) } : {}),
    logger: ctx.logger,
    answerer: null,
    forceReindex: values.force === true,
    ...(progress ? { onIndexProgress: progress } : {}),
  });
  const index = bot.index;
  const ms = Math.round(performance.now() - started);
  const c = bot.corpus;
  ctx.stdout.write(
    `${c.articles.length} articles, ${c.sentences.length} sentences, ${c.chunks.length} passages` +
      (c.skipped.length ? `, ${c.skipped.length} file(s) skipped` : '') +
      `\nIndex ${index?.status ?? 'not used'}${index ? ` in ${index.dir} (${index.embedded} article(s) embedded now)` : ''} — ${ms} ms\n`,
  );
  return 0;
}
