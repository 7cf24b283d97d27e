/**
 * Turning a parsed model reply into what a reader may see: each quote located verbatim in the passage (or
 * article) it names, or dropped and counted; markers of dropped quotes removed and the rest renumbered to
 * the verified citations; statements that lean only on dropped quotes removed; links other than the
 * articles' own URLs removed.
 */
import type { Corpus } from '../corpus/corpus.js';
import type { Span } from '../corpus/types.js';
import type { RetrievedChunk } from '../index/retrieve.js';
import type { ModelCitation, ParsedReply } from './llm-reply.js';
import { citationForQuote } from './quotes.js';
import type { Citation } from './types.js';

/** What an abstaining model answer says, whatever the model wrote (its words are not shown). */
export const ABSTENTION_TEXT = "The articles don't say.";

/** Text of articles that reads like an instruction to an assistant; never shown to the model, never quotable. */
export const INSTRUCTION_RE =
  /\b(?:ignore|disregard|forget|override)\b[^.?!\n]{0,40}\b(?:instructions?|prompts?)\b|\b(?:ignore|disregard|forget)\b[^.?!\n]{0,20}\b(?:previous|prior|above|all) (?:rules|guidelines|text)\b|\bsystem prompt\b|\byou are now\b|\b(?:language model|AI assistant|chatbot)s?,? (?:you )?(?:must|should|will)\b|\bdeveloper mode\b|\bjailbreak\b/i;

/** Spans (raw offsets) of sentences in a passage that read like instructions. */
export function instructionSpans(passage: RetrievedChunk): Span[] {
  const spans: Span[] = [];
  const re = /[^.!?\n]*[.!?\n]?/g;
  for (let m = re.exec(passage.chunk.text); m && m[0] !== ''; m = re.exec(passage.chunk.text)) {
    if (INSTRUCTION_RE.test(m[0])) spans.push({ start: passage.chunk.start + m.index, end: passage.chunk.start + m.index + m[0].length });
  }
  return spans;
}

