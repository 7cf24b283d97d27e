import type { Sentence } from '../corpus/types.js';
import { escapeRegExp } from '../text/lexicon.js';
import { QUESTION_WORDS, STOPWORDS } from '../text/tokenize.js';

/**
 * Bodies a question names by what they are ("what did the trade group say?", "the magnet users association",
 * "the industry lobby"): the articles say which body that is ("The Alliance for Magnet Supply Security (AMSS),
 * a trade association representing…", "Europe's auto supplier association CLEPA said…", "CLEPA, the European
 * association of automotive suppliers"), and the body's own name then finds what it said, in sentences that do
 * not repeat the description ("AMSS called on Congress to…"). Nothing here knows any body: the kinds of body
 * are the nouns below, and the names come from the articles.
 */

/** The nouns that name a kind of body, as questions and articles write them. */
export const BODY_NOUNS = 'associations?|alliances?|federations?|coalitions?|chambers?|lobby|lobbies|councils?|institutes?|think[- ]tanks?';

/**
 * A question's description of a body: up to three words before the noun ("the european auto parts association").
 * A question may call any body a "group" ("the soybean growers' group"); articles rarely name one so.
 */
const ASKED_RE = new RegExp(`\\b((?:[\\w'’-]+\\s+){0,3})(${BODY_NOUNS}|groups?)\\b`, 'i');

/** A body's name: capitalised words (with "for", "of", "and", "&" between them), or an acronym. */
const NAME = String.raw`(?:[A-Z][\w&'’.-]*(?:\s+(?:for|of|and|&|the|de|des|du|der|für)\s+|\s+))*[A-Z][\w&'’.-]*`;

/** Words of a description that say nothing about which body: stopwords, question words, and size words. */
const FILLER: ReadonlySet<string> = new Set([...STOPWORDS, ...QUESTION_WORDS, 'main', 'big', 'top', 'key']);

/** Any kind of body, either case, for reading articles (a question's "association" may be a "coalition"). */
const ANY_NOUN = BODY_NOUNS.split('|')
  .map((n) => `[${n[0]?.toUpperCase()}${n[0]}]${n.slice(1)}`)
  .join('|');

