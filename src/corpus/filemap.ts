/**
 * Offsets into the file itself for articles that are read through a conversion (saved `.html` pages are read
 * as the text Readability extracts). Analysis indexes the converted text; what dealbot gives out — quotes and
 * their offsets, passages — must index the file, so that `file.slice(start, end) === quote` holds for every
 * file in the folder, whatever its format.
 *
 * A file map lists the runs of the converted text that occur verbatim in the file, in order, as flat triples
 * `[textStart, textEnd, fileStart, …]`. Markup and character references break runs: "the <a>Commerce
 * Department</a> said" is three runs, "America&#x2019;s" two. A quote inside one run maps exactly; a quote
 * across a break maps to its longest unbroken part (still verbatim, just shorter), or not at all.
 */

/** Runs shorter than this are not recorded: a few letters can match anywhere in a page. */
const MIN_RUN = 6;
/** A quote shortened to fit one run must keep at least this much. */
export const MIN_MAPPED_QUOTE = 20;

/**
 * Aligns `text` with `file`, left to right: at each position, the longest prefix of the rest of the text that
 * occurs in the file at or after the previous run's end (binary search on the length: a string that occurs
 * has every prefix occur too).
 */
export function alignToFile(text: string, file: string): number[] {
  const map: number[] = [];
  // Front matter the conversion wrote (title, outlet…) is metadata, not text of the page's body.
  const fm = /^---\n[\s\S]*?\n---\n/.exec(text);
  let p = fm ? fm[0].length : 0;
  // The article is in the page's body; the head often repeats its lead (a description meta tag).
  let cursor = Math.max(0, file.search(/<body[\s>]/i));
  const bodyStart = cursor;
  while (p < text.length) {
    // Whitespace and Markdown the conversion added ("# ", "**") are skipped before a run starts.
    if (/[\s#*>_`-]/.test(text[p] as string)) {
      p++;
      continue;
    }
    const lo = longestRun(text, p, file, cursor);
    if (lo >= MIN_RUN) {
      // The binary search's last hit may be for a shorter prefix: find the full run's place.
      let at = file.indexOf(text.slice(p, p + lo), cursor);
      let length = lo;
      // The longest run may lie far ahead, where a word happens to go on as the text does ("9 October " of a list
      // item "<b>9 October</b> &ndash; …" found in "the 9 October measures" further down): a run nearly as long at
      // the nearest place keeps the alignment in order, and the items in between mapped.
      const near = file.indexOf(text.slice(p, p + MIN_RUN), cursor);
      if (near >= 0 && near < at) {
        let k = MIN_RUN;
        while (p + k < text.length && file[near + k] === text[p + k]) k++;
        if (k * NEAR_RUN_DENOMINATOR >= lo * NEAR_RUN_NUMERATOR) {
          at = near;
          length = k;
        }
      }
      map.push(p, p + length, at);
      cursor = at + length;
      p += length;
      continue;
    }
    // A block the extraction moved (a notice kept from above the headline) is looked for in the whole body,
    // without moving the cursor: only a long run, which cannot match by chance.
    const back = longestRun(text, p, file, bodyStart);
    if (back >= MIN_MOVED_RUN) {
      map.push(p, p + back, file.indexOf(text.slice(p, p + back), bodyStart));
      p += back;
      continue;
    }
    p += Math.max(1, lo);
  }
  // Runs in text order; a moved block's run may point before its neighbours' in the file.
  return map;
}

/** A run at the nearest place is taken over a longer one further on when it is at least 3/5 as long. */
const NEAR_RUN_NUMERATOR = 3;
const NEAR_RUN_DENOMINATOR = 5;

/** Runs of a moved block must be at least this long. */
const MIN_MOVED_RUN = 24;

/** The length of the longest prefix of text[p…] that occurs in `file` at or after `from`. */
function longestRun(text: string, p: number, file: string, from: number): number {
  let lo = 0;
  let hi = Math.min(text.length - p, 4000);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (file.indexOf(text.slice(p, p + mid), from) >= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface MappedRange {
  /** The part of the asked range that maps, in text offsets. */
  textStart: number;
  textEnd: number;
  /** The same characters' offsets in the file. */
  fileStart: number;
  fileEnd: number;
}

/** The longest part of text range [start, end) that lies inside one run, in text and file offsets; null if none. */
export function mapRange(map: readonly number[], start: number, end: number, minLength = MIN_MAPPED_QUOTE): MappedRange | null {
  let best: MappedRange | null = null;
  for (let i = 0; i < map.length; i += 3) {
    const ts = map[i] as number;
    const te = map[i + 1] as number;
    if (te <= start) continue;
    if (ts >= end) break;
    const s = Math.max(start, ts);
    const e = Math.min(end, te);
    if (e - s < minLength && !(s === start && e === end)) continue;
    if (!best || e - s > best.textEnd - best.textStart) {
      const f = map[i + 2] as number;
      best = { textStart: s, textEnd: e, fileStart: f + (s - ts), fileEnd: f + (e - ts) };
    }
  }
  return best;
}

/** File offsets spanning text range [start, end) as well as the runs allow (for passages, which need no quote). */
export function mapSpan(map: readonly number[], start: number, end: number): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < map.length; i += 3) {
    const ts = map[i] as number;
    const te = map[i + 1] as number;
    if (te <= start) continue;
    if (ts >= end) break;
    const f = map[i + 2] as number;
    const a = f + Math.max(0, start - ts);
    const b = f + (Math.min(end, te) - ts);
    first = first < 0 ? a : Math.min(first, a);
    last = Math.max(last, b);
  }
  return first >= 0 && last > first ? { start: first, end: last } : null;
}