export interface VerifiedReply {
  /** The answer text as shown: verified markers renumbered `[1]…`, unsupported statements and foreign links removed. */
  answer: string;
  abstained: boolean;
  citations: Citation[];
  /** Quotes that were not verbatim in the passage (or article) they named. */
  rejectedQuotes: number;
  /** Sentences removed because none of their quotes could be verified. */
  removedStatements: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Locates one model citation; null when its words are not in the passage's article (or it quotes an instruction). */
function locate(corpus: Corpus, passages: RetrievedChunk[], c: ModelCitation, blocked: Map<string, Span[]>): Citation | null {
  const tryPassage = (p: RetrievedChunk | undefined) =>
    p ? (citationForQuote(corpus, p.chunk.source, c.quote, p.chunk) ?? citationForQuote(corpus, p.chunk.source, c.quote)) : null;
  let cite = c.passage ? tryPassage(passages[c.passage - 1]) : null;
  // A passage number the model got wrong is harmless when the words are, verbatim, in one of the passages.
  for (const p of cite ? [] : passages) {
    cite = citationForQuote(corpus, p.chunk.source, c.quote, p.chunk);
    if (cite) break;
  }
  if (cite && (blocked.get(cite.source) ?? []).some((s) => overlaps(s, cite as Citation))) return null;
  return cite;
}

/** Splits a line into sentences, keeping each sentence's trailing markers with it. */
function sentences(line: string): string[] {
  return line.split(/(?<=[.!?](?:\s?\[[\d,\s]+\])*)\s+(?=[A-Z“"‘'(*_\-•\d])/);
}

/** Replaces links to anything but the articles' own URLs by their label (or nothing). */
export function sanitizeLinks(text: string, allowed: ReadonlySet<string>): string {
  const ok = (url: string) => allowed.has(url.replace(/[).,;]+$/, ''));
  return text
    .replace(/\[([^\]\n]*)\]\((\S+?)\)/g, (m, label: string, url: string) => (ok(url) ? m : label))
    .replace(/<(https?:\/\/[^|>\s]+)\|([^>]*)>/g, (m, url: string, label: string) => (ok(url) ? m : label))
    .replace(/(?<![(<|])\b(?:https?:\/\/|www\.)[^\s<>()]+/gi, (url) => (ok(url) ? url : '[link removed]'));
}

/** Verifies the reply against the passages the model saw. */
export function verifyReply(
  corpus: Corpus,
  passages: RetrievedChunk[],
  reply: ParsedReply,
  blocked: Map<string, Span[]> = new Map(),
): VerifiedReply {
  if (reply.abstain) return { answer: ABSTENTION_TEXT, abstained: true, citations: [], rejectedQuotes: 0, removedStatements: 0 };
  const citations: Citation[] = [];
  /** Model marker → 1-based index in `citations`. */
  const verified = new Map<number, number>();
  const rejectedMarkers = new Set<number>();
  let rejectedQuotes = 0;
  for (const c of reply.citations) {
    const cite = locate(corpus, passages, c, blocked);
    if (!cite) {
      rejectedQuotes++;
      if (!verified.has(c.n)) rejectedMarkers.add(c.n);
      continue;
    }
    let at = citations.findIndex((x) => x.source === cite.source && x.start === cite.start && x.end === cite.end);
    if (at < 0) at = citations.push(cite) - 1;
    if (!verified.has(c.n)) verified.set(c.n, at + 1);
    rejectedMarkers.delete(c.n);
  }
  const allowed = new Set(
    passages.map((p) => corpus.byId.get(p.chunk.source)?.meta.url).filter((u): u is string => typeof u === 'string' && u !== ''),
  );
  const usesMarkers = new RegExp(MARKER.source).test(reply.answer);
  let removedStatements = 0;
  const lines = reply.answer.split('\n').map((line) => {
    if (!usesMarkers) return line;
    const kept = sentences(line).filter((s) => {
      const numbers = [...s.matchAll(MARKER)].flatMap((m) => (m[1] as string).split(',').map((x) => Number(x.trim())));
      const supported = numbers.some((n) => verified.has(n));
      // A statement that cites only dropped quotes, or states a date or number with no quote at all, is not shown.
      const unsupported = numbers.length ? !supported : /\d/.test(s.replace(/^\s*(?:\d+[.)]|[-*•])\s+/, ''));
      if (unsupported && s.trim()) removedStatements++;
      return !unsupported;
    });
    return kept.join(' ');
  });
  const renumbered = lines
    .join('\n')
    .replace(MARKER, (_, list: string) => {
      const ids = [...new Set(list.split(',').map((x) => verified.get(Number(x.trim()))))].filter((x): x is number => x !== undefined);
      return ids.length ? ` ${ids.map((i) => `[${i}]`).join('')}` : '';
    })
    .replace(/(\[\d+\])(?: (\[\d+\]))+/g, (m) => m.replace(/ /g, ''))
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^[ \t]*(?:[-*•]|\d+[.)])[ \t]*$/gm, '')
    .trim();
  return {
    answer: sanitizeLinks(renumbered, allowed),
    abstained: false,
    citations,
    rejectedQuotes,
    removedStatements,
  };
}

const MARKER = /\s?\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;

/**
 * What was actually verified, in one line for a footer: "written by a language model (gpt-4o-mini); 3 quotes
 * verified verbatim in the articles; 1 quote that was not in them dropped".
 */
export function verificationNote(a: {
  mode: string;
  abstained: boolean;
  citations: readonly unknown[];
  verification?: { model: string | null; quotes: number; rejectedQuotes: number; removedStatements: number } | undefined;
}): string {
  if (a.mode !== 'llm') return 'offline answer: quotes taken verbatim from the articles';
  const v = a.verification;
  const who = `written by a language model${v?.model ? ` (${v.model})` : ''}`;
  if (a.abstained) return `${who}; it found no answer in the articles`;
  const n = v?.quotes ?? a.citations.length;
  const parts = [who, `${n} quote${n === 1 ? '' : 's'} verified verbatim in the articles`];
  if (v?.rejectedQuotes) parts.push(`${v.rejectedQuotes} quote${v.rejectedQuotes === 1 ? '' : 's'} not found in them dropped`);
  if (v?.removedStatements)
    parts.push(`${v.removedStatements} statement${v.removedStatements === 1 ? '' : 's'} without a verified quote removed`);
  return parts.join('; ');
}
