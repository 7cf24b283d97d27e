import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { normalizeDateString } from './dates.js';

/**
 * The names sites and tools give the fields, first the usual one ("outlet: Reuters", "publication: The Tally Room",
 * "byline: data desk", "pubDate: 2025-06-25"); keys are read without regard to case.
 */
const OUTLET_KEYS = ['outlet', 'source', 'publication', 'publisher', 'site', 'site_name', 'sitename', 'newspaper', 'masthead'];
const AUTHOR_KEYS = ['author', 'byline', 'by', 'writer', 'authors'];
const DATE_KEYS = ['published', 'date', 'pubdate', 'published_at', 'date_published', 'publish_date', 'publication_date'];

/** Front matter fields dealbot understands; anything else is ignored. */
const FrontMatterSchema = z
  .object({
    title: z.coerce.string().trim().min(1).optional(),
    url: z.coerce.string().trim().min(1).optional(),
    // (Read leniently: an empty or odd "site:" of a page's own must not cost the fields that are there.)
    ...Object.fromEntries([...OUTLET_KEYS, ...AUTHOR_KEYS].map((k) => [k, z.unknown().optional()])),
    ...Object.fromEntries(DATE_KEYS.map((k) => [k, z.union([z.string(), z.date(), z.number()]).optional()])),
  })
  .loose();

export interface FrontMatter {
  title?: string;
  url?: string;
  outlet?: string;
  author?: string;
  /** ISO `YYYY-MM-DD`. */
  published?: string;
}

export interface FrontMatterResult {
  data: FrontMatter;
  /** Offset in the raw text where the article proper starts (0 when there is no front matter). */
  bodyStart: number;
  /** Set when a front matter block was present but could not be used. */
  warning?: string;
}

/** Largest front matter block parsed; real ones are a few hundred bytes. */
export const MAX_FRONT_MATTER_CHARS = 4096;
/** Deepest `[`/`{` nesting parsed; the five fields are flat. */
export const MAX_FRONT_MATTER_NESTING = 8;

const OPEN_RE = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE_RE = /^(?:---|\.\.\.)[ \t]*$/m;

/** Parses an optional YAML front matter block at the very top of an article. Never throws. */
export function parseFrontMatter(raw: string): FrontMatterResult {
  const open = OPEN_RE.exec(raw);
  if (!open) return { data: {}, bodyStart: 0 };
  const rest = raw.slice(open[0].length);
  const close = CLOSE_RE.exec(rest);
  if (!close) return { data: {}, bodyStart: 0, warning: 'front matter has no closing "---" line; treated as text' };
  const yamlText = rest.slice(0, close.index);
  let bodyStart = open[0].length + close.index + close[0].length;
  if (raw[bodyStart] === '\r') bodyStart++;
  if (raw[bodyStart] === '\n') bodyStart++;
  // Hostile front matter (alias bombs, 50,000-deep `[[[`) is refused before the parser sees it.
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    return { data: {}, bodyStart, warning: `front matter is longer than ${MAX_FRONT_MATTER_CHARS} characters; ignored` };
  }
  if (nestingDepth(yamlText) > MAX_FRONT_MATTER_NESTING) {
    return { data: {}, bodyStart, warning: `front matter is nested deeper than ${MAX_FRONT_MATTER_NESTING} levels; ignored` };
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(yamlText, { maxAliasCount: 10 });
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0];
    // Hand-written front matter often has an unquoted colon in a title ("title: Opinion: a truce…"), which YAML
    // refuses. A block of plain `field: value` lines of the known fields is read line by line instead.
    const flat = flatFields(yamlText);
    if (!flat) return { data: {}, bodyStart, warning: `front matter is not valid YAML (${reason}); ignored` };
    parsed = flat;
  }
  if (parsed == null) return { data: {}, bodyStart };
  // ("pubDate", "Site_Name": keys in any case.)
  if (typeof parsed === 'object' && !Array.isArray(parsed))
    parsed = Object.fromEntries(Object.entries(parsed as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
  const result = FrontMatterSchema.safeParse(parsed);
  if (!result.success) {
    return { data: {}, bodyStart, warning: 'front matter is not a mapping of title/url/outlet/author/published; ignored' };
  }
  const d = result.data as Record<string, unknown>;
  const data: FrontMatter = {};
  if (d.title) data.title = d.title as string;
  if (d.url) data.url = d.url as string;
  const text = (v: unknown) =>
    typeof v === 'string' || typeof v === 'number'
      ? String(v).trim()
      : Array.isArray(v)
        ? v.filter((x) => typeof x === 'string').join(', ')
        : '';
  const firstText = (keys: readonly string[]) => keys.map((k) => text(d[k])).find((v) => v.length > 0);
  const outlet = firstText(OUTLET_KEYS);
  if (outlet) data.outlet = outlet;
  const author = firstText(AUTHOR_KEYS);
  if (author) data.author = author;
  const published = DATE_KEYS.map((k) => d[k]).find((v) => v !== undefined && v !== null && v !== '') as string | Date | number | undefined;
  if (published !== undefined) {
    const iso = normalizeDateString(published instanceof Date ? published.toISOString() : String(published));
    if (iso) data.published = iso;
    else {
      // "June 2025" is a date, but with no day it cannot date "yesterday" or "on Thursday": the page's own date (or
      // none) is used instead, and the warning says so.
      const shown = JSON.stringify(String(published));
      const monthOnly = MONTH_ONLY_RE.test(String(published).trim());
      return {
        data,
        bodyStart,
        warning: monthOnly
          ? `front matter date ${shown} names no day; the page's own date is used instead`
          : `front matter date ${shown} is not a date; ignored`,
      };
    }
  }
  return { data, bodyStart };
}

/** A month and year with no day ("June 2025", "2025-06", "Jun. 2025"). */
const MONTH_ONLY_RE = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2})$/i;

const FLAT_FIELD_RE = new RegExp(
  `^(title|url|${[...OUTLET_KEYS, ...AUTHOR_KEYS, ...DATE_KEYS].join('|')})[ \\t]*:[ \\t]*(.*?)[ \\t]*$`,
  'i',
);

/**
 * The fields of a front matter block in which every line is `<known field>: <plain value>` (no YAML structure:
 * no anchors, aliases, lists or block scalars), with surrounding quotes removed; null for anything else.
 */
function flatFields(text: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const m = FLAT_FIELD_RE.exec(line);
    if (!m || /^[[{&*|>!%@`]/.test(m[2] as string)) return null;
    out[(m[1] as string).toLowerCase()] = (m[2] as string).replace(/^(["'])(.*)\1$/, '$2');
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** The deepest nesting of flow collections (`[`, `{`) in the text, ignoring nothing: a cheap upper bound. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of text) {
    if (ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return max;
}
