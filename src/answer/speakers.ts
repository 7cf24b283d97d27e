import type { Sentence } from '../corpus/types.js';
import { isPlaceWord, partyOf } from '../text/entities.js';
import { lexiconWords } from '../text/lexicon.js';
import {
  isTitleWord,
  NAME_THEN_BRACKETED_TITLE_RE,
  NAME_THEN_TITLE_RE,
  TITLE_ALIASES,
  TITLE_WORDS,
  TITLED_NAME_RE,
  titleKey,
  titleWords,
} from '../text/titles.js';
import { STOPWORDS, stem } from '../text/tokenize.js';

/**
 * Who holds which title, as the articles say it: "Commerce Secretary Howard Lutnick", "Lutnick, the commerce
 * secretary", "US Trade Rep Jamieson Greer". A question that names a person by title ("what did the commerce
 * secretary say?") is then also read with that person's name, so that the sentences where they speak are found
 * even when the article gives their name and not their title. Nothing here knows any person: the index is built
 * from the articles, and the title words are data (`data/lexicon/titles.txt`).
 */

/** One word that names a person's role on its own ("Ford's CEO", "Nvidia's chief"), not a department ("commerce"). */
const PERSON_TITLE_RE =
  /^(?:ceo|cfo|coo|chief|boss|president|chairman|chairwoman|chair|director|spokes(?:person|man|woman)|founder|minister|secretary|ambassador|governor|negotiator|envoy|economist|analyst|strategist|researcher|professor|historian|scholar|lecturer|consultant|lawyer|attorney)$/i;
/** An office a place has one holder of at a time (a state's governor, a city's mayor, a country's ambassador). */
const ONE_HOLDER_OFFICE_RE = /^(?:governor|mayor|ambassador)$/i;
/**
 * An expert quoted for comment (an economist, a historian, a trade lawyer): a folder of coverage seldom quotes two, so
 * "the historian" alone is the one person the articles give that title in any of its forms ("trade historian",
 * "professor of trade history" is not one).
 */
const EXPERT_TITLE_RE = /^(?:economist|analyst|strategist|researcher|professor|historian|scholar|lecturer|consultant|lawyer|attorney)$/i;
// (And words that name a measure or a document, which no person's name ends in: "the Affiliates Rule announced on
// September 29" is no one who announced anything.)
const ORG_WORD_RE =
  /^(?:Department|Bureau|Ministry|Office|Agency|Council|Commission|House|Group|Inc|Corp|Company|Administration|Institute|Society|Association|Bank|Fund|Rule|Rules|Act|Order|Regulations?|Directive|Proclamation|Announcement|Agreement|Accord|Treaty|Framework|Programme|Program|Initiative)$/;
const LOWER_TITLED_NAME_RE = /\b([A-Za-z]+(?:\s+[a-z]+){1,3})\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})/g;
/** A title written as its acronym before the name ("CEO Jim Farley said"). */
const ACRONYM_TITLED_NAME_RE = /\b([A-Z]{2,4})\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})/g;

