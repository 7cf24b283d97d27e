import type { Corpus } from '../corpus/corpus.js';
import { isEnglishWord } from '../text/dictionary.js';
import { questionPlaces } from '../text/entities.js';
import { escapeRegExp, normalizeInformal } from '../text/lexicon.js';
import { STOPWORDS, tokenize } from '../text/tokenize.js';
import { MIN_COVERAGE, type ScoredSentence } from './extractive.js';
import type { Disagreement, Position } from './types.js';

/**
 * The sides a question offers ("halvorsen surcharge — 12 or 15%?", "was that on bloomberg or cnbc?", "WH or
 * bangkok?"): when the asker names two values and the articles state each one, in sentences about what is asked
 * and in different articles, that is a disagreement between them, each side quoted. Nothing here knows a value: the
 * sides are the question's, and each is only a side where an article states it.
 */

/** "X or Y?" at a question's end, each side one or two words (a figure with its unit, a name). */
const SIDES_RE =
  /(?:^|[\s(—–-])([\p{L}\p{N}$][\p{L}\p{N}.,%$’'-]*(?:\s[\p{L}\p{N}.,%$’'-]+)?)\s+or\s+([\p{L}\p{N}$][\p{L}\p{N}.,%$’'-]*(?:\s[\p{L}\p{N}.,%$’'-]+)?)\s*\?/giu;
/** Second sides that are no value: "…or not?", "or nah", "or something?" */
const NOT_A_SIDE_RE =
  /^(?:not|nah|no|nope|what|something|so|anything|else|otherwise|both|neither|either|none|more|less|later|earlier|sooner)$/i;
/** How many of the best sentences are read for a side. */
const SIDE_WINDOW = 24;

interface Side {
  label: string;
  re: RegExp;
}

/** A figure as articles write it: "15%" as "15%", "15 percent" or "15 per cent"; "353t" as "353 tonnes". */
function figureSide(value: string, percent: boolean): Side | null {
  const m = /^\$?(\d[\d,]*(?:\.\d+)?)\s*(%|percent|t|tonnes?|tons?|bn|billion|m|million)?$/i.exec(value.trim());
  if (!m) return null;
  const digits = (m[1] as string).replace(/,/g, '');
  const number = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',?');
  const unit = (m[2] ?? (percent ? '%' : '')).toLowerCase();
  const after =
    unit === '%' || unit === 'percent'
      ? String.raw`\s?(?:%|percent|per cent)`
      : /^t|^ton/.test(unit)
        ? String.raw`\s?(?:t|tonnes?|tons?|metric tons?)\b`
        : /^(?:bn|billion)$/.test(unit)
          ? String.raw`\s?(?:bn|billion)\b`
          : /^(?:m|million)$/.test(unit)
            ? String.raw`\s?(?:m|million)\b`
            : '(?![\\d%])';
  return { label: value.trim(), re: new RegExp(String.raw`(?<![\d.,])${number}(?!\.\d)${after}`, 'i') };
}

/** A named side ("cnbc", "Bangkok", "White House"): its words as written, whole, any case. */
function nameSide(value: string): Side | null {
  const words = tokenize(value).map((t) => t.norm);
  if (words.length === 0 || words.some((w) => STOPWORDS.has(w)) || NOT_A_SIDE_RE.test(value.trim())) return null;
  const written = value.trim().split(/\s+/);
  if (!written.every((w) => /^\p{Lu}/u.test(w) || !isEnglishWord(w.toLowerCase()) || questionPlaces(w).length > 0)) return null;
  return { label: value.trim(), re: new RegExp(String.raw`\b${escapeRegExp(value.trim()).replace(/\s+/g, '\\s+')}\b`, 'i') };
}