/** A body whose name says what it is: "American Magnet Users Coalition", "Chamber of Commerce of the EU". */
const NAMED_BODY_RE =
  /((?:[A-Z][\w&'’.-]*\s+(?:(?:for|of|and|&|the)\s+)?){0,6}(?:Association|Alliance|Federation|Coalition|Chamber|Council|Institute|Lobby)(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*(?:\s+|$))+)?)(?:\s*\(([A-Z][A-Za-z&]{1,9})\))?/g;

/**
 * The name of the body the articles most often describe as the question does, by its acronym when the articles
 * give one. Empty when the question names no kind of body, or names the body itself.
 */
export function bodiesDescribed(question: string, sentences: readonly Sentence[]): string[] {
  const asked = ASKED_RE.exec(question);
  if (!asked) return [];
  // A body named outright ("what did CLEPA say", "the Alliance for Magnet Supply Security") needs no lookup.
  if (/[A-Z]{2,}|\b[A-Z][a-z]+\s+(?:for|of)\s+[A-Z]/.test(question.slice(0, asked.index + asked[0].length))) return [];
  const modifiers = (asked[1] as string)
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, '').replace(/s$/, ''))
    .filter((w) => w.length > 1 && !FILLER.has(w));
  // "The group" alone is any group of anything ("which group of companies"): only a described one is a body.
  if (/^group/i.test(asked[2] as string) && modifiers.length === 0) return [];
  // "NAME (ACRO), a trade association …", "NAME is a trade association …", "… association NAME said",
  // "Germany's automotive industry association, the VDA, said".
  const described = [
    new RegExp(
      `(${NAME})(?:\\s+\\(([A-Z][A-Za-z&]{1,9})\\))?(?:,\\s+(?:an?|the|which is an?)|\\s+is\\s+an?)\\s+((?:[\\w'’-]+\\s+){0,5}?)(?:${ANY_NOUN})\\b`,
      'g',
    ),
    new RegExp(
      `((?:[\\w'’-]+\\s+){0,4}?)(?:${ANY_NOUN}),?\\s+(?:the\\s+)?(${NAME})(?=,|\\s+(?:said|says|warned|called|urged|added|told|welcomed|estimated|represents))`,
      'g',
    ),
  ];
  const found = new Map<string, { name: string; acronym: string | null; score: number }>();
  const add = (name: string, acronym: string | null, description: string) => {
    const clean = name
      .trim()
      .replace(/^The\s+/, '')
      .replace(/[.,;:]+$/, '');
    if (clean.length < 2 || clean.split(/\s+/).length > 10 || /^(?:It|This|That|He|She|They|We|Its|Their|A|An)$/.test(clean)) return;
    const words = description.toLowerCase();
    // (A modifier of three letters or fewer is initials, met as a whole word: "the eu chamber" is not described by
    // "European suppliers' group"; a longer one may begin a word, "auto" of "automotive".)
    const shared = modifiers.filter((w) =>
      w.length <= 3 ? new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(words) : words.includes(w),
    ).length;
    if (modifiers.length > 0 && shared === 0) return;
    const key = (acronym ?? clean).toLowerCase();
    const known = found.get(key) ?? [...found.values()].find((b) => b.name === clean);
    if (known) {
      known.score += shared + 1;
      known.acronym ??= acronym;
    } else found.set(key, { name: clean, acronym, score: shared + 1 });
  };
  const nounTest = new RegExp(`\\b(?:${ANY_NOUN})\\b`);
  for (const s of sentences) {
    if (!nounTest.test(s.text)) continue;
    for (const [i, re] of described.entries()) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        if (i === 0) add(m[1] ?? '', m[2] ?? null, m[3] ?? '');
        else add(m[2] ?? '', null, m[1] ?? '');
      }
    }
    NAMED_BODY_RE.lastIndex = 0;
    for (let m = NAMED_BODY_RE.exec(s.text); m; m = NAMED_BODY_RE.exec(s.text)) add(m[1] ?? '', m[2] ?? null, m[1] ?? '');
  }
  // The one body the articles most often describe so (a body and its spelled-out name are often both found).
  const [best, second] = [...found.values()].sort((a, b) => b.score - a.score);
  // Described by its kind alone ("the chamber survey", "the alliance"), it is one body only when the articles describe
  // no other nearly as often: of two alliances, "the alliance" is neither.
  if (best && second && modifiers.length === 0 && second.score * 2 > best.score) return [];
  return best ? [best.acronym ?? best.name] : [];
}

/**
 * The question with its description of a body replaced by the body's name ("what did the trade association say"
 * → "what did AMSS say"): the description's words would otherwise weigh more than what the body said.
 */
export function naming(question: string, name: string): string {
  return question.replace(ASKED_RE, (_, before: string) => {
    // The words before the description that are not part of it ("what does the …") stay, but for an article.
    const words = before.split(/(?<=\s)/);
    let keep = 0;
    while (keep < words.length && FILLER.has((words[keep] as string).trim().toLowerCase())) keep++;
    return `${words
      .slice(0, keep)
      .join('')
      .replace(/\b(?:the|its|their|a|an)\s+$/i, '')}${name}`;
  });
}

/**
 * The people the articles have speak for a body: "Dana Whitcombe, president and chief executive of AMSS", "CLEPA
 * Secretary General Benjamin Krieger", "AMSS president Dana Whitcombe" (at most two, most often named first).
 */
export function spokespeople(body: string, sentences: readonly Sentence[]): string[] {
  const name = escapeRegExp(body);
  const person = String.raw`([A-Z][\w'’-]+(?:\s+(?:de|van|von|da|del|di|le|la)?\s*[A-Z][\w'’-]+){1,2})`;
  const patterns = [
    new RegExp(`${person},\\s+(?:[\\w'’-]+\\s+){0,6}?(?:of|at)\\s+(?:the\\s+)?${name}\\b`, 'g'),
    new RegExp(`\\b${name}(?:['’]s)?\\s+(?:[A-Za-z][\\w-]*\\s+){1,3}?${person}(?=[,.;]|\\s+(?:said|says|told|warned|added))`, 'g'),
  ];
  const count = new Map<string, number>();
  for (const s of sentences) {
    if (!s.text.includes(body)) continue;
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const who = (m[1] as string).trim();
        if (who === body || /^(?:The|This|That|It|Its)\b/.test(who)) continue;
        count.set(who, (count.get(who) ?? 0) + 1);
      }
    }
  }
  return [...count]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([who]) => who);
}
