import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { SourceInfo } from '../answer/types.js';
import { UsageError } from '../errors.js';
import type { RetrieverMode } from '../index/retrieve.js';
import type { ArticleRecord } from '../ingest/record.js';
import { Dealbot, prepareQuestion } from '../pipeline.js';
import { startTagger } from '../text/tagger.js';
import type { CliContext } from './common.js';
import { renderAnswer, renderConflicts, renderQuestion, renderSources, renderTimeline, styleFor, terminalSafe } from './render.js';

/** The question as the answer will show it (normalised, cut to the limit). */
const answer0 = (q: string) => prepareQuestion(q).text;

export const ASK_USAGE = `Usage: npm run ask -- [options] "QUESTION"

Answers a question about the story from the articles, quoting them verbatim.

Options:
  --json              print the answer as one JSON object (logs go to stderr)
  --seeds DIR         folder of .txt/.md articles (default: SEEDS_DIR or seeds/)
  --conflicts         list every disagreement between the sources
  --timeline          print the chronology of the story
  --sources           list the articles with their metadata (and when, from where and by whom each was added)
  --whats-new         what changed in the story: new disagreements, new sides, new dated events
  --since DATE        with --whats-new: since when (2025-06-27, "27 June 2025", 12h, 2d; default 24h)
  --retriever MODE    hybrid (default), bm25 or vector
  --offline           never call a language model, even if OPENAI_API_KEY is set
  -h, --help          show this help

With no QUESTION and input piped in, reads one question per line and prints one
answer per line (one JSON object per line with --json).

Examples:
  npm run ask -- "Who signed the deal and when?"
  npm run --silent ask -- --json "When did the London talks take place?"
  printf 'Who signed?\\nWhen?\\n' | npm run --silent ask -- --json`;

export interface AskArgs {
  json: boolean;
  seeds?: string;
  conflicts: boolean;
  timeline: boolean;
  sources: boolean;
  whatsNew: boolean;
  since?: string;
  retriever: RetrieverMode;
  offline: boolean;
  help: boolean;
  question: string | null;
}

