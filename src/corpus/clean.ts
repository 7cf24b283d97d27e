import { escapeRegExp, lexiconLines, phraseScriptLetters, unspacedLetters } from '../text/lexicon.js';
import { type DateMention, findDateMentions } from './dates.js';
import type { Span } from './types.js';

/**
 * Finds the article body in a scraped page or plain article and drops the web page around it: menus, share
 * widgets, "Most viewed" lists, comment boxes, newsletter prompts, ads, footers and repeated titles.
 *
 * It never edits text: the result is a list of spans into the raw file, so every quote can be reported
 * against the file as it is. The body is found as the densest run of prose; everything it cannot tell
 * apart is left out rather than quoted.
 */

export interface Unit extends Span {
  /** The unit's text with whitespace runs folded to one space. */
  text: string;
  /** Index of the unit's first line. */
  line: number;
}

export type UnitKind = 'prose' | 'short' | 'heading' | 'boilerplate' | 'break' | 'end' | 'blank' | 'row';

export interface CleanResult {
  /** Body paragraphs, in file order. */
  body: Span[];
  /**
   * All units with their classification, for metadata inference and tests. A letter's signature lines are in
   * `body` but not `inBody` (see `signatureLines`).
   */
  units: (Unit & { kind: UnitKind; inBody: boolean })[];
  /** Index (into `units`) of the first body unit, or -1. */
  firstBodyUnit: number;
}

