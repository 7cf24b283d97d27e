import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';
import { isEnglishWord } from './dictionary.js';

/**
 * The lexicons dealbot reads questions with are data files under `data/lexicon/` (each says what it covers and
 * why). This module finds and parses them once; the code that uses them never names a word itself.
 */

/** The `data/lexicon` folder: found by walking up from this module, so it works from `src/` and from `dist/`. */
function lexiconDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'data', 'lexicon');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('data/lexicon not found next to the dealbot sources');
}

/** The lines of a lexicon file without comments and blank lines. */
export function lexiconLines(name: string): string[] {
  return readFileSync(path.join(lexiconDir(), name), 'utf8')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l.trim() && !l.trim().startsWith('#'));
}

/** A text matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A lexicon line's comma-separated phrases as one alternation (no group): longest first, any run of spaces
 * between words, whole words at the ends that are word characters ("Announcement No." ends at the dot).
 */
export function phraseAlternation(list: string): string {
  return list
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((x) => `${/^\w/.test(x) ? '\\b' : ''}${escapeRegExp(x).replace(/\s+/g, '\\s+')}${/\w$/.test(x) ? '\\b' : ''}`)
    .join('|');
}

/** `left => right` pairs of a lexicon file (right may be empty). */
export function lexiconPairs(name: string): [string, string][] {
  return lexiconLines(name).flatMap((line) => {
    const at = line.indexOf('=>');
    if (at < 0) return [];
    return [[line.slice(0, at).trim(), line.slice(at + 2).trim()] as [string, string]];
  });
}

let abbreviationReadings: Map<string, string> | null = null;
/**
 * What an abbreviation in capitals stands for (abbreviations.txt, its first reading): "MOFCOM" → "Ministry of
 * Commerce", "BIS" → "Bureau of Industry and Security"; undefined for any other word.
 */
export function spelledOut(word: string): string | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(word)) return undefined;
  abbreviationReadings ??= new Map(
    lexiconPairs('abbreviations.txt').map(([from, to]) => [from.toLowerCase(), (to.split('|')[0] ?? '').trim()]),
  );
  return abbreviationReadings.get(word.toLowerCase()) || undefined;
}

/** The words of a word-list lexicon file (separated by spaces or lines). */
export function lexiconWords(name: string): string[] {
  return lexiconLines(name).flatMap((l) => l.trim().split(/\s+/));
}

interface Rewrite {
  /** The rule, for any text (built when first needed: parsing Unicode classes is slow too). */
  re: RegExp | null;
  from: string;
  /**
   * The same rule for ASCII text, without Unicode property classes: on ASCII, a letter or digit (\p{L}, \p{N}) is
   * [A-Za-z0-9], so it matches exactly where `re` does; it compiles far faster (V8 compiles every rule when first
   * used, and again, natively, when used a second time: with Unicode classes, ~0.3 s for the whole list).
   */
  ascii: RegExp;
  to: string;
}

let asciiRules = true;

/**
 * The rules in runs of RUN_SIZE, each run with one test for "any rule of the run matches". V8 compiles a regular
 * expression when first used and again, natively, when used a second time: compiling all 414 rules cost every new
 * process ~1.4 s over its first questions. A run whose test fails on the text as it stands is skipped whole (none of
 * its rules would change the text, so the text after it is the same), and its rules are never compiled.
 */
interface Run {
  rules: Rewrite[];
  /** Any rule of the run, for ASCII text. */
  ascii: RegExp;
  /** Any rule of the run, for any text (built when first needed). */
  any: RegExp | null;
}
const RUN_SIZE = 24;
let runs: Run[] | null = null;
/** Any rule, for ASCII text: when none matches the question, no rewrite applies at any step. */
let anyAscii: RegExp | null = null;

const ASCII_RE = /^[\x00-\x7f]*$/;
const ASCII_BEFORE = "(?<![A-Za-z0-9])(?<![A-Za-z]')";
const ASCII_AFTER = '(?![A-Za-z0-9])';
// Word boundaries that also work around "w/" and "tl;dr". (Nor the end of a contraction: the "re" of "we're" is
// no "regarding".)
const ANY_BEFORE = "(?<![\\p{L}\\p{N}])(?<!\\p{L}['’])";
const ANY_AFTER = '(?![\\p{L}\\p{N}])';

/** One expression matching where any of the rules' patterns does (each pattern in a group of its own). */
function anyOf(rules: Rewrite[], before: string, after: string, flags: string): RegExp {
  return new RegExp(`${before}(?:${rules.map((r) => `(?:${r.from})`).join('|')})${after}`, flags);
}

function loadRules(): Run[] {
  if (runs) return runs;
  const all: Rewrite[] = lexiconPairs('informal.txt').map(([from, to]) => {
    // Rules and replacements in ASCII keep ASCII text ASCII, so the ASCII forms apply to every step.
    if (!ASCII_RE.test(from) || !ASCII_RE.test(to)) asciiRules = false;
    return { re: null, from, ascii: new RegExp(`${ASCII_BEFORE}${from}${ASCII_AFTER}`, 'gi'), to };
  });
  anyAscii = anyOf(all, '(?<![A-Za-z0-9])', ASCII_AFTER, 'i');
  runs = [];
  for (let i = 0; i < all.length; i += RUN_SIZE) {
    const rules = all.slice(i, i + RUN_SIZE);
    runs.push({ rules, ascii: anyOf(rules, ASCII_BEFORE, ASCII_AFTER, 'i'), any: null });
  }
  return runs;
}

/** A month's name in English ("November" of 11). */
const MONTH_NAME = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

/** A date typed in figures with a year: "11/10/25", "11/9/2026", "24/6/25". */
const NUMERIC_DATE_RE = /(?<![\d/.,])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;

/**
 * Dates typed in figures, written as articles write them: "what kicks in on 11/10/25" → "…on November 10, 2025".
 * Month first, as in the US ("11/9/26" is November 9, 2026), unless the first figure cannot be a month ("24/6/25" is
 * 24 June). (A regular expression rather than chrono-node: the one form is all there is to read, and chrono would
 * also read figures that are no dates.)
 */
export function writtenDates(text: string): string {
  return text.replace(NUMERIC_DATE_RE, (all, a: string, b: string, y: string) => {
    const [first, second] = [Number(a), Number(b)];
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    const [month, day] = first <= 12 ? [first, second] : [second, first];
    if (month < 1 || month > 12 || day < 1 || day > 31) return all;
    return `${MONTH_NAME.format(Date.UTC(2000, month - 1, 1))} ${day}, ${year}`;
  });
}

/**
 * Rewrites chat shorthand, abbreviations and slang into the words articles use (`data/lexicon/informal.txt`):
 * "what did the treasury sec say abt it w/ china" → "what did the treasury secretary say about it with china".
 */