/** The two sides a question offers, or null. */
export function askedSides(question: string): [Side, Side] | null {
  const text = normalizeInformal(question);
  for (const m of text.matchAll(SIDES_RE)) {
    const [a, b] = [m[1] as string, m[2] as string];
    if (NOT_A_SIDE_RE.test(b.split(/\s+/)[0] as string)) continue;
    const percent = /%|percent/i.test(a) || /%|percent/i.test(b);
    const fa = figureSide(a, percent);
    const fb = figureSide(b, percent);
    if (fa && fb) return fa.re.source === fb.re.source ? null : [fa, fb];
    if (fa || fb) continue;
    // Names: a word or two each side ("White House or bangkok"), written as a name or no English word ("bloomberg
    // or cnbc"); not verbs or common nouns ("did they sign or just agree", "a breakthrough or a modest step").
    const wordsA = a.split(/\s+/);
    const na = nameSide(wordsA.length > 1 && !wordsA.every((w) => /^\p{Lu}/u.test(w)) ? (wordsA.at(-1) as string) : a);
    const nb = nameSide(b);
    if (na && nb && na.label.toLowerCase() !== nb.label.toLowerCase()) return [na, nb];
  }
  return null;
}

/**
 * The disagreement between the sides a question offers, when the best sentences about it state each side in a
 * different article (a sentence stating both is no side); null otherwise.
 */
export function askedSidesDisagreement(
  question: string,
  scored: readonly ScoredSentence[],
  corpus: Corpus,
  shown: readonly Disagreement[] = [],
): Disagreement | null {
  const sides = askedSides(question);
  if (!sides) return null;
  // (Not again when a disagreement found in the articles already quotes both sides.)
  const quotes = (d: Disagreement) => d.positions.map((p) => `${p.claim} ${p.quote}`);
  if (shown.some((d) => sides.every((side) => quotes(d).some((q) => side.re.test(q))))) return null;
  const best = scored.slice(0, SIDE_WINDOW).filter((s) => s.coverage >= MIN_COVERAGE);
  const found = sides.map((side, i) => {
    const other = sides[1 - i] as Side;
    return best.find((s) => side.re.test(s.sentence.text) && !other.re.test(s.sentence.text));
  });
  const [a, b] = found;
  if (!a || !b || a.sentence.source === b.sentence.source) return null;
  const label = (source: string) => {
    const meta = corpus.byId.get(source)?.meta;
    return meta?.outlet ?? (meta?.title ? `“${meta.title}”` : source);
  };
  const numeric = sides.every((s) => /\d/.test(s.label));
  const topic = topicOf(question, sides) || (numeric ? 'the figure asked about' : 'what the question asks about');
  const positions: Position[] = found.map((s, i) => {
    const sentence = (s as ScoredSentence).sentence;
    // The side as the article writes it ("CNBC", "15%"), not as typed.
    const written = (sides[i] as Side).re.exec(sentence.text)?.[0] ?? (sides[i] as Side).label;
    return {
      claim: written,
      summary: `${label(sentence.source)}: ${written}`,
      sources: [sentence.source],
      quote: sentence.text,
      start: sentence.start,
      end: sentence.end,
      speaker: null,
    };
  });
  return {
    topic,
    difficulty: 'normal',
    kind: numeric ? 'number' : 'description',
    positions,
    explanation: `The sources disagree on ${topic}: ${positions.map((p) => `${label(p.sources[0] as string)} says ${p.claim}`).join('; ')}.`,
  };
}

/** What the sides are of: the question's own words before them, less its question words ("the halvorsen surcharge"). */
function topicOf(question: string, sides: [Side, Side]): string {
  const before = normalizeInformal(question).split(/[?—–]|\s-\s/)[0] ?? '';
  const words = before
    .split(/\s+/)
    .filter(
      (w) => w && !sides.some((s) => s.re.test(w)) && !/^(?:or|was|is|it|that|this|the|a|what|which|did|does|how|when|where|who)$/i.test(w),
    );
  return words
    .slice(0, 6)
    .join(' ')
    .replace(/[,:;]+$/, '');
}