// (A paragraph set in Markdown emphasis ends after its marks: "*He spoke to us after the talks.*", "**Q: Why?**".)
const TERMINAL_RE = /(?:[.!?…।॥۔؟።፧։။]["'”’)\]]*|[。！？][”’」』）)]*)(?:\*{1,3}|_{1,3})?$/;
/** A bracketed attribution closing a paragraph after its sentence ("…in." (Gov. Hale, town hall, June 14)). */
const ATTRIBUTION_TAIL_RE = /(?<=[.!?]["'”’]?)\s*\([^()]{3,120}\)$/;
/**
 * A footnote's mark closing a paragraph after its full stop, as a saved page's `<sup>4</sup>` reads in text ("…remain
 * close to zero.4", "…countermeasures.[2]", "…in London.¹"): after a word's stop, so that "up 4.5" is no sentence.
 */
const FOOTNOTE_MARK = String.raw`(?<=\p{L}[.!?]["'”’)]*)(?:\d{1,2}|\[\d{1,3}\]|[¹²³⁰⁴⁵⁶⁷⁸⁹]{1,3})`;
/** A wire story's end mark after its last full stop ("… in line with international practice. ■", "… (END)"). */
const END_MARK = String.raw`(?<=[.!?]["'”’)]*)\s*(?:[■□◼◾▪]|\((?:END|end|ends)\))`;
/** An end mark closing a paragraph: not quoted. */
const END_MARK_RE = new RegExp(`${END_MARK}\\s*$`, 'u');
/** Either mark closing a paragraph: the paragraph still ends as a sentence does. */
const MARK_TAIL_RE = new RegExp(`(?:${FOOTNOTE_MARK}|${END_MARK})$`, 'u');
export const BULLET_RE = /^\s*(?:[•·▪●◦‣∙*+-]|\d{1,2}[.)])\s+/;
/** A line of a table written as text: cells between pipes ("Oct 14 | Both sides start charging port fees"). */
const ROW_RE = /^\|?[^|]+(?:\|[^|]*){1,}\|?$/;
/** A table's rule line ("------+------", "|---|:---:|"): dashes with a column mark (a plain "---" is a section break). */
const TABLE_RULE_RE = /^(?=[^|+]*[|+])[|+:\s-]*-{3,}[|+:\s-]*$/;
/** A table's rule line or a code fence ("```"): no words, never boilerplate. */
const RULE_RE = new RegExp(`${TABLE_RULE_RE.source}|^(?:\`\`\`|~~~)\\w*$`);
/** A row, a rule or a fence of a table written as text. */
const isTableLine = (text: string) => RULE_RE.test(text) || ROW_RE.test(text);

/** Text that is never part of an article, even inside a long line. */
const STRONG_BOILERPLATE_RE = new RegExp(
  [
    String.raw`copyright\b|\(c\)\s*\d{4}|©|all rights reserved|unauthori[sz]ed reproduction|reproduction (?:and|or) redistribution`,
    `delivered (?:straight )?to your inbox|sign up (?:for|to) (?:our|the)|subscribe (?:to|for) (?:our|the)|newsletter`,
    `privacy policy|cookie (?:policy|settings)|terms of (?:use|service)`,
    `leave a (?:reply|comment)|add a (?:public )?comment|be the first to comment`,
    String.raw`registration (?:number|no\.?|date)\s*:|youth protection|publisher\s*:|editor-in-chief\s*:`,
  ].join('|'),
  'i',
);

/** Short lines of page furniture: menus, share widgets, bylines, datelines. Only checked on lines that are not prose. */
const WEAK_BOILERPLATE_RE = new RegExp(
  [
    String.raw`subscribe|sign up|sign in|log ?in\b|register now|create (?:an|your) account|in your inbox`,
    `cookie|advertis|sponsored|paid content|partner content`,
    String.raw`share (?:this|on|via)|follow (?:us|\S+ on)|copy (?:url|link)|url copied|click here|tap here|download (?:our|the) app`,
    String.raw`no comments|comments? \(?\d+\)?$`,
    String.raw`business license|ceo\s*:|tel\s*[:.]|phone\s*:|fax\s*:|e-?mail\s*:|\S+@\S+\.\w+`,
    String.raw`^\s*(?:home|menu|search|print|share|like|i like it|tweet|email|facebook|twitter|x|linkedin|whatsapp|kakaotalk|line|band|naver|reddit|telegram)\s*$`,
    String.raw`^\s*(?:previous|next) (?:article|story|post)\b|^\s*(?:read|see) (?:more|also)\b|^\s*related\s*:`,
    String.raw`^\s*(?:updated|published|posted|modified)\s*[:：]?\s*\S*\d`,
    String.raw`\b\d+\s*min(?:ute)?s? read\b|^\s*by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*(?:[|,/·•-]|$)`,
    `generated by ai|ai-generated|this (?:article|story) was (?:generated|written) (?:by|with)`,
    String.raw`^\s*https?://\S+`,
  ].join('|'),
  'i',
);

/** Short lines that open a section which is not the article ("Most Viewed", "Comments"): nothing after them joins the body. */
const SECTION_END_RE =
  /^\s*(?:#{1,6}\s+)?(?:weekly\s+)?(?:popular(?: articles| stories| now| news)?|recent(?: press releases| releases| news| posts| articles| stories| updates| coverage)|most (?:viewed|read|popular|shared)|related(?: articles| stories| news| posts| coverage)?|recommended(?: for you| stories)?|trending(?: now| stories| news)?|latest(?: articles| news| stories| headlines)?|more (?:from|stories|news|on|in)\b.*|hot issues?|top stories|editor'?s picks?|you (?:may|might) also like|comments?(?:\s+\d+)?|leave a reply|tags?\s*:?|categor(?:y|ies)|what to read next|read next|footer)\s*:?\s*$/i;

/** A paragraph that ends as a statement does (not a question): full stop, exclamation or ellipsis, maybe in quotes or emphasis. */
const STATEMENT_END_RE = /(?:[.!…।॥۔።։။]["'”’)\]]*|[。！][”’」』）)]*)(?:\*{1,3}|_{1,3})?$/;
/** A wire story's credit line ("Reporting by …; Editing by …", "(Additional reporting by …)"). */
const CREDIT_RE = /^\W*(?:additional\s+)?(?:reporting|writing|written|editing|edited|compiled|translated|translation)\b[^.]*\bby\b/i;

/** A closing line that only signs the page off (`data/lexicon/sign-offs.txt`), built when first needed. */
let signOffRe: RegExp | null = null;
function isSignOff(text: string): boolean {
  signOffRe ??= new RegExp(
    lexiconLines('sign-offs.txt')
      .map((line) => {
        const phrase = line.trim();
        const anchored = phrase.startsWith('^');
        const body = escapeRegExp(anchored ? phrase.slice(1) : phrase)
          .replace(/\\\*/g, '.*?')
          .replace(/\s+/g, '\\s+')
          .replace(/'/g, "['’]");
        return `${anchored ? String.raw`^\W*` : String.raw`\b`}${body}\\b`;
      })
      .join('|'),
    'i',
  );
  return signOffRe.test(text);
}

/** Short lines that interrupt an article without ending it. */
const INTERRUPTION_RE =
  /^\s*(?:advertisement|ad|also read|read also|don'?t miss|story continues below(?: advertisement)?|continue reading)\s*:?\s*$/i;

function foldSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function splitLines(raw: string, from: number): Unit[] {
  const lines: Unit[] = [];
  const re = /[^\n]*\n?/g;
  re.lastIndex = from;
  let index = 0;
  for (let m = re.exec(raw); m && m[0].length > 0; m = re.exec(raw)) {
    let end = m.index + m[0].length;
    if (raw[end - 1] === '\n') end--;
    if (raw[end - 1] === '\r') end--;
    lines.push({ start: m.index, end, text: foldSpace(raw.slice(m.index, end)), line: index++ });
  }
  return lines;
}

/**
 * Hard-wrapped files (lines broken at ~72-80 columns inside paragraphs) are read paragraph by paragraph;
 * scraped pages, where each line is a paragraph or a menu item, line by line.
 */
function isHardWrapped(lines: Unit[]): boolean {
  const long = lines.filter((l) => l.text.length >= 40);
  if (long.length < 4) return false;
  const narrow = long.filter((l) => l.text.length <= 100).length / long.length;
  let continued = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i] as Unit;
    const b = lines[i + 1] as Unit;
    if (
      a.text.length >= 40 &&
      a.text.length <= 100 &&
      b.text.length > 0 &&
      !TERMINAL_RE.test(a.text) &&
      !BULLET_RE.test(b.text) &&
      !isTableLine(a.text) &&
      !isTableLine(b.text)
    )
      continued++;
  }
  return narrow >= 0.9 && continued >= 3;
}

/** A line that is only a byline: "By Amy Lv and Lewis Jackson", "By Jane Doe, John Roe". */
const BYLINE_LINE_RE = /^By\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|,\s*|\s+and\s+)\p{Lu}[\p{L}.'’-]*){0,8}\s*$/u;

/** Columns a wrapped line may fall short of the width by and still have been wrapped (ragged right margins). */
const WRAP_SLACK = 8;

function joinWrapped(lines: Unit[]): Unit[] {
  const units: Unit[] = [];
  let cur: Unit | null = null;
  // The wrap width: the longest line (of a sane length). In the file's first block (its header), a line the next
  // line's first word would have fitted on ended where its writer ended it: the header's fields ("BRIGHTWATER WIND
  // SYSTEMS PLC" / "Q3 2025 RESULTS CALL -- TRANSCRIPT EXCERPT" / "29 October 2025" / "Source: …").
  const width = Math.max(...lines.map((l) => (l.text.length <= 120 ? l.text.length : 0)));
  let previous: Unit | null = null;
  let header = true;
  for (const l of lines) {
    if (l.text.length === 0 && previous !== null) header = false;
    const ended = header && previous !== null && previous.text.length + 1 + (l.text.split(' ')[0] ?? '').length <= width - WRAP_SLACK;
    previous = l;
    // (A table's lines stand alone: each row is read as it is.)
    // (So does a byline, "By Amy Lv and Lewis Jackson", under a headline: read with it, it would end the title.)
    const startsBlock =
      l.text.length === 0 || BULLET_RE.test(l.text) || /^#{1,6}\s/.test(l.text) || isTableLine(l.text) || BYLINE_LINE_RE.test(l.text);
    if (
      cur &&
      l.text.length > 0 &&
      !startsBlock &&
      !ended &&
      !/^#{1,6}\s/.test(cur.text) &&
      !isTableLine(cur.text) &&
      !BYLINE_LINE_RE.test(cur.text)
    ) {
      cur = { start: cur.start, end: l.end, text: `${cur.text} ${l.text}`, line: cur.line };
      units[units.length - 1] = cur;
      continue;
    }
    if (l.text.length === 0) {
      units.push(l);
      cur = null;
      continue;
    }
    cur = { ...l };
    units.push(cur);
  }
  return units;
}

/**
 * In a file that is not hard-wrapped as a whole, a line that visibly goes on in the next one is still one
 * paragraph with it: it ends with a comma, a semicolon or a dash, and the next line starts in lower case
 * ("…samarium, gadolinium,⏎terbium, dysprosium…"). Read apart, the first line would pass for a headline.
 */
function joinContinued(lines: Unit[]): Unit[] {
  const units: Unit[] = [];
  for (const l of lines) {
    const prev = units[units.length - 1];
    if (prev && l.text.length > 0 && /[,;–—-]$/.test(prev.text) && /^\p{Ll}/u.test(l.text) && !/^#{1,6}\s/.test(prev.text)) {
      units[units.length - 1] = { start: prev.start, end: l.end, text: `${prev.text} ${l.text}`, line: prev.line };
      continue;
    }
    units.push(l);
  }
  return units;
}

function wordCount(s: string): number {
  // Chinese or Japanese prose has no spaces: about two characters make a word; Thai, Lao, Khmer or Burmese prose has
  // spaces between phrases only: about three letters (vowel signs not counted) make one.
  const unspaced = unspacedLetters(s);
  return s.split(' ').filter((w) => /\p{L}/u.test(w)).length + Math.floor(unspaced / 2) + Math.floor(phraseScriptLetters(s) / 3);
}

/** Classifies one unit by its own text. */
export function classifyUnit(text: string): UnitKind {
  if (text.length === 0) return 'blank';
  if (text.length < 60 && SECTION_END_RE.test(text)) return 'end';
  if (text.length < 60 && INTERRUPTION_RE.test(text)) return 'break';
  // A Markdown heading ("# Explainer: what's in the deal?") is a heading, whatever its punctuation.
  if (/^#{1,6}\s/.test(text) && text.length < 200) return 'heading';
  const stripped = text.replace(BULLET_RE, '');
  if (STRONG_BOILERPLATE_RE.test(stripped) && (stripped.length < 300 || /copyright|all rights reserved/i.test(stripped)))
    return 'boilerplate';
  const words = wordCount(stripped);
  // (With the marks that are part of letters in Devanagari and other Indic scripts: "दिल्ली" is all letters.)
  const letters = (stripped.match(/[\p{L}\p{M}]/gu) ?? []).length;
  if (letters < stripped.length * 0.5) return 'boilerplate';
  // (A sentence may close with its attribution in brackets: "Claim: "…locks that in." (Gov. Marcus Hale, town hall in
  // Dayton, June 14, 2025)".)
  const terminal =
    TERMINAL_RE.test(stripped) ||
    TERMINAL_RE.test(stripped.replace(ATTRIBUTION_TAIL_RE, '')) ||
    TERMINAL_RE.test(stripped.replace(MARK_TAIL_RE, ''));
  const sentences = (stripped.match(/[.!?]["'”’)]?\s+[A-Z“"]|[।॥]\s+\S|[。！？۔؟።፧։။](?=.)/gu) ?? []).length + (terminal ? 1 : 0);
  // A Han or kana character carries about what four Latin characters do (a word and a half of two characters
  // each is one English word of about six characters with its space).
  const size = stripped.length + 3 * unspacedLetters(stripped);
  // A long paragraph that ends with a colon leads into a quotation or a list ("Chairman Doe released the following
  // statement after reports that…:"); a heading with a colon is short ("Background:").
  const leadIn = words >= 12 && /:["'”’]?$/.test(stripped);
  if (size >= 60 && words >= 8 && (terminal || leadIn || sentences >= 2)) return 'prose';
  // Thai ends its sentences with a space, not a full stop: a line of it as long as a sentence is prose.
  if (stripped.length >= 60 && (stripped.match(/\p{Script=Thai}/gu)?.length ?? 0) >= letters * 0.5) return 'prose';
  if (WEAK_BOILERPLATE_RE.test(stripped)) return 'boilerplate';
  if (terminal && words >= 3) return 'short';
  // A fact-check's verdict on a line of its own ("**Rating: MOSTLY FALSE**", "Our verdict: Misleading") is what the
  // page concludes, not a heading over it: "…hit zero in june. rating?" is answered by it.
  if (VERDICT_LINE_RE.test(stripped)) return 'short';
  // "Managing Director Bronwyn Achterberg said:" on its own line above the quotation (a company release): a sentence
  // that says whose the words below are, not a heading.
  if (words >= 3 && words <= 16 && SAID_LEAD_IN_RE.test(stripped)) return 'short';
  return 'heading';
}

/** A fact-check's verdict line: its label, a colon and a rating of a few words ("Rating: MOSTLY FALSE", "**Verdict: Misleading**"). */
const VERDICT_LINE_RE = /^[*_\s]*(?:our\s+|the\s+)?(?:rating|verdict|ruling)\s*:\s*(?:[*_]*\s*)[\p{L}][\p{L}' -]{1,40}[.!]?[*_\s]*$/iu;

/** A line that introduces a quotation with its speaker: a name, a reporting verb and a colon ("Jo Doe said in a statement:"). */
const SAID_LEAD_IN_RE =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.,&-]+){1,12}?\s+(?:said|says|added|stated|wrote|writes|commented|explained|noted|told\s+(?:reporters|investors|analysts|shareholders))(?:\s+in\s+an?\s+(?:\w+\s+)?(?:statement|post|letter|release|note))?\s*:$/u;

/**
 * Tables written as text in a data piece (a Markdown table, or rows in a fenced block): a line of cells is a row
 * when the line next to it has as many cells, so that two menus of links ("Home | News | Sport") are not one.
 * Its rule lines and fences are blanks. A row with words (not only figures) is content: each is quoted as it stands.
 */
function markTables(units: Unit[], kinds: UnitKind[]): void {
  const cells = units.map((u) => (ROW_RE.test(u.text) && !RULE_RE.test(u.text) ? u.text.replace(/^\||\|$/g, '').split('|').length : 0));
  // Lines inside a fenced block ("```").
  const fenced: boolean[] = [];
  let open = false;
  for (const u of units) {
    const fence = /^(?:```|~~~)/.test(u.text);
    fenced.push(open && !fence);
    if (fence) open = !open;
  }
  const ruleAt = (j: number) => j >= 0 && j < units.length && TABLE_RULE_RE.test((units[j] as Unit).text);
  units.forEach((u, i) => {
    if (RULE_RE.test(u.text)) {
      kinds[i] = 'blank';
      return;
    }
    const n = cells[i] as number;
    if (n < 2) return;
    // A neighbour row, across a rule line ("Round | Dates" / "------+------" / "1 | May 10–11").
    const near = [i - 1, i + 1, i - 2, i + 2].filter((j) => j >= 0 && j < units.length);
    const sameWidth = near.some((j) => cells[j] === n && (Math.abs(j - i) === 1 || RULE_RE.test((units[(i + j) / 2] as Unit).text)));
    // Two cells a line ("The Epoch Times | World", "June 27 | Updated: June 27") are a masthead unless the lines are
    // in a fenced block or a table with a rule line.
    let table = n >= 3 || fenced[i] === true;
    for (let j = i - 1; !table && j >= 0 && (cells[j] === n || ruleAt(j)); j--) table = ruleAt(j);
    if (sameWidth && table && /\p{L}{2}/u.test(u.text)) kinds[i] = 'row';
  });
}

/** A letter's complimentary close on its own line ("Sincerely,", "Yours faithfully,", "Respectfully submitted,"). */
const CLOSE_RE =
  /^(?:(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully)(?:\s+yours)?|very\s+truly\s+yours|respectfully\s+submitted|(?:with\s+)?(?:best|kind|warm)(?:est)?\s+regards|regards)[,.]?$/i;
/** The most lines of a letter's signature (two signers with their titles) read as the body's. */
const MAX_SIGNATURE_LINES = 4;

/**
 * A letter's signature is the body's too, though its lines are no sentences: the short lines under a close that
 * comes right after a body paragraph say who signed it ("Sincerely," / "Dale Whitcombe, Chairman" / "Lucía Aldana,
 * Ranking Member"). No heading, table line, bare date or boilerplate. They are read as the body's text but stay
 * out of `inBody`: a page's closing lines are where its metadata (an author) may be found.
 * (The address block above a salutation is left out: its lines, boosted as a named page's, crowd out the sentences
 * that hold the question's words.)
 */
/** A line that is only a date ("July 8, 2025", "Friday, 8 July 2025", "2025-07-08"), as the dates module reads one. */
function isDateLine(text: string): boolean {
  const mentions = findDateMentions(text);
  const rest = text
    .replace((mentions[0] as DateMention | undefined)?.text ?? '', '')
    .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i, '');
  return mentions.length === 1 && rest.replace(/[\s,.]/g, '') === '';
}

function signatureLines(units: Unit[], kinds: UnitKind[], inBody: boolean[]): boolean[] {
  const signature = new Array<boolean>(units.length).fill(false);
  const nonBlank = (from: number, step: 1 | -1): number => {
    let j = from;
    while (j >= 0 && j < units.length && kinds[j] === 'blank') j += step;
    return j >= 0 && j < units.length ? j : -1;
  };
  const signatureLine = (i: number): boolean => {
    const u = units[i] as Unit;
    const kind = kinds[i] as UnitKind;
    const words = wordCount(u.text);
    return (
      !inBody[i] &&
      (kind === 'heading' || kind === 'short') &&
      words >= 1 &&
      words <= 15 &&
      !/^#{1,6}\s/.test(u.text) &&
      !isTableLine(u.text) &&
      !isDateLine(u.text) &&
      !CLOSE_RE.test(u.text)
    );
  };
  units.forEach((u, i) => {
    if (inBody[i] || !CLOSE_RE.test(u.text)) return;
    const previous = nonBlank(i - 1, -1);
    if (previous < 0 || !inBody[previous]) return;
    for (let j = nonBlank(i + 1, 1), taken = 0; j >= 0 && taken < MAX_SIGNATURE_LINES && signatureLine(j); j = nonBlank(j + 1, 1), taken++)
      signature[j] = true;
  });
  return signature;
}

/** The most items of a list introduced by a colon that are read as the body's. */
const MAX_LIST_ITEMS = 20;
/** A plain-text section heading: a line in capitals of one to four words, numbered or not ("4) CALENDAR", "KEY DATES"). */
const CAPITALS_HEADING_RE = /^(?:\d{1,2}[).]\s+)?\p{Lu}[\p{Lu}&'’-]+(?:\s+[\p{Lu}&'’-]+){0,3}:?$/u;

/** The fewest lines a page without prose must have to be read as a slide deck or a bulleted briefing. */
const MIN_DECK_LINES = 3;

/** Cleans the article starting at `from` (after any front matter). */
export function cleanArticle(raw: string, from = 0): CleanResult {
  let units = splitLines(raw, from);
  units = isHardWrapped(units) ? joinWrapped(units) : joinContinued(units);
  let kinds = units.map((u) => classifyUnit(u.text));
  markTables(units, kinds);

  // Clusters: runs of prose where at most three non-prose units stand between two prose units,
  // and no boilerplate, interruption or section end does.
  interface Cluster {
    from: number;
    to: number;
    score: number;
    /** A section end ("Most viewed") stands between this cluster and the previous one. */
    afterEnd: boolean;
  }
  const clusters: Cluster[] = [];
  let current: Cluster | null = null;
  let gap = 0;
  let sawEnd = false;
  for (let i = 0; i < units.length; i++) {
    const kind = kinds[i] as UnitKind;
    if (kind === 'blank') continue;
    if (kind === 'prose' || kind === 'row') {
      const len = (units[i] as Unit).text.length;
      if (current && gap <= 3) {
        current.to = i;
        current.score += len;
      } else {
        current = { from: i, to: i, score: len, afterEnd: sawEnd };
        clusters.push(current);
      }
      gap = 0;
      sawEnd = false;
      continue;
    }
    if (kind === 'boilerplate' || kind === 'break' || kind === 'end') {
      if (kind === 'end') sawEnd = true;
      current = null;
      continue;
    }
    gap++;
    // A list of short headlines is not part of the body.
    if (gap > 3) current = null;
  }
  // A cluster ends at prose, but the short paragraphs right after it are the article's too when they read as
  // statements ("**Quist:** Six months.", "The ministry did not comment."): up to two, only blank lines between.
  // Not a question (a related headline), not a credit line ("Reporting by …; Editing by …"), not a sign-off.
  for (const c of clusters) {
    let taken = 0;
    for (let j = c.to + 1; j < units.length && taken < 2; j++) {
      const kind = kinds[j] as UnitKind;
      if (kind === 'blank') continue;
      const text = (units[j] as Unit).text;
      if (kind !== 'short' || !STATEMENT_END_RE.test(text.replace(MARK_TAIL_RE, '')) || CREDIT_RE.test(text) || isSignOff(text)) break;
      c.to = j;
      taken++;
    }
  }
  // The body is the densest cluster, plus neighbours that are not cut off from it by a section end.
  const kept: Cluster[] = [];
  if (clusters.length > 0) {
    let bestIndex = 0;
    clusters.forEach((c, i) => {
      if (c.score > (clusters[bestIndex] as Cluster).score) bestIndex = i;
    });
    kept.push(clusters[bestIndex] as Cluster);
    for (let i = bestIndex + 1; i < clusters.length; i++) {
      const c = clusters[i] as Cluster;
      if (c.afterEnd) break;
      if (c.score >= 120) kept.push(c);
    }
    for (let i = bestIndex - 1; i >= 0; i--) {
      if ((clusters[i + 1] as Cluster).afterEnd) break;
      const c = clusters[i] as Cluster;
      if (c.score >= 120) kept.push(c);
    }
  }

  let inBody = new Array<boolean>(units.length).fill(false);
  const seen = new Set<string>();
  for (const c of kept) {
    for (let i = c.from; i <= c.to; i++) {
      const kind = kinds[i];
      const text = (units[i] as Unit).text;
      if (kind !== 'prose' && kind !== 'short' && kind !== 'row') continue;
      // Repeated titles and deks are kept once.
      if (seen.has(text)) continue;
      seen.add(text);
      inBody[i] = true;
    }
  }
  // The items of a list that a body sentence introduces with a colon ("The numbers that matter for trade desks:" above
  // "- **47%** — overall US tariff level…, down from 57%") are the body's too, though they end without a full stop:
  // bulleted or numbered lines of three words or more right after it (blank lines between).
  // So are those of a list under a section heading of the body ("## What's not in it" above "- The 20% "fentanyl"
  // tariff"): one that comes after a body paragraph with no section end or boilerplate between.
  // And those under a short lead-in of its own line there ("Current lead times:" above "- Servo motors…: 12 weeks"),
  // which is the body's too, when it heads any: its words say what the items are.
  let inArticle = false;
  const leadIn = new Array<boolean>(units.length).fill(false);
  const headsList = units.map((u, i) => {
    const kind = kinds[i] as UnitKind;
    if (inBody[i]) inArticle = true;
    else if (kind === 'end' || kind === 'boilerplate' || kind === 'break') inArticle = false;
    if (!inArticle || inBody[i] || kind !== 'heading') return false;
    leadIn[i] = !/^#{1,6}\s/.test(u.text) && /\p{L}{2}.*:[*_]*$/u.test(u.text) && wordCount(u.text) >= 2;
    // (A plain-text newsletter's section heading heads its list too: "4) CALENDAR" above "* 12 August — expiry of the
    // 90-day … truce", a line in capitals, numbered or not.)
    return leadIn[i] || /^#{2,6}\s/.test(u.text) || CAPITALS_HEADING_RE.test(u.text);
  });
  units.forEach((u, i) => {
    if (!headsList[i] && (!inBody[i] || !/:[*_]*$/.test(u.text))) return;
    for (let j = i + 1, taken = 0; j < units.length && taken < MAX_LIST_ITEMS; j++) {
      const kind = kinds[j] as UnitKind;
      if (kind === 'blank') continue;
      const unit = units[j] as Unit;
      if (!BULLET_RE.test(raw.slice(unit.start, unit.end)) || (kind !== 'heading' && kind !== 'short' && kind !== 'prose')) break;
      // (Under a sentence of the body that ends in a colon, an item of one word is the body's too: "…licences for the
      // following controlled items:" above "- Lutetium". Under a heading, it may be a menu's.)
      if (wordCount(unit.text) >= (inBody[i] && !headsList[i] ? 1 : 3)) {
        inBody[j] = true;
        if (leadIn[i]) inBody[i] = true;
      }
      taken++;
    }
  });
  // A page with no prose at all that is a wire flash in capitals without full stops ("CHINA WILL REVIEW AND APPROVE
  // QUALIFYING EXPORT APPLICATIONS…") is read from its lines in capitals of six words or more rather than skipped.
  if (!inBody.includes(true)) {
    units.forEach((u, i) => {
      const capitals = (u.text.match(/\p{Lu}/gu) ?? []).length >= 0.7 * (u.text.match(/\p{L}/gu) ?? []).length;
      if (
        (kinds[i] === 'heading' || kinds[i] === 'short') &&
        capitals &&
        wordCount(u.text) >= 6 &&
        !CREDIT_RE.test(u.text) &&
        !isSignOff(u.text)
      )
        inBody[i] = true;
    });
  }
  // Nor those: a page with no prose that is a slide deck or a briefing in bullet points, converted from a PDF
  // ("- Licences, not liberalisation: China's controls stay", "04 Apr      China puts … under licence") is read line by
  // line (a line in lower case that goes on the one before, indented or not after a full stop or colon, joins it)
  // from its lines of four words or more that are no boilerplate, table cells, note in brackets, credit or sign-off, rather than skipped.
  if (!inBody.includes(true)) {
    const lines: Unit[] = [];
    for (const l of splitLines(raw, from)) {
      const prev = lines[lines.length - 1];
      if (prev?.text && /^\p{Ll}/u.test(l.text) && (/^[ \t]/.test(raw.slice(l.start, l.end)) || !/[.!?:]["'”’)]?$/.test(prev.text))) {
        lines[lines.length - 1] = { start: prev.start, end: l.end, text: `${prev.text} ${l.text}`, line: prev.line };
        continue;
      }
      lines.push(l);
    }
    const lineKinds = lines.map((u) => classifyUnit(u.text));
    const read = lines.map(
      (u, i) =>
        (lineKinds[i] === 'heading' || lineKinds[i] === 'short' || lineKinds[i] === 'prose') &&
        wordCount(u.text) >= 4 &&
        !u.text.includes('|') &&
        !/^\[.*\]$/.test(u.text) &&
        !CREDIT_RE.test(u.text) &&
        !isSignOff(u.text),
    );
    // (A deck has many such lines; a page of one short line stays what it was, no article.)
    if (read.filter(Boolean).length >= MIN_DECK_LINES) {
      units = lines;
      kinds = lineKinds;
      inBody = read;
    }
  }
  const signature = signatureLines(units, kinds, inBody);
  const body: Span[] = [];
  let firstBodyUnit = -1;
  units.forEach((u, i) => {
    if (!inBody[i] && !signature[i]) return;
    if (firstBodyUnit < 0 && inBody[i]) firstBodyUnit = i;
    // Start after a list bullet so that quotes begin with the words.
    const lead = BULLET_RE.exec(raw.slice(u.start, u.end));
    let start = u.start + (lead ? lead[0].length : 0);
    while (start < u.end && /\s/.test(raw[start] as string)) start++;
    // A paragraph set in emphasis ("*He spoke to us after the talks.*") is quoted without its marks; a wire story's
    // end mark is left out.
    let end = u.end;
    const endMark = END_MARK_RE.exec(raw.slice(start, end));
    if (endMark) end = start + endMark.index;
    const unit = raw.slice(start, end).trimEnd();
    const marks = /^(\*{1,3}|_{1,3})(?=\S)/.exec(unit)?.[1];
    if (
      marks &&
      unit.length > 2 * marks.length &&
      unit.endsWith(marks) &&
      !unit.slice(marks.length, -marks.length).includes(marks[0] as string)
    ) {
      end = start + unit.length - marks.length;
      start += marks.length;
    }
    body.push({ start, end });
  });
  return {
    body,
    units: units.map((u, i) => ({ ...u, kind: kinds[i] as UnitKind, inBody: inBody[i] as boolean })),
    firstBodyUnit,
  };
}
