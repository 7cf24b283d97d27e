import {
  abstentionReason,
  buildSentenceIndex,
  composeAnswer,
  type ScoredSentence,
  type SentenceIndex,
  scoreSentences,
  selectSentences,
} from './answer/extractive.js';
import { type Answerer, OpenAiAnswerer } from './answer/llm.js';
import { type AnalyzedQuestion, analyzeQuestion, buildVocabulary, type Vocabulary } from './answer/question.js';
import { verifyCitations, verifyDisagreements } from './answer/quotes.js';
import { sourceInfo } from './answer/sources.js';
import type { Answer, Disagreement, RetrievedPassage, SourceInfo, TimelineEntry } from './answer/types.js';
import { type Config, loadConfig, MAX_QUESTION_CHARS } from './config.js';
import { buildCorpus, type Corpus } from './corpus/corpus.js';
import { QuestionError } from './errors.js';
import { createEmbeddings, type NamedEmbeddings } from './index/embeddings.js';
import { diversify, HybridRetriever, type RetrievedChunk, type RetrieverMode } from './index/retrieve.js';
import { type OpenedIndex, openIndex } from './index/store.js';
import { type Logger, silentLogger } from './log.js';

export interface DealbotOptions {
  /** Folder of articles; default from the configuration (SEEDS_DIR or `seeds/`). */
  seedsDir?: string;
  /** Where the vector index and embedding cache live; default INDEX_DIR or `.cache/`. */
  indexDir?: string;
  /** Configuration; read from the environment when omitted. Options above win over it. */
  config?: Config;
  /** Embedder; default local, or OpenAI when configured. */
  embedder?: NamedEmbeddings;
  /** LLM answerer; default OpenAI when OPENAI_API_KEY is set, none otherwise. `null` forces offline. */
  answerer?: Answerer | null;
  retriever?: RetrieverMode;
  logger?: Logger;
  onIndexProgress?: (done: number, total: number, article: string) => void;
  /** Rebuild the vector index even if a valid one exists. */
  forceReindex?: boolean;
}

export interface AskOptions {
  /** Earlier questions of the same conversation (oldest first), for follow-ups. */
  context?: readonly string[];
  /** Passages to list in `retrieved` (default 8). */
  k?: number;
}

/** How many passages the answerer reads. */
const CANDIDATE_PASSAGES = 24;

/** Normalises a question and enforces the length limit; returns the text and any notice. */
export function prepareQuestion(input: string): { text: string; notices: string[] } {
  // Control characters (other than spaces) are never part of a question.
  const text = input
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) throw new QuestionError('The question is empty. Ask something like: "Who signed the deal and when?"');
  if (text.length <= MAX_QUESTION_CHARS) return { text, notices: [] };
  const cut = text.slice(0, MAX_QUESTION_CHARS);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_QUESTION_CHARS - 50));
  return {
    text: atWord,
    notices: [
      `The question was ${text.length} characters long; only the first ${atWord.length} were used (the limit is ${MAX_QUESTION_CHARS}).`,
    ],
  };
}

/**
 * The one pipeline every front end uses: load and clean the articles, index them, and answer questions
 * with verified verbatim quotes. Create it once with `Dealbot.create()` and ask many questions.
 */
export class Dealbot {
  private readonly sentenceIndex: SentenceIndex;
  private readonly vocab: Vocabulary;

  private constructor(
    readonly corpus: Corpus,
    readonly retriever: HybridRetriever,
    private readonly answerer: Answerer | null,
    private readonly logger: Logger,
    readonly index: OpenedIndex | null,
  ) {
    this.sentenceIndex = buildSentenceIndex(corpus);
    this.vocab = buildVocabulary(corpus.sentences.map((s) => s.text));
  }

