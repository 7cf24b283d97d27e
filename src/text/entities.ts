import { isEnglishWord } from './dictionary.js';
import { lexiconLines, lexiconPairs } from './lexicon.js';
import { type NlpDoc, nlp } from './nlp.js';
import { lexiconEntry } from './tagger.js';
import { STOPWORDS } from './tokenize.js';

/**
 * Small, general entity helpers for news text: the parties to a trade story (countries and the words that
 * stand for their governments), places from compromise's gazetteer, and people's names.
 */

/** Countries and the words news reports use for their governments. The key is the canonical party. */
const PARTIES: Record<string, string[]> = {
  China: ['china', 'chinese', 'beijing', 'prc', "china's", 'mofcom'],
  'the US': ['usa', 'us', 'american', 'americans', 'america', 'washington', "washington's", 'white house'],
  'the EU': ['eu', 'european union', 'brussels', 'european'],
  Japan: ['japan', 'japanese', 'tokyo'],
  'South Korea': ['south korea', 'korean', 'seoul'],
  India: ['india', 'indian', 'new delhi'],
  'the UK': ['uk', 'britain', 'british'],
  Russia: ['russia', 'russian', 'moscow'],
  Canada: ['canada', 'canadian', 'ottawa'],
  Mexico: ['mexico', 'mexican'],
  Australia: ['australia', 'australian', 'canberra'],
};

const PARTY_RE = new RegExp(
  `(?<![\\w.])(${Object.values(PARTIES)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map((a) =>
      a === 'us' || a === 'usa' ? 'U\\.S\\.(?:A\\.)?|US|USA|United States(?: of America)?' : a.replace(/'/g, "['’]").replace(/ /g, '\\s+'),
    )
    .join('|')})(?![\\w])`,
  'gi',
);

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** For places: 0 for cities and countries, 1 for regions, 2 for other places (buildings, streets). */
  rank?: number;
}

export interface PartyMention extends Mention {
  party: string;
}

/** The party a word stands for ("Beijing" → China), or null. */
export function partyOf(word: string): string | null {
  const w = word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^u\.s\.(a\.)?$|^united states( of america)?$/, 'usa');
  for (const [party, aliases] of Object.entries(PARTIES)) if (aliases.includes(w)) return party;
  return null;
}