export function normalizeInformal(text: string): string {
  const all = loadRules();
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const ascii = asciiRules && ASCII_RE.test(text);
  let out = text;
  if (!ascii || (anyAscii as RegExp).test(text)) {
    for (const run of all) {
      if (!ascii) run.any ??= anyOf(run.rules, ANY_BEFORE, ANY_AFTER, 'iu');
      if (!(ascii ? run.ascii : (run.any as RegExp)).test(out)) continue;
      for (const rule of run.rules) {
        if (!ascii) rule.re ??= new RegExp(`${ANY_BEFORE}${rule.from}${ANY_AFTER}`, 'giu');
        const next = out.replace(ascii ? rule.ascii : (rule.re as RegExp), rule.to);
        // A word taken out leaves one space, so that the rules after it still meet their words ("was actually in
        // the room": "was in the room").
        out = next !== out && rule.to === '' ? next.replace(/ {2,}/g, ' ') : next;
      }
    }
  }
  out = writtenDates(out)
    .replace(/\s{2,}/g, ' ')
    .trim();
  // A question is read several times (its kind, its words, the titles in it): rewrite it once.
  if (normalized.size > 1000) normalized.clear();
  normalized.set(text, out);
  return out;
}

const normalized = new Map<string, string>();

/**
 * The languages in Latin letters a question may be read from, each through a glossary of the words questions
 * about trade news use (`data/lexicon/glossary-<code>.txt`), and recognised by its function words.
 */
export interface GlossaryLanguage {
  code: 'es' | 'fr' | 'de' | 'vi' | 'pt' | 'it' | 'id' | 'ms' | 'pl' | 'da' | 'no' | 'nl' | 'tr';
  /** Its English name, for the notice saying how the question was read. */
  name: string;
  /**
   * Function words and question words common in the language and rare in English questions (German "was",
   * "die", "hat" and "im" are English words too, so they are not markers).
   */
  markers: ReadonlySet<string>;
  /** Characters only this language's questions use ("¿"). */
  opener?: RegExp;
  /**
   * The language writes compound nouns as one word ("Exportanträge"): a word the glossary does not hold is read
   * as two words it does hold, the first with or without a linking "s" ("Handels|abkommen").
   */
  compounds?: boolean;
  /**
   * Particles the language attaches to a word ("perjanjian|nya", "apa|kah"): a word the glossary does not hold is read
   * without them.
   */
  clitics?: RegExp;
  /**
   * A close language whose glossary this one reads too, after its own (Malay reads Indonesian's: "tanah jarang",
   * "ekspor" and most trade words are shared; its own glossary holds the words that differ, "lesen", "kilang").
   */
  alsoReads?: GlossaryLanguage['code'];
  /**
   * Inflectional endings, longest first: a word the glossary does not hold is read as its stem when the stem
   * (4 letters or more) is a one-word entry (German "Rahmens" as "Rahmen", Spanish "acuerdos" as "acuerdo"). The
   * glossaries list the forms questions use most; this reads the others.
   */
  endings?: readonly string[];
}

/** The pairs of a glossary language's glossary, then of the close language's it also reads. */
function glossaryPairs(code: string): [string, string][] {
  const also = GLOSSARY_LANGUAGES.find((l) => l.code === code)?.alsoReads;
  return [...lexiconPairs(`glossary-${code}.txt`), ...(also ? lexiconPairs(`glossary-${also}.txt`) : [])];
}

