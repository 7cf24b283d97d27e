import type { Span } from './types.js';

/**
 * Sentence boundaries inside one paragraph, as offsets into the raw text. A full stop ends a sentence only
 * when the next word starts a new one, so "U.S. President", "Aug. 12", "D.C. –" and "J. Smith" stay whole.
 */

/** Abbreviations that never end a sentence (titles, months before a day, "No. 1"). */
const NEVER_FINAL = new Set(
  `mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm st mt ft no nos vol vols fig figs art sec ch
  pres rev hon amb sec gen jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e cf approx est dept univ assn`.split(/\s+/),
);

/** Month names that follow a day written as an ordinal ("27. Juni"): German and the Nordic languages. */
const ORDINAL_MONTHS = new Set(
  `januar jänner februar märz maerz april mai juni juli august september oktober november dezember
  januari februari mars maj augusti oktober december`.split(/\s+/),
);

/** Abbreviations that may end a sentence ("…to the U.S. The deal…"). */
const MAYBE_FINAL = new Set(`u.s u.k u.n e.u d.c a.m p.m inc corp co ltd llc plc jr sr etc bros u.s.a`.split(/\s+/));

/** Words that typically start a sentence after a "maybe final" abbreviation. */
const SENTENCE_STARTERS = new Set(
  `the a an this that these those it its he she they we i in on at but and however meanwhile according as for
  while after before when if since there here his her their our some many most both such still yet also other
  analysts experts officials china beijing washington`.split(/\s+/),
);

/**
 * Sentence ends: Latin punctuation (or the Devanagari danda "।", Hindi's full stop) before a space, or a
 * Chinese/Japanese full stop, or the full stops and question marks of other scripts (Urdu "۔", Arabic "؟", Ethiopic
 * "።" "፧", Armenian "։", Burmese "။"), which need no space after them (Urdu text often runs on: "کردیں۔وزارتِ").
 */
const CANDIDATE_RE = /([.!?…।॥]+)(["'”’)\]]*)(?=\s|$)|([。！？۔؟።፧։။]+)([”’」』）)]*)/g;

function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}.'’-]/u.test(text[i - 1] as string)) i--;
  return text.slice(i, at);
}

function nextWord(text: string, at: number): { word: string; index: number } {
  let i = at;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  const m = /^["'“‘([]*([\p{L}\p{N}]+)/u.exec(text.slice(i));
  return { word: m?.[1] ?? '', index: i };
}

function isBoundary(text: string, punctIndex: number, punct: string, after: number): boolean {
  const next = nextWord(text, after);
  if (next.index >= text.length) return true;
  const first = text[next.index] as string;
  // (A danda ends a sentence in scripts without capitals.)
  if (punct === '।' || punct === '॥') return true;
  // The next sentence starts with a capital, a digit or an opening quote.
  if (!/[\p{Lu}\p{N}"'“‘([]/u.test(first)) return false;
  if (punct !== '.') return true;
  const word = wordBefore(text, punctIndex)
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '');
  if (word.length === 0) return true;
  // A day written as an ordinal before its month, as German writes dates ("Am 27. Juni", "bis 10. November").
  if (/^\d{1,2}\.?$/.test(word) && ORDINAL_MONTHS.has(next.word.toLowerCase())) return false;
  // Initials: "J. Smith", "U. S."
  if (/^\p{L}$/u.test(word)) return false;
  const bare = word.replace(/\.$/, '');
  if (NEVER_FINAL.has(bare)) return false;
  if (MAYBE_FINAL.has(bare) || /^(?:\p{L}\.){2,}\p{L}?$/u.test(word)) {
    return SENTENCE_STARTERS.has(next.word.toLowerCase());
  }
  // A number with a decimal point is not a boundary ("3.5"), handled by the lookahead; "No. 1" by NEVER_FINAL.
  return true;
}

/** Splits `raw.slice(span.start, span.end)` into sentence spans (trimmed, never empty). */
export function splitSentences(raw: string, span: Span): Span[] {
  const text = raw.slice(span.start, span.end);
  const out: Span[] = [];
  let from = 0;
  CANDIDATE_RE.lastIndex = 0;
  for (let m = CANDIDATE_RE.exec(text); m; m = CANDIDATE_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (m[3] === undefined && !isBoundary(text, m.index, (m[1] as string)[0] as string, end)) continue;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return out;

  function push(a: number, b: number) {
    let s = a;
    let e = b;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: span.start + s, end: span.start + e });
  }
}
