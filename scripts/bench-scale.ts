import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticArticle } from '../src/bench/synth.js';
import { loadConfig } from '../src/config.js';

/**
 * One measurement of `npm run bench -- --scale`, run in its own process (so peak RSS is that phase's):
 *   bench-scale.js build    ARTICLES INDEX QUESTIONS   full build from an empty index folder
 *   bench-scale.js restart  ARTICLES INDEX QUESTIONS   start with the index built, then the questions
 *   bench-scale.js update   ARTICLES INDEX             a running pipeline: +1 article, then 1 article edited
 *   bench-scale.js langchain ARTICLES QUESTIONS        stock LangChain: RecursiveCharacterTextSplitter + BM25Retriever
 * QUESTIONS is a file with one question per line. Prints one JSON object.
 */

const [mode, articles, third, fourth] = process.argv.slice(2) as [string, string, string, string | undefined];

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const questionsOf = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

/** Answers every question `rounds` times; the first round warms caches and is not counted. */
async function timeQuestions(answer: (q: string) => Promise<unknown>, questions: string[], rounds = 3): Promise<number[]> {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now();
      await answer(q);
      if (r > 0) times.push(performance.now() - t);
    }
  }
  return times;
}

const options = (indexDir: string) => ({ config: loadConfig({}), seedsDir: articles, indexDir, answerer: null });
const out: Record<string, unknown> = { mode };

if (mode === 'build' || mode === 'restart') {
  const { Dealbot } = await import('../src/pipeline.js');
  const t = performance.now();
  const cpu = process.cpuUsage();
  const bot = await Dealbot.create(options(third));
  out.ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  out.cpuMs = (used.user + used.system) / 1000;
  out.articles = bot.corpus.articles.length;
  out.passages = bot.corpus.chunks.length;
  out.analysed = bot.corpus.stats.analysed.length;
  out.index = bot.index?.status;
  if (mode === 'restart' && fourth) out.questions = await timeQuestions((q) => bot.answerQuestion(q), questionsOf(fourth));
} else if (mode === 'update') {
  const { LiveDealbot } = await import('../src/live.js');
  const live = await LiveDealbot.create(options(third));
  // A running app: what an update reuses is made just after the start.
  await live.prepare();
  const n = live.current.corpus.articles.length;
  const added = syntheticArticle(1_000_000 + n, 7);
  writeFileSync(path.join(articles, added.name), added.text);
  let t = performance.now();
  let cpu = process.cpuUsage();
  const r1 = await live.refresh();
  out.addMs = performance.now() - t;
  let used = process.cpuUsage(cpu);
  out.addCpuMs = (used.user + used.system) / 1000;
  out.added = r1.added;
  const victim = readdirSync(articles).find((f) => f.startsWith('synth_')) as string;
  appendFileSync(path.join(articles, victim), '\nOfficials said a follow-up meeting on magnet quotas would be held in July.\n');
  t = performance.now();
  cpu = process.cpuUsage();
  const r2 = await live.refresh();
  out.editMs = performance.now() - t;
  used = process.cpuUsage(cpu);
  out.editCpuMs = (used.user + used.system) / 1000;
  out.changed = r2.changed;
  out.analysed = r2.current.corpus.stats.analysed;
  live.close();
} else if (mode === 'langchain') {
  const { Document } = await import('@langchain/core/documents');
  const { RecursiveCharacterTextSplitter } = await import('@langchain/textsplitters');
  const { BM25Retriever } = await import('@langchain/community/retrievers/bm25');
  const t = performance.now();
  const docs = readdirSync(articles)
    .filter((n) => /\.(?:txt|md)$/.test(n))
    .sort()
    .map((n) => new Document({ pageContent: readFileSync(path.join(articles, n), 'utf8'), metadata: { source: n } }));
  const chunks = await new RecursiveCharacterTextSplitter({ chunkSize: 520, chunkOverlap: 50 }).splitDocuments(docs);
  const retriever = BM25Retriever.fromDocuments(chunks, { k: 8 });
  out.ms = performance.now() - t;
  out.passages = chunks.length;
  out.questions = await timeQuestions((q) => retriever.invoke(q), questionsOf(third));
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
out.peakRssMb = peakMb();
process.stdout.write(`${JSON.stringify(out)}\n`);