  /** Loads the articles and opens (or builds) the index. */
  static async create(options: DealbotOptions = {}): Promise<Dealbot> {
    const config = options.config ?? loadConfig();
    const logger = options.logger ?? silentLogger;
    const seedsDir = options.seedsDir ?? config.seedsDir;
    const corpus = await buildCorpus(seedsDir);
    for (const s of corpus.skipped) logger.warn(`Skipped ${s.path}: ${s.reason}.`);
    for (const w of corpus.warnings) logger.warn(`${w.path}: ${w.reason}.`);
    const mode = options.retriever ?? 'hybrid';
    const embedder = options.embedder ?? createEmbeddings(config.openai);
    let index: OpenedIndex | null = null;
    if (mode !== 'bm25') {
      index = await openIndex({
        corpus,
        embedder,
        indexDir: options.indexDir ?? config.indexDir,
        logger,
        ...(options.onIndexProgress ? { onProgress: options.onIndexProgress } : {}),
        ...(options.forceReindex ? { force: true } : {}),
      });
      logger.debug(`Vector index ${index.status} (${index.dir}; ${index.embedded} article(s) embedded now).`);
    }
    const retriever = new HybridRetriever(corpus, index?.store ?? null, embedder.embeddings, mode);
    const answerer = options.answerer === undefined ? (config.openai ? new OpenAiAnswerer(config.openai) : null) : options.answerer;
    return new Dealbot(corpus, retriever, answerer, logger, index);
  }

  /** The articles with their metadata. */
  sources(): SourceInfo[] {
    return this.corpus.articles.map((a) => sourceInfo(a, this.corpus.sentences.filter((s) => s.source === a.id).length));
  }

  /** Every disagreement found in the corpus. */
  conflicts(): Disagreement[] {
    return [];
  }

  /** The chronology of the story. */
  timeline(): TimelineEntry[] {
    return [];
  }

  /** Analyses a question against this corpus (exposed for the evaluation and tests). */
  analyze(question: string, context: readonly string[] = []): AnalyzedQuestion {
    return analyzeQuestion(question, this.vocab, context);
  }

  /** Answers one question. Throws QuestionError for an empty question; never throws for an unanswerable one. */
  async answerQuestion(question: string, options: AskOptions = {}): Promise<Answer> {
    const { text, notices } = prepareQuestion(question);
    const context = (options.context ?? []).map((c) => prepareQuestion(c).text).slice(-4);
    const q = this.analyze(text, context);
    const candidates = await this.retriever.retrieve(q, CANDIDATE_PASSAGES);
    const scored = scoreSentences(this.corpus, q, candidates, this.sentenceIndex);
    const retrieved = rerankPassages(this.corpus, candidates, scored);
    const k = options.k ?? 8;
    const reason = abstentionReason(q, scored, this.corpus, this.sentenceIndex);
    if (reason) {
      return {
        question: text,
        answer: `The articles don't say. ${reason}`,
        abstained: true,
        citations: [],
        disagreements: [],
        retrieved: toPassages(retrieved.slice(0, k), []),
        mode: 'offline',
        ...(notices.length ? { notices } : {}),
      };
    }
    const chosen = selectSentences(scored, this.sentenceIndex.terms);
    const disagreements = verifyDisagreements(this.corpus, this.disagreementsFor(q, chosen));
    if (this.answerer) {
      const llm = await this.answerWithModel(text, q, retrieved, chosen, context, disagreements, notices, k);
      if (llm) return llm;
    }
    const composed = composeAnswer(this.corpus, chosen, null);
    const { kept, dropped } = verifyCitations(this.corpus, composed.citations);
    if (dropped) this.logger.error(`Dropped ${dropped} citation(s) that were not verbatim; this is a bug.`);
    return {
      question: text,
      answer: composed.answer,
      abstained: false,
      citations: kept,
      disagreements,
      retrieved: toPassages(retrieved, chosen).slice(0, k),
      mode: 'offline',
      ...(notices.length ? { notices } : {}),
    };
  }

  /** Disagreements relevant to the question (filled in by the conflicts module). */
  private disagreementsFor(_q: AnalyzedQuestion, _chosen: ScoredSentence[]): Disagreement[] {
    return [];
  }