/** Every mention of a party in a text ("U.S.", "Chinese", "Beijing's"). Lower-case "us" is the pronoun and is skipped. */
export function findParties(text: string): PartyMention[] {
  const out: PartyMention[] = [];
  PARTY_RE.lastIndex = 0;
  for (let m = PARTY_RE.exec(text); m; m = PARTY_RE.exec(text)) {
    if (m[0] === 'us' || m[0] === 'Us') continue;
    // "North America", "Latin America": regions, not the United States.
    if (/^america/i.test(m[0]) && /\b(?:North|South|Latin|Central)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const party = partyOf(m[0].replace(/['’]s$/, '')) ?? partyOf(m[0]);
    if (party) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], party });
  }
  return out;
}

let lexicon: Record<string, unknown> | null = null;
function lex(): Record<string, unknown> {
  lexicon ??= (nlp().model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return lexicon;
}

const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);

/** Cities → the names of their country (`data/lexicon/city-countries.txt`), lower case. */
const CITY_COUNTRIES = new Map(
  lexiconPairs('city-countries.txt').map(([city, countries]) => [
    city.toLowerCase(),
    countries
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  ]),
);

/**
 * The names of the country a city is in ("busan" → South Korea, Korea), for evidence that names the country instead
 * of the city; none for a city not listed (the list leaves out the story's parties' cities, which stand for their
 * governments: "Beijing said…").
 */
export function countryNamesOf(city: string): string[] {
  return (CITY_COUNTRIES.get(city.toLowerCase()) ?? []).filter((n) => n.toLowerCase() !== city.toLowerCase());
}

/**
 * The cities of a country or of its demonym ("switzerland", "swiss" → Geneva, Zurich, Davos, Bern), for a question
 * that names the country when the articles name only the city ("the talks in switzerland": "…in Geneva"); none for
 * a country not listed.
 */
export function citiesOf(country: string): string[] {
  const low = country.toLowerCase();
  return [...CITY_COUNTRIES].filter(([, names]) => names.some((n) => n.toLowerCase() === low)).map(([city]) => city);
}

/** Demonyms and countries → capital cities (`data/lexicon/capitals.txt`). */
const CAPITALS = new Map(lexiconPairs('capitals.txt').map(([k, v]) => [k.toLowerCase(), v]));
const CAPITAL_RE = new RegExp(
  `\\bthe\\s+(${[...CAPITALS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.]/g, '\\.'))
    .join('|')})\\s+capital\\b`,
  'gi',
);

/** Where a meeting was held, just before a name: "met in", "talks in", "summit in", "meeting in". */
const MEETING_IN_RE = /\b(?:met|meet|meets|meeting|meetings|talks|summit|held|hosted|convened|gathered)\s+in\s+$/;

/** The last word of a building's name just after a name ("Lancaster House", "Carlton Hotel"): venue-words.txt. */
const BUILDING_AFTER_RE = new RegExp(
  `^\\s+(?:${lexiconLines('venue-words.txt')
    .flatMap((l) => l.trim().split(/\s+/))
    .join('|')})\\b`,
);

/** Days and months, capitalised like places ("On Thursday, Japan…"). */
const CALENDAR_WORD_RE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The gazetteer's place tags of a name (City, Country, Region, Place), none when it is not a place it knows. */
function placeTags(name: string): string[] {
  const key = name.toLowerCase();
  // Looked up by the tagging worker (a question's places), or here.
  const entry = lexiconEntry(key);
  const tag = entry ? (entry.present ? entry.value : undefined) : lex()[key];
  return (Array.isArray(tag) ? tag : [tag]).filter((t): t is string => typeof t === 'string' && PLACE_TAGS.has(t));
}

/** The country a name is ("Germany", "Vietnam"), as compromise's gazetteer knows countries: a party, or the name itself. */
export function countryOf(name: string): string | null {
  const party = findParties(name)[0]?.party;
  if (party) return party;
  const trimmed = name.trim().replace(/^the\s+/i, '');
  return /^\p{Lu}/u.test(trimmed) && placeTags(trimmed).includes('Country') ? trimmed : null;
}

/**
 * Capitalised words that compromise's gazetteer knows as cities, countries or regions ("London", "Geneva"), and
 * towns it does not know, named with their country ("Gyeongju, South Korea").
 */
export function findPlaces(text: string): Mention[] {
  const out: Mention[] = [];
  const placeRank = (name: string, at: number): number | null => {
    // "Lancaster House" is a building (venue-words.txt), not the town of Lancaster.
    if (BUILDING_AFTER_RE.test(text.slice(at + name.length, at + name.length + 20))) return null;
    // "Washington said…" is a government; "signed in Washington" is a place.
    if (partyOf(name) && !/\b(?:in|at|from|to)\s+$/.test(text.slice(Math.max(0, at - 6), at))) return null;
    const tags = placeTags(name);
    // "Asia-Pacific Economic Cooperation" is a name, not a place.
    if (text[at + name.length] === '-' && /[A-Z]/.test(text[at + name.length + 1] ?? '')) return null;
    if (tags.length === 0) {
      // A town the gazetteer does not know, written as towns are in news: "Gyeongju, South Korea", "Busan, South
      // Korea's second city". (Not a word of English: "However, China said…", "On Thursday, Japan…".)
      // Nor is a name that goes on ("Asia-Pacific", "Lutnick's"). (The dictionary is consulted last: it is slow to
      // load, and most capitalised words are neither followed by a country nor where a meeting was.)
      const after = text.slice(at + name.length, at + name.length + 40);
      if (/^[-'’]/.test(after)) return null;
      const country = /^,\s+((?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/.exec(after)?.[1];
      const town =
        (country !== undefined && placeTags(country.replace(/^the\s+/, '')).includes('Country')) ||
        // "met in Gyeongju on October 30": one capitalised word after "met in", "talks in", "summit in".
        (MEETING_IN_RE.test(text.slice(Math.max(0, at - 30), at)) && !/^\s+[A-Z]/.test(after));
      return town && !name.split(' ').some((w) => CALENDAR_WORD_RE.test(w) || isEnglishWord(w.toLowerCase())) ? 0 : null;
    }
    return tags.includes('City') || tags.includes('Country') ? 0 : tags.includes('Region') ? 1 : 2;
  };
  // "the British capital" is London.
  for (const m of text.matchAll(CAPITAL_RE)) {
    const city = CAPITALS.get((m[1] as string).toLowerCase());
    if (city) out.push({ start: m.index, end: m.index + m[0].length, text: city, rank: 0 });
  }
  const words = [...text.matchAll(/\b[A-Z][a-z]+\b/g)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as RegExpMatchArray & { index: number };
    const next = words[i + 1] as (RegExpMatchArray & { index: number }) | undefined;
    // Two-word names first ("Kuala Lumpur"), when the words are adjacent.
    if (next && next.index === w.index + w[0].length + 1) {
      const pair = `${w[0]} ${next[0]}`;
      const rank = placeRank(pair, w.index);
      if (rank !== null) {
        out.push({ start: w.index, end: next.index + next[0].length, text: pair, rank });
        i++;
        continue;
      }
    }
    const rank = placeRank(w[0], w.index);
    if (rank !== null) out.push({ start: w.index, end: w.index + w[0].length, text: w[0], rank });
  }
  return out;
}

/** True for a word the place finder reads as a place when written as one ("paris" → "in Paris"). */
export function isPlaceWord(word: string): boolean {
  return findPlaces(`in ${word.charAt(0).toUpperCase()}${word.slice(1)}`).length > 0;
}

/**
 * The places a question names, written as chat writes them: "London", and "geneva" in lower case (a word of four
 * letters or more that is a city or country, not a party's name: "china" is a side, not where something was).
 */
export function questionPlaces(text: string): string[] {
  const out = new Set(findPlaces(text).map((p) => p.text.toLowerCase()));
  for (const word of lowerCasePlaceCandidates(text)) if (isPlaceWord(word)) out.add(word);
  // Names of two words typed in lower case ("the kuala lumpur talks", "hong kong"), each word capitalised to look up.
  for (const pair of lowerCasePlacePairs(text)) if (placeNamed(pair)) out.add(pair);
  return [...out];
}

/** A name typed in lower case with each word capitalised ("kuala lumpur" → "Kuala Lumpur"), to look it up. */
export function titleCased(lower: string): string {
  return lower.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => `${space}${c.toUpperCase()}`);
}

/** The place a name typed in lower case is ("kuala lumpur" → Kuala Lumpur), each word capitalised to look it up. */
function placeNamed(lower: string): Mention | undefined {
  const name = titleCased(lower);
  return findPlaces(`in ${name}`).find((p) => p.text === name);
}

/** Whether a place `questionPlaces` gives ("london", "kuala lumpur") is a city or a country, not a building or a region. */
export function isCityOrCountry(place: string): boolean {
  const found = placeNamed(place);
  return !!found && (found.rank ?? 0) === 0;
}

/** Adjacent pairs of lower-case words `questionPlaces` looks up as two-word places ("kuala lumpur"). */
export function lowerCasePlacePairs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}'’-])(\p{Ll}{3,})(?=\s+(\p{Ll}{3,})(?![\p{L}'’-]))/gu)) {
    const [, a = '', b = ''] = m;
    const pair = `${a} ${b}`;
    if (!STOPWORDS.has(a) && !STOPWORDS.has(b) && !partyOf(pair)) out.push(pair);
  }
  return out;
}

