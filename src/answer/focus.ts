import { castLinesOf } from '../corpus/cast-lines.js';
import { type Claim, MEASURE_NOUNS } from '../corpus/claims.js';
import type { Corpus } from '../corpus/corpus.js';
import { findDateMentions, isoOf, MONTH_NAMES, parseYmd, resolveDate, type Ymd } from '../corpus/dates.js';
import { titleOwner } from '../corpus/metadata.js';
import type { Article, Chunk } from '../corpus/types.js';
import { isEnglishWord } from '../text/dictionary.js';
import { countryOf, findParties, findPlaces, isPlaceWord, partyOf } from '../text/entities.js';
import { escapeRegExp, isMostlyNonLatin } from '../text/lexicon.js';
import { countryWordsOf } from '../text/synonyms.js';
import { isTitleWord, TITLE_ALIASES, titleKey } from '../text/titles.js';
import { plainLatin, STOPWORDS, stem, type Token, tokenize } from '../text/tokenize.js';
import { SUBJECT_RE, subjectStems } from './abstain.js';
import { bodiesDescribed, spokespeople } from './bodies.js';
import type { FoundDisagreement } from './conflicts.js';
import { quotationLeftOpen, type ScoredSentence, type SentenceIndex, tableHeader } from './extractive.js';
import { articleLanguageOf, GENRES, genreMarkers, opinionMarker } from './kinds/sources.js';
import { type AnalyzedQuestion, type Headline, isGenericNoun, type QuestionTerm } from './question.js';
import { buildTitleIndex, namesForTitles, personOfOrganisation, type TitleIndex } from './speakers.js';

/**
 * What a question points at besides its words, resolved against the corpus once per question:
 * - people named by title ("the commerce secretary" → the name the articles give that title);
 * - outlets named in the question ("what's the Harbor Street analyst's take?" → that article's sentences);
 * - days ("what happened on June 24?" → the sentences whose claims, resolved, fall on that day, including
 *   "two days prior" and "yesterday" said on the 26th).
 * Built from the articles; nothing here knows a person, an outlet or a date of the story.
 */
/** An article's outlet name, or its file name read as words, as a question may name it. */
interface ArticleName {
  article: Article;
  words: string[];
  fromFile: boolean;
  /** An agency in brackets after the outlet ("onvista (Reuters)"): it names the page only as a source cited. */
  bracket?: boolean;
  /** The outlet's initials ("jdn"): named only by a word in capitals. */
  initials?: boolean;
  /** The outlet's own name (not its author's, an agency's in brackets, its initials or its file name). */
  outlet?: boolean;
}

/**
 * How surely a dated claim says something happened on its day: an event, a step (signed, took effect) or a
 * dateline's news fully; a deadline or a date of no known kind ("data published on…") half.
 */
function dayWeight(c: Claim): number {
  if (c.event !== 'dated') return 1;
  const cls = (c.qualifier ?? '').split('|')[0];
  return cls === '' || cls === 'end' ? 0.5 : 1;
}

/** At most this many pages named by a question (by outlet or by kind) are its evidence; more name nothing in particular. */
/** A word of two letters or more run together with a small number ("plant4", "ep112", "ep42"), not a month's day ("oct9"). */
const NUMBERED_NAME_RE =
  /^(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\d)\p{L}{2,}\d{1,3}$/u;

const MAX_NAMED_PAGES = 3;
/** A kind of page named ("that podcast", "the letters page") selects at most this many pages, a quarter of them at most. */
const MAX_KIND_PAGES = 8;
/** How much the sentences of the pages of a kind the question names weigh up. */
const KIND_BOOST = 0.3;
/** The coverage a sentence of such a page sharing a word of the question counts for at least (an outlet's: 0.4). */
const KIND_COVERAGE = 0.4;

/** How much a sentence of an article whose headline holds the question's particular words weighs up (when it holds two of its words). */
const HEADLINE_BOOST = 0.2;
/** At most this many articles are picked by their headlines; more name nothing in particular. */
const MAX_HEADLINE_PAGES = 4;
/** A question's word is particular in headlines when at most this share of the headlines hold it (at least one may). */
const HEADLINE_WORD_SHARE = 0.2;

/** "late june", "early Oct.", "mid-May 2025": a part of a month (not "by early june", a deadline). */
const PART_OF_MONTH_RE =
  /(?<!\b(?:by|until|till|before|since|after|from|through|thru)\s+)\b(early|mid|late)[\s-]+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:,?\s+((?:19|20)\d{2}))?/gi;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Words of time that outlets put in their names ("Auto Industry Today", "Metals Daily") and questions use as such. */
const TIME_WORDS: ReadonlySet<string> = new Set(['today', 'tonight', 'tomorrow', 'yesterday', 'now', 'daily', 'weekly', 'week']);

/** A language's name before a word for a page ("the vietnamese piece", "german-language article"): the name in group 1. */
const LANGUAGE_PAGE_RE =
  /\b(\p{L}+?)(?:-language|\s+language)?\s+(?:piece|pieces|article|articles|story|stories|report|reports|version|versions|one|ones|text|texts|source|sources|outlet|outlets|paper|papers|site|sites|write-?ups?|coverage|post|posts|copy|wire|press)\b/gu;

/** A language's name before a word for a person ("the italian analyst"): the name in group 1. */
const LANGUAGE_PERSON_RE =
  /\b(\p{L}+)\s+(?:analyst|analysts|economist|economists|expert|experts|official|officials|exec|executive|executives|guy|lady|woman|man|source|sources|spokesperson|spokesman|spokeswoman|buyer|buyers|supplier|suppliers|trader|traders|reporter|writer|columnist|commentator|lawyer|minister|ceo|boss|manager)\b/gu;

/** A word for a page or a file ("the port fees piece", "that transcript"): a question that names a page by it. */
const PAGE_NOUN_RE =
  /\b(?:piece|article|story|report|file|page|post|note|transcript|newsletter|bulletin|advisory|readout|explainer|column|op-?ed|blog|write-?up|interview|podcast|wire|copy|doc|pdf|html|txt|md|item|one)s?\b/i;

/** The words that cite a source before its name ("per", "laut", "according to", "selon"…). */
const CITING = '(?:per|laut|according to|via|selon|según|segundo|secondo|theo|citing)';

/** True when the question cites a word as its source with a preposition ("per the bennet release", "according to bennet"). */
function citedPer(question: string, word: string): boolean {
  return new RegExp(String.raw`\b${CITING}\s+(?:the\s+)?${escapeRegExp(word)}\b`, 'iu').test(question);
}

/** True when a question cites a name as a source: "per reuters", "laut Reuters", "the reuters text/copy/version". */
function citedAs(question: string, word: string): boolean {
  return (
    citedPer(question, word) ||
    new RegExp(String.raw`\b${escapeRegExp(word)}(?:'s)?[\s-]+(?:text|copy|piece|story|version|report|article|wire|feed)\b`, 'iu').test(
      question,
    )
  );
}

/** True for a word an outlet writes in capitals as its brand ("SMM", "UOL"): three letters or more. */
function brandOf(word: string, article: Article): boolean {
  return word.length >= 3 && new RegExp(`\\b${escapeRegExp(word.toUpperCase())}\\b`).test(article.meta.outlet ?? '');
}

/** An outlet's name without a web domain's ending ("UPI.com" → "UPI", "TaxAssistant.org" → "TaxAssistant"). */
export function withoutDomainEnding(outlet: string): string {
  return outlet.replace(/(\w)\.(?:com|org|net|info|news|co|io|gov|edu)(?:\.[a-z]{2})?(?=$|[\s)\],;])/gi, '$1');
}

/** An outlet's initials typed in lower case before a page word ("in the ft piece", "the wsj story says"). */
const LOWER_INITIALS_RE =
  /\b(?:the|that|this|per)\s+([a-z]{2,5})\s+(?:piece|story|article|report|op-?ed|column|item|page|write-?up|interview|podcast|newsletter|blog|post|wire|copy|version|scoop|explainer)\b/g;

/**
 * Two words of a question typed apart that a name writes as one, without accents ("the evrim agaci piece" of
 * "009-evrimagaci-xi.md"). Not two of the story's common words (`common`, by stem): "rare earths" is the topic of
 * every page, not the "…_rareearths.md" one.
 */
export function joinedWords(text: string, common: (stem: string) => boolean = () => false): Set<string> {
  const joined = new Set<string>();
  const typed = tokenize(text);
  for (let i = 0; i + 1 < typed.length; i++) {
    const [x, y] = [typed[i] as Token, typed[i + 1] as Token];
    const [a, b] = [plainLatin(x.norm), plainLatin(y.norm)];
    if (a.length > 2 && b.length > 2 && !STOPWORDS.has(a) && !STOPWORDS.has(b) && !(common(x.stem) && common(y.stem))) joined.add(a + b);
  }
  return joined;
}

/**
 * The initials of an outlet's name of two words or more ("Journal du Net" → "jdn", "The New York Times" → "nyt",
 * "Agence France-Presse" → "afp"): of all its words but a leading "the", and of its capitalised ones only. None
 * for a name in brackets (an agency) or of one word.
 */
export function outletInitials(outlet: string): string[] {
  const words = withoutDomainEnding(outlet.replace(/\([^()]*\)/g, ' '))
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w));
  if (words.length > 0 && /^the$/i.test(words[0] as string)) words.shift();
  if (words.length < 2) return [];
  const all = words.map((w) => (w[0] as string).toLowerCase()).join('');
  const capitalised = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => (w[0] as string).toLowerCase())
    .join('');
  return [...new Set([all, capitalised])].filter((w) => w.length >= 2);
}

/** How many opening sentences of a page published on a day asked about tell what happened that day. */
const DAY_LEAD_SENTENCES = 3;

export class CorpusFocus {
  private titleIndex: TitleIndex | null = null;
  private names: { article: Article; names: Omit<ArticleName, 'article'>[] }[] | null = null;
  private readonly bySource = new Map<string, number[]>();
  /** The headlines holding each stem (stopwords left out), and how many headlines there are; built when first needed. */
  private headlineIndex: { byStem: Map<string, ArticleHeadline[]>; count: number } | null = null;
  private readonly claimsByDay = new Map<string, Claim[]>();
  /** Page day → the opening sentences of the pages published that day (`leadsOfDay`). */
  private leadsByDay: Map<string, number[]> | null = null;
  /** The date questions' days are read against: the latest publication date of the articles. */
  private readonly reference: Ymd | null;
  /** Article frequencies of stems, computed on first use from the sentence index (no tokenising again). */
  private stemSets: { common: ReadonlySet<string>; story: ReadonlySet<string>; only: ReadonlyMap<string, string | null> } | null = null;

  /**
   * `index` is the sentence index (each sentence's stems, and their postings). Everything costly (the title
   * index, article frequencies) is computed on first use, so starting a process stays cheap.
   */
  /** The stems of each sentence (the sentence index's), by sentence id. */
  private readonly terms: readonly (readonly string[])[];
  /** The sentences holding a stem, in ascending order (the sentence index's postings). */
  private readonly sentencesWith: (stem: string) => readonly number[];

  constructor(
    private readonly corpus: Corpus,
    claims: readonly Claim[],
    index: Pick<SentenceIndex, 'terms' | 'bm25'>,
  ) {
    this.terms = index.terms;
    this.sentencesWith = (st) => index.bm25.docsWith(st);
    for (const s of corpus.sentences) {
      const list = this.bySource.get(s.source);
      if (list) list.push(s.id);
      else this.bySource.set(s.source, [s.id]);
    }
    // A day an article gives without a year ("BEIJING, Nov 9 (Reuters)" in an undated article) is filed under the
    // year most of the claims give.
    const years = new Map<number, number>();
    for (const c of claims) if (c.attribute === 'date' && c.date?.year != null) years.set(c.date.year, (years.get(c.date.year) ?? 0) + 1);
    const commonYear = [...years].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
    for (const c of claims) {
      if (c.attribute !== 'date' || !c.date || c.date.precision !== 'day') continue;
      if (c.date.year == null && commonYear == null) continue;
      const day = isoOf(c.date.year == null ? { ...c.date, year: commonYear } : c.date);
      const list = this.claimsByDay.get(day) ?? [];
      list.push(c);
      this.claimsByDay.set(day, list);
    }
    let latest: string | null = null;
    for (const a of corpus.articles) if (a.meta.published && (!latest || a.meta.published > latest)) latest = a.meta.published;
    this.reference = parseYmd(latest);
  }

  private holders: Map<string, Map<string, string[]>> | null = null;
  private casts: Map<string, string> | null = null;

  /** The label lines above an article's body (`headerLines`), joined, by article id. */
  private castLines(source: string): string {
    if (!this.casts) {
      this.casts = new Map();
      for (const article of this.corpus.articles) this.casts.set(article.id, castLinesOf(article).join('\n'));
    }
    return this.casts.get(source) ?? '';
  }

  private get titles(): TitleIndex {
    this.titleIndex ??= buildTitleIndex(this.corpus.sentences, headerLines(this.corpus));
    return this.titleIndex;
  }

  /**
   * Per article, the last word (stem) of each title it gives someone, with the names it gives that title to
   * ("Minister Tengku Zafrul Aziz": "minist" → ["Tengku Zafrul Aziz"]), read once from the title index.
   */
  titleHolders(): ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> {
    if (!this.holders) {
      const holders = new Map<string, Map<string, string[]>>();
      for (const [at, ids] of this.titles.sentences) {
        const [key = '', name = ''] = at.split('\0');
        const word = key.split(' ').pop() ?? '';
        for (const source of new Set(ids.map((id) => this.corpus.sentences[id]?.source ?? ''))) {
          const bySource = holders.get(source) ?? new Map<string, string[]>();
          const names = bySource.get(word) ?? [];
          if (!names.includes(name)) names.push(name);
          bySource.set(word, names);
          holders.set(source, bySource);
        }
      }
      this.holders = holders;
    }
    return this.holders;
  }

  /** The names of the people the articles give a title ("Trade Secretary Jane Doe": "Jane Doe"). */
  titledPeople(): string[] {
    return [...new Set([...this.titles.byTitle.values()].flatMap((names) => [...names.keys()]))];
  }

