import type { Claim } from '../../corpus/claims.js';
import type { Corpus } from '../../corpus/corpus.js';
import type { Article } from '../../corpus/types.js';
import type { FoundDisagreement } from '../conflicts.js';
import type { ScoredSentence } from '../extractive.js';
import type { AnalyzedQuestion } from '../question.js';
import { verifyCitations } from '../quotes.js';
import { citationOf } from '../sources.js';
import type { Answer, Citation, Disagreement, RetrievedPassage, TimelineEntry } from '../types.js';

/** What every question-kind strategy may use: the corpus, its claims and disagreements, and the fact strategy. */
export interface AnswerEnv {
  corpus: Corpus;
  claims: readonly Claim[];
  found: readonly FoundDisagreement[];
  timeline: readonly TimelineEntry[];
  /** The stems of each sentence (stopwords dropped), by sentence id. */
  terms: readonly (readonly string[])[];
  /** Articles about the story (the others are off-topic pages in the folder). */
  onTopic: ReadonlySet<string>;
  /** True for a stem most articles use: the story's own words ("rare", "earth"), no particular topic. */
  storyWide(stem: string): boolean;
  /** True for a word that is the name of one of the articles' people ("moolenaar"). */
  personWord(word: string): boolean;
  /** Answers one (sub-)question with the strategy for its kind. */
  ask(question: string, context: readonly string[]): Promise<Answer>;
  /** The evidence for a question: its analysis, its candidate sentences (best first), the disagreements it is about. */
  evidence(question: string): Promise<{
    q: AnalyzedQuestion;
    scored: ScoredSentence[];
    disagreements: Disagreement[];
    /** When the question names days the claims know: the sentences whose claims fall on them. */
    onDays?: ReadonlySet<number> | null;
    /** Those days (ISO). */
    days?: readonly string[];
  }>;
}

/** The parts of an answer a strategy builds; the pipeline adds the question, notices and mode. */
export interface Built {
  answer: string;
  summary: string | null;
  abstained: boolean;
  citations: Citation[];
  disagreements: Disagreement[];
  retrieved: RetrievedPassage[];
}

/** A citation of one sentence (verbatim by construction; verified again before it is returned). */
export function citeSentence(corpus: Corpus, sentenceId: number): Citation {
  const s = corpus.sentences[sentenceId];
  if (!s) throw new Error(`no sentence ${sentenceId}`);
  return citationOf(corpus.byId.get(s.source) as Article, s.start, s.end);
}

/** The passage holding a sentence, for `retrieved`. */
export function passageOf(corpus: Corpus, sentenceId: number, score: number): RetrievedPassage | null {
  const s = corpus.sentences[sentenceId];
  if (!s) return null;
  const chunk = corpus.chunks[corpus.chunkOf[sentenceId] ?? -1];
  return chunk
    ? { source: chunk.source, start: chunk.start, end: chunk.end, score }
    : { source: s.source, start: s.start, end: s.end, score };
}

/** Finishes a built answer: every citation verified, duplicates removed, passages unique. */
export function finish(corpus: Corpus, built: Built): Built {
  const seen = new Set<string>();
  const citations = verifyCitations(
    corpus,
    built.citations.filter((c) => {
      const key = `${c.source}:${c.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  ).kept;
  const passages = new Set<string>();
  const retrieved = built.retrieved.filter((r) => {
    const key = `${r.source}:${r.start}:${r.end}`;
    if (passages.has(key)) return false;
    passages.add(key);
    return true;
  });
  return { ...built, citations, retrieved };
}

/** An article's first sentences (up to 20), joined: enough to tell the language it is written in. */
export function openingText(corpus: Corpus, source: string): string {
  const range = corpus.sentenceRange.get(source);
  return range
    ? corpus.sentences
        .slice(range[0], Math.min(range[1], range[0] + 20))
        .map((s) => s.text)
        .join(' ')
    : '';
}