/** A person's name: no possessive, no title or office word ("Department's Bureau" is not one). */
export function isPersonName(name: string): boolean {
  return !/['’]/.test(name) && name.split(/\s+/).every((w) => !TITLE_WORDS.has(w.toLowerCase()) && !ORG_WORD_RE.test(w));
}

export interface TitleIndex {
  /** Title key → name → number of sentences that say so. */
  byTitle: Map<string, Map<string, number>>;
  /** Title key and name → the sentences that say so. */
  sentences: Map<string, number[]>;
  /**
   * Title key and name → the story's parties the title is given with ("China International Trade Representative Li
   * Chenggang": china), so that "the chinese trade rep" is not the US one.
   */
  parties: Map<string, Set<string>>;
}

/**
 * Builds the title index of a list of sentences, and of lines outside them that introduce an article's people (a
 * transcript's "Briefer: Deputy Press Secretary Nora Castellanos" above its first turn), each counted for a sentence
 * of its article.
 */
export function buildTitleIndex(
  sentences: readonly Pick<Sentence, 'id' | 'text'>[],
  headers: readonly Pick<Sentence, 'id' | 'text'>[] = [],
): TitleIndex {
  const byTitle = new Map<string, Map<string, number>>();
  const said = new Map<string, number[]>();
  const parties = new Map<string, Set<string>>();
  let sentence = -1;
  const add = (words: string[], name: string, phrase = '') => {
    const key = titleKey(words);
    for (const w of phrase.split(/\s+/)) {
      const party = w ? partyOf(w.replace(/['’]s$/, '')) : null;
      if (!party) continue;
      const of = parties.get(`${key}\0${name}`) ?? new Set<string>();
      of.add(party);
      parties.set(`${key}\0${name}`, of);
    }
    const names = byTitle.get(key) ?? new Map<string, number>();
    names.set(name, (names.get(name) ?? 0) + 1);
    byTitle.set(key, names);
    const at = `${key}\0${name}`;
    const list = said.get(at);
    if (list) list.push(sentence);
    else said.set(at, [sentence]);
  };
  for (const s of [...sentences, ...headers]) {
    sentence = s.id;
    if (!/[A-Z][a-z]+\s+[A-Z]/.test(s.text)) continue;
    TITLED_NAME_RE.lastIndex = 0;
    for (let m = TITLED_NAME_RE.exec(s.text); m; m = TITLED_NAME_RE.exec(s.text)) {
      const words = titleWords(m[1] as string);
      if (words) {
        // (With the words just before it in the clause, where a party may describe the title: "China's International
        // Trade Representative Li Chenggang".)
        const before = (/(?:^|[,;:.(])([^,;:.(]*)$/.exec(s.text.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .slice(-2)
          .join(' ');
        add(words, (m[2] as string).replace(/['’]s$/, ''), `${before} ${m[1] as string}`);
      } else {
        // (A name of three words takes its first into the run before it: "Minister Tengku Zafrul Aziz" is read
        // "Minister Tengku" + "Zafrul Aziz". The title ends at its last title word; the rest is the name.)
        const all = m[0].split(/\s+/);
        const at = all.findLastIndex((w, i) => isTitleWord(w, all[i - 1]));
        const name = all
          .slice(at + 1)
          .join(' ')
          .replace(/['’]s$/, '');
        const head = at >= 0 ? titleWords(all.slice(0, at + 1).join(' ')) : null;
        if (head && all.length - at - 1 === 3 && (m[1] as string).trim().split(/\s+/).length === at + 2 && isPersonName(name))
          add(head, name, all.slice(0, at + 1).join(' '));
      }
    }
    // A title written in lower case after its first word ("Chief executive Jim Farley", "said chief executive
    // Dolores Whitcombe"), which the capitalised pattern above does not read.
    LOWER_TITLED_NAME_RE.lastIndex = 0;
    for (let m = LOWER_TITLED_NAME_RE.exec(s.text); m; m = LOWER_TITLED_NAME_RE.exec(s.text)) {
      const words = titleWords(m[1] as string);
      const name = m[2] as string;
      if (words && /^[a-z]/.test(words[words.length - 1] as string) && isPersonName(name)) add(words, name, m[1] as string);
    }
    ACRONYM_TITLED_NAME_RE.lastIndex = 0;
    for (let m = ACRONYM_TITLED_NAME_RE.exec(s.text); m; m = ACRONYM_TITLED_NAME_RE.exec(s.text)) {
      if (PERSON_TITLE_RE.test(m[1] as string) && isPersonName(m[2] as string)) add([m[1] as string], m[2] as string);
    }
    NAME_THEN_BRACKETED_TITLE_RE.lastIndex = 0;
    for (let m = NAME_THEN_BRACKETED_TITLE_RE.exec(s.text); m; m = NAME_THEN_BRACKETED_TITLE_RE.exec(s.text)) {
      const words = titleWords(m[2] as string);
      if (words && isPersonName(m[1] as string)) add(words, m[1] as string, m[2] as string);
    }
    NAME_THEN_TITLE_RE.lastIndex = 0;
    for (let m = NAME_THEN_TITLE_RE.exec(s.text); m; m = NAME_THEN_TITLE_RE.exec(s.text)) {
      const words = titleWords(m[2] as string) ?? titleBeforeQualifier(m[2] as string);
      if (words) add(words, (m[1] as string).replace(/['’]s$/, ''), m[2] as string);
    }
  }
  return { byTitle, sentences: said, parties };
}

/**
 * The title at the head of a longer description ("senior advisor for China center", "head analyst at"): the words up
 * to the last title word before "for", "at", "of", "with" or "in" ("senior advisor"), when they end in one.
 */
function titleBeforeQualifier(phrase: string): string[] | null {
  const words = phrase.trim().split(/\s+/);
  for (let i = words.length - 2; i >= 0; i--)
    if (/^(?:for|at|of|with|in)$/i.test(words[i + 1] as string)) {
      const head = titleWords(words.slice(0, i + 1).join(' '));
      if (head) return head;
    }
  return null;
}

/** Words before a title that say what kind of body it is, not which one ("the company ceo", "a firm spokesperson"). */
const GENERIC_OWNER_RE = /^(?:company|companies|firm|firms|government|state|party|group|industry|corporate|ministry|department|agency)$/;

/** A word before a title that may name its organisation, written without a possessive ("halvorsen cfo"). */
function bareOwner(word: string): string | undefined {
  const lower = word.toLowerCase();
  // (Not a kind of body, "the commerce ministry spokesperson": which ministry is not said.)
  const kind = `${lower.charAt(0).toUpperCase()}${lower.slice(1)}`;
  return /^\p{L}[\p{L}.-]{2,}$/u.test(word) &&
    !DETERMINER_RE.test(word) &&
    !STOPWORDS.has(lower) &&
    !TITLE_WORDS.has(lower) &&
    !ORG_WORD_RE.test(kind) &&
    !GENERIC_OWNER_RE.test(lower)
    ? word
    : undefined;
}

/**
 * The titles of an organisation's top office ("the VDA boss": its president; "the Nvidia boss": its chief executive):
 * a company's, an association's or a ministry's, as articles give them.
 */
const TOP_OFFICES = [['chief', 'executive'], ['ceo'], ['president'], ['chairman'], ['chairwoman'], ['chair']];

/** A word before a title that names no organisation: "the CFO", "their CFO". */
const DETERMINER_RE = /^(?:the|a|an|their|its|our|his|her|your)$/i;

/** Words that say what kind of body an organisation is, not which one (`data/lexicon/organisation-kinds.txt`). */
const ORGANISATION_KINDS = new Set(lexiconWords('organisation-kinds.txt'));

/** The word for a government body inside a title ("Commerce Department spokesperson"), which the index leaves out. */
const BODY_WORD_RE = /^(?:department|dept\.?|ministry)$/i;

/**
 * The title keys an abbreviation stands for, spelled out with and without a closing "officer" ("ceo": "Chief
 * executive Jim Farley" and a call's "Dana Whitcombe - Chief Executive Officer").
 */
function aliasKeys(word: string): string[] {
  const alias = TITLE_ALIASES.get(word);
  if (!alias) return [];
  return alias[alias.length - 1] === 'officer' ? [titleKey(alias)] : [titleKey(alias), titleKey([...alias, 'officer'])];
}

/**
 * The names of the people a question refers to by title, most attested first ("the treasury secretary" →
 * ["Scott Bessent"]). Titles are matched as the longest run of title words in the question.
 */
export function namesForTitles(
  question: string,
  index: TitleIndex,
  mentions: (sentence: number, word: string) => boolean = () => false,
): string[] {
  // ("Secretary-General" is two words, as titleWords reads it.)
  const words = question.split(/[^\p{L}.'’-]+|-(?=general\b)/iu).filter(Boolean);
  // Title words as written, less a possessive ("the Trade Representative's complaint").
  const bare = words.map((w) => w.replace(/['’]s$/, ''));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!TITLE_WORDS.has((bare[i] as string).toLowerCase().replace(/\.$/, ''))) continue;
    let j = i;
    // (Over the body's own word, as the articles' titles are read: "the commerce department spokesperson" is the
    // "Commerce Department spokesperson", indexed as "Commerce spokesperson".)
    while (
      j + 1 < words.length &&
      (isTitleWord(bare[j + 1] as string, bare[j]) ||
        (BODY_WORD_RE.test(bare[j + 1] as string) && j + 2 < words.length && isTitleWord(bare[j + 2] as string, bare[j + 1])))
    )
      j++;
    const run = bare.slice(i, j + 1).filter((w) => !BODY_WORD_RE.test(w));
    // "Ford's CEO": one title word, of an organisation the question names, is the person given that title (spelled
    // out or not: titles.txt's aliases) where the organisation is named: in that sentence or the two before it.
    // (Also written without the possessive, as chat does: "halvorsen cfo", "the lynas ceo".)
    const owner =
      run.length === 1 && i > 0 && (PERSON_TITLE_RE.test(run[0] as string) || TITLE_ALIASES.has((run[0] as string).toLowerCase()))
        ? (/^(\p{L}[\p{L}.-]+)['’]s$/u.exec(words[i - 1] as string)?.[1] ?? bareOwner(words[i - 1] as string))
        : undefined;
    if (owner) {
      const word = (run[0] as string).toLowerCase();
      const keys = [
        titleKey(run),
        ...aliasKeys(word),
        // "The VDA boss": whoever holds the body's top office, however it is called.
        ...(word === 'boss' ? TOP_OFFICES.map((t) => titleKey(t)) : []),
      ];
      // "The czech magnet ceo": a second word that describes the organisation ("czech") is met with the first where
      // the title is given, when one holder has both ("Kessler Magnetics, a maker of … magnets based in Plzen in the
      // Czech Republic. Chief executive Jonas Kessler…"); otherwise the first alone picks the holder.
      const described = i > 1 && !/['’]s$/.test(words[i - 1] as string) ? bareOwner(words[i - 2] as string) : undefined;
      let best: [string, number] | null = null;
      // (Not the first alone when it only says what kind of body it is, "the iowa soybean association president": any
      // association's, or a vice president's at a firm in Iowa, is not that one's.)
      const tries = described
        ? ORGANISATION_KINDS.has(owner.toLowerCase())
          ? [[owner, described]]
          : [[owner, described], [owner]]
        : [[owner]];
      for (const owners of tries) {
        for (const key of keys)
          for (const [name, n] of index.byTitle.get(key) ?? []) {
            const of = (index.sentences.get(`${key}\0${name}`) ?? []).filter((id) => owners.every((o) => mentions(id, o))).length;
            // (By the share of the title's mentions that name the organisation, not their number: "President Donald
            // Trump" is named beside Ford in more sentences than Ford's own chief executive is, but in few of his.)
            const score = of / Math.max(n, of) + n / 100_000;
            if (of > 0 && !/['’]/.test(name) && (!best || score > best[1])) best = [name, score];
          }
        if (best) break;
      }
      if (best && !out.includes(best[0])) out.push(best[0]);
    }
    // An abbreviated title alone ("what did the CFO say") is the one person the articles give it spelled out
    // ("Chief Financial Officer Peter Amundsen"), when only one has it.
    // (Not "the lynas ceo": a word before the title may name another organisation.)
    const alias =
      run.length === 1 && DETERMINER_RE.test(words[i - 1] ?? '') ? TITLE_ALIASES.get((run[0] as string).toLowerCase()) : undefined;
    // So is an office a place has one of ("the governor's reaction", "gov's reaction" read as "governor's", at the start
    // or after "the"), when only one person holds it in the articles ("Governor Dana Whitcomb"). (Not "the secretary",
    // "prof said…": many hold those, and the one the articles happen to name is a guess.)
    const office =
      !alias && run.length === 1 && (i === 0 || DETERMINER_RE.test(words[i - 1] ?? '')) && ONE_HOLDER_OFFICE_RE.test(run[0] as string);
    const holders = alias
      ? aliasKeys((run[0] as string).toLowerCase())
          .map((key) => index.byTitle.get(key))
          .find((h) => h !== undefined)
      : office
        ? index.byTitle.get(titleKey(run))
        : undefined;
    if (!owner && holders?.size === 1) {
      const [name] = [...holders.keys()];
      if (name && !out.includes(name)) out.push(name);
    }
    // "Did the historian think…": an expert's title alone, after "the", is the one person the articles give it, in
    // any title holding the word ("Dr. Eleanor Vance (trade historian)"), when only one has it.
    if (
      !owner &&
      !alias &&
      !office &&
      run.length === 1 &&
      i > 0 &&
      /^the$/i.test(words[i - 1] ?? '') &&
      EXPERT_TITLE_RE.test(run[0] as string)
    ) {
      const word = stem((run[0] as string).toLowerCase());
      const experts = new Set<string>();
      for (const [key, names] of index.byTitle) if (key.split(' ').includes(word)) for (const name of names.keys()) experts.add(name);
      const [name] = [...experts];
      if (experts.size === 1 && name && !out.includes(name)) out.push(name);
    }
    // A single generic word ("official", "minister") names nobody in particular.
    // "Japan's trade minister": of those with the title, one given it where that country is named (in that sentence or
    // the two before); the story's own parties ("China's commerce minister") are named every way and not required,
    // nor is a company ("MP Materials' chief executive" is introduced as "the company's").
    if (run.length >= 2) {
      const key = titleKey(run);
      const possessor = i > 0 ? /^(\p{L}[\p{L}.-]+)['’]s$/u.exec(words[i - 1] as string)?.[1] : undefined;
      const ownedBy = possessor && partyOf(possessor) === null && isPlaceWord(possessor) ? possessor : undefined;
      const names = [...(index.byTitle.get(key) ?? [])].filter(
        ([name]) => !ownedBy || (index.sentences.get(`${key}\0${name}`) ?? []).some((id) => mentions(id, ownedBy)),
      );
      // "The chinese trade rep": of those with the title, one given it with that party, when the articles do so.
      // (Or before a word that describes the title, "china's international trade rep".)
      const party =
        (i > 0 ? partyOf(bare[i - 1] as string) : null) ??
        (i > 1 && !DETERMINER_RE.test(words[i - 1] ?? '') ? partyOf(bare[i - 2] as string) : null);
      const ofParty = party ? names.filter(([name]) => index.parties.get(`${key}\0${name}`)?.has(party)) : [];
      const best = (ofParty.length > 0 ? ofParty : names).sort((a, b) => b[1] - a[1])[0];
      if (best && !out.includes(best[0])) out.push(best[0]);
    }
    i = j;
  }
  return out;
}

/**
 * "What did the vestra guy say?": the one person the articles give a title next to an organisation the question
 * names by a word of its name ("Henrik Dahl, procurement director at Vestra Drive Systems"). `words` are the
 * question's candidate words for the organisation (lower case); none when no word finds exactly one person.
 */
export function personOfOrganisation(
  words: readonly string[],
  index: TitleIndex,
  /** Whether sentence `sentence` gives `name` a title at an organisation holding `word` ("Dahl, director at Vestra…"). */
  mentions: (sentence: number, name: string, word: string) => boolean,
): string[] {
  for (const word of words) {
    const found = new Set<string>();
    for (const [key, names] of index.byTitle)
      for (const name of names.keys()) {
        if (name.toLowerCase().split(/\s+/).includes(word)) continue;
        // (The title is given where the person is introduced: the first sentences that give it are enough.)
        if ((index.sentences.get(`${key}\0${name}`) ?? []).slice(0, 50).some((id) => mentions(id, name, word))) found.add(name);
      }
    if (found.size === 1) return [...found];
  }
  return [];
}