  /**
   * The lower-case words of the name of the one person the articles give a title that has a short form ("Margaux
   * Thibodeau (Chief Investment Officer)": "margaux" and "thibodeau" → "cio"), so that a question asking by name
   * meets the sentences that call her by the title ("The CIO said she…").
   */
  shortTitlesOfNames(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [short, long] of TITLE_ALIASES) {
      if (short.length > 4) continue;
      const names = new Set([
        ...(this.titles.byTitle.get(titleKey(long)) ?? new Map()).keys(),
        ...(this.titles.byTitle.get(titleKey([short])) ?? new Map()).keys(),
      ]);
      if (names.size !== 1) continue;
      for (const w of ([...names][0] as string).toLowerCase().split(/\s+/)) if (w.length > 2 && !out.has(w)) out.set(w, short);
    }
    return out;
  }

  /** Stems many articles use (15%: not an outlet's own name) and the story's own words (40% of the articles). */
  private get stems(): { common: ReadonlySet<string>; story: ReadonlySet<string>; only: ReadonlyMap<string, string | null> } {
    if (!this.stemSets) {
      const df = new Map<string, number>();
      // The one article whose sentences use a stem (null once a second one does).
      const only = new Map<string, string | null>();
      for (const [source, ids] of this.bySource) {
        const seen = new Set<string>();
        for (const id of ids) for (const t of this.terms[id] ?? []) seen.add(t);
        for (const st of seen) {
          df.set(st, (df.get(st) ?? 0) + 1);
          only.set(st, only.has(st) ? null : source);
        }
      }
      const n = this.corpus.articles.length;
      const common = new Set<string>();
      const story = new Set<string>();
      for (const [st, c] of df) {
        if (c >= Math.max(3, n * 0.15)) common.add(st);
        if (c >= Math.max(2, n * 0.4)) story.add(st);
      }
      this.stemSets = { common, story, only };
    }
    return this.stemSets;
  }

  /** True for a stem at least 40% of the articles use: the story's own words, not a question's particular topic. */
  isStoryWide(s: string): boolean {
    return this.stems.story.has(s);
  }

  /** Whether many articles use a stem (15% of them: see `stems`). */
  isCommon(s: string): boolean {
    return this.stems.common.has(s);
  }

  private readonly bodies = new Map<string, string[]>();

  /**
   * The body the question refers to by what it is ("the trade group": see `bodies.ts`), then the people the
   * articles have speak for it; empty when there is none.
   */
  bodyNames(text: string): string[] {
    const key = text.toLowerCase();
    let names = this.bodies.get(key);
    if (!names) {
      const body = bodiesDescribed(text, this.corpus.sentences)[0];
      names = body ? [body, ...spokespeople(body, this.corpus.sentences)] : [];
      if (this.bodies.size > 256) this.bodies.clear();
      this.bodies.set(key, names);
    }
    return names;
  }

  /**
   * The name an acronym no article uses stands for, as the articles spell it out ("fsu" → "Franklin State
   * University"); set by the pipeline, which builds the table on first use.
   */
  spelledOut: (acronym: string) => string | undefined = () => undefined;

  /** The names of people the question refers to by title. */
  titledNames(text: string): string[] {
    const sentences = this.corpus.sentences;
    const patterns = new Map<string, RegExp>();
    const mentions = (id: number, word: string) => {
      let re = patterns.get(word);
      if (!re) {
        // "The FSU economist": an organisation typed as an acronym no article uses is named where its name is spelled
        // out ("Owen Castellanos, an economist at Franklin State University").
        const name = this.corpus.words.has(word.toLowerCase()) ? undefined : this.spelledOut(word.toLowerCase());
        const alternatives = [word, ...(name ? [name] : [])].map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'));
        re = new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'i');
        patterns.set(word, re);
      }
      const here = sentences[id];
      for (let i = id; i >= Math.max(0, id - 2); i--) {
        const s = sentences[i];
        if (s && s.source === here?.source && re.test(s.text)) return true;
      }
      // (Or the page's title: a call transcript's participants work for the company its title names. Or a label line
      // above the body, where call notes name the company whose people attend: "Company: Norvane Drive Systems Inc.")
      return re.test(this.corpus.byId.get(here?.source ?? '')?.meta.title ?? '') || re.test(this.castLines(here?.source ?? ''));
    };
    const titled = namesForTitles(text, this.titles, mentions);
    if (titled.length > 0) return titled;
    // "What did the vestra guy say": who speaks is named by the organisation they are with. Only the words of who
    // is asked to speak that are rarer than the story's own and name no one the articles name.
    const subject = SUBJECT_RE.exec(text)?.[1];
    // "What did nvidia itself say": the organisation's own statement, not one of its people.
    if (!subject || /\b(?:itself|themselves)\b/i.test(subject)) return [];
    const words = tokenize(subject)
      .filter((t) => t.norm.length > 3 && !STOPWORDS.has(t.norm) && !this.stems.common.has(t.stem))
      .map((t) => t.norm.replace(/['’]s$/, ''))
      // (A word no article uses names no organisation in them: "what did elon musk say".)
      // (Nor is a title word an organisation's: "clepa's secretary" is CLEPA's.)
      .filter((w) => this.corpus.words.has(w) && !this.isPersonWord(w) && !isTitleWord(w));
    if (words.length === 0) return [];
    // (A place among other words is where the organisation is, not which: "the iowa soybean association president" is
    // not whoever works at a distributor in Iowa.)
    const own = words.length > 1 ? words.filter((w) => !isPlaceWord(w)) : words;
    if (own.length === 0) return [];
    // The organisation right after the name and its title ("Henrik Dahl, procurement director at Vestra Drive
    // Systems"), not another person's in the same sentence; or right before the title ("CLEPA Secretary General
    // Benjamin Krieger", "Ford's chief executive Jim Farley").
    return personOfOrganisation(own, this.titles, (id, name, word) => {
      const text = sentences[id]?.text ?? '';
      const at = text.indexOf(name);
      if (at < 0) return false;
      const after = text.slice(at + name.length, at + name.length + 70);
      const m = new RegExp(`\\b${escapeRegExp(word)}`, 'i').exec(after);
      if (m !== null && !/\band\b|;/.test(after.slice(0, m.index))) return true;
      const before = new RegExp(`\\b${escapeRegExp(word)}(?:['’]s)?\\s+((?:[\\p{L}.-]+\\s+){1,4})$`, 'iu').exec(
        text.slice(Math.max(0, at - 80), at),
      );
      const title = before?.[1]?.trim().split(/\s+/) ?? [];
      return title.length > 0 && title.every((w, i) => isTitleWord(w, title[i - 1]));
    });
  }

  /** True for a word of a person's name the title index knows ("dahl", "henrik"). */
  private isPersonWord(word: string): boolean {
    for (const names of this.titles.byTitle.values())
      for (const name of names.keys()) if (name.toLowerCase().split(/\s+/).includes(word)) return true;
    return false;
  }

  /**
   * Articles the question names by outlet or file name: two (or all) of the name's distinctive words, words that
   * few articles use (so "china" in a file name never makes a question about China about that file).
   */
  namedArticles(text: string, every = false): { articles: Article[]; words: Set<string>; shared?: boolean } {
    const asked = new Set(
      tokenize(text)
        .filter((t) => !STOPWORDS.has(t.norm) && t.norm.length > 2 && !this.stems.common.has(t.stem))
        // "Olsen's argument" names Olsen; "evrim agaci" names Evrim Ağacı (typed without its accents).
        .map((t) => plainLatin(t.norm.replace(/['’]s$/, ''))),
    );
    // An outlet's initials in capitals ("the FT piece", "le JDN dit"), however short: not a place or a party ("US",
    // "EU"), nor the start of a name ("MP Materials", "GE Aerospace"). Only these name a page by its outlet's initials.
    const initials = new Set<string>();
    for (const m of text.matchAll(/\b[A-Z]{2,5}\b(?!\s+\p{Lu})/gu))
      if (!isPlaceWord(m[0]) && findParties(m[0]).length === 0) initials.add(m[0].toLowerCase());
    // Typed in lower case, before the page it names: "in the ft piece", "the wsj story".
    for (const m of text.matchAll(LOWER_INITIALS_RE)) initials.add((m[1] as string).toLowerCase());
    for (const w of initials) asked.add(w);
    const joined = joinedWords(text, (st) => this.stems.common.has(st));
    // (And a name typed with a hyphen, "c-span", as a file name runs it together: "a11_cspan_….html".)
    for (const m of text.toLowerCase().matchAll(/(?<![\p{L}-])(\p{L}+)-(\p{L}+)(?![\p{L}-])/gu))
      if (!STOPWORDS.has(m[1] as string) && !STOPWORDS.has(m[2] as string)) joined.add(plainLatin(`${m[1]}${m[2]}`));
    // (And a word with its number, "plant 4", "ep 112", as a file name runs them together: "…_plant4-bulletin.txt".)
    for (const m of text.toLowerCase().matchAll(/(?<![\p{L}\d-])(\p{L}{2,})\s+(\d{1,4})(?![\p{L}\d])/gu))
      if (!STOPWORDS.has(m[1] as string)) joined.add(plainLatin(`${m[1]}${m[2]}`));
    for (const w of joined) asked.add(w);
    // A name's word in the other number ("the c-span newsletter" of "newsletters.c-span.org").
    for (const w of [...asked])
      if (w.length > 4 && /^[a-z]+$/.test(w)) asked.add(w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : `${w}s`);
    // A country named by its demonym ("the aussie radio guy": "Radio Pacifica Australia"), with another word of the
    // name that is no place or time ("european… presser" names no "Europe at Noon").
    const viaCountry = new Set<string>();
    for (const w of [...asked])
      for (const c of countryWordsOf(w))
        if (!asked.has(c)) {
          asked.add(c);
          viaCountry.add(c);
        }
    if (asked.size === 0) return { articles: [], words: new Set() };
    const lowered = text.toLowerCase();
    const hits: { a: Article; words: string[]; share: number; fromFile: boolean; own: boolean }[] = [];
    // Only the names holding an asked word, in article and name order (as a scan of every name would meet them).
    const { names, byWord } = this.nameIndex;
    const ids = new Set<number>();
    for (const w of asked) for (const id of byWord.get(w) ?? []) ids.add(id);
    for (const id of [...ids].sort((a, b) => a - b)) {
      const { article, words, fromFile, bracket, initials: ofInitials, outlet } = names[id] as ArticleName;
      // (A country met through its demonym names an outlet, not a file: a file name's words are topic words.)
      const matched = words.filter((w) => asked.has(w) && (!ofInitials || initials.has(w)) && !(fromFile && viaCountry.has(w)));
      if (bracket && !matched.some((w) => citedAs(lowered, w))) continue;
      // "What's the weather today?" names no "Auto Industry Today": a word of time alone names no outlet, unless
      // the question writes the outlet's whole name.
      // Nor does a place name alone: "what did japan's trade minister say" names no "Japan Times".
      const wholeName = !!article.meta.outlet && lowered.includes(article.meta.outlet.toLowerCase().replace(/^the\s+/, ''));
      // (A place in brackets after the outlet's name, cited as a source, names it: "per the rotterdam analysts" of
      // "Meridian Trade Analytics (Rotterdam)".)
      if (!wholeName && (matched.every((w) => TIME_WORDS.has(w)) || (!bracket && matched.every((w) => isPlaceWord(w))))) continue;
      if (matched.some((w) => viaCountry.has(w)) && !matched.some((w) => !viaCountry.has(w) && !isPlaceWord(w) && !TIME_WORDS.has(w)))
        continue;
      // A file name is a slug of topic words ("11_nvidia_h20_magnets"): one of them is the topic, not the file.
      // One word of an outlet's name names it when it is that outlet's own: no other page names or writes it
      // ("voltaris lead times" of "Voltaris Drives (customer advisory)"). (Not a writer's surname: a person.)
      // (Nor a file name's word that only that name holds, in no other name and no article's sentences: "the kyodo
      // piece" of "a13_gifunp_kyodo_….md", a page whose outlet is written "岐阜新聞（共同通信）".)
      const own = fromFile && matched.some((w) => this.onlyInFileName(w, article));
      // (Nor an English word left alone of a longer outlet name whose other words are the story's own: "how much
      // feedstock did västerås run in Q2" names no "The Magnet Run".)
      const shortened =
        outlet === true &&
        words.length === 1 &&
        !wholeName &&
        matched.every((w) => isEnglishWord(w)) &&
        tokenize(article.meta.outlet ?? '').filter((t) => !STOPWORDS.has(t.norm)).length >= 2;
      if (
        matched.length > 0 &&
        ((matched.length >= (fromFile ? 2 : Math.min(2, words.length)) && !shortened) ||
          matched.some((w) => joined.has(w)) ||
          (outlet === true && matched.some((w) => this.ownName(w, article))) ||
          // (Or cited as the source by one word of its outlet's name, no place nor generic noun, or by a brand in capitals:
          // "per the bennet release" of "Office of Sen. Michael Bennet (press release)", though other pages name Bennet;
          // "per smm".)
          (outlet === true &&
            matched.some((w) => (w.length >= 4 || brandOf(w, article)) && citedPer(lowered, w) && !isPlaceWord(w) && !isGenericNoun(w))) ||
          own)
      )
        hits.push({ a: article, words: matched, share: matched.length / words.length, fromFile, own });
    }
    // File names' words that several file names share and other pages write together in one sentence ("port fees"
    // of "a10_…_port-fees-farm-exports" and "a19_…_us-halts-port-fees", when a third page tells of the port fees
    // too) are the topic the question asks about, not a page: unless the question speaks of a page ("the port fees
    // piece"). (One file's name is still a page's: "the white house fact sheet" of "…-white-house-fact-sheet.html".)
    if (!PAGE_NOUN_RE.test(text)) {
      const fileHits = hits.filter((h) => h.fromFile && !hits.some((o) => o.a === h.a && !o.fromFile));
      const key = (h: (typeof hits)[number]) => [...new Set(h.words)].sort().join(' ');
      const byFile = new Set(fileHits.map((h) => h.a.id));
      // (Nor when the question cites them as a source: "per the fact sheet" of "…_fact-sheet-beyond-mofcom.md" and
      // "…_white-house-fact-sheet.html".)
      const topics = new Set(
        fileHits
          .map(key)
          .filter((k, i, all) => all.indexOf(k) !== i)
          .filter((k) => !k.split(' ').some((w) => citedAs(lowered, w)) && this.writtenElsewhere(k.split(' '), byFile)),
      );
      for (let i = hits.length - 1; i >= 0; i--) {
        const h = hits[i] as (typeof hits)[number];
        if (fileHits.includes(h) && topics.has(key(h))) hits.splice(i, 1);
      }
    }
    if (hits.length === 0) return { articles: [], words: new Set() };
    // A page the question cites as its source ("per the bennet release how many colleagues joined cortez masto")
    // is the one named; a name met elsewhere in the question (Cortez Masto, in another page's file name) is what it
    // asks about.
    const cited = hits.filter((h) => h.words.some((w) => citedAs(lowered, w)));
    if (cited.length > 0 && cited.length < hits.length) hits.splice(0, hits.length, ...cited);
    const best = hits.reduce((m, h) => (h.share > m ? h.share : m), Number.NEGATIVE_INFINITY);
    // (Every page a name of is met, with `every`: of those, the ones in a language the question names.)
    // (And a page named by a word only its file name holds, beside another named more fully: "kyodo vs the
    // reuters-based numbers".)
    const top = every ? hits : hits.filter((h) => h.share === best || h.own);
    // The words that named the pages: of a file name, those of the outlet's or author's name when there are any
    // ("that newsletter (trivium)… the EDA ban" of "016-trivium-eda.html" by Trivium China: "eda" is still what is
    // asked about).
    const words = top.flatMap((h) => {
      if (!h.fromFile) return h.words;
      const own = new Set(names.filter((n) => n.article === h.a && !n.fromFile).flatMap((n) => n.words));
      const naming = h.words.filter((w) => own.has(w));
      return naming.length > 0 ? naming : h.words;
    });
    // Named only by the leading words of an outlet's longer name that other pages write together ("port klang" of
    // "Port Klang Business Times", a port the memos and bulletins name: "transit apapa -> port klang?"): the page may
    // be meant, or the place; its pages weigh up, the others still count (`shared`). Not when the question speaks of a
    // page or cites it.
    const shared =
      !PAGE_NOUN_RE.test(text) &&
      top.every((h) => {
        const distinct = [...new Set(h.words)];
        if (h.own || distinct.length < 2 || distinct.some((w) => citedAs(lowered, w))) return false;
        const name = tokenize(h.a.meta.outlet ?? '')
          .map((t) => plainLatin(t.norm))
          .filter((w) => !STOPWORDS.has(w));
        const leading = name.length > distinct.length && distinct.every((w) => name.indexOf(w) >= 0 && name.indexOf(w) < distinct.length);
        return leading && this.writtenElsewhere(distinct, new Set([h.a.id]));
      });
    return { articles: [...new Set(top.map((h) => h.a))], words: new Set(words), ...(shared ? { shared } : {}) };
  }

  private nameWords: { names: ArticleName[]; byWord: Map<string, number[]> } | null = null;

  /** True when a sentence of an article other than those given uses the stem. */
  writtenOutside(st: string, sources: ReadonlySet<string>): boolean {
    const only = this.stems.only.get(st);
    return only === null || (only !== undefined && !sources.has(only));
  }

  /** True for a word of four letters or more, no English word or place, that only this article's file name holds (not its text). */
  private onlyInFileName(word: string, article: Article): boolean {
    // (Nor a month or a word of time: "july magnet numbers" of a folder with a "july.md".)
    if (word.length < 4 || isPlaceWord(word) || isEnglishWord(word) || this.stems.only.has(stem(word))) return false;
    if (TIME_WORDS.has(word) || MONTH_NAMES.some((m) => m.toLowerCase() === word || m.slice(0, 3).toLowerCase() === word)) return false;
    // (Nor one the page writes, in a heading no sentence holds: "BRIGHTWATER AEROSTRUCTURES CORP." over a transcript.)
    if (plainLatin(article.raw.toLowerCase()).includes(word)) return false;
    const { names, byWord } = this.nameIndex;
    return (byWord.get(word) ?? []).every((id) => (names[id] as ArticleName).article === article);
  }

  /** True when a sentence of an article other than `except` holds every one of `words` (by stem). */
  private writtenElsewhere(words: readonly string[], except: ReadonlySet<string>): boolean {
    const stems = [...new Set(words.map((w) => stem(w)))];
    // (Only the sentences of its rarest stem are read, through the postings: a folder may hold thousands of pages.)
    const rarest = stems.map((st) => this.sentencesWith(st)).reduce((a, b) => (b.length < a.length ? b : a));
    return rarest.some((id) => {
      const held = this.terms[id];
      const source = this.corpus.sentences[id]?.source;
      return !!held && !!source && !except.has(source) && stems.every((st) => held.includes(st));
    });
  }

  /**
   * True for a word of an outlet's name that is the outlet's own: a coined word of five letters or more, or a brand the
   * outlet writes in capitals (no English word), in no other article's names and in no other article's sentences
   * ("Voltaris", "Nordmag", "UOL"; never "capitol" of
   * "Capitol Record Transcripts", which a question about the Capitol uses).
   */
  private ownName(word: string, article: Article): boolean {
    // (Or a shorter word the outlet writes in capitals, a brand: "uol says…" of "UOL Economia (Reuters)".)
    const brand = brandOf(word, article);
    if ((word.length < 5 && !brand) || isPlaceWord(word) || isEnglishWord(word)) return false;
    const { names, byWord } = this.nameIndex;
    if ((byWord.get(word) ?? []).some((id) => (names[id] as ArticleName).article !== article)) return false;
    const st = stem(word);
    return !this.stems.only.has(st) || this.stems.only.get(st) === article.id;
  }

  /** Every article's names (`articleNames`, in order) and, per word, the names holding it (ascending). */
  private get nameIndex(): { names: ArticleName[]; byWord: Map<string, number[]> } {
    if (!this.nameWords) {
      const names = this.articleNames.flatMap(({ article, names }) => names.map((n) => ({ article, ...n })));
      const byWord = new Map<string, number[]>();
      names.forEach(({ words }, id) => {
        for (const w of new Set(words)) {
          const list = byWord.get(w);
          if (list) list.push(id);
          else byWord.set(w, [id]);
        }
      });
      this.nameWords = { names, byWord };
    }
    return this.nameWords;
  }

  /** The distinctive words of each article's outlet and file name, computed once. */
  // (A word with its number, "plant4", "ep112", is one: typed "plant 4" it names the page. Not a day, "oct9", a
  // topic of many pages.)
  private get articleNames(): { article: Article; names: Omit<ArticleName, 'article'>[] }[] {
    if (!this.names) {
      const common = this.stems.common;
      const words = (n: string) =>
        tokenize(n)
          .filter(
            (t) =>
              !STOPWORDS.has(t.norm) && t.norm.length > 2 && (!/\d/.test(t.norm) || NUMBERED_NAME_RE.test(t.norm)) && !common.has(t.stem),
          )
          .map((t) => plainLatin(t.norm));
      // (Brackets and letters typed full-width are read as such, NFKC: "CNN.co.jp（ライブドアニュース経由）".)
      const outletOf = (a: Article) => (a.meta.outlet ?? '').normalize('NFKC');
      this.names = this.corpus.articles.map((article) => ({
        article,
        names: [
          // (A site's domain ending is no word of its name: "UPI.com" is named by "upi", "TaxAssistant.org" by
          // "taxassistant".)
          { words: article.meta.outlet ? words(withoutDomainEnding(outletOf(article))) : [], fromFile: false, outlet: true },
          // And by its initials ("JDN" of "Journal du Net", "NYT" of "The New York Times"), with or without its small
          // words ("du", "of").
          ...outletInitials(outletOf(article)).map((w) => ({ words: [w], fromFile: false, initials: true })),
          // The agency a page carries in brackets ("onvista (Reuters)") names it on its own when the question cites
          // it as a source ("laut Reuters", "the reuters text"; not "lutnick's bloomberg line").
          ...[...outletOf(article).matchAll(/\(([^()]+)\)/g)].map((m) => ({
            words: words(m[1] as string),
            fromFile: false,
            bracket: true,
          })),
          // A column is named by its author too ("what's Marguerite Olsen's argument").
          // (Not a byline's newsroom words: "FP News Desk" names no page by "desk".)
          // (Nor a newsroom's byline at all, "Northbridge staff": the outlet wrote it, and its name names every page of
          // the outlet, not this one. An editorial board's still names its pages, "which papers ran a house editorial".)
          {
            words:
              article.meta.author && !STAFF_BYLINE_RE.test(article.meta.author)
                ? words(article.meta.author).filter((w) => !isGenericNoun(w))
                : [],
            fromFile: false,
          },
          // And by whose notes or memo its title says it is ("Priya's notes — US tariff levels…": "priya's notes say…",
          // "econwatcher and priya dont match"): the name before a possessive that opens the title, before a word for
          // a working document.
          {
            words: words(titleOwner(article.meta.title)),
            fromFile: false,
          },
          { words: words(article.id.replace(/\.\w+$/, '').replace(/[_-]+/g, ' ')), fromFile: true },
          // And by the site it was taken from ("reuters/kitco says…" of Reuters copy at www.kitco.com): the name of its
          // address's host.
          // (Not a site named after the outlet, "desertrock.example" of "Desert Rock Advisors": its name names it.)
          {
            // (Nor a host that is a word or a place, "people" of "en.people.cn", "texas" of "voss.house.texas.gov".)
            words: words(siteOf(article.meta.url)).filter(
              (w) =>
                w.length >= 4 &&
                !isEnglishWord(w) &&
                !isPlaceWord(w) &&
                !tokenize(outletOf(article)).some((t) => t.norm.length >= 3 && w.includes(plainLatin(t.norm))),
            ),
            fromFile: false,
            outlet: true,
          },
        ].filter((n) => n.words.length > 0),
      }));
    }
    return this.names;
  }

  /** True when the articles' dated claims fall on one of these days, or a page reports from one of them. */
  hasDatedClaims(days: readonly string[]): boolean {
    return days.some((d) => this.claimsByDay.has(d) || this.leadsOfDay(d).length > 0);
  }

  /**
   * The opening sentences of the pages published on a day: what happened that day, as the day's news tells it
   * ("US Treasury Secretary Scott Bessent said talks … had eliminated the threat…" on a page of October 26, whose
   * sentences date nothing to the 26th themselves).
   */
  private leadsOfDay(day: string): readonly number[] {
    // (Indexed by day on first use: one pass over the articles, not one per question.)
    if (!this.leadsByDay) {
      this.leadsByDay = new Map();
      for (const a of this.corpus.articles) {
        const range = a.meta.published ? this.corpus.sentenceRange.get(a.id) : undefined;
        if (!range || !a.meta.published) continue;
        const list = this.leadsByDay.get(a.meta.published) ?? [];
        for (let id = range[0]; id < Math.min(range[1], range[0] + DAY_LEAD_SENTENCES); id++) list.push(id);
        this.leadsByDay.set(a.meta.published, list);
      }
    }
    return this.leadsByDay.get(day) ?? [];
  }

  /** The days a question names ("on June 24", "6/24"), resolved against the articles' latest date. */
  askedDays(text: string): string[] {
    return this.dayMentions(text).days;
  }

  /** The days a question names, and the stems of the words that name them ("june", "24"). */
  private dayMentions(text: string): { days: string[]; stems: Set<string> } {
    const out: string[] = [];
    const stems = new Set<string>();
    // People type months in lower case ("june 24"); the date parser reads them capitalised, as articles write them.
    const cased = text.replace(
      /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi,
      (m) => `${m.charAt(0).toUpperCase()}${m.slice(1).toLowerCase()}`,
    );
    for (const m of findDateMentions(cased)) {
      if (m.relative) continue;
      const v = resolveDate(m.expr, this.reference);
      if (v && v.precision === 'day' && v.year != null) {
        // "nov 9" with no year: the year in which the articles date more sentences to that day (a story spans the
        // turn of a year; the latest article's year is only the default).
        let iso = isoOf(v);
        if (!/\b\d{4}\b/.test(m.text)) {
          const other = `${v.year - 1}${iso.slice(4)}`;
          if ((this.claimsByDay.get(other)?.length ?? 0) > (this.claimsByDay.get(iso)?.length ?? 0)) iso = other;
        }
        out.push(iso);
        for (const t of tokenize(m.text)) stems.add(t.stem);
      }
    }
    // "What happened on the 27th?": a day of the month alone is that day in the month the articles' dated claims
    // put it in most often (the story's own month), when no date above already names it; in the month of the claims
    // that share most of the question's words, where some do ("GE engines to COMAC — cleared the 3rd or the 7th?" is
    // of July, whatever other 3rd the folder dates more claims to).
    const asked = new Set(
      tokenize(text)
        .filter((t) => t.norm.length > 1 && !STOPWORDS.has(t.norm) && !/\d/.test(t.norm))
        .map((t) => t.stem),
    );
    const sharedWith = (list: readonly Claim[]) =>
      list.reduce(
        (n, c) =>
          n +
          new Set(
            tokenize(c.quote ?? '')
              .filter((t) => asked.has(t.stem))
              .map((t) => t.stem),
          ).size,
        0,
      );
    for (const m of text.matchAll(
      /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi,
    )) {
      const day = Number(m[1]);
      if (day < 1 || day > 31) continue;
      const suffix = `-${String(day).padStart(2, '0')}`;
      if (out.some((d) => d.endsWith(suffix))) continue;
      let best: string | null = null;
      let most = 0;
      let bestShared = 0;
      for (const [iso, list] of this.claimsByDay) {
        if (!iso.endsWith(suffix)) continue;
        const shared = sharedWith(list);
        if (
          shared > bestShared ||
          (shared === bestShared && (list.length > most || (list.length === most && best !== null && iso > best)))
        ) {
          best = iso;
          most = list.length;
          bestShared = shared;
        }
      }
      if (best) {
        out.push(best);
        for (const t of tokenize(m[0])) stems.add(t.stem);
      }
    }
    // "In late june", "early october", "mid-may": the part of the month, as the days of it the articles date claims to
    // (early 1–10, mid 11–20, late 21 to the end), in the year they date most of them to.
    for (const m of text.matchAll(PART_OF_MONTH_RE)) {
      const part = (m[1] as string).toLowerCase();
      const month = MONTHS.indexOf((m[2] as string).toLowerCase().slice(0, 3)) + 1;
      if (month === 0) continue;
      const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, 31];
      const inPart = [...this.claimsByDay.keys()].filter((iso) => {
        const day = Number(iso.slice(8, 10));
        return Number(iso.slice(5, 7)) === month && day >= from && day <= to && (!m[3] || iso.startsWith(m[3]));
      });
      const years = new Map<string, number>();
      for (const iso of inPart) years.set(iso.slice(0, 4), (years.get(iso.slice(0, 4)) ?? 0) + (this.claimsByDay.get(iso)?.length ?? 0));
      const year = [...years].sort((a, b) => b[1] - a[1])[0]?.[0];
      if (!year) continue;
      for (const iso of inPart) if (iso.startsWith(year)) out.push(iso);
      for (const t of tokenize(m[0])) stems.add(t.stem);
    }
    return { days: [...new Set(out)], stems };
  }

  /** The sentences whose dated claims fall on one of `days` (ISO days, as `dayMentions` gives them). */
  sentencesOnDays(days: readonly string[]): Set<number> {
    // (A day no claim falls on is told by the pages of that day.)
    return new Set(days.flatMap((d) => this.claimsByDay.get(d)?.map((c) => c.sentenceId) ?? [...this.leadsOfDay(d)]));
  }

  /**
   * Of passages ranked further down for a question that names days, those not among `have` that hold a sentence the
   * claims date to one of them ("what did trump say in the oct 10 post": the story writes it "on Friday").
   */
  datedPassages<T extends { chunk: Chunk }>(ranked: readonly T[], have: readonly T[], days: readonly string[]): T[] {
    if (days.length === 0) return [];
    const onDays = this.sentencesOnDays(days);
    const seen = new Set(have.map((c) => c.chunk.id));
    return ranked.filter((c) => !seen.has(c.chunk.id) && c.chunk.sentenceIds.some((id) => onDays.has(id)));
  }

  /**
   * Score boosts for a question's sentences: those of an outlet it names, and those whose claims fall on a day
   * it names. The outlet's name words stop counting as topic words (they select the source, not the content).
   */
  boosts(q: AnalyzedQuestion): {
    boosts: Map<number, number>;
    days: string[];
    outlets: string[];
    kindPages: string[];
    /** Articles whose headlines hold two or more of the question's particular words (or the one it has). */
    headlinePages: string[];
    /** The words of outlet or file names that named pages ("kyodo"), however many pages they name. */
    namingWords: ReadonlySet<string>;
    byLanguage: boolean;
    /** The language was named as such ("the spanish-language piece"), and its pages are in Latin script. */
    byLanguageName: boolean;
    /** The outlets were named by words other pages write too (`namedArticles`' `shared`): theirs weigh up, others count. */
    outletsShared: boolean;
  } {
    const boosts = new Map<number, number>();
    const byName = this.namedArticles(q.topic);
    let named: { articles: Article[]; words: Set<string>; asLanguage?: boolean } = byName;
    // An outlet of several pages, and a language of some of them: "per the french afp piece".
    const ofOutlet = named.articles.length;
    if (named.articles.length > 0) named = this.ofLanguageNamed(q.topic, named);
    // (Its language then picked out some of them: "the german reuters piece" is that page.)
    // (Or picked another: "the japanese cnn piece" is the page in Japanese, not the English one "cnn" names best.)
    const narrowed =
      named.articles.length > 0 && (named.articles.length < ofOutlet || named.articles.some((a) => !byName.articles.includes(a)));
    // No outlet named, but a language ("the vietnamese piece", "the German-language article"): the pages written in it.
    if (named.articles.length === 0) named = this.languageNamed(q.topic);
    // A language's name no article writes, before a person ("what did the italian analyst say about the busan
    // truce"): the one quoted in the page written in it, whatever file names the other words match.
    const ofPerson = this.languageOfPerson(q.topic);
    if (ofPerson.articles.length > 0) named = ofPerson;
    const byLanguage = named.articles.length > 0 && named.words.has('language');
    // Nor a language, but a kind of page ("the letters page", "the fact-checkers", "that podcast"): its pages weigh
    // up, less than an outlet's, and the others still count (a page of the kind may carry no label).
    const fromKind = named.articles.length === 0;
    if (fromKind) named = this.genreNamed(q.topic);
    const cap = fromKind ? MAX_KIND_PAGES : MAX_NAMED_PAGES;
    if (named.articles.length > 0 && named.articles.length <= cap) {
      for (const a of named.articles) for (const id of this.bySource.get(a.id) ?? []) boosts.set(id, fromKind ? KIND_BOOST : 0.5);
      const stems = new Set([...named.words].map((w) => stem(w)));
      // An outlet named in full frames all its words, the story's own among them ("on the trade winds pod": not
      // every sentence on trade).
      const lowered = q.topic.toLowerCase();
      for (const a of fromKind ? [] : named.articles) {
        const outlet = a.meta.outlet?.toLowerCase().replace(/^the\s+/, '');
        if (outlet && new RegExp(`\\b${escapeRegExp(outlet)}\\b`).test(lowered)) for (const t of tokenize(outlet)) stems.add(t.stem);
      }
      // The language of the named pages, written beside their outlet, names them too: "blick (french) - …". (Where
      // no article writes it; where one does, "japanese paper (toho keizai)", it still finds their Japan sentences.)
      const pageLanguage = fromKind ? null : this.languageOfPages(named.articles);
      const languageStem = pageLanguage ? stem(pageLanguage) : null;
      if (languageStem) for (const t of q.terms) if (t.stem === languageStem && !t.present) stems.add(languageStem);
      // (And the country that named the edition: "per cnn japan" asks what the page in Japanese says, not about Japan.)
      if (pageLanguage && narrowed) for (const t of q.terms) if (countryWordsOf(t.word).includes(pageLanguage)) stems.add(t.stem);
      // So do the words right after a name that are in its page's title: "the nordhav investor update" of a page
      // headed "Q3 2025 INVESTOR UPDATE", "the calder note" (they say which page, not what it says).
      // (After the outlet's or author's name only: a file name's words are the topic, "bis … eda" of a slug.)
      for (const a of fromKind ? [] : named.articles) {
        const title = new Set(tokenize(a.meta.title ?? '').map((t) => t.stem));
        const own = new Set(tokenize(`${a.meta.outlet ?? ''} ${a.meta.author ?? ''}`).map((t) => t.norm));
        for (const w of named.words) {
          if (!own.has(w)) continue;
          const after = new RegExp(`\\b${escapeRegExp(w)}(?:['’]s)?((?:\\s+[\\p{L}-]+){1,3})`, 'iu').exec(lowered)?.[1] ?? '';
          for (const t of tokenize(after)) {
            if (!title.has(t.stem)) break;
            stems.add(t.stem);
          }
        }
      }
      // (A name typed with a hyphen that the file name or outlet runs together, "tai-ling" of "b08_tailing-precision":
      // both its halves.)
      for (const m of lowered.matchAll(/(\p{L}+)-(\p{L}+)/gu))
        if (named.words.has(`${m[1]}${m[2]}`)) for (const part of [m[1] as string, m[2] as string]) stems.add(stem(part));
      for (const t of q.terms)
        if (stems.has(t.stem) || stems.has(stem(plainLatin(t.word.toLowerCase())))) {
          t.frame = true;
          // The words that named the pages found them: by a kind's label ("LETTERS TO THE EDITOR" above the text), or
          // by the outlet, author or file name ("the substack writer (raman?)" of a column signed only in its byline).
          t.present = true;
        }
    } else if (!fromKind && named.articles.length > cap) {
      // Outlets of many pages ("reuters and wion dont seem to match"): they select nothing in particular, and their
      // names are who reported, not what is asked about (a sentence need not write "Reuters" to give the figure).
      const stems = new Set([...named.words].map((w) => stem(w)));
      for (const t of q.terms) if (stems.has(t.stem)) t.frame = true;
    }
    // No page named: the articles whose headlines hold the question's particular words ("US lifts EDA, ethane and
    // jet-engine restrictions on China" for "which US measures got lifted in return?") are about what it asks (their
    // sentences weigh up once retrieval has ranked: `headlineBoosts`).
    // (Not when a word of the question is in no article: whether the articles answer it at all is then for the
    // evidence to show, which pages picked by the other words would crowd.)
    const headlinePages = named.articles.length === 0 && q.terms.every((t) => t.present || !t.salient) ? this.headlinePages(q) : [];
    const { days, stems: dayStems } = this.dayMentions(q.topic);
    // A day that names a measure ("are we exposed to the oct 9 rules if…") is part of its name: the sentences
    // dated to it do not weigh up (its words still frame the question, and the disputes on it still count).
    const namingDays = new Set([...q.topic.matchAll(MEASURE_DAY_RE)].flatMap((m) => this.dayMentions(m[0]).days));
    // The words that name the day select the evidence (the sentences whose claims fall on it, however they write
    // the date); as topic words they would favour any sentence with the same month, whatever its day.
    // They are in the articles however the articles write the day ("27th" in a question, "on Friday" in a story).
    if (this.hasDatedClaims(days))
      for (const t of q.terms)
        if (dayStems.has(t.stem)) {
          t.frame = true;
          t.present = true;
        }
    // A day that only times what is asked ("what did trump threaten after the oct 9 announcement") is no day the
    // answer happened on: its sentences do not weigh up, and it selects no passages (its words stay frame words).
    // (Nor is what was done that day what is asked: "announcement" there is a frame word too.)
    const anchors = [...q.topic.matchAll(DATED_ANCHOR_RE)].map((m) => m[0]);
    const anchored = new Set(anchors.flatMap((m) => this.dayMentions(m).days));
    // Nor is the day that names a document asked about ("what's in the nov 1 fact sheet for us chip firms"): the
    // asker takes the day as its name, unless they ask when it was.
    if (!ASKS_WHEN_RE.test(q.topic))
      for (const m of q.topic.matchAll(DOCUMENT_DAY_RE)) for (const d of this.dayMentions(m[0]).days) anchored.add(d);
    const askedDays = days.filter((d) => !anchored.has(d));
    const boostedDays = askedDays.filter((d) => !namingDays.has(d));
    const anchorStems = new Set(anchors.flatMap((m) => tokenize(m).map((t) => t.stem)));
    for (const t of q.terms) if (anchorStems.has(t.stem)) t.frame = true;
    for (const day of boostedDays) {
      for (const c of this.claimsByDay.get(day) ?? [])
        boosts.set(c.sentenceId, Math.max(boosts.get(c.sentenceId) ?? 0, dayWeight(c) * 0.35));
      // (A day no claim falls on: the openings of that day's pages.)
      if (!this.claimsByDay.has(day)) for (const id of this.leadsOfDay(day)) boosts.set(id, Math.max(boosts.get(id) ?? 0, 0.3));
    }
    // One that asks for someone's own words ("need the exact words", "direct quote pls", "verbatim?"): the sentences
    // that quote them weigh up over those that report them in the writer's words.
    if (OWN_WORDS_RE.test(q.text)) for (const id of this.quotingLines()) boosts.set(id, (boosts.get(id) ?? 0) + OWN_WORDS_BOOST);
    return {
      boosts,
      days: askedDays,
      outlets: !fromKind && named.articles.length > 0 && named.articles.length <= cap ? named.articles.map((a) => a.id) : [],
      kindPages: fromKind && named.articles.length <= cap ? named.articles.map((a) => a.id) : [],
      headlinePages,
      namingWords:
        byName.words.size > 0 || !named.words.has('language') ? byName.words : new Set([...named.words].filter((w) => w !== 'language')),
      byLanguage,
      // (In a script the question's names are spelled in: a Russian page writes Bessent "Бессент".)
      // (Named as such, "the spanish-language piece", or as a language's page of an outlet, "the german reuters piece".)
      byLanguageName:
        ((byLanguage && named.asLanguage === true) || narrowed) &&
        named.articles.every((a) => !isMostlyNonLatin(a.body.map((b) => a.raw.slice(b.start, b.end)).join(' '))),
      outletsShared: named === byName && byName.shared === true,
    };
  }

  private quoting: number[] | null = null;

  /** The sentences that quote three words or more (`QUOTATION_RE`), found once. */
  private quotingLines(): number[] {
    if (!this.quoting) {
      this.quoting = [];
      this.corpus.sentences.forEach((s, id) => {
        if (QUOTATION_RE.test(s.text)) this.quoting?.push(id);
      });
    }
    return this.quoting;
  }

  /**
   * A question that asks for a fact-check's verdict ("claim: … rating?", "how did they rate it", "verdict?"): the
   * verdict lines ("Rating: MOSTLY FALSE", "**Verdict: UNSUPPORTED.** …", "We rate this claim…") of the pages that
   * best answer it weigh up, for they are what a page concludes, whatever words of the claim they repeat. (Not another
   * claim's verdict on a page of several: only the one that follows a leading sentence.)
   */
  verdicts(q: AnalyzedQuestion, scored: ScoredSentence[]): ScoredSentence[] {
    if (!VERDICT_ASKED_RE.test(q.topic)) return scored;
    // Each leading sentence's verdict: itself, or else the first verdict line after it on its page (a roundup rates one
    // claim after another, each verdict below its claim), which then ranks right after the sentence it rates.
    const chosen = new Map<number, number>();
    for (const l of scored.slice(0, VERDICT_PAGES)) {
      for (let id = l.sentence.id; id <= l.sentence.id + VERDICT_REACH; id++) {
        const next = this.corpus.sentences[id];
        if (!next || next.source !== l.sentence.source) break;
        if (VERDICT_RE.test(next.text)) {
          if (id !== l.sentence.id) chosen.set(id, Math.max(chosen.get(id) ?? 0, l.score - 0.001));
          break;
        }
      }
    }
    let moved = false;
    const out = scored.map((s) => {
      const after = chosen.get(s.sentence.id);
      if (after === undefined || after <= s.score) return s;
      moved = true;
      return { ...s, score: after };
    });
    return moved ? out.sort((a, b) => b.score - a.score) : scored;
  }

  /**
   * How much the sentences of these headline pages weigh up: those that hold the question's words (headlines are
   * written to say what a story is about; its sentences seldom repeat every word).
   */
  headlineBoosts(q: AnalyzedQuestion, pages: readonly string[]): Map<number, number> {
    const boosts = new Map<number, number>();
    for (const source of pages)
      for (const id of this.bySource.get(source) ?? []) if (this.holdsQuestionWord(q, id)) boosts.set(id, HEADLINE_BOOST);
    return boosts;
  }

  /**
   * Whether a sentence holds two of the question's words (or words they stand for), or its one word when it has one:
   * a headline page's sentence on what the question asks, not one that merely shares a word with it.
   */
  holdsQuestionWord(q: AnalyzedQuestion, id: number): boolean {
    // (A table's row is read with its header row: "Jul 2025 | 5,602 | 577" under "Month | Total (t) | To US (t)".)
    const header = tableHeader(this.corpus, id);
    const stems = [...(this.terms[id] ?? []), ...(header === null ? [] : (this.terms[header] ?? []))];
    const asked = q.terms.filter((t) => !t.frame);
    const held = asked.filter((t) => stems.includes(t.stem) || t.matches.some((m) => stems.includes(m))).length;
    return held >= Math.min(2, asked.length) && held > 0;
  }

  /** The headlines by each stem they hold: for `headlinePages`, and for the words only a headline uses (`Vocabulary`). */
  headlinesByStem(): ReadonlyMap<string, readonly Headline[]> {
    return this.headlines().byStem;
  }

  /** The articles whose headlines hold a stem. */
  headlinedIn(stem: string): string[] {
    return (this.headlines().byStem.get(stem) ?? []).map((h) => h.id);
  }

  private headlines(): { byStem: Map<string, ArticleHeadline[]>; count: number } {
    if (!this.headlineIndex) {
      const byStem = new Map<string, ArticleHeadline[]>();
      let count = 0;
      for (const a of this.corpus.articles) {
        const title = a.meta.title;
        if (!title) continue;
        count++;
        const stems = new Set(
          tokenize(title)
            .filter((t) => !STOPWORDS.has(t.norm))
            .map((t) => t.stem),
        );
        let others: string[] | null = null;
        // (Read when first asked: the place lookup costs ~0.4 s over 5,000 headlines.)
        const headline = { id: a.id, stems, others: () => (others ??= otherCountries(title, this.corpus.dominant)) };
        for (const st of stems) {
          const list = byStem.get(st);
          if (list) list.push(headline);
          else byStem.set(st, [headline]);
        }
      }
      this.headlineIndex = { byStem, count };
    }
    return this.headlineIndex;
  }

  /**
   * The articles whose headlines hold two or more of the question's particular words (or the only one it has): words
   * (or words they stand for) that few headlines hold, so that "China" or "rare earths" picks nothing. The best by
   * how many, at most `MAX_HEADLINE_PAGES`; those above the last place when more tie for it.
   */
  headlinePages(q: AnalyzedQuestion): string[] {
    const { byStem, count: headlines } = this.headlines();
    if (headlines === 0) return [];
    const limit = Math.max(1, Math.floor(HEADLINE_WORD_SHARE * headlines));
    const count = new Map<string, number>();
    let particular = 0;
    for (const t of q.terms) {
      if (t.frame || !t.present) continue;
      const holding = new Set<string>();
      for (const form of new Set([t.stem, ...t.matches])) for (const h of byStem.get(form) ?? []) holding.add(h.id);
      if (holding.size === 0 || holding.size > limit) continue;
      particular++;
      for (const id of holding) count.set(id, (count.get(id) ?? 0) + 1);
    }
    // Two of them, or the one there is ("which US measures got lifted": only "lifted" is in few headlines).
    const enough = Math.min(2, particular);
    const ranked = [...count].filter(([, n]) => n >= enough).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (
      ranked.length > MAX_HEADLINE_PAGES &&
      (ranked[MAX_HEADLINE_PAGES] as [string, number])[1] === (ranked[MAX_HEADLINE_PAGES - 1] as [string, number])[1]
    )
      return ranked.filter(([, n]) => n > (ranked[MAX_HEADLINE_PAGES] as [string, number])[1]).map(([id]) => id);
    return ranked.slice(0, MAX_HEADLINE_PAGES).map(([id]) => id);
  }

  /**
   * The sentences of the pages of a kind the question names that share a word of its topic answer it as far as
   * they go ("what was the beef on the letters page about the students": a letter on students is the answer,
   * however the asker put it).
   */
  onKindPages(scored: ScoredSentence[], pages: readonly string[]): ScoredSentence[] {
    if (pages.length === 0) return scored;
    return scored.map((s) =>
      pages.includes(s.sentence.source) && s.coverage > 0 ? { ...s, coverage: Math.max(s.coverage, KIND_COVERAGE) } : s,
    );
  }

  /** Pages of each kind (`genres.txt`) by the labels they carry, found on the first question naming the kind. */
  private readonly genrePages = new Map<string, Article[]>();
  private languages: Map<string, Article[]> | null = null;

  /**
   * The pages an outlet's name names, narrowed to those in a language the text names ("per the french afp piece":
   * the AFP page in French, whether or not its name matched best); as they were when no such page is named.
   */
  ofLanguageNamed<T extends { articles: Article[] }>(text: string, named: T): T {
    const inLanguage = this.pagesInNamedLanguage(text);
    return inLanguage.length > 0 ? { ...named, articles: inLanguage } : named;
  }

  /**
   * The pages a name in the text names (any of them, not only the best match) that are written in a language the
   * text names as a word ("french"); none, without looking for names, when it names no language of the folder's pages.
   */
  pagesInNamedLanguage(text: string): Article[] {
    const languages = this.pageLanguages();
    const typed = tokenize(text).map((t) => plainLatin(t.norm.replace(/['’]s$/, '')));
    const named = new Set(typed.filter((w) => languages.has(w)));
    // A country right beside an outlet's name names its edition in that country's language: "per cnn japan" (the
    // page in Japanese), "reuters germany".
    const { names, byWord } = this.nameIndex;
    const outletWord = (w: string | undefined) => !!w && (byWord.get(w) ?? []).some((id) => (names[id] as ArticleName).outlet === true);
    typed.forEach((w, i) => {
      for (const c of countryWordsOf(w)) if (languages.has(c) && (outletWord(typed[i - 1]) || outletWord(typed[i + 1]))) named.add(c);
    });
    if (named.size === 0) return [];
    const inNamed = (a: Article) => named.has(articleLanguageOf(this.corpus, a).toLowerCase());
    const byName = this.namedArticles(text, true).articles.filter(inNamed);
    if (byName.length > 0) return byName;
    // One word of an outlet's name is enough with the language: "the japanese cnn piece" of "CNN.co.jp", though the
    // English CNN page is what "cnn" alone names.
    const pages = new Set<Article>();
    for (const w of typed) {
      if (w.length <= 2 || STOPWORDS.has(w) || named.has(w) || isPlaceWord(w)) continue;
      for (const id of byWord.get(w) ?? []) {
        const n = names[id] as ArticleName;
        if (n.outlet === true && inNamed(n.article)) pages.add(n.article);
      }
    }
    return [...pages];
  }

  /** The language all these pages are written in when it is not English ("french"), else null. */
  languageOfPages(articles: readonly Article[]): string | null {
    const languages = new Set(articles.map((a) => articleLanguageOf(this.corpus, a)));
    const [only] = languages;
    return languages.size === 1 && only && only !== 'English' ? only.toLowerCase() : null;
  }

  /** The folder's pages not in English, by language ("french"), read once. */
  private pageLanguages(): Map<string, Article[]> {
    if (!this.languages) {
      this.languages = new Map();
      for (const a of this.corpus.articles) {
        const language = articleLanguageOf(this.corpus, a);
        if (language === 'English') continue;
        const key = language.toLowerCase();
        const list = this.languages.get(key);
        if (list) list.push(a);
        else this.languages.set(key, [a]);
      }
    }
    return this.languages;
  }

  /**
   * The articles a question names by the language they are written in: the language's name before a word for a
   * page ("the vietnamese piece", "the german-language article", "the Chinese report"), for a language some articles
   * are written in other than English. ("Chinese officials" names no page.) The articles' languages are those the
   * "which languages" view reads (`articleLanguageOf`, once per article).
   */
  languageNamed(text: string): { articles: Article[]; words: Set<string>; asLanguage?: boolean } {
    const languages = this.pageLanguages();
    for (const m of text.toLowerCase().matchAll(LANGUAGE_PAGE_RE)) {
      const pages = languages.get(m[1] as string);
      // ("-language" written out, "the spanish-language piece", names pages and nothing else: "the chinese docs" may
      // also be China's documents.)
      // (Nor does a language's name before a word only a page is, "the german article", "the french piece"; "the
      // chinese report" or "text" may be China's.)
      if (pages)
        return {
          articles: pages,
          words: new Set([m[1] as string, 'language']),
          asLanguage: /language|\b(?:pieces?|articles?|stories|story|versions?|write-?ups?|copy)$/i.test(m[0]),
        };
    }
    return { articles: [], words: new Set() };
  }

  /**
   * The pages written in a language the text names before a word for a person ("the italian analyst", "the german
   * economist"), when no article writes the language's name: the person is the one those pages quote.
   */
  languageOfPerson(text: string): { articles: Article[]; words: Set<string>; asLanguage?: boolean } {
    const languages = this.pageLanguages();
    for (const m of text.toLowerCase().matchAll(LANGUAGE_PERSON_RE)) {
      const language = m[1] as string;
      const pages = languages.get(language);
      if (pages && !this.corpus.words.has(language)) return { articles: pages, words: new Set([language, 'language']) };
    }
    return { articles: [], words: new Set() };
  }

  /**
   * The pages of a kind the question names ("what do the readers say on the letters page", "how did the
   * fact-checkers rate…", "the ex-official on that podcast"), and the words that named it (they select the
   * pages, not the content). None when no page carries the kind's label, or when more than MAX_KIND_PAGES or a
   * quarter of the pages do (then the kind tells little apart).
   */
  genreNamed(text: string): { articles: Article[]; words: Set<string> } {
    const plain = text.toLowerCase();
    for (const genre of GENRES) {
      const m = genre.asked.exec(plain);
      if (!m) continue;
      let pages = this.genrePages.get(genre.name);
      if (!pages) {
        pages = this.corpus.articles.filter((a) => genreMarkers(a, genre).length > 0);
        this.genrePages.set(genre.name, pages);
      }
      if (pages.length === 0 || pages.length > MAX_KIND_PAGES || pages.length * 4 > this.corpus.articles.length) continue;
      // Every phrase that named the kind ("the readers on the letters page").
      const words = [...plain.matchAll(new RegExp(genre.asked.source, 'gi'))].flatMap((x) => tokenize(x[0]).map((t) => t.norm));
      return { articles: pages, words: new Set(words) };
    }
    return { articles: [], words: new Set() };
  }

  /**
   * A question that names an outlet is about what that outlet says: its sentences are the evidence (best first),
   * and count as answering it even when they repeat none of its other words ("what's the X analyst's take?").
   * With `soft` (the question also names a person), they only weigh up.
   */
  restrictToOutlets(scored: ScoredSentence[], outlets: readonly string[], soft = false): ScoredSentence[] {
    if (outlets.length === 0) return scored;
    const own = scored.filter((s) => outlets.includes(s.sentence.source));
    if (own.length === 0) return scored;
    // "What did Lutnick tell Bloomberg?" names a person too: the outlet is who he spoke to, as much as who
    // reported it. Its articles weigh up; the others still count.
    if (soft) {
      return scored
        .map((s) => (outlets.includes(s.sentence.source) ? { ...s, score: s.score + 0.1 } : s))
        .sort((a, b) => b.score - a.score);
    }
    // What the outlet says about the story: its sentences that share most of the story's words weigh up
    // ("is a fragile truce, not a breakthrough" over "Headline numbers are confusing").
    const story = this.stems.story;
    const central = (id: number) => {
      const terms = this.terms[id] ?? [];
      return terms.length ? terms.filter((t) => story.has(t)).length / Math.sqrt(terms.length) : 0;
    };
    const top = Math.max(1e-9, ...own.map((s) => central(s.sentence.id)));
    return own
      .map((s) => ({ ...s, score: s.score + (0.3 * central(s.sentence.id)) / top, coverage: Math.max(s.coverage, 0.4) }))
      .sort((a, b) => b.score - a.score);
  }

  /**
   * A question that names a day is about what happened that day: the sentences whose claims fall on it (also
   * when they write it "two days earlier" or "yesterday") count as answering it, ahead of sentences that only
   * share the month's name.
   */
  onDays(scored: ScoredSentence[], days: readonly string[]): ScoredSentence[] {
    const weight = new Map<number, number>();
    for (const d of days)
      for (const c of this.claimsByDay.get(d) ?? []) {
        // Reported within three days of the day, a sentence tells what happened; weeks later, it mostly refers back
        // to it ("the controls it announced on October 9").
        const published = this.corpus.byId.get(c.source)?.meta.published;
        const gap = published ? (Date.parse(published.slice(0, 10)) - Date.parse(d)) / 86_400_000 : Number.NaN;
        const fresh = gap >= 0 && gap <= 3 ? 1.5 : 1;
        weight.set(c.sentenceId, Math.max(weight.get(c.sentenceId) ?? 0, dayWeight(c) * fresh));
      }
    // (A day no claim falls on: the openings of that day's pages, as fresh news of it.)
    for (const d of days)
      if (!this.claimsByDay.has(d)) for (const id of this.leadsOfDay(d)) weight.set(id, Math.max(weight.get(id) ?? 0, 0.75));
    // A sentence that writes the day out ("witnesses told a House panel on June 24") is on it, whether or not the claims
    // know its event; a day-and-month in either order, the month maybe shortened ("Jun. 24", "24 June").
    const written = days.map((d) => {
      const month = MONTH_NAMES[Number(d.slice(5, 7)) - 1] ?? '';
      const day = String(Number(d.slice(8, 10)));
      const name = `${month.slice(0, 3)}(?:${month.slice(3)}|\\.)?`;
      return new RegExp(`\\b(?:${name}\\s+${day}(?!\\d)|${day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${name}\\b)`, 'i');
    });
    // (Weighed as a date of no known kind is, fresher when reported within three days.)
    for (const s of scored) {
      if (weight.has(s.sentence.id) || !written.some((re) => re.test(s.sentence.text))) continue;
      const published = this.corpus.byId.get(s.sentence.source)?.meta.published;
      const gap = published ? days.map((d) => (Date.parse(published.slice(0, 10)) - Date.parse(d)) / 86_400_000) : [];
      weight.set(s.sentence.id, 0.5 * (gap.some((g) => g >= 0 && g <= 3) ? 1.5 : 1));
    }
    // The other sentences of a dispatch of the day (an article published on the day or the next, with a sentence on
    // it) are that day's news too: "…, Sefcovic said Tuesday." ¶ "\"We cannot stand by…,\" the trade chief told
    // reporters." (Weighed as a day written out is.)
    const dispatches = new Set<string>();
    for (const id of weight.keys()) {
      const source = this.corpus.sentences[id]?.source;
      const published = source ? this.corpus.byId.get(source)?.meta.published : undefined;
      if (!source || !published) continue;
      const gaps = days.map((d) => (Date.parse(published.slice(0, 10)) - Date.parse(d)) / 86_400_000);
      if (gaps.some((g) => g >= 0 && g <= 1)) dispatches.add(source);
    }
    for (const s of scored)
      if (!weight.has(s.sentence.id) && dispatches.has(s.sentence.source) && s.coverage > 0) weight.set(s.sentence.id, 0.5);
    if (weight.size === 0) return scored;
    return scored
      .map((s) => {
        const w = weight.get(s.sentence.id);
        return w ? { ...s, score: s.score + 0.3 * w, coverage: Math.max(s.coverage, 0.5) } : s;
      })
      .sort((a, b) => b.score - a.score);
  }
}

/**
 * Disagreements about dates with a side on one of the days asked about (with `sources`, a side one of those articles
 * takes).
 */
export function disagreementsOnDays(
  days: readonly string[],
  found: readonly FoundDisagreement[],
  sources?: ReadonlySet<string>,
): FoundDisagreement[] {
  if (days.length === 0) return [];
  // A span's value ("2025-06-09/11") is keyed by its first day: the day it started.
  return found.filter(
    (d) =>
      d.disagreement.kind === 'date' &&
      d.disagreement.positions.some(
        (p) => days.includes(p.claim.split('/')[0] as string) && (!sources || p.sources.some((s) => sources.has(s))),
      ),
  );
}

/** A question asking how a claim was rated: "rating?", "what's the verdict", "how did checkpoint rate it", "rated false?". */
const VERDICT_ASKED_RE = /\b(?:ratings?|rated?|verdicts?|ruling)\b/i;
/** A fact-check's verdict: its label and a colon at the start of a sentence, or "We rate this…". */
const VERDICT_RE = /^[*_\s]*(?:(?:our|the)\s+)?(?:rating|verdict|ruling)\s*:|^[*_\s]*we\s+rate\b/i;
/** The leading sentences whose verdicts count, and how many sentences below one its verdict may be. */
const VERDICT_PAGES = 3;
const VERDICT_REACH = 8;

/** A question asking for someone's own words: "the exact words", "direct quote", "verbatim", "in his own words". */
const OWN_WORDS_RE =
  /\b(?:exact|actual|precise|direct|own|full)\s+(?:words?|quotes?|quotations?|wording|phrasing|line)\b|\bverbatim\b|\bword[- ]for[- ]word\b|\bquote\s+(?:pls|please|plz)\b/i;
/** A quotation of three words or more in a sentence (or a sentence that is the next paragraph of one). */
const QUOTATION_RE = /["“][^"“”]*\s[^"“”]*\s[^"“”]*(?:["”]|$)/;
/** What a quoting sentence weighs up for a question asking for someone's own words. */
const OWN_WORDS_BOOST = 0.2;

/** A person named again by their title ("the secretary", "the trade chief", "the bloc's trade commissioner"). */
const TITLE_AGAIN = titleAgain(0);
/**
 * After a quotation, only a title with its qualifier (`…," the trade chief told reporters`): a bare `…," the
 * spokesperson added` may be another body's spokesperson than the one named before.
 */
const QUALIFIED_TITLE_AGAIN = titleAgain(1);
function titleAgain(qualifiers: number): string {
  return `the (?:[a-z]+['’]s\\s+)?(?:[a-z-]+\\s+){${qualifiers},2}?(?:secretary|minister|president|premier|official|spokes\\w+|analyst|economist|chief|commissioner|ambassador|envoy|negotiator|representative|governor|chancellor|leader|ceo|boss|director|chair\\w*)`;
}
/** Pronouns and titles that continue a person's statement in the next sentence ("He added that…"). */
const CONTINUES_RE = new RegExp(
  `^(?:["“'‘]?\\s*)(?:he|she|they|${TITLE_AGAIN})\\b|^[^.!?]{1,60}?,\\s*(?:he|she) (?:said|says|added|noted|told)\\b|[,.!?]["”’]\\s+(?:he|she|${QUALIFIED_TITLE_AGAIN}) (?:said|says|added|noted|told)\\b|` +
    String.raw`^[^.!?"“]{1,60}?\b(?:he|she) (?:said|says|added|noted|told|wrote|writes|posted|stated)\b`,
  'i',
);
const QUOTES_RE = /["“”]/;
/** A quotation closed and attributed by a pronoun: `…into rivers and forests,” he said.` */
const PRONOUN_SAID_RE = /[,.!?…]["”’]\s+(?:he|she) (?:said|says|added|adds|noted|told|explained|warned)\b/i;
/** A sentence that opens with a quotation mark (a quotation, or the next paragraph of one). */
const OPENS_QUOTE_RE = /^["“]/;
/** A sentence that ends with a quote's speaker and nothing quoted after (`"…," Lynas chief executive X said on Friday.`). */
const QUOTE_THEN_SPEAKER_RE = /[,.!?…]["”’]\s+[^"“”]{0,80}\b(?:said|says|added|adds|told|tells|noted|wrote|explained)\b[^"“”]*$/i;
/** A sentence that introduces a statement quoted after it ("released the following statement", "said in a statement:"). */
const STATEMENT_INTRO_RE =
  /\b(?:released|issued|put out|gave|sent)\s+(?:the\s+following|this|a|an)\s+(?:\w+\s+)?statement\b|\b(?:said|says|wrote|writes|added|stated)(?:\s+in\s+an?\s+(?:\w+\s+)?(?:statement|post|letter))?\s*:\s*$/i;
/** Reporting verbs written before their speaker ("…, said Commerce Secretary Howard Lutnick", "according to Li"). */
const SAID_BEFORE_NAME_RE =
  /^(?:said|says|added|noted|warned|cautioned|argued|stressed|insisted|remarked|reiterated|emphasi[sz]ed|according to|pointed out)$/i;

/** Periods that end an abbreviation, not a sentence ("U.S.", "Corp.", "Dr."), removed before looking for a sentence's end. */
const ABBREVIATION_RE = /\b(?:\p{Lu}\.){2,}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Dr|Mr|Mrs|Ms|St|Gov|Sen|Rep|Gen|Dept|Adm|Col|Lt|Prof)\./gu;

/**
 * A description of the person between commas, right after their name and before the reporting verb (", a former
 * trade negotiator now at the Asia Society Policy Institute, "): it opens with a lower-case word that is not a
 * relative pronoun, and holds no other comma, no sentence's end and no pronoun that would be another speaker.
 */
const APPOSITIVE_RE = /^,\s+(?!(?:who|which|that|where|when|while|and|but|as|if)\b)\p{Ll}[^,;.]*?,\s*$/u;

/** "X made the remarks at a press briefing", "…made the comments in an interview": who the article's remarks are by. */
const REMARKS_MADE_RE = /\bmade\s+(?:the|these|those|his|her)\s+(?:remarks|comments)\b/i;
/** How many sentences either side of "X made the remarks" may be X's. */
const REMARKS_REACH = 4;
/** A sentence a role or a pronoun attributes: "…, a spokesperson for the ministry said", "the spokesperson stressed", "…, He said." */
const ROLE_SAID_RE =
  /\b(?:the|a)\s+(?:[\p{L}'’-]+\s+){0,3}?spokes(?:person|man|woman)\b[^.!?;]{0,60}?\b(?:said|says|stressed|noted|added|told|explained|emphasi[sz]ed)\b|(?:^|[,.!?]["”’]?\s*)(?:he|she)\s+(?:said|says|stressed|noted|added|told|explained|emphasi[sz]ed)\b/iu;

/** Each reporting-verb pattern as a global one, compiled once. */
const everyMatch = new WeakMap<RegExp, RegExp>();

/**
 * True when `key` (a surname, lower case) is who speaks in `text`: it comes shortly before a reporting verb with no
 * other name between ("Xi stressed…", "Lutnick, speaking on June 26, said…"), or right after one ("said Marguerite
 * Olvera"), or the sentence is a quotation naming no one else. A name that is the object of someone else's words
 * ("Trump said there was no reason to meet Xi") is not.
 */
function speakerAt(text: string, key: string, reported: RegExp): boolean {
  const lower = text.toLowerCase();
  let every = everyMatch.get(reported);
  if (!every) {
    every = new RegExp(reported.source, 'gi');
    everyMatch.set(reported, every);
  }
  const verbs = [...text.matchAll(every)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
  // The key is a word of lower-case letters (a surname): found by position, then checked for word edges.
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (/\p{L}/u.test(lower[at - 1] ?? '') || /\p{L}/u.test(lower[end] ?? '')) continue;
    for (const v of verbs) {
      // (Not a verb whose speaker follows it: "…Greer for most of the sessions, according to two people in the room".)
      const after = v.at >= end && /^according to$/i.test(text.slice(v.at, v.end));
      if (after) continue;
      // The person described between commas, then the verb ("Wendy Cutler, a former US trade negotiator now at the Asia
      // Society Policy Institute, said…"): the description is theirs, whatever names it holds.
      if (v.at >= end && v.at - end <= 140 && APPOSITIVE_RE.test(text.slice(end, v.at).replace(ABBREVIATION_RE, ''))) return true;
      if (v.at >= end && v.at - end <= 60) {
        // A relative clause between the person and the verb has its own subject ("Doe met Zhao, who said…").
        // So does another name ("…with Xi Jinping in South Korea, Donald Trump said") or a pronoun just before the
        // verb ("Xi will work hard, he said": he is someone else).
        const between = text.slice(end, v.at);
        if (
          !/\b(?:who|which|that)\b/i.test(between) &&
          // (An abbreviation's period ends no sentence: "Wendy Cutler, a former U.S. trade negotiator, said".)
          !/[.;]/.test(between.replace(ABBREVIATION_RE, '')) &&
          !/\b(?:he|she|they|we|i)\s*$/i.test(between) &&
          // (A name right after it is its own: "Ministry spokesman He Yongqian told"; after a comma, another's.)
          !/,[^,]*\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u.test(between)
        )
          return true;
      }
      // "said Marguerite Olvera", "said Commerce Secretary Howard Lutnick": only the name and its title between.
      // (Not a verb that takes the person as its object: "described Li as…", "told Lutnick", "urged Greer".)
      // (Nor one whose name goes on to do something with another: "Northbridge Economic Review instead says Greer and
      // He Lifeng signed" says who signed.)
      if (
        v.end <= at &&
        SAID_BEFORE_NAME_RE.test(text.slice(v.at, v.end)) &&
        /^[\s,]*(?:(?:the\s+)?[A-Z][\w.'’-]*,?\s+){0,5}$/.test(text.slice(v.end, at)) &&
        !/^\s+(?:and|&)\s+\p{Lu}/u.test(text.slice(end))
      )
        return true;
    }
  }
  return QUOTES_RE.test(text) && verbs.length === 0;
}

/**
 * A turn of a transcript or an interview: a paragraph that opens with its speaker's name and a colon ("[00:01:35]
 * DANIEL OSEI: Right, and notice…", "**Jane Doe:** We…"). Every sentence of the paragraph is that speaker's.
 */
const TURN_RE =
  /^(?:\[[\d:.]+\]\s*)?(?:\*\*)?(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})(?:\s+\(([^()\n:]{2,60})\))?(?:\*\*)?\s?:(?:\*\*)?\s/u;
/**
 * A bold label that gives the speaker's role after the name ("**Dana Whitcombe, Chief Executive Officer:**",
 * "**Analyst (Priya Sandoval, Cortland Securities):**", earnings calls and briefings): the name is the speaker.
 * Only in bold: in running text "Beijing, for its part, said:" is no label.
 */
const TITLED_TURN_RE =
  /^(?:\[[\d:.]+\]\s*)?\*\*(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})(?:,\s+[^:*\n]{2,60}?|\s+\([^)*\n]{2,60}\))(?::\*\*|\*\*:)\s/u;

/** A spokesperson, by any of the role's names: in a turn label ("ministry spokesman") or asked about ("the mofcom spox"). */
export const SPOKESPERSON_RE = /\bspokes(?:person|persons|people|man|men|woman|women)\b/i;

/**
 * A turn of a press conference or a ministry's Q&A, labelled by role ("A reporter asked: …", "The spokesperson said:
 * …", "**The spokesperson answered:**"): the role is the speaker (the spokesperson is often never named).
 */
const ROLE_TURN_RE =
  /^(?:\*\*)?(?:The|A|An)\s+((?:[\p{L}'’-]+\s+){0,3}?(?:spokes(?:person|man|woman)|reporter|journalist|correspondent|moderator|interviewer|host|official|minister))\s+(?:said|asked|answered|replied|responded|added|continued)(?:\*\*)?\s?:(?:\*\*)?\s/iu;

/** "Tomas Reis is a professor of trade law at …": the name (group 1) and the words before "of/at" (group 2). */
const INTRODUCED_RE =
  /^[*_]*(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}) is (?:a|an|the) ((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:of|at|for|with|in|on)\b/u;
/**
 * A participant line of an earnings call or a briefing, anywhere in the page: a name, a dash, the title(s)
 * ("Priya Raman - Chief Financial Officer", "Helen Strand – Chair and Chief Executive Officer"), as call
 * transcripts list who speaks before the turns, which then give only the name ("PRIYA RAMAN: Thank you…").
 */
const PARTICIPANT_LINE_RE = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s+[-–—]\s+([\p{L} ,&/]{3,80})$/u;
function headerLines(corpus: Corpus): { id: number; text: string }[] {
  const out: { id: number; text: string }[] = [];
  for (const article of corpus.articles) {
    const first = corpus.sentenceRange.get(article.id)?.[0];
    const start = article.body[0]?.start;
    if (first === undefined || start === undefined) continue;
    for (const text of castLinesOf(article)) out.push({ id: first, text });
    // An interview's standfirst introduces whom it interviews ("*Tomas Reis is a professor of trade law at the Lisbon
    // Institute.*"): that title, read before the name ("Professor Tomas Reis").
    const [from = 0, to = 0] = corpus.sentenceRange.get(article.id) ?? [];
    for (let id = from; id < Math.min(to, from + 3); id++) {
      const m = INTRODUCED_RE.exec(corpus.sentences[id]?.text ?? '');
      if (!m) continue;
      const words = (m[2] as string).split(/\s+/);
      const titled = words.filter((w, i) => isTitleWord(w, words[i - 1]));
      if (titled.length > 0)
        out.push({ id: first, text: `${titled.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')} ${m[1]}` });
    }
    // Each title of a participant line is read as the articles write titles, before the name ("Chief Financial
    // Officer Priya Raman"); "Executive Vice President and Chief Financial Officer" holds two.
    for (const line of article.raw.split(/\r?\n/)) {
      const m = PARTICIPANT_LINE_RE.exec(line.trim());
      if (!m) continue;
      for (const title of (m[2] as string).split(/\s*(?:,|&|\/|\band\b)\s*/))
        if (/^\p{Lu}/u.test(title)) out.push({ id: first, text: `${title} ${m[1]}` });
    }
  }
  return out;
}

const turnsCache = new WeakMap<Corpus, Map<number, Set<string>>>();

/**
 * A transcript labels a speaker by surname after the first turn ("ROHAN MEHTA: Thanks." … "MEHTA: Inside China…")
 * or only ever by surname, having named them in the introduction ("With me today are Rohan Mehta, principal
 * analyst…"): each one-word label with the words of the full name — a longer label of the file ending in it, or
 * else a capitalised word written just before it in the file. Keys are the label sets of `found`.
 */
function fullNamesOf(article: Article | undefined, found: ReadonlyMap<number, Set<string>>): Map<Set<string>, Set<string>> {
  const out = new Map<Set<string>, Set<string>>();
  const labels = [...new Set(found.values())];
  for (const who of labels) {
    // A name labelled in full once, with what it is ("LENA VOSS (Voss Trade Law):"), then by the name alone.
    const fuller = labels.find((l) => l.size > who.size && [...who].every((w) => l.has(w)));
    if (fuller && who.size >= 2) {
      out.set(who, fuller);
      continue;
    }
    if (who.size !== 1) continue;
    const surname = [...who][0] as string;
    const longer = labels.find((l) => l.size >= 2 && [...l].at(-1) === surname);
    if (longer) {
      out.set(who, longer);
      continue;
    }
    const titled = surname.charAt(0).toUpperCase() + surname.slice(1);
    const named = new RegExp(`\\b(\\p{Lu}\\p{Ll}+)\\s+(?:${escapeRegExp(titled)}|${escapeRegExp(surname.toUpperCase())})\\b`, 'u').exec(
      article?.raw ?? '',
    );
    const first = named?.[1]?.toLowerCase();
    if (first && !STOPWORDS.has(first) && !isTitleWord(first)) out.set(who, new Set([first, surname]));
  }
  return out;
}

/** A title that calls its page a working paper of its author's own: a memo, notes, a log, a diary, a field report. */
const OWN_PAPER_TITLE_RE = /\b(?:memo|memorandum|notes|notebook|log|diary|dispatch|field report|trip report)\b/i;
/** A byline that is a newsroom, not a person: "Northbridge staff", "FP News Desk", "the editorial board". */
const NEWSROOM_BYLINE_RE = /\b(?:staff|desk|team|editors?|editorial|board|newsroom)\b/i;
/** A newsroom's byline that tells nothing of the page's kind: "Northbridge staff", "FP News Desk". */
const STAFF_BYLINE_RE = /\b(?:staff|desk|team|newsroom)\b/i;

/**
 * The author of an opinion piece (it says it is opinion: `opinionMarker`) or of a working paper (a memo, notes: its
 * title says so) named as a person — two to four
 * capitalised words, not an outlet's desk or a wire ("Staff", "Reuters") — as the lower-case words of the name.
 */
function columnist(article: Article | undefined): Set<string> | null {
  const author = article?.meta.author?.trim();
  if (!article || !author || !/^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u.test(author)) return null;
  if (NEWSROOM_BYLINE_RE.test(author) || /\b(?:reuters|bloomberg|news|agency|press)\b/i.test(author)) return null;
  // (Or a working paper its title says is its author's own, "Stringer memo: Birgunj assemblers…", "field notes":
  // what it found is what they found.)
  if (opinionMarker(article) === null && !OWN_PAPER_TITLE_RE.test(article.meta.title ?? '')) return null;
  return new Set(tokenize(author).map((t) => t.norm));
}

/**
 * An official's statement page, titled for who made it ("Statement by Under Secretary Renee Albrecht on the…",
 * "Remarks by Ambassador Jo Doe at…"): the lower-case words of their name (the last two to four capitalised words
 * before "on/at/about/regarding"); null for other pages. Every sentence of it is theirs, as a column is its author's.
 */
export function statementBy(article: Article | undefined): Set<string> | null {
  const m = STATEMENT_TITLE_RE.exec(article?.meta.title ?? '');
  const name = m ? /(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})$/u.exec((m[1] as string).trim())?.[1] : undefined;
  if (!name) return null;
  // (The name without a title word before it: "Under Secretary Renee Albrecht" is Renee Albrecht.)
  const words = name.split(/\s+/);
  while (words.length > 2 && isTitleWord((words[0] as string).toLowerCase())) words.shift();
  return new Set(tokenize(words.join(' ')).map((t) => t.norm));
}

/** "Statement by X on…", "Remarks from X at…", "Testimony of X before…": group 1 the one who made it. */
const STATEMENT_TITLE_RE =
  /^\s*(?:joint\s+)?(?:statement|remarks|testimony)\s+(?:by|from|of)\s+(.+?)(?:\s+(?:on|at|about|regarding|before|to)\b.*)?$/iu;

/**
 * The speaker of every sentence said in a turn of a transcript (sentence id → the lower-case words of the name),
 * in articles with at least two such turns (one "Note:" is no transcript), and the author of every sentence of a
 * column.
 */
export function turnSpeakers(corpus: Corpus): Map<number, Set<string>> {
  let turns = turnsCache.get(corpus);
  if (turns) return turns;
  turns = new Map();
  for (const [source, [from, to]] of corpus.sentenceRange) {
    const found = new Map<number, Set<string>>();
    let paragraph = -1;
    let speaker: Set<string> | null = null;
    let labelled = 0;
    // A turn goes on over the paragraphs without a label of their own, up to the next label ("**Dana Whitcombe,
    // CEO:** Thank you…" ¶ "I want to be precise…" ¶ "**Ravi Menon, CFO:** …"); the paragraphs after the last
    // label are the page's own again (a closing note, the footer).
    let pending: number[] = [];
    let inTurn = false;
    // (A ministry Q&A's last answer, "The spokesperson said:", runs over its paragraphs to the end: an official
    // statement has no closing note of the page's own. Not another role's label: a story's "A White House official
    // said:" is followed by the story's own paragraphs.)
    let byRole = false;
    for (let id = from; id < to; id++) {
      const sentence = corpus.sentences[id];
      if (!sentence || sentence.source !== source) continue;
      if (sentence.paragraph !== paragraph) {
        paragraph = sentence.paragraph;
        const named = TURN_RE.exec(sentence.text) ?? TITLED_TURN_RE.exec(sentence.text);
        const role = named ? null : ROLE_TURN_RE.exec(sentence.text);
        const turn = named ?? role;
        const label = turn?.[1];
        inTurn = label !== undefined;
        if (label) {
          byRole = role !== null && SPOKESPERSON_RE.test(label);
          if (speaker) for (const held of pending) found.set(held, speaker);
          pending = [];
          // With what the label says of them in brackets ("LENA VOSS (Voss Trade Law):": a lawyer's turn); not the
          // places or parties it names ("(CHINA DAILY)" makes no turn China's).
          const about = tokenize(turn?.[2] ?? '')
            .map((t) => t.norm)
            .filter((w) => findParties(w).length === 0 && partyOf(w) === null && !isPlaceWord(w));
          speaker = new Set([...tokenize(label).map((t) => t.norm), ...about]);
          labelled++;
        }
      }
      if (inTurn && speaker) found.set(id, speaker);
      // Held until the next label shows the turn went on.
      else if (speaker) pending.push(id);
    }
    if (byRole && speaker) for (const held of pending) found.set(held, speaker);
    if (labelled >= 2) {
      const fullNames = fullNamesOf(corpus.byId.get(source), found);
      for (const [id, who] of found) turns.set(id, fullNames.get(who) ?? who);
    }
    // A column is its author's from the first sentence to the last ("what's okafor's beef with the deal").
    else {
      // (Not the line about the author: "*Marguerite Olsen is a columnist for…*" tells who writes, not what.)
      const author = columnist(corpus.byId.get(source)) ?? statementBy(corpus.byId.get(source));
      const names = author ? new RegExp(`\\b(?:${[...author].map(escapeRegExp).join('|')})\\b`, 'i') : null;
      if (author && names)
        for (let id = from; id < to; id++) {
          const sentence = corpus.sentences[id];
          if (sentence?.source === source && !names.test(sentence.text)) turns.set(id, author);
        }
    }
  }
  turnsCache.set(corpus, turns);
  return turns;
}

/** What a speaker's sentence gains for holding every particular word of what they are asked to speak "about". */
const ABOUT_WEIGHT = 0.15;
/** What follows "say" that tells when, where or to whom it was said ("…say after the london round", "…say in kuwait"). */
const SAID_WHEN_RE =
  /^\s*(?:after|before|when|while|in|at|on|to|during|following|since|last|this|that|yesterday|today|publicly|officially|then|first|later|back)\b|^\s*[?.!]?\s*$/i;

/** How many sentences back a turn's later sentences look for the one of it that was found. */
const TURN_REACH = 12;

/** What a sentence where no one speaks weighs in a "what did X say" question once X's own words are found. */
const SILENT_WEIGHT = 0.8;

/** Someone speaking by a title alone: "…, the trade minister said" (the title in group 1), "said the trade minister" (2). */
const TITLE_SAID_RE =
  /\bthe\s+((?:[\p{L}.-]+\s+){0,3}?[\p{L}-]+)\s+(?:said|says|told|added|stated|announced|warned|noted)\b|\b(?:said|says|told|added)\s+the\s+((?:[\p{L}.-]+\s+){0,3}[\p{L}-]+)/iu;

/** Whether a sentence has someone speak by a title alone whose last word has the stem `title` ("…, the trade minister said"). */
export function speaksByTitle(text: string, title: string): boolean {
  const said = TITLE_SAID_RE.exec(text);
  return (said?.[1] ?? said?.[2] ?? '')
    .toLowerCase()
    .split(/\s+/)
    .some((w) => stem(w) === title);
}

/** Scored sentences by their article. */
function bySourceOf(scored: readonly ScoredSentence[]): Map<string, ScoredSentence[]> {
  const out = new Map<string, ScoredSentence[]>();
  for (const s of scored) {
    const list = out.get(s.sentence.source);
    if (list) list.push(s);
    else out.set(s.sentence.source, [s]);
  }
  return out;
}

/**
 * "What did X say?": the sentences where a person speaks — their name (or surname) with a reporting verb or a
 * quotation, and the sentence after it when it continues with "he"/"she"/their title (or "Taiwan, he said, …", or a
 * quote that ends "…," he said.) — weigh up, and count as
 * answering the question even when they repeat none of its other words (a quote rarely names its topic).
 * `people` are surnames or names; returns the rescored list, the speaking sentences and who speaks each of them
 * (`speakersOf`, by the keys of their names).
 */
export function applySpeakers(
  corpus: Corpus,
  q: AnalyzedQuestion,
  scored: ScoredSentence[],
  people: readonly string[],
  reported: RegExp,
  /** True for the story's own words ("china", "deal"), which say nothing of what a person is asked about. */
  storyWide: (stem: string) => boolean = () => false,
  /** Pages the people publish themselves (page → their keys): every sentence there is theirs, but a reporter's question. */
  ownPages: ReadonlyMap<string, readonly string[]> = new Map(),
  /** Per article, each title's last word (stem) → the names it gives that title (`CorpusFocus.titleHolders`). */
  titleHolders: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = new Map(),
): { scored: ScoredSentence[]; speaking: Set<number>; speakersOf: Map<number, Set<string>> } {
  const speaking = new Set<number>();
  if (!q.views || (people.length === 0 && ownPages.size === 0)) return { scored, speaking, speakersOf: new Map() };
  // Names are matched as words, not stems: the stem of "Doe" is also that of "does", "Price" that of "prices".
  // The surname, and the first word of a two-word name, which is the surname in Chinese order ("Li said…" of Li
  // Chenggang); either must be the one speaking (speakerAt), so "Howard said" of Howard Lutnick is rare to meet.
  const nameKey = (w: string) => tokenize(w)[0]?.norm.replace(/['’]s$/, '') ?? w.toLowerCase();
  const keys = [
    ...new Set(
      people.flatMap((p) => {
        const words = p.split(/\s+/).filter(Boolean);
        return words.length === 2 ? [nameKey(words[1] as string), nameKey(words[0] as string)] : [nameKey(words[words.length - 1] ?? p)];
      }),
    ),
  ];
  // Each sentence's words once (they are looked up once per name).
  const words = new Map<string, Set<string>>();
  const wordsOf = (text: string) => {
    let set = words.get(text);
    if (!set) {
      set = new Set(tokenize(text).map((t) => t.norm.replace(/['’]s$/, '')));
      words.set(text, set);
    }
    return set;
  };
  const byId = new Map(scored.map((s) => [s.sentence.id, s]));
  const speaks = (text: string) => reported.test(text) || QUOTES_RE.test(text);
  /** Who speaks each speaking sentence (the keys of the people asked about). */
  const speakersOf = new Map<number, Set<string>>();
  const mark = (id: number, by: readonly string[]) => {
    speaking.add(id);
    const set = speakersOf.get(id) ?? new Set<string>();
    for (const k of by) set.add(k);
    speakersOf.set(id, set);
  };
  /** Sentences that go on with a speaker's words → the score of the sentence they go on from. */
  const continued = new Map<number, number>();
  for (const s of scored) {
    if (!speaks(s.sentence.text)) continue;
    const own = wordsOf(s.sentence.text);
    if (!keys.some((k) => own.has(k))) continue;
    // The person must be the one speaking: "Trump said there was no reason to meet Xi" is Trump's sentence.
    const by = keys.filter((k) => speakerAt(s.sentence.text, k, reported));
    if (by.length === 0) continue;
    mark(s.sentence.id, by);
    // A quotation of several sentences the person is named after ("I am confident now that we, as agreed, the magnets
    // will flow. … So, what we're seeing here is a de-escalation…," Bessent said.): its earlier sentences, back to the
    // one that opens it, are theirs too (ranked by their own words).
    if (quotationLeftOpen(s.sentence.text) === -1)
      for (let id = s.sentence.id - 1; ; id--) {
        const x = corpus.sentences[id];
        if (!x || x.source !== s.sentence.source || x.paragraph !== s.sentence.paragraph || speaking.has(id)) break;
        const open = quotationLeftOpen(x.text);
        if (open === -1) break;
        mark(id, by);
        if (open === 1) break;
      }
    let reached = s.sentence.id;
    for (const nextId of [s.sentence.id + 1, s.sentence.id + 2]) {
      const next = corpus.sentences[nextId];
      if (!next || next.source !== s.sentence.source) break;
      // ("He added…", "…, she said"; or, after a quote and its speaker (`"…," Lacaze said on Friday.`), a quotation
      // that opens with no speaker of its own: news style carries the words on, `"Lynas is now the world's only…`.)
      const previous = corpus.sentences[nextId - 1]?.text ?? '';
      const goesOn =
        (CONTINUES_RE.test(next.text) && speaks(next.text)) ||
        (OPENS_QUOTE_RE.test(next.text) && !reported.test(next.text) && QUOTE_THEN_SPEAKER_RE.test(previous));
      if (!goesOn) break;
      mark(nextId, by);
      reached = nextId;
      // What the person goes on to say ranks just after their first words (a quote rarely repeats the question's).
      continued.set(nextId, Math.max(continued.get(nextId) ?? 0, s.score - 0.01));
    }
    // A quotation the person opens and carries over several sentences of the paragraph (`In a post he wrote: "It has
    // just been learned…` … `…a moral disgrace in dealing with other Nations."`): every sentence of it is theirs.
    for (let id = reached, open = quotationLeftOpen(corpus.sentences[reached]?.text ?? '') === 1; open; ) {
      const next = corpus.sentences[++id];
      const last = corpus.sentences[id - 1];
      if (!next || !last || next.source !== last.source || next.paragraph !== last.paragraph) break;
      if (!speaking.has(id)) {
        mark(id, by);
        continued.set(id, Math.max(continued.get(id) ?? 0, s.score - 0.01 * (id - s.sentence.id)));
      }
      open = quotationLeftOpen(next.text) !== -1;
    }
    // A quotation the next paragraph opens and a pronoun closes (`“In Myanmar, there are no laws… Toxic tailings are
    // dumped into rivers,” he said.`): the person's, every sentence of it up to "he said", when no one else is named
    // speaking before it.
    const last = corpus.sentences[reached];
    const after = corpus.sentences[reached + 1];
    // (Only after a sentence where the person's name and the reporting verb stand together, "Zau Lawt said…", `…," said
    // Jo Doe`: "He said Xi 'graciously invited' him" is someone else's, and so is their next quotation.)
    if (
      last &&
      after &&
      after.source === last.source &&
      after.paragraph !== last.paragraph &&
      OPENS_QUOTE_RE.test(after.text) &&
      keys.some((k) =>
        new RegExp(
          `\\b${escapeRegExp(k)}\\s+(?:said|says|told|added)\\b|[,"”]\\s*(?:said|says)\\s+(?:[\\p{Lu}][\\p{L}'’-]+\\s+)?${escapeRegExp(k)}\\b`,
          'iu',
        ).test(last.text),
      )
    ) {
      for (let id = after.id; ; id++) {
        const x = corpus.sentences[id];
        if (!x || x.source !== after.source || x.paragraph !== after.paragraph) break;
        if (PRONOUN_SAID_RE.test(x.text)) {
          for (let k = after.id; k <= id; k++) {
            if (speaking.has(k)) continue;
            mark(k, by);
            continued.set(k, Math.max(continued.get(k) ?? 0, s.score - 0.01 * (k - s.sentence.id)));
          }
          break;
        }
        if (reported.test(x.text)) break;
      }
    }
  }
  // A page the person publishes (a ministry's statement, a spokesperson's Q&A on its own site) is in their words
  // throughout, but for the reporter's questions it answers.
  // (Not the words it quotes of others, "…," said Senator Banks: a sentence that reports speech is whoever's it names.)
  if (ownPages.size > 0)
    for (const s of scored) {
      const by = ownPages.get(s.sentence.source);
      if (by && !speaking.has(s.sentence.id) && !REPORTER_QUESTION_RE.test(s.sentence.text) && !speaks(s.sentence.text))
        mark(s.sentence.id, by);
    }
  // A statement introduced in one paragraph and quoted in the next ("Chairman Jo Doe released the following statement
  // after…", "Doe said in a statement:" — then “China's action today is…”): the quoted paragraph is the person's, every
  // sentence of it (a quotation carried over several sentences opens only the first); the introduction only tells of it.
  for (const s of scored) {
    const intro = STATEMENT_INTRO_RE.exec(s.sentence.text);
    if (!intro) continue;
    const before = s.sentence.text.slice(Math.max(0, intro.index - 80), intro.index);
    const by = keys.filter((k) => wordsOf(before).has(k));
    if (by.length === 0) continue;
    const first = corpus.sentences[s.sentence.id + 1];
    if (!first || first.source !== s.sentence.source || first.paragraph === s.sentence.paragraph || !OPENS_QUOTE_RE.test(first.text))
      continue;
    for (let id = first.id; corpus.sentences[id]?.paragraph === first.paragraph && corpus.sentences[id]?.source === first.source; id++) {
      mark(id, by);
      continued.set(id, Math.max(continued.get(id) ?? 0, s.score - 0.01 * (id - s.sentence.id)));
    }
  }
  // "Spokesperson He Yadong made the remarks at a regular press briefing": the one named as having made the article's
  // remarks speaks in its sentences nearby that a role or a pronoun attributes ("…, a spokesperson for the Ministry of
  // Commerce said", "…, He said."), as news agencies write a briefing. (The naming sentence itself tells who, not what.)
  for (const s of scored) {
    const made = REMARKS_MADE_RE.exec(s.sentence.text);
    if (!made) continue;
    const before = s.sentence.text.slice(0, made.index);
    const by = keys.filter((k) => wordsOf(before).has(k));
    if (by.length === 0) continue;
    for (let d = -REMARKS_REACH; d <= REMARKS_REACH; d++) {
      const x = corpus.sentences[s.sentence.id + d];
      if (d === 0 || !x || x.source !== s.sentence.source || speaking.has(x.id) || !ROLE_SAID_RE.test(x.text)) continue;
      mark(x.id, by);
      continued.set(x.id, Math.max(continued.get(x.id) ?? 0, s.score - 0.01 * Math.abs(d)));
    }
  }
  // A person an article names with a title ("Minister Tengku Zafrul Aziz", "Commerce Secretary Howard Lutnick") and
  // elsewhere only by it ("Malaysia will maintain a ban…, the trade minister said on Wednesday.", a wire's lede before
  // the name): those sentences are theirs, when the article gives no one else that title (the title index's holders).
  for (const [source, list] of bySourceOf(scored)) {
    for (const [title, names] of titleHolders.get(source) ?? []) {
      const by = keys.filter((k) => names.some((n) => wordsOf(n).has(k)));
      if (by.length === 0 || names.some((n) => !keys.some((k) => wordsOf(n).has(k)))) continue;
      for (const s of list) if (!speaking.has(s.sentence.id) && speaksByTitle(s.sentence.text, title)) mark(s.sentence.id, by);
    }
  }
  // What the person says in their turns of a transcript ("DANIEL OSEI: Right, and notice he gave himself…"). An
  // answer rarely repeats the question it answers: it ranks as the sentences just before it (the interviewer's
  // question, "A 100 percent tariff … from November 1"), when they are among the candidates.
  // Its coverage is that of the question it answers too: the person's name is in the turn's label, not in it.
  const turnCoverage = new Map<number, number>();
  const turns = turnSpeakers(corpus);
  for (const [id, who] of turns) {
    if (!keys.some((k) => who.has(k))) continue;
    speaking.add(id);
    let coverage = byId.get(id)?.coverage ?? 0;
    // (Up to three sentences back, or further within the same turn: a long answer's later paragraphs rank with its
    // first.)
    for (let back = 1; back <= 3 || (back <= TURN_REACH && turns.get(id - back) === who); back++) {
      const before = byId.get(id - back);
      if (before && before.sentence.source === corpus.sentences[id]?.source) {
        if (!byId.has(id)) continued.set(id, Math.max(continued.get(id) ?? 0, before.score - 0.01 * back));
        coverage = Math.max(coverage, before.coverage);
        break;
      }
    }
    turnCoverage.set(id, coverage);
  }
  // Someone else's words (another speaker's "said", a quote with none of the names) are not what was asked for:
  // they weigh less once the person's own statements are found.
  const other = (text: string) => speaking.size > 0 && speaks(text) && !keys.some((k) => wordsOf(text).has(k));
  // A sentence where the person speaks answers "what did X say" (coverage at least a half), unless it is only a turn
  // of theirs in a transcript and the question asks about something no article mentions ("what did Osei say about
  // gallium prices"): then as much as it and the question before it hold of what is asked.
  // (A word that describes who the person is, "what did the lawyer in that Q&A say", is not what is asked about:
  // the person is found by name.)
  const subject = subjectStems(q);
  const asksAbsent = q.terms.some((t) => t.salient && !t.present && !t.frame && !subject.has(t.stem));
  const coverageOf = (id: number, own: number) => (asksAbsent ? turnCoverage.get(id) : undefined) ?? Math.max(own, 0.5);
  // Nor are sentences where no one speaks ("Trump and Xi ended a meeting in Busan"): they tell of the person, not
  // what they said.
  const silent = (text: string) => speaking.size > 0 && !speaks(text);
  // Of the person's words, those on what they are asked to speak about, in words few articles use ("what did he say
  // about tailings": "Toxic tailings are dumped…," he said.), come first among them.
  // (Or, with no "about", what follows "say" when it is what was said: "what did mofcom say came out of KL" asks its
  // words on KL; not when or where it was said, "…say after the london round", nor to whom, "…tell reporters".)
  const spoken = SUBJECT_RE.exec(q.topic);
  const said = spoken && /\bsa(?:y|id|ys)$/i.test(spoken[0]) ? q.topic.slice(spoken.index + spoken[0].length) : '';
  const aboutText = /\babout\s+(.+)$/i.exec(q.topic)?.[1] ?? (SAID_WHEN_RE.test(said) ? '' : said);
  // (Not the names the title asked about resolved to, which the analysis adds in brackets: "(Benjamin Krieger)".)
  const aboutWords = new Set(tokenize(aboutText.replace(/\([^()]*\)/g, ' ')).map((t) => t.stem));
  // (A figure is such a word too: "what did she say about the 55%".)
  const about = q.terms.filter(
    (t) =>
      aboutWords.has(t.stem) &&
      (t.salient || /^\d/.test(t.word)) &&
      t.present &&
      !t.frame &&
      !subject.has(t.stem) &&
      !keys.includes(t.word) &&
      !t.matches.some((m) => storyWide(m)),
  );
  // (A name among them, a place or a company, "…say came out of KL", weighs twice among them, and the bonus is twice
  // as large when there is one: the speaker's words elsewhere are on something else.)
  const aboutOf = (text: string) => {
    if (about.length === 0) return 0;
    const stems = new Set(tokenize(text).map((t) => t.stem));
    const weight = (t: QuestionTerm) => (t.name ? 2 : 1);
    const total = about.reduce((n, t) => n + weight(t), 0);
    return (
      (about.filter((t) => t.matches.some((m) => stems.has(m))).reduce((n, t) => n + weight(t), 0) / total) *
      (about.some((t) => t.name) ? 2 : 1)
    );
  };
  const out = scored.map((s) =>
    speaking.has(s.sentence.id)
      ? {
          ...s,
          score: Math.max(s.score, continued.get(s.sentence.id) ?? 0) + 0.45 + ABOUT_WEIGHT * aboutOf(s.sentence.text),
          coverage: coverageOf(s.sentence.id, s.coverage),
        }
      : other(s.sentence.text)
        ? { ...s, score: s.score * 0.7 }
        : silent(s.sentence.text)
          ? { ...s, score: s.score * SILENT_WEIGHT }
          : s,
  );
  for (const id of speaking) {
    if (byId.has(id)) continue;
    const sentence = corpus.sentences[id];
    if (sentence) out.push({ sentence, score: (continued.get(id) ?? 0) + 0.45, coverage: coverageOf(id, 0) });
  }
  return { scored: out.sort((a, b) => b.score - a.score), speaking, speakersOf };
}

/** A reporter's question on a Q&A page: "Q: …", "Question: …", "Reporter: …". */
const REPORTER_QUESTION_RE = /^\s*(?:\*\*)?(?:Q|Question|Reporter|Journalist)\s*[:：]/i;

/** A headline of the index, with its article. */
/** A day that names a measure: "the oct 9 rules", "the April 4 controls", "beijing's october 9 package". */
/** A day as a question writes it: "nov 1", "oct 9th", "27 June". */
const WRITTEN_DAY = String.raw`\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)`;
/** A day that names a document: "the nov 1 fact sheet", "the june 27 statement", "the 2 July letter". */
const DOCUMENT_DAY_RE = new RegExp(
  String.raw`${WRITTEN_DAY}\s+(?:white house\s+|mofcom\s+|joint\s+)?(?:fact[ -]?sheet|statement|readout|notice|letter|filing|memo|press release|communiqu[eé])\b`,
  'gi',
);
/** A question for the day itself: "when…", "what day", "which date". */
const ASKS_WHEN_RE = /\bwhen\b|\bwhat (?:day|date)\b|\bwhich (?:day|date)\b|\bdated?\b/i;
const MEASURE_DAY_RE = new RegExp(String.raw`${WRITTEN_DAY}\s+(?:${MEASURE_NOUNS}|list)\b`, 'gi');

/**
 * A day that times the question from outside what it asks: "after the oct 9 announcement", "since the June 27
 * confirmation", "following the 30 October summit" (the thing done that day in up to three words).
 */
const DATED_ANCHOR_RE =
  /\b(?:after|since|following|in the wake of|in response to)\s+(?:the\s+|that\s+|their\s+|china's\s+|beijing's\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{1,2}\/\d{1,2})\s+(?:[\w'’-]+\s+){0,2}?(?:announcement|announcements|move|moves|rules|controls|measures|statement|talks|meeting|summit|call|deal|signing|decision|news|package|order|post|confirmation|readout|curbs|restrictions)\b/gi;

interface ArticleHeadline extends Headline {
  id: string;
}

/**
 * The stems of the countries a headline names that are none of the story's dominant parties ("U.S. and Australia
 * sign…": australia). A country named by its name only: "European business" is a headline about the story's effect on
 * Europe, not another deal.
 */
function otherCountries(title: string, dominant: readonly string[]): string[] {
  return [...findParties(title), ...findPlaces(title)]
    .filter((p) => countryOf(p.text) === p.text && !dominant.includes(p.text))
    .flatMap((p) => tokenize(p.text).map((t) => t.stem));
}

/** The name of the site an address is on ("kitco" of "https://www.kitco.com/news/…"), or "". */
function siteOf(url: string | null): string {
  if (!url) return '';
  try {
    const labels = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
    // (The label before the domain's ending, and before a country's second level: "bbc" of "bbc.co.uk".)
    const end = labels.length >= 3 && /^(?:co|com|org|net|gov|ac)$/.test(labels.at(-2) ?? '') ? 3 : 2;
    return labels.at(-end) ?? '';
  } catch {
    return '';
  }
}
