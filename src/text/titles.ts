import { lexiconLines } from './lexicon.js';
import { stem } from './tokenize.js';

/**
 * Officials' titles as articles write them ("Commerce Secretary Howard Lutnick", "Lutnick, the commerce
 * secretary"): the title words are data (`data/lexicon/titles.txt`). Used by the speaker index (who holds which
 * title, for questions) and by the claims (sources naming different people to one title).
 */

const TITLE_LINES = lexiconLines('titles.txt');
export const TITLE_WORDS = new Set(TITLE_LINES.filter((l) => !l.includes('=')).flatMap((l) => l.trim().toLowerCase().split(/\s+/)));

/** Abbreviated titles and their spelled-out form ("ceo = chief executive"), from the `a = b` lines of titles.txt. */
export const TITLE_ALIASES = new Map(
  TITLE_LINES.filter((l) => l.includes('=')).map((l) => {
    const [short = '', long = ''] = l.split('=').map((x) => x.trim().toLowerCase());
    return [short, long.split(/\s+/)] as const;
  }),
);

/** A title phrase's key: the stems of its words in order ("Commerce Secretary" → "commerc secretari"). */
export function titleKey(words: string[]): string {
  return words.map((w) => stem(w.toLowerCase().replace(/\.$/, ''))).join(' ');
}

const NAME = "[A-Z][a-zA-Z'’-]+(?:\\s+[A-Z][a-zA-Z'’-]+){1,2}";
export const TITLED_NAME_RE = new RegExp(`((?:[A-Z][a-z]+\\.?\\s+){1,4})(${NAME})`, 'g');
/**
 * "Marisol Ibarra, Kestrel's chief executive,": a name, then its title (an organisation's possessive may come first);
 * also at the end of a line ("Briefer: Kendra Vail, Commerce Department spokesperson", a transcript's cast line).
 */
export const NAME_THEN_TITLE_RE = new RegExp(
  `(${NAME}),\\s+(?:the\\s+|a\\s+|an\\s+)?((?:[A-Za-z.]+(?:['’]s)?\\s+){0,3}[a-z]+)(?=[,.;]|\\s*$|\\s+(?:at|of|for|who|said|told)\\b)`,
  'g',
);

/**
 * "Renata Hollis (CFO)", "Dev Raghunathan (PM, Global Industrials)": a name, then its role in brackets, as call notes,
 * attendee lists and mastheads write them (the role is the bracket's first phrase, before a comma or semicolon).
 */
export const NAME_THEN_BRACKETED_TITLE_RE = new RegExp(`(${NAME})\\s+\\(((?:[A-Za-z.]+\\s+){0,3}[A-Za-z.]+)(?=[,;)])`, 'g');

/** "Secretary General", "Director-General": "general" is a title word only after these (not "General Motors"). */
const GENERAL_AFTER_RE = /^(?:secretary|director|attorney|solicitor|inspector|consul|surgeon)$/;

/** Whether `word` is a word of a title, after `previous` ("general" only in "Secretary General" and the like). */
export function isTitleWord(word: string, previous = ''): boolean {
  const low = word.toLowerCase().replace(/\.$/, '');
  return TITLE_WORDS.has(low) || (low === 'general' && GENERAL_AFTER_RE.test(previous.toLowerCase()));
}

export function titleWords(phrase: string): string[] | null {
  const words = phrase
    .trim()
    .split(/\s+|-(?=General\b)/i)
    .filter(Boolean);
  const isTitle = (w: string, i: number) => isTitleWord(w, words[i - 1]);
  // Keep the title's own words (drop "US", "former", "Chinese"…), and only phrases that end in a title word.
  const kept = words.filter(isTitle);
  if (kept.length === 0) return null;
  if (!isTitle(words[words.length - 1] ?? '', words.length - 1)) return null;
  return kept;
}

/** Offices one person holds at a time ("Trade Representative", "Commerce Secretary", "Vice Premier"): a title ending in one. */
const OFFICES = 'secretary|minister|premier|representative|ambassador|president|chancellor|governor|commissioner';
/** The last word of a title that names an office ("general" only ends one: "Secretary General", see titleWords). */
export const OFFICE_RE = new RegExp(`^(?:${OFFICES}|general)$`, 'i');
/** A question naming an office anywhere ("who was the us trade representative?"). */
export const OFFICE_WORD_RE = new RegExp(`\\b(?:${OFFICES})\\b`, 'i');