/** The words `questionPlaces` looks up as places: lower case, four letters or more, no party's name, no stopword. */
export function lowerCasePlaceCandidates(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}'’-])\p{Ll}{4,}(?![\p{L}'’-])/gu)].map((m) => m[0]).filter((w) => !partyOf(w) && !STOPWORDS.has(w));
}

/**
 * Countries a sentence pairs with a party as the other side of an act: "The United States and Ukraine … signed",
 * "signed with Ukraine", "Ukraine and Washington" (with `dashed`, "the US–Australia framework"). Party countries (`PARTIES`) are returned by party, other
 * countries by name. A sentence naming the story's parties and a third country this way is about another deal.
 */
export function counterparts(text: string, dashed = false): string[] {
  const out: string[] = [];
  const parties = findParties(text);
  const countries = [
    ...findPlaces(text).filter((p) => placeTags(p.text).includes('Country')),
    ...parties.filter((p) => /^\p{Lu}/u.test(p.text)),
  ];
  for (const p of countries) {
    const party = partyOf(p.text);
    // "…and Ukraine", "with Ukraine": joined to what comes before; "Ukraine and the US": to what follows. (In a
    // headline's title case too: "US And Ukraine Sign…".)
    const before = text.slice(Math.max(0, p.start - 40), p.start);
    const after = text.slice(p.end, p.end + 40);
    const other = (q: Mention) => q !== p && q.start !== p.start;
    const joinedBefore =
      /\b(?:with|and)\s+(?:the\s+)?$/i.test(before) &&
      (/\bwith\s+(?:the\s+)?$/i.test(before) || parties.some((q) => other(q) && q.end <= p.start && p.start - q.end <= 12));
    const joinedAfter = /^\s+and\s+/i.test(after) && parties.some((q) => other(q) && q.start >= p.end && q.start - p.end <= 12);
    // (With `dashed`, a pair joined by a dash or a slash too: "the US–Australia framework", "US-Japan deal". Not by
    // default: a page's lead may name such a pair only in passing.)
    const joinedByDash =
      dashed &&
      ((/[-–—/]\s?$/.test(before) && parties.some((q) => other(q) && q.end <= p.start && p.start - q.end <= 2)) ||
        (/^\s?[-–—/]/.test(after) && parties.some((q) => other(q) && q.start >= p.end && q.start - p.end <= 2)));
    if (joinedBefore || joinedAfter || joinedByDash) out.push(party ?? p.text);
  }
  return out;
}

