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
  while (p < text.length) {
    // Whitespace and Markdown the conversion added ("# ", "**") are skipped before a run starts.
    if (/[\s#*>_`-]/.test(text[p] as string)) {
      p++;
      continue;
    }
    let lo = 0;
    let hi = Math.min(text.length - p, 4000);
    let at = -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const found = file.indexOf(text.slice(p, p + mid), cursor);
      if (found >= 0) {
        lo = mid;
        at = found;
      } else hi = mid - 1;
    }
    if (lo >= MIN_RUN) {
      // The binary search's last hit may be for a shorter prefix: find the full run's place.
      at = file.indexOf(text.slice(p, p + lo), cursor);
      map.push(p, p + lo, at);
      cursor = at + lo;
      p += lo;
    } else p += Math.max(1, lo);
  }
  return map;
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
    if (first < 0) first = f + Math.max(0, start - ts);
    last = f + (Math.min(end, te) - ts);
  }
  return first >= 0 && last > first ? { start: first, end: last } : null;
}