  private async answerWithModel(
    text: string,
    q: AnalyzedQuestion,
    retrieved: RetrievedChunk[],
    chosen: ScoredSentence[],
    context: readonly string[],
    disagreements: Disagreement[],
    notices: string[],
    k: number,
  ): Promise<Answer | null> {
    if (!this.answerer) return null;
    const passages = retrieved.slice(0, 10);
    try {
      const reply = await this.answerer.answer(text, passages, this.corpus, context);
      const { kept } = verifyCitations(this.corpus, reply.citations);
      if (reply.rejectedQuotes)
        this.logger.warn(`The model gave ${reply.rejectedQuotes} quote(s) not found in the articles; they were dropped.`);
      if (!reply.abstained && kept.length === 0) {
        notices.push('The language model gave no quote that could be verified in the articles, so the offline answer is shown.');
        return null;
      }
      return {
        question: text,
        answer: reply.answer,
        abstained: reply.abstained,
        citations: reply.abstained ? [] : kept,
        disagreements: reply.abstained ? [] : disagreements,
        retrieved: toPassages(passages, chosen).slice(0, k),
        mode: 'llm',
        ...(notices.length ? { notices } : {}),
      };
    } catch (err) {
      this.logger.warn(`Language model unavailable, answering offline: ${(err as Error).message}`);
      notices.push('The language model could not be reached, so the offline answer is shown.');
      void q;
      return null;
    }
  }
}

/**
 * Re-ranks passages by what the answerer found in them: a passage is worth its retrieval score blended with
 * its best sentence's score (which knows the question type and how much of the question it holds). Passages
 * that retrieval missed but that hold a well-scored sentence join the list. The result is diversified by
 * source again.
 */
export function rerankPassages(corpus: Corpus, retrieved: RetrievedChunk[], scored: ScoredSentence[]): RetrievedChunk[] {
  const sentenceScore = new Map<number, number>();
  for (const s of scored) sentenceScore.set(s.sentence.id, s.score);
  const byChunk = new Map<number, RetrievedChunk>(retrieved.map((r) => [r.chunk.id, r]));
  for (const chunk of corpus.chunks) {
    if (!byChunk.has(chunk.id) && chunk.sentenceIds.some((id) => sentenceScore.has(id))) {
      byChunk.set(chunk.id, { chunk, score: 0, lexical: 0, similarity: 0 });
    }
  }
  const all = [...byChunk.values()];
  const rel = all.map((r) => Math.max(0, ...r.chunk.sentenceIds.map((id) => sentenceScore.get(id) ?? 0)));
  const maxRel = Math.max(...rel, 0) || 1;
  const blended = all.map((r, i) => ({ ...r, score: 0.35 * r.score + 0.65 * ((rel[i] as number) / maxRel) }));
  const top = Math.max(...blended.map((r) => r.score), 0) || 1;
  return diversify(
    blended.map((r) => ({ ...r, score: r.score / top })).sort((a, b) => b.score - a.score),
    CANDIDATE_PASSAGES,
  );
}

/** Passages for the answer JSON: those holding a quoted sentence first, then the rest by score. */
function toPassages(retrieved: RetrievedChunk[], chosen: ScoredSentence[]): RetrievedPassage[] {
  const used = new Set(chosen.map((s) => s.sentence.id));
  const holds = (r: RetrievedChunk) => r.chunk.sentenceIds.some((id) => used.has(id));
  const ordered = [...retrieved.filter(holds), ...retrieved.filter((r) => !holds(r))];
  // A quoted sentence whose chunk was not retrieved still gets a passage entry.
  const listed = new Set(ordered.flatMap((r) => r.chunk.sentenceIds));
  const extra: RetrievedPassage[] = chosen
    .filter((s) => !listed.has(s.sentence.id))
    .map((s) => ({ source: s.sentence.source, start: s.sentence.start, end: s.sentence.end, score: round(Math.min(1, s.score)) }));
  return [...extra, ...ordered.map((r) => ({ source: r.chunk.source, start: r.chunk.start, end: r.chunk.end, score: round(r.score) }))];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