const TITLE_RE =
  /^(?:(?:U\.S\.|US|Chinese|American|British|Japanese|former|then|acting|deputy|vice|senior|top|chief|trade|treasury|commerce|foreign|finance|state|prime|premier|president|secretary|minister|representative|ambassador|spokes(?:person|man|woman)|official|director|chairman|chair|governor|senator|sen\.|rep\.|mr\.|mrs\.|ms\.|dr\.|prof\.)\s+)+/i;

/**
 * People's names in a text (compromise), without titles: "Commerce Secretary Howard Lutnick" → "Howard Lutnick".
 * `doc` gives the text already parsed, when the caller parses it for more than its people.
 */
export function findPeople(text: string, doc: () => NlpDoc = () => nlp()(text)): Mention[] {
  const out: Mention[] = [];
  const json = doc().people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
  for (const p of json) {
    let name = p.text.replace(/[.,;:'’"”)]+$/, '').replace(/['’]s$/, '');
    let start = p.offset.start;
    const title = TITLE_RE.exec(name);
    if (title) {
      start += title[0].length;
      name = name.slice(title[0].length);
    }
    if (!/^[A-Z]/.test(name) || name.length < 3) continue;
    out.push({ start, end: start + name.length, text: name });
  }
  return out;
}

/** Names already split (a corpus names the same few people thousands of times); cleared when it grows large. */
const nameWordsCache = new Map<string, ReadonlySet<string>>();

/** The words of a name without titles, lower-cased: two names share a word when they are the same person. */
export function nameWords(name: string): ReadonlySet<string> {
  let words = nameWordsCache.get(name);
  if (!words) {
    words = new Set(
      name
        .replace(TITLE_RE, '')
        .toLowerCase()
        .split(/[\s-]+/)
        .filter((w) => w.length >= 2 && /^\p{L}/u.test(w)),
    );
    if (nameWordsCache.size >= 10_000) nameWordsCache.clear();
    nameWordsCache.set(name, words);
  }
  return words;
}

/** True when two names plausibly denote the same person ("He Lifeng" and "Mr. He"). */
export function samePerson(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  let shared = 0;
  for (const w of wb) if (wa.has(w)) shared++;
  if (shared === 0) return false;
  // A surname alone ("Mr. He", "Bessent") is whoever bears it; two full names are one person only when one holds
  // the other ("Howard Lutnick", "Howard W. Lutnick"): "Liu He" and "He Lifeng", "Li Qiang" and "Li Chenggang" are not.
  return wa.size < 2 || wb.size < 2 || shared === Math.min(wa.size, wb.size);
}
