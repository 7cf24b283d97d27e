import { stemmer } from 'stemmer';

/**
 * Words that carry no topic of their own. Used to weight lexical and vector features down and to find a
 * question's content terms. Country words such as "us" are not here: `normalizeToken` maps "U.S."/"US" to `usa`.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can cannot could couldn't did didn't do does doesn't doing don't down during each few for from
  further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his
  how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor
  not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should
  shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd
  they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were
  weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't you
  you'd you'll you're you've your yours yourself yourselves us will shall may might must just now yet still
  also even ever within without upon via per whether either neither whose one ones s t`.split(/\s+/),
);

/** Question words and politeness that never count as content. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  `what when where who whom whose which why how many much long often please tell me explain describe give list
  say says said know happen happened happens`.split(/\s+/),
);

export interface Token {
  /** Lower-cased surface form, with acronyms normalised (`U.S.` → `usa`). */
  norm: string;
  /** Porter stem of `norm`. */
  stem: string;
  start: number;
  end: number;
}

/**
 * A figure written with separators ("3,188", "5.5") is one token, so that "3" in a question ("3 different
 * figures") does not meet "3,188 tonnes", and "3,188" meets itself. A word goes on through the marks that are part of
 * its letters (the vowel signs of Devanagari, "दिल्ली"; accents typed as combining marks).
 */
const WORD_RE =
  /United\s+States(?:\s+of\s+America)?|(?:[A-Za-z]\.){2,}|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}][\p{L}\p{M}]*)?/gu;

/** Acronyms and spellings folded to one token so that "U.S.", "US" and "United States" can meet. */
function normalizeToken(surface: string): string {
  // Most words: no dots, and not a U/E word that could be one of the folded acronyms below.
  const first = surface.charCodeAt(0);
  // A figure: thousands separators dropped ("3,188" → "3188"), a decimal point kept ("5.5").
  if (first >= 48 && first <= 57 && /^\d+(?:[.,]\d+)+$/.test(surface)) return surface.replace(/,(?=\d{3}(?!\d))/g, '');
  if (first !== 85 && first !== 117 && first !== 69 && !surface.includes('.')) {
    const lower = surface.toLowerCase();
    return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  }
  if (/^United\s+States/.test(surface)) return 'usa';
  const compact = surface.replace(/\./g, '');
  if (compact === 'US' || compact === 'USA' || /^U\.S\.?(A\.?)?$/i.test(surface)) return 'usa';
  if (compact === 'UK') return 'uk';
  if (compact === 'EU') return 'eu';
  return compact.toLowerCase().replace(/’/g, "'");
}

const stemCache = new Map<string, string>();

/** Porter stem with a cache; numbers and one- or two-letter tokens are kept as they are. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.length <= 2 || /\d/.test(word) ? word : stemmer(word.replace(/'s$/, ''));
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** Splits text into word tokens with offsets; keeps stopwords (callers filter). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // (Looked for once per text: nearly every text has no Thai, and this runs for every passage of the index.)
  const thai = THAI_RE.test(text);
  for (const m of text.matchAll(WORD_RE)) {
    // Thai writes no spaces between words: a run of it is split into its words by the runtime's own word breaker
    // (ICU's dictionary, in every Node build), so that a Thai question can meet a Thai article word by word.
    if (thai && THAI_RE.test(m[0])) {
      for (const w of thaiWords(m[0])) out.push({ norm: w.text, stem: w.text, start: m.index + w.at, end: m.index + w.at + w.text.length });
      continue;
    }
    const norm = normalizeToken(m[0]);
    if (!norm) continue;
    out.push({ norm, stem: stem(norm), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const THAI_RE = /\p{Script=Thai}/u;
let thaiSegmenter: Intl.Segmenter | undefined;

/** The words of a run of Thai letters, with their offsets in it. */
function thaiWords(run: string): { text: string; at: number }[] {
  thaiSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  const out: { text: string; at: number }[] = [];
  for (const seg of thaiSegmenter.segment(run)) if (seg.isWordLike) out.push({ text: seg.segment, at: seg.index });
  return out;
}

/** Stems of the content words of a text (stopwords dropped), in order. */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => !STOPWORDS.has(t.norm))
    .map((t) => t.stem);
}

/** Damerau–Levenshtein distance with an early exit above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i < rows; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return (d[rows - 1] as number[])[cols - 1] as number;
}

/** Latin letters that carry their mark in themselves, with the plain letter typed for them. */
const PLAIN_LATIN: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ŀ: 'l', ß: 'ss', æ: 'ae', œ: 'oe' };
const PLAIN_LATIN_RE = new RegExp(`[${Object.keys(PLAIN_LATIN).join('')}]`, 'g');

/**
 * A lower-case word in Latin letters as typed without its accents ("ağacı" → "agaci", "müller" → "muller"), for names
 * people type on an English keyboard; words in other scripts, and their marks, as they are.
 */
export function plainLatin(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(PLAIN_LATIN_RE, (c) => PLAIN_LATIN[c] ?? c)
    .normalize('NFC');
}