export const GLOSSARY_LANGUAGES: readonly GlossaryLanguage[] = [
  {
    code: 'es',
    name: 'Spanish',
    endings: ['es', 's'],
    opener: /[¿¡]/,
    markers: new Set('el los las del qué que cuándo quién dónde cómo cuál y dijo fue para sobre según acuerdo con una por'.split(' ')),
  },
  {
    code: 'fr',
    name: 'French',
    endings: ['es', 's', 'x', 'e'],
    markers: new Set(
      "le la les des du quand qui où pourquoi quel quelle quels quelles combien est-ce qu'est-ce a-t-il a-t-elle ont avec sur pour selon accord et un une dans au aux à ses ces cette leur leurs doit doit-il doit-elle peut sont été depuis chez entre".split(
        ' ',
      ),
    ),
  },
  {
    code: 'de',
    name: 'German',
    compounds: true,
    endings: ['es', 'en', 'er', 'em', 's', 'n', 'e'],
    markers: new Set(
      'der das dem des wann wer wo warum welche welcher welches welchen welchem laut wird worden wie wieviel wieviele viel viele im beim ins und oder ob mit über für nach haben wurde wurden ist sind sich ein eine einen zu zum zur vom darf dürfen kann können soll sollen muss müssen wieder auch nicht noch schon seit unter gegen zwischen bei aus dass neu zwei drei vier fünf sechs sieben acht neun zehn'.split(
        ' ',
      ),
    ),
  },
  {
    code: 'pt',
    name: 'Portuguese',
    endings: ['es', 's'],
    markers: new Set(
      'o os as da dos das em na nos nas um uma umas uns quando quem onde qual quais quanto quantos quantas porque por que foi são é com pelo pela pelos pelas segundo sobre disse assinou acordo ao aos à às não também já até depois'.split(
        ' ',
      ),
    ),
  },
  {
    code: 'it',
    name: 'Italian',
    markers: new Set(
      'il lo gli le la ai al di del della dei degli delle dello nel nella nei sul sulla sulle sui sugli alla alle allo agli dalla dal dai entro voleva vuole che chi dove quale quali quanto quanti quante quando perché è sono ha hanno con per secondo detto firmato accordo non anche già fino dopo una uno'.split(
        ' ',
      ),
    ),
  },
  {
    code: 'id',
    name: 'Indonesian',
    clitics: /(?:nya|lah|kah|pun)$/,
    markers: new Set(
      'yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga oleh telah sudah bahwa apa apakah siapa kapan mengapa kenapa bagaimana berapa yg ada bilang gak nggak sih menurut tentang sejak setelah sebelum antara belum masih bagi tanpa'.split(
        ' ',
      ),
    ),
  },
  {
    // (After Indonesian: a question with only the words the two share is read as Indonesian, through the same words.)
    code: 'ms',
    name: 'Malay',
    clitics: /(?:nya|lah|kah|pun)$/,
    alsoReads: 'id',
    markers: new Set(
      'yang dan di ke dari ini itu dengan untuk pada ialah adalah dalam tidak akan juga oleh telah sudah bahawa apa adakah siapa bila bilakah mengapa kenapa bagaimana berapa selepas sebelum antara belum masih bagi tanpa sahaja mahu'.split(
        ' ',
      ),
    ),
  },
  {
    code: 'pl',
    name: 'Polish',
    // (Letters no other language read here uses: a short question has few function words, "jakie są teraz cła…".)
    opener: /[łąęśźżćń]/,
    markers: new Set(
      'się jest są czy kiedy kto kogo gdzie ile jak jaki jaka jakie który która które których dlaczego czego oraz że nie był była było były został została zostało zostały będzie dla przy między według także również już jeszcze tylko tego tej tych jego jej ich ze przez'.split(
        ' ',
      ),
    ),
  },
  {
    // (Danish writes compound nouns as one word, as German does: "eksportrestriktioner".)
    code: 'da',
    name: 'Danish',
    compounds: true,
    endings: ['erne', 'ene', 'er', 'en', 'et', 'ne', 'e'],
    markers: new Set(
      'og hvornår hvem hvad hvor hvorfor hvordan hvilken hvilket hvilke hvis det er der ikke har havde blev bliver blevet var om som fra også efter før siden ifølge mellem eller skal kan vil sig deres denne dette disse nogle noget så hun'.split(
        ' ',
      ),
    ),
  },
  {
    // (After Danish, whose glossary it reads after its own: a question with only the words the two share is read as
    // Danish, through the same words. Norwegian's own markers are the words Danish writes otherwise: "hva", "etter",
    // "noen", "mellom", "mot", "uten", "av", "ble", "blitt", "sa".)
    code: 'no',
    name: 'Norwegian',
    compounds: true,
    alsoReads: 'da',
    endings: ['ene', 'ane', 'er', 'en', 'et', 'ne', 'e'],
    markers: new Set(
      'og når hva hvem hvor hvorfor hvordan hvilken hvilket hvilke det er ikke har hadde ble blitt vært var om som fra også etter før ifølge mellom mot uten av eller skal kan vil seg deres denne dette disse noen noe så nå sa'.split(
        ' ',
      ),
    ),
  },
  {
    // (Dutch writes compound nouns as one word too: "exportverbod", "chipontwerpsoftware". Not its words English
    // shares, "is", "was", "in", "die", "had", "over", "door", "met"; nor "de", which Portuguese, Spanish, French and
    // Italian write as often.)
    code: 'nl',
    name: 'Dutch',
    compounds: true,
    endings: ['en', 's', 'e'],
    markers: new Set(
      'het een van en wanneer wie wat waar waarom hoe hoeveel welke welk werd werden heeft hebben zijn niet ook naar voor bij uit tot dat dit deze er nog weer mag mogen mocht mochten kan kunnen moet moeten wordt worden hun volgens sinds tussen opgeschort'.split(
        ' ',
      ),
    ),
  },
  {
    // (Turkish writes a name's case endings after an apostrophe, "Çin'in", "ABD'ye", "Busan'daki": a word the glossary
    // lacks is read without it. Its nouns stack plural, possessive and case endings, "kontrol|lerini".)
    code: 'tr',
    name: 'Turkish',
    clitics: /'[a-zı]+$/,
    // (Two words with letters only Turkish writes: one alone may be a name in an English question, "Erdoğan".)
    opener: /[ıİğĞ][\s\S]*\s\S*[ıİğĞ]/u,
    endings:
      'larından lerinden larindan larının lerinin larinin larında lerinde larinda larına lerine larina larını lerini larini sının sinin sunun sında sinde sunda ları leri lari sını sini sunu sına sine suna ndan nden ında inde unda lar ler nın nin nun nda nde ını ini unu ına ine una dan den tan ten yla yle sı si su yı yi yu ya ye ın in un da de ta te na ne nı ni nu ı i u a e'.split(
        ' ',
      ),
    markers: new Set(
      "ve ile için icin bir bu şu ne mı mi mu mü mıydı miydi mıdır midir mısın misin kim kimler kimdir hangi hangisi hangileri nasıl nasil neden niçin nicin niye nerede kaç kac zaman göre gore kadar gibi daha sonra önce nedir nelerdir değil degil çok cok olarak olan oldu beri itibaren veya hakkında hakkinda tarafından tarafindan yönelik ilişkin iliskin abd abd'nin abd'ye abd'de abd'den abd'yi çin cin çin'in cin'in çin'e cin'e çin'de cin'de çin'den cin'den".split(
        ' ',
      ),
    ),
  },
  {
    code: 'vi',
    name: 'Vietnamese',
    markers: new Set('của và là có được các những một trong này đã không nào bao nhiêu đâu gì khi với cho'.split(' ')),
  },
];

/** Per glossary language code: English word's stem → the glossary's single words for it (read once, on first use). */
const backwards = new Map<string, Map<string, string[]>>();

/**
 * The words of a language's glossary that stand for these English words, read backwards (German "europäische",
 * "europäischen" for "european"): single words only, lower case. None for a language without a glossary.
 */
export function glossaryFormsOf(language: string, english: readonly string[]): string[] {
  const spec = GLOSSARY_LANGUAGES.find((l) => l.name.toLowerCase() === language.toLowerCase());
  if (!spec) return [];
  let byEnglish = backwards.get(spec.code);
  if (!byEnglish) {
    byEnglish = new Map();
    for (const [from, to] of glossaryPairs(spec.code)) {
      const word = from.toLowerCase();
      const meaning = to.toLowerCase();
      if (!meaning || /\s/.test(word) || /\s/.test(meaning)) continue;
      // (By the English word's stem: "negotiating" finds "negociador => negotiator".)
      const key = stemmer(meaning);
      const list = byEnglish.get(key);
      if (list) list.push(word);
      else byEnglish.set(key, [word]);
    }
    backwards.set(spec.code, byEnglish);
  }
  return [...new Set(english.flatMap((w) => byEnglish.get(stemmer(w.toLowerCase())) ?? []))];
}

/** A glossary entry: the phrase's words (lower case, accents folded) and its English. */
type GlossaryEntry = { words: string[]; english: string };