/** Parses `ask` arguments; throws UsageError with the reason. */
export function parseAskArgs(argv: string[]): AskArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        seeds: { type: 'string' },
        conflicts: { type: 'boolean', default: false },
        timeline: { type: 'boolean', default: false },
        sources: { type: 'boolean', default: false },
        'whats-new': { type: 'boolean', default: false },
        since: { type: 'string' },
        retriever: { type: 'string', default: 'hybrid' },
        offline: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${ASK_USAGE}`);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const retriever = String(v.retriever);
  if (!['hybrid', 'bm25', 'vector'].includes(retriever))
    throw new UsageError(`--retriever must be hybrid, bm25 or vector (got "${retriever}").`);
  const question = parsed.positionals.length ? parsed.positionals.join(' ') : null;
  return {
    json: v.json === true,
    ...(typeof v.seeds === 'string' ? { seeds: v.seeds } : {}),
    conflicts: v.conflicts === true,
    timeline: v.timeline === true,
    sources: v.sources === true,
    whatsNew: v['whats-new'] === true,
    ...(typeof v.since === 'string' ? { since: v.since } : {}),
    retriever: retriever as RetrieverMode,
    offline: v.offline === true,
    help: v.help === true,
    question,
  };
}

async function* readLines(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) yield line;
}

/** `npm run ask`: returns the exit status. */
export async function runAsk(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseAskArgs(argv);
  if (args.help) {
    ctx.stdout.write(`${ASK_USAGE}\n`);
    return 0;
  }
  if (args.since !== undefined && !args.whatsNew) throw new UsageError(`--since goes with --whats-new.\n\n${ASK_USAGE}`);
  // Loaded only for the views that need them (SQLite, the comparison), so plain questions start no slower.
  const follow = args.whatsNew || args.sources ? await loadFollowModules() : null;
  const since = args.whatsNew && follow ? follow.parseSince(args.since) : null;
  const view = args.conflicts || args.timeline || args.sources || args.whatsNew;
  if (!view && args.question !== null && args.question.trim() === '') throw new UsageError(`The question is empty.\n\n${ASK_USAGE}`);
  const batch = !view && args.question === null;
  if (batch && ctx.stdin.isTTY) throw new UsageError(`No question given.\n\n${ASK_USAGE}`);

  const style = styleFor(ctx.stdout, 'NO_COLOR' in ctx.env);
  // The question's NLP library loads on the second core while the index loads.
  if (!view) startTagger();
  const bot = await Dealbot.create({
    config: ctx.config,
    ...(args.seeds ? { seedsDir: path.resolve(args.seeds) } : {}),
    logger: ctx.logger,
    retriever: args.retriever,
    ...(args.offline ? { answerer: null } : {}),
  });
  const print = (obj: unknown, text: string) => ctx.stdout.write(`${args.json ? JSON.stringify(obj) : text}\n`);

  if (view) {
    const seedsDir = args.seeds ? path.resolve(args.seeds) : ctx.config.seedsDir;
    const file = follow?.recordPath(ctx.config.indexDir, seedsDir);
    // The record exists once something was added with `add` or by the app; a plain folder has none.
    const record = follow && file && (existsSync(file) || args.whatsNew) ? new follow.SqliteCorpusRecord(file) : null;
    try {
      if (args.sources) {
        const list = withRecord(bot.sources(), record?.articles() ?? []);
        print(list, renderSourcesWithRecord(list, style));
      }
      if (args.whatsNew && follow && record && since) {
        const news = await follow.whatsNewSince({ current: bot, seedsDir, record, since, config: ctx.config });
        print({ since: since.toISOString(), ...news.diff }, follow.renderStoryDiff(news.diff, since, style));
      }
    } finally {
      record?.close();
    }
    if (args.conflicts) print(bot.conflicts(), renderConflicts(bot.conflicts(), style));
    if (args.timeline) print(bot.timeline(), renderTimeline(bot.timeline(), style));
    return 0;
  }
  if (!batch) {
    if (args.json) {
      print(await bot.answerQuestion(args.question as string), '');
      return 0;
    }
    // The model's text is printed as it arrives; the checked quotes and disagreements follow.
    let streamed = '';
    const answer = await bot.answerQuestion(args.question as string, {
      onEvent: (e) => {
        if (e.type !== 'text') return;
        if (!streamed) ctx.stdout.write(renderQuestion(answer0(args.question as string), style));
        streamed += e.delta;
        ctx.stdout.write(terminalSafe(e.delta));
      },
    });
    ctx.stdout.write(`${renderAnswer(answer, style, streamed)}\n`);
    return 0;
  }
  // Batch: one question per line, answers in the same order; the index is loaded once.
  let asked = 0;
  for await (const line of readLines(ctx.stdin)) {
    if (!line.trim()) continue;
    asked++;
    const answer = await bot.answerQuestion(line);
    print(answer, `${renderAnswer(answer, style)}\n`);
  }
  if (asked === 0) throw new UsageError(`No questions on standard input.\n\n${ASK_USAGE}`);
  return 0;
}

async function loadFollowModules() {
  const [record, whatsNew, render] = await Promise.all([
    import('../ingest/record.js'),
    import('../ingest/whats-new.js'),
    import('./changes-render.js'),
  ]);
  return {
    recordPath: record.recordPath,
    SqliteCorpusRecord: record.SqliteCorpusRecord,
    parseSince: whatsNew.parseSince,
    whatsNewSince: whatsNew.whatsNewSince,
    renderStoryDiff: render.renderStoryDiff,
  };
}

/** A source with how it entered the folder, when the corpus record knows. */
type RecordedSource = SourceInfo & { added?: { at: string; by: string; via: string; from: string | null } };

function withRecord(list: SourceInfo[], records: ArticleRecord[]): RecordedSource[] {
  const byFile = new Map(records.map((r) => [r.file, r]));
  return list.map((s) => {
    const r = byFile.get(s.source);
    return r ? { ...s, added: { at: r.addedAt, by: r.addedBy, via: r.via, from: r.feed ?? r.url } } : s;
  });
}

function renderSourcesWithRecord(list: RecordedSource[], style: ReturnType<typeof styleFor>): string {
  const lines = renderSources(list, style).split('\n');
  return list
    .map((s, i) => {
      const line = lines[i] ?? '';
      if (!s.added) return line;
      const from = s.added.via === 'feed' ? `from the feed ${s.added.from}` : s.added.from ? `from ${s.added.from}` : '';
      return `${line}\n      ${style.dim(`added ${s.added.at.slice(0, 16).replace('T', ' ')} UTC by ${s.added.by} (${s.added.via}) ${from}`.trim())}`;
    })
    .join('\n');
}