/** Folds accents, for matching "cuando" and "cuándo" alike. */
function unaccent(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Letters around a slash, one or two on each side ("y/y", "q/q", "w/", "w/o", "b/c", "n/a"). */
const SLASHED_SHORTHAND_RE = /(?<![\p{L}\p{N}])\p{L}{1,2}\/\p{L}{0,2}(?![\p{L}\p{N}])/gu;

/**
 * The language of a question in Latin letters other than English, or null: it opens with a character only that
 * language uses, or at least two of its words (a fifth of them) are its function words. "Die" and "was" are
 * English words too: one of them alone does not make a question German.
 */
/** How many of `words` (lower case) are of 5 letters or more, read by `lang`'s glossary and no English word. */
function glossaryOnlyWords(words: readonly string[], lang: GlossaryLanguage): number {
  const { single } = glossaryTable(lang.code);
  return words.filter((w) => {
    const folded = unaccent(w);
    return folded.length >= 5 && stemEntry(folded, single, lang.endings) !== undefined && !isEnglishWord(folded);
  }).length;
}

export function glossaryLanguage(text: string): GlossaryLanguage | null {
  // Chat's slashed shorthand ("y/y", "m/m", "w/", "b/c") is no word of any language: Spanish's "y" twice in "may drop
  // y/y" made an English question Spanish.
  const words =
    text
      .toLowerCase()
      .replace(SLASHED_SHORTHAND_RE, ' ')
      .match(/[\p{L}'’-]+/gu) ?? [];
  // Vietnamese writes a word as syllables, so its markers are a small share of a question's words; its letters tell
  // it ("bao nhiêu phần trăm…").
  if (isVietnamese(words)) return GLOSSARY_LANGUAGES.find((l) => l.code === 'vi') ?? null;
  let best: { lang: GlossaryLanguage; markers: number; own: number } | null = null;
  // (Letters a language writes are no sign of it in a question with an English asking word: "what did Wałęsa say",
  // "what did Erdoğan say about Yıldırım's plan" are English, the names Polish and Turkish.)
  const asksInEnglish = words.some((w) => ENGLISH_ASKING.has(w));
  for (const lang of GLOSSARY_LANGUAGES) {
    if (lang.opener?.test(text) && !(asksInEnglish && lang.code !== 'es')) return lang;
    const markers = words.filter((w) => lang.markers.has(w)).length;
    // English words of no other language outnumbering the markers make it English: "we're moving as quickly as we
    // can — lutnick or greer?? meridian has it" holds Portuguese "as" three times.
    const english = words.filter((w) => !lang.markers.has(w) && (ENGLISH_ONLY.has(w) || ENGLISH_CONTRACTION_RE.test(w))).length;
    if (words.length === 0 || markers < 2 || markers <= english) continue;
    // A question of long content words and few function words ("Was hat Lutnick laut den Berichten über den
    // unterzeichneten Deal gesagt?") counts, besides its markers, the words of 5 letters or more only this
    // language's glossary reads (no English word).
    const own = glossaryOnlyWords(words, lang);
    if (
      (markers >= words.length * 0.2 || markers + own >= words.length * 0.2) &&
      (!best || markers > best.markers || (markers === best.markers && own > best.own))
    )
      best = { lang, markers, own };
  }
  // (Two close languages with as many markers, Malay and Indonesian: the one whose glossary reads more of the words,
  // "eksport", "nadir bumi".)
  return best?.lang ?? null;
}

/**
 * Letters only Vietnamese writes among the languages in Latin script (đ, ơ, ư and the tone-marked vowels of Unicode's
 * Latin Extended Additional block, "ệ", "ữ"): at least two words and a fifth of them hold one. A name with them in
 * English text ("Nguyễn") is too few.
 */
const VIETNAMESE_LETTER_RE = /[đơưĐƠƯ\u1EA0-\u1EF9]/u;
function isVietnamese(words: readonly string[]): boolean {
  let n = 0;
  for (const w of words) if (VIETNAMESE_LETTER_RE.test(w)) n++;
  return n >= 2 && n >= words.length * 0.2;
}

/** Function words per language (`data/lexicon/function-words.txt`), read on first use. */
let functionWords: [string, ReadonlySet<string>][] | null = null;

/** `function-words.txt` per language, read on first use. */
function functionWordSets(): [string, ReadonlySet<string>][] {
  functionWords ??= lexiconLines('function-words.txt').map((line) => {
    const at = line.indexOf(':');
    return [
      line.slice(0, at).trim(),
      new Set(
        line
          .slice(at + 1)
          .trim()
          .split(/\s+/),
      ),
    ];
  });
  return functionWords;
}

/**
 * A question in a language dealbot has no glossary for, without that language's function and question words
 * (`function-words.txt`): "Где и когда встретились Трамп и Си Цзиньпин осенью?" → "встретились Трамп Си Цзиньпин
 * осенью?", the words an article written in it can share. Any other text comes back as it is.
 */
export function withoutFunctionWords(text: string): string {
  const name = glossaryLanguage(text) ? null : questionLanguage(text);
  const functions = name ? functionWordSets().find(([n]) => n === name)?.[1] : undefined;
  if (!functions) return text;
  return text
    .split(/\s+/)
    .filter((w) => !functions.has(w.toLowerCase().replace(/[^\p{L}\p{M}\p{N}'’-]/gu, '')))
    .join(' ');
}

/**
 * English pronouns, auxiliaries and conjunctions, counted against a glossary language's markers (a word that is
 * also one of its markers is not counted), and the ends of English contractions ("we're", "didn't").
 */
const ENGLISH_ONLY = new Set(
  'we you they it its he she him her them our their has have had can will would could should or and the of is are were did does this that these those with from what when who which how why'.split(
    ' ',
  ),
);
const ENGLISH_CONTRACTION_RE = /\p{L}['’](?:re|ve|ll|m|d)$|n['’]t$/u;

/** Question words and auxiliaries only English questions use (not "do", which is also Portuguese). */
const ENGLISH_ASKING = new Set([
  'what',
  'whats',
  "what's",
  'when',
  'who',
  'whom',
  'whose',
  'where',
  'which',
  'why',
  'how',
  'did',
  'does',
  'was',
  'were',
  'would',
  'could',
  'should',
]);

/**
 * The label of text in Latin letters written in a language no list here names (Swahili, Lithuanian, Tagalog, Polish
 * prose…): told not by its own words, which no data file lists, but by how few of its words an English dictionary
 * knows. `writtenLanguage` and the pipeline's article languages give it; a question in such a language is matched as
 * written against the articles not in English (`unlistedQuestion`).
 */
export const UNLISTED_LANGUAGE = 'Unidentified language';

/**
 * The words of a text an English reader would not take for names (written in lower case: names are capitalised in
 * both English and most languages in Latin letters), of two letters or more, and how many of them the English
 * dictionary knows.
 */
function lowerCaseWords(text: string, most = Number.POSITIVE_INFINITY): { words: string[]; english: number } {
  const words = (text.match(/[\p{L}\p{M}]{2,}/gu) ?? []).filter((w) => w === w.toLowerCase()).slice(0, most);
  return { words, english: words.filter((w) => isEnglishWord(w)).length };
}

/**
 * True when prose in Latin letters is in a language that is not English though no list names it: of at least 12
 * lower-case words, under a third are English. (English prose of any register holds well over half: its function
 * words alone are about two in five. Measured on the openings of the 6,261 articles of `eval/`: the English ones at
 * 0.50 and above, the Swahili, Lithuanian, Polish, Danish and Tagalog ones at 0.03–0.27.)
 */
export function unlistedProse(text: string): boolean {
  if (!/\p{Script=Latin}/u.test(text) || scriptLanguage(text)) return false;
  // (Its first 60 such words: a folder of thousands is read once, on the first question asked in another language.)
  const { words, english } = lowerCaseWords(text, 60);
  return words.length >= 12 && english < words.length / 3;
}

/**
 * True when a question in Latin letters reads as no language at all to dealbot's lists but is not English: no English
 * asking word, at least four lower-case words, under a third of them English, and three of five letters or more that
 * no English dictionary knows, or two when no English word among them has four letters ("Kwa mujibu wa DW, Trump
 * alisema mkataba unajumuisha…"). An English question of names and shorthand ("lynas realised ndpr px last qtr?") has
 * too few long unknown words; it is answered in English first anyway, and only an abstention is tried again this way.
 */
export function unlistedQuestion(text: string): boolean {
  // (Asked of every question: the cheap tests first; most English questions have an asking word.)
  if ((text.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).some((w) => ENGLISH_ASKING.has(w))) return false;
  const { words, english } = lowerCaseWords(text);
  if (words.length < 4 || english >= words.length / 3) return false;
  const unknown = words.filter((w) => w.length >= 5 && !isEnglishWord(w)).length;
  // (Two, in a question whose English words are all short: "Kada D. Trumpas sakė apsilankysiantis Kinijoje po
  // susitikimo Pusane?" holds only "po".)
  const longEnglish = words.some((w) => w.length >= 4 && isEnglishWord(w));
  if (unknown < 3 && (unknown < 2 || longEnglish)) return false;
  return !scriptLanguage(text) && !questionLanguage(text);
}

/**
 * The words of a question too short to tell as a language (`unlistedQuestion` wants four lower-case words) that are
 * not English: no English asking word, fewer than half of its lower-case words English, and those of four letters or
 * more no English dictionary knows
 * ("Beth ddywedodd Dr Eleri Prys am y saib?": "ddywedodd", "saib"). Empty for an English question, however informal
 * ("tariff lvl now pls": "tariff" is English, "pls" short).
 */
export function unknownQuestionWords(text: string): string[] {
  if ((text.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).some((w) => ENGLISH_ASKING.has(w))) return [];
  if (scriptLanguage(text)) return [];
  // (Fewer than half of its lower-case words English: "sefcovic / eu reaction to the june framework?" is English with a
  // name typed in lower case.)
  const { words, english } = lowerCaseWords(text);
  if (english >= words.length / 2) return [];
  return words.filter((w) => w.length >= 4 && !isEnglishWord(w));
}

/** The glossary language a passage of prose is written in ("Spanish"), or null for English or too little text. */
export function proseLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  if (words.length < 12) return null;
  let best: { name: string; share: number } | null = null;
  for (const [name, set] of functionWordSets()) {
    const share = words.filter((w) => set.has(w)).length / words.length;
    if (!best || share > best.share) best = { name, share };
  }
  // (A fifth of the words in most languages; Malay and Indonesian prose, with fewer function words, about a seventh.)
  if (best && best.name !== 'English' && best.share >= 0.12) return best.name;
  // Turkish writes its grammar as endings, so its prose has few function words; the letters only it writes ("ı",
  // "ğ") in a tenth of the words tell it (a Turkish name in English prose is one or two words).
  for (const [letters, name] of OWN_LETTERS) {
    const own = words.filter((w) => letters.test(w)).length;
    if (own >= 3 && own >= words.length * 0.1) return name;
  }
  return null;
}

/**
 * The language a short question in Latin script is written in, by its function words (`function-words.txt`):
 * at least three of one other language, a quarter of its words, more than its English ones ("Quais empresas de
 * software de design de chips tiveram as restrições…" is Portuguese). Null for English or too little to tell.
 * (The glossaries' markers tell their languages first; this catches the others and the questions whose
 * markers are few.)
 */
export function questionLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  // An English question word or auxiliary makes it English, whatever names it holds ("what did la casa de la moneda
  // say").
  if (words.length < 4 || words.some((w) => ENGLISH_ASKING.has(w))) return null;
  let english = 0;
  let best: { name: string; count: number } | null = null;
  for (const [name, set] of functionWordSets()) {
    const count = words.filter((w) => set.has(w)).length;
    if (name === 'English') english = count;
    else if (!best || count > best.count) best = { name, count };
  }
  if (best && best.count >= 3 && best.count >= words.length * 0.25 && best.count > english) return best.name;
  // (A short question with one or two of them, in letters only its language writes: "Çin nadir toprak elementleri
  // ihracat kontrollerini ne zaman askıya aldı?" has "ne zaman" and the dotless "ı".)
  for (const [letters, name] of OWN_LETTERS) {
    const own = functionWordSets().find(([n]) => n === name)?.[1];
    if (english === 0 && letters.test(text) && own && words.some((w) => own.has(w))) return name;
  }
  return null;
}

/**
 * Letters only one language of those `function-words.txt` lists writes: Turkish "ı", "ğ", Czech "ř" (a short question's language
 * in `questionLanguage`, when its glossary could not read it; Turkish prose in `proseLanguage`).
 */
const OWN_LETTERS: readonly [RegExp, string][] = [
  [/[ıİğĞ]/u, 'Turkish'],
  // (Czech "ř", "ů", "ě"; Slovak "ľ", "ĺ", "ŕ", "ô"; Hungarian "ő", "ű"; Romanian "ș", "ț", "ă" and their cedilla forms;
  // Croatian "đ".)
  [/[řŘůŮěĚ]/u, 'Czech'],
  [/[ľĽĺĹŕŔôÔ]/u, 'Slovak'],
  [/[őŐűŰ]/u, 'Hungarian'],
  [/[șȘțȚşŞţŢăĂ]/u, 'Romanian'],
  [/[đĐ]/u, 'Croatian'],
  // (Latvian "ķ", "ļ", "ņ", "ģ"; Lithuanian "ė", "į", "ų", which Polish, with its "ą" and "ę", does not write.)
  [/[ķĶļĻņŅģĢ]/u, 'Latvian'],
  [/[ėĖįĮųŲ]/u, 'Lithuanian'],
  // (Icelandic "þ", "ð", which no other language listed writes.)
  [/[þÞðÐ]/u, 'Icelandic'],
];

/**
 * The language a text's own script names (Hangul: Korean; kana: Japanese; Han: Chinese; Cyrillic: Russian; Arabic;
 * Devanagari: Hindi; Thai; Greek; Hebrew), when enough of its letters are in it; null for text in Latin letters.
 */
export function scriptLanguage(text: string): string | null {
  // Text in Latin letters only (most articles) has no other script to count: one scan finds out.
  if (!/[^\p{Script=Latin}\P{L}]/u.test(text)) return null;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const share = (re: RegExp) => (text.match(re)?.length ?? 0) / letters;
  if (share(/\p{Script=Hangul}/gu) >= 0.3) return 'Korean';
  if (share(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) >= 0.1) return 'Japanese';
  if (share(/\p{Script=Han}/gu) >= 0.3) return 'Chinese';
  if (share(/\p{Script=Cyrillic}/gu) >= 0.3) return 'Russian';
  if (share(/\p{Script=Arabic}/gu) >= 0.3) return 'Arabic';
  if (share(/\p{Script=Devanagari}/gu) >= 0.3) return 'Hindi';
  if (share(/\p{Script=Thai}/gu) >= 0.3) return 'Thai';
  if (share(/\p{Script=Greek}/gu) >= 0.3) return 'Greek';
  if (share(/\p{Script=Hebrew}/gu) >= 0.3) return 'Hebrew';
  for (const [script, name] of OTHER_SCRIPTS) if (share(script) >= 0.3) return name;
  return null;
}

/**
 * Languages written in Cyrillic told apart by letters only they write (all are read as one script, "Russian", when
 * matched against the articles), checked in this order: Tajik "ҷ", "ӣ", "ӯ"; Uzbek "ҳ", or "ў" with "қ" or "ғ";
 * Belarusian "ў"; Kazakh "ә", "ұ", "қ", "ғ"; Kyrgyz "ң"; Mongolian "ө", "ү"; Ukrainian "ї", "є", "ґ"; Serbian "ђ", "ћ",
 * "џ"; Macedonian "ѓ", "ќ", "ѕ".
 */
const CYRILLIC_OWN_LETTERS: readonly [(text: string) => boolean, string][] = [
  [(t) => /[ҷӣӯҶӢӮ]/u.test(t), 'Tajik'],
  [(t) => /[ҳҲ]/u.test(t) || (/[ўЎ]/u.test(t) && /[қғҚҒ]/u.test(t)), 'Uzbek'],
  [(t) => /[ўЎ]/u.test(t), 'Belarusian'],
  [(t) => /[әұқғӘҰҚҒ]/u.test(t), 'Kazakh'],
  [(t) => /[ңҢ]/u.test(t), 'Kyrgyz'],
  [(t) => /[өүӨҮ]/u.test(t), 'Mongolian'],
  [(t) => /[їєґЇЄҐ]/u.test(t), 'Ukrainian'],
  [(t) => /[ђћџЂЋЏ]/u.test(t), 'Serbian'],
  [(t) => /[ѓќѕЃЌЅ]/u.test(t), 'Macedonian'],
];

/**
 * The name to give a user of the language a text is in, where its script's label is shared ("Russian" for any
 * Cyrillic): "Kazakh", "Mongolian"… by the letters only they write; else the label itself.
 */
export function languageShown(text: string, label: string): string {
  if (label !== 'Russian') return label;
  return CYRILLIC_OWN_LETTERS.find(([writes]) => writes(text))?.[1] ?? label;
}

/**
 * Scripts written by one main language each, beyond those above: a question or an article in one is told by its script
 * (a Bengali question is answered from the Bengali article in the folder, matched as written; never read as Chinese).
 */
const OTHER_SCRIPTS: readonly [RegExp, string][] = [
  [/\p{Script=Bengali}/gu, 'Bengali'],
  [/\p{Script=Gurmukhi}/gu, 'Punjabi'],
  [/\p{Script=Gujarati}/gu, 'Gujarati'],
  [/\p{Script=Tamil}/gu, 'Tamil'],
  [/\p{Script=Telugu}/gu, 'Telugu'],
  [/\p{Script=Kannada}/gu, 'Kannada'],
  [/\p{Script=Malayalam}/gu, 'Malayalam'],
  [/\p{Script=Sinhala}/gu, 'Sinhala'],
  [/\p{Script=Georgian}/gu, 'Georgian'],
  [/\p{Script=Armenian}/gu, 'Armenian'],
  [/\p{Script=Ethiopic}/gu, 'Amharic'],
  // (Written without spaces between words: told by their script, never read as the Chinese fallback of unspaced text.)
  [/\p{Script=Lao}/gu, 'Lao'],
  [/\p{Script=Khmer}/gu, 'Khmer'],
  [/\p{Script=Myanmar}/gu, 'Burmese'],
  [/\p{Script=Tibetan}/gu, 'Tibetan'],
  [/\p{Script=Thaana}/gu, 'Dhivehi'],
];

/**
 * The language a passage is written in: by its script (`scriptLanguage`: Chinese, Japanese, Korean, Cyrillic,
 * Devanagari…), or for Latin text by its function words (`proseLanguage`), else English. Null for too little text.
 */
export function writtenLanguage(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const script = scriptLanguage(text);
  if (script) return script;
  if (isVietnamese(text.match(/\p{L}+/gu) ?? [])) return 'Vietnamese';
  return proseLanguage(text) ?? (unlistedProse(text) ? UNLISTED_LANGUAGE : 'English');
}

/** True when a question in Latin letters is in Spanish: it opens with "¿" or uses several Spanish function words. */
export function isSpanish(text: string): boolean {
  return glossaryLanguage(text)?.code === 'es';
}

/** A compound's English, when the word is two one-word entries of the glossary (each of 3 letters or more). */
function compoundParts(word: string, single: ReadonlyMap<string, GlossaryEntry>, endings?: readonly string[]): string[] | null {
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const tail = stemEntry(word.slice(cut), single, endings);
    if (!tail?.english) continue;
    const head = single.get(word.slice(0, cut)) ?? (word[cut - 1] === 's' && cut > 3 ? single.get(word.slice(0, cut - 1)) : undefined);
    if (head?.english) return [head.english, tail.english];
  }
  return null;
}

/** A word's one-word entry, as written or (with `endings`) as its stem of 4 letters or more. */
function stemEntry(word: string, single: ReadonlyMap<string, GlossaryEntry>, endings?: readonly string[]): GlossaryEntry | undefined {
  const exact = single.get(word);
  if (exact || !endings) return exact;
  for (const e of endings) {
    if (word.length - e.length >= 4 && word.endsWith(e)) {
      const hit = single.get(word.slice(0, -e.length));
      if (hit) return hit;
    }
  }
  return undefined;
}

/** The words of a question or of a glossary entry: punctuation is a space, curly apostrophes are straight. */
function glossaryWords(text: string): string[] {
  return (
    text
      // (A number's comma or point is part of it, as English writes it: a decimal, "0,1%" as "0.1%"; thousands, "3.188
      // Tonnen" as "3,188".)
      .replace(/(\d)[,.](\d{3})(?!\d)/g, '$1\u0001$2')
      .replace(/(\d)[,.](\d{1,2})(?!\d)/g, '$1\u0000$2')
      .replace(/[¿?¡!.,;:()"“”«»]/g, ' ')
      .replace(/\u0000/g, '.')
      .replace(/\u0001/g, ',')
      .replace(/’/g, "'")
      .split(/\s+/)
      .filter(Boolean)
  );
}

/** A Latin-script language's glossary: its entries by their first word (longest phrase first), and its one-word entries. */
interface GlossaryTable {
  byFirst: Map<string, GlossaryEntry[]>;
  single: Map<string, GlossaryEntry>;
}
const glossaryTables = new Map<string, GlossaryTable>();

/** The glossary of `data/lexicon/glossary-<code>.txt`, read once. */
function glossaryTable(code: string): GlossaryTable {
  let table = glossaryTables.get(code);
  if (!table) {
    const entries = glossaryPairs(code)
      // The entries are split like the question (punctuation is a space): "ee.uu." is the words "ee", "uu".
      .map(([from, english]) => ({ words: glossaryWords(from).map((w) => unaccent(w.toLowerCase())), english }))
      .filter((e) => e.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
    table = { byFirst: new Map(), single: new Map() };
    for (const e of entries) {
      const first = e.words[0] as string;
      const list = table.byFirst.get(first);
      if (list) list.push(e);
      else table.byFirst.set(first, [e]);
      if (e.words.length === 1 && !table.single.has(first)) table.single.set(first, e);
    }
    glossaryTables.set(code, table);
  }
  return table;
}

/**
 * Reads text in a Latin-script language phrase by phrase through its glossary (longest match first, accents
 * optional; a German compound as two entries): the English of each phrase found, and with `keepNames` the names
 * and numbers as written ("Lutnick", "27"); `understood` counts the words read, `count` all of them.
 */
function readLatin(
  text: string,
  lang: GlossaryLanguage,
  keepNames: boolean,
  isName: (lowerCase: string) => boolean = () => false,
  /** Names of several words kept whole as written, before any glossary entry ("Business Insider Polska"). */
  names: readonly string[] = [],
): { words: string[]; understood: number; count: number } {
  const { byFirst, single } = glossaryTable(lang.code);
  // A hyphenated compound no entry lists ("Kurier-Bericht", "Trump-Regierung") is read part by part: a name, then
  // the glossary's word.
  const tokens = glossaryWords(text).flatMap((t) =>
    t.includes('-') && !byFirst.has(unaccent(t.toLowerCase())) ? t.split('-').filter(Boolean) : [t],
  );
  const folded = tokens.map((t) => unaccent(t.toLowerCase()));
  const words: string[] = [];
  let understood = 0;
  let i = 0;
  const kept = keepNames ? names.map((n) => glossaryWords(n).map((w) => unaccent(w.toLowerCase()))).filter((n) => n.length >= 2) : [];
  while (i < tokens.length) {
    const name = kept.find((n) => n.every((w, j) => folded[i + j] === w));
    if (name) {
      words.push(...tokens.slice(i, i + name.length));
      understood += name.length;
      i += name.length;
      continue;
    }
    const hit = byFirst.get(folded[i] as string)?.find((e) => e.words.every((p, j) => folded[i + j] === p));
    if (hit) {
      if (hit.english) words.push(hit.english);
      understood += hit.words.length;
      i += hit.words.length;
      continue;
    }
    // (A word with a particle attached, "perjanjiannya": the word without it.)
    const bare = lang.clitics ? (folded[i] as string).replace(lang.clitics, '') : '';
    const clitic =
      (bare && bare !== folded[i] && bare.length >= 3 ? single.get(bare) : undefined) ??
      // (An inflected form the glossary does not list: its stem's entry.)
      (lang.endings ? stemEntry(folded[i] as string, single, lang.endings) : undefined);
    if (clitic) {
      if (clitic.english) words.push(clitic.english);
      understood++;
      i++;
      continue;
    }
    const parts = lang.compounds ? compoundParts(folded[i] as string, single, lang.endings) : null;
    if (parts) {
      words.push(...parts);
      understood++;
    } else if (keepNames && (/^[\p{Lu}\d]/u.test(tokens[i] as string) || isName((tokens[i] as string).toLowerCase()))) {
      // Names and numbers are kept as written. German capitalises every noun: there, only a word the glossary does
      // not know is kept, which is what a name is. A name typed in lower case ("bessent entro quando…") is kept
      // when the articles name someone so (`isName`).
      words.push(tokens[i] as string);
      understood++;
    }
    i++;
  }
  return { words, understood, count: tokens.length };
}

/**
 * Reads a question phrase by phrase through its language's glossary (longest match first, accents optional)
 * and returns it in English words, question word first; null when too little of it is understood. `isName` tells
 * a name written in lower case (the articles' people) from a word the glossary lacks.
 */
export function translateWithGlossary(
  text: string,
  lang: GlossaryLanguage,
  isName?: (lowerCase: string) => boolean,
  /** Names of several words kept whole as written: the folder's outlets ("Business Insider Polska" is no "Poland"). */
  names: readonly string[] = [],
): string | null {
  const { words, understood, count } = readLatin(text, lang, true, isName, names);
  if (understood < count * 0.6) return null;
  return englishQuestion(words, 'what');
}

/** Question words a glossary gives, which lead the English question. */
const ENGLISH_QUESTION_WORD = /^(?:(?:until|since) when|when|who|where|how many|how much|why|which|what|how)$/;

/**
 * The English words of a translated question in question order: its first question word first (else
 * `fallback`), "did" after when/why/how, and a second when/where/who asked too ("Qui a signé l'accord et quand
 * ?": "…, and when?").
 */
function englishQuestion(words: readonly string[], fallback: string): string {
  // (A glossary phrase may open with its question words: "何トン" is "how many tons".)
  const single = (w: string) => ENGLISH_QUESTION_WORD.test(w) || /^how (?:many|much|long) \w/.test(w);
  // (Or, when no word asks, a phrase that asks which sources or whether it is true, "which outlets", "is it true": it
  // leads the question whole.)
  const asking = words.some(single) ? single : (w: string) => /^(?:which (?:outlets|sources|media|articles|reports)|is it true)\b/.test(w);
  const asks = words.filter(asking);
  const rest = words.filter((w) => !asking(w));
  const head = asks[0] ?? fallback;
  const verb = head.endsWith('when') || head === 'why' || head === 'how' ? 'did' : '';
  const also = asks.find((w) => w !== head && /^(?:when|where|who)$/.test(w));
  return `${[head, verb, ...rest].filter(Boolean).join(' ')}${also ? `, and ${also}` : ''}?`.replace(/^\w/, (c) => c.toUpperCase());
}

/** Reads a Spanish question through `data/lexicon/glossary-es.txt` (see `translateWithGlossary`). */
export function translateSpanish(text: string): string | null {
  return translateWithGlossary(text, GLOSSARY_LANGUAGES[0] as GlossaryLanguage);
}

/** The languages written without spaces between words that have a glossary, by the script that tells them apart. */
const UNSPACED_GLOSSARIES: readonly { code: 'zh' | 'ja' | 'ko'; name: string; script: RegExp }[] = [
  { code: 'ko', name: 'Korean', script: /\p{Script=Hangul}/u },
  { code: 'ja', name: 'Japanese', script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { code: 'zh', name: 'Chinese', script: /\p{Script=Han}/u },
];

/** Glossary entries of an unspaced language by their first character, longest first (Japanese also reads Chinese's). */
const unspacedTables = new Map<string, Map<string, [string, string][]>>();
function unspacedTable(code: 'zh' | 'ja' | 'ko'): Map<string, [string, string][]> {
  let table = unspacedTables.get(code);
  if (!table) {
    const pairs = [...lexiconPairs(`glossary-${code}.txt`), ...(code === 'ja' ? lexiconPairs('glossary-zh.txt') : [])];
    table = new Map();
    for (const pair of pairs.sort((a, b) => b[0].length - a[0].length)) {
      const first = pair[0].charAt(0);
      const list = table.get(first);
      if (list) list.push(pair);
      else table.set(first, [pair]);
    }
    unspacedTables.set(code, table);
  }
  return table;
}

/** The unspaced glossary language a question is written in: Korean (hangul), Japanese (kana), else Chinese. */
export function unspacedLanguage(text: string): { code: 'zh' | 'ja' | 'ko'; name: string } {
  return UNSPACED_GLOSSARIES.find((l) => l.script.test(text)) ?? (UNSPACED_GLOSSARIES[2] as { code: 'zh'; name: string });
}

/**
 * Reads text in an unspaced language phrase by phrase (longest match first): the glossary's English for each
 * phrase found, Latin words and numbers as written, and how many of its letters were understood.
 */
/** A katakana letter or the long-vowel mark. */
const KATAKANA_RE = /[\p{Script=Katakana}ー]/u;

/** opencc-js's converter from traditional Chinese (Taiwan and Hong Kong forms) to simplified, loaded on first use. */
let toSimplified: ((text: string) => string) | null = null;

/**
 * Chinese in traditional characters ("貝森特說…", Hong Kong and Taiwan outlets) as simplified ("贝森特说…"), which
 * the glossary lists; simplified text is returned as it is. OpenCC's tables (opencc-js, bundled, no download), one
 * character for one, so the text's length and offsets stay.
 */
function simplified(text: string): string {
  if (!toSimplified) {
    const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as {
      Converter: (options: { from: string; to: string }) => (text: string) => string;
    };
    toSimplified = opencc.Converter({ from: 'hk', to: 'cn' });
  }
  const out = toSimplified(text);
  // (A phrase converted to one of another length would shift what was understood: kept as written then.)
  return out.length === text.length ? out : text;
}

function readUnspaced(input: string, code: 'zh' | 'ja' | 'ko'): { words: string[]; understood: number } {
  const text = code === 'zh' && /\p{Script=Han}/u.test(input) ? simplified(input) : input;
  const table = unspacedTable(code);
  const words: string[] = [];
  let understood = 0;
  let i = 0;
  while (i < text.length) {
    const hit = table.get(text.charAt(i))?.find(([from]) => text.startsWith(from, i));
    if (hit) {
      words.push(hit[1]);
      understood += hit[0].length;
      i += hit[0].length;
      continue;
    }
    // A run of katakana the glossary does not list is a name or a loanword ("スズキ", "スイフト"): kept as it is, as
    // a question's name is looked up as the articles spell it (up to where a listed word begins).
    if (code === 'ja' && KATAKANA_RE.test(text.charAt(i))) {
      let j = i + 1;
      while (j < text.length && KATAKANA_RE.test(text.charAt(j)) && !table.get(text.charAt(j))?.some(([from]) => text.startsWith(from, j)))
        j++;
      if (j - i >= 2) {
        words.push(text.slice(i, j));
        understood += j - i;
      }
      i = j;
      continue;
    }
    // Latin words and numbers inside the text are kept as they are ("6月27日" keeps 27).
    const latin = /^[A-Za-z0-9][\w.,-]*/.exec(text.slice(i));
    if (latin) {
      words.push(latin[0].replace(/[.,]+$/, ''));
      i += latin[0].length;
      continue;
    }
    i++;
  }
  return { words, understood };
}

/** The languages with a glossary that articles are indexed through (`glossaryEnglish`), by their names. */
const GLOSSARY_BY_NAME = new Map<string, { unspaced?: 'zh' | 'ja' | 'ko'; latin?: GlossaryLanguage }>([
  ...UNSPACED_GLOSSARIES.map((l) => [l.name, { unspaced: l.code }] as const),
  ...GLOSSARY_LANGUAGES.map((l) => [l.name, { latin: l }] as const),
]);

/**
 * The English of the glossary phrases a passage written in `language` (a name `writtenLanguage` gives) uses, and
 * the numbers in it: "6月の米国向け磁石の輸出は353トン" → June, United States, magnets, export, 353, tons. An
 * article in another language is indexed with them too, so that a question in English finds its passages. Empty
 * for English and for languages without a glossary.
 */
export function glossaryEnglish(text: string, language: string): string[] {
  const glossary = GLOSSARY_BY_NAME.get(language);
  if (!glossary) return [];
  if (glossary.unspaced) return readUnspaced(text, glossary.unspaced).words;
  return readLatin(text, glossary.latin as GlossaryLanguage, false).words;
}

/** True when most letters of the text are not Latin (a question in Chinese, Japanese, Russian…). */
export function isMostlyNonLatin(text: string): boolean {
  // ASCII letters are all Latin: most questions need no per-letter test.
  if (!/[^\x00-\x7f]/.test(text)) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  return latin / letters.length < 0.5;
}

/** Han, kana and hangul: the letters of the scripts written without spaces between words. */
const UNSPACED_LETTER_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Scripts written without spaces between words that no glossary reads (Thai, Lao, Khmer, Burmese, Tibetan), where a
 * run of text between spaces is a phrase, not a word: the inside of a character class.
 */
export const PHRASE_SCRIPTS = String.raw`\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}`;
const PHRASE_SCRIPT_LETTER_RE = new RegExp(`[${PHRASE_SCRIPTS}]`, 'gu');

/** How many letters of `text` are of a script of `PHRASE_SCRIPTS`. */
export function phraseScriptLetters(text: string): number {
  return text.match(PHRASE_SCRIPT_LETTER_RE)?.length ?? 0;
}

/** How many letters of `text` are of a script written without spaces between words (Chinese, Japanese, Korean). */
export function unspacedLetters(text: string): number {
  return text.match(UNSPACED_LETTER_RE)?.length ?? 0;
}

/**
 * Reads a question in Chinese, Japanese or Korean phrase by phrase through its glossary
 * (`data/lexicon/glossary-<code>.txt`, longest match first) and returns it in English words, question word first;
 * null when too little of it is understood.
 */
export function translateUnspaced(text: string): string | null {
  const { code } = unspacedLanguage(text);
  const letters = unspacedLetters(text);
  if (letters === 0) return null;
  const { words, understood } = readUnspaced(text, code);
  if (understood < letters * 0.4) return null;
  // "日期" (a date) asks when.
  return englishQuestion(
    words.filter((w) => w !== 'date'),
    words.includes('date') ? 'when' : 'what',
  );
}

/** Reads a Chinese question (see `translateUnspaced`). */
export function translateChinese(text: string): string | null {
  return translateUnspaced(text);
}
