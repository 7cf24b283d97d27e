import { type Claim, DEAL_RE, dateActionsIn, MEASURE_NOUNS, tariffLayer } from '../corpus/claims.js';
import { MONTH_NAMES, MONTH_WORD, monthOfWord, monthSpan, namesMay, SERIES_AFTER_ORDINAL } from '../corpus/dates.js';
import { countryNamesOf, countryOf, findParties, isCityOrCountry, partyOf, questionPlaces, titleCased } from '../text/entities.js';
import { goodsOf, otherGoods } from '../text/goods.js';
import { escapeRegExp } from '../text/lexicon.js';
import { synonymsOf } from '../text/synonyms.js';
import { OFFICE_WORD_RE } from '../text/titles.js';
import { STOPWORDS, stem, tokenize } from '../text/tokenize.js';
import { BODY_NOUNS } from './bodies.js';
import type { FoundDisagreement } from './conflicts.js';
import { END_ASKED_RE, RECEIVES_RE } from './extractive.js';
import { partiesNamed } from './pairs.js';
import {
  type AnalyzedQuestion,
  ASKS_LEVEL_RE,
  asksWhen,
  PLACE_ANCHOR_RE,
  STATEMENT_ASKED_RE,
  TIME_ANCHOR_RE,
  TIME_OFFSET_RE,
} from './question.js';

/**
 * Which disagreements a question is about. A question names events ("signed", "talks", "tariff") and asks
 * for an attribute ("when", "where", "who led", "how long"); only disagreements on those are shown, so
 * "When did China's Commerce Ministry announce the agreement?" is not answered with the signing-date dispute.
 */

export interface QuestionFocus {
  events: Set<Claim['event']>;
  /** The party a tariff question is about ("…on American goods" → the US), when it names one. */
  target: string | null;
  /** The unit a number question asks for ("how many days" → days; "what rate" → %), when it says. */
  units: Set<'%' | 'days'>;
  attributes: Set<Claim['attribute']>;
  places: string[];
  /** The places it names that are cities or countries ("london"; not "lancaster house"): a round's place. */
  cities: string[];
  /**
   * Countries the question names that are none of the story's parties ("ukraine" in "when did ukraine sign its minerals
   * deal"): lower case.
   */
  others: string[];
  /** Stems of the question's words (and their synonyms). */
  stems: Set<string>;
  /** The stems of the question's own words (and their corrected spellings), without paraphrases. */
  ownStems: Set<string>;
  parties: string[];
  months: string[];
  /** The question as read, lower-cased. */
  text: string;
  /** It speaks of time at all, in its own words ("when", "2 days before", a month, a weekday). */
  speaksOfTime: boolean;
  /** "What did China get out of it?": asks what the other side gives. */
  receives: boolean;
  /** "What did the treasury secretary say…?": asks for someone's words. */
  views: boolean;
  /** "Who…", "which officials…", "list every Chinese official…": asks for people. */
  people: boolean;
  /** "What came out of the Stockholm round?", "did the talks get an extension?": asks what resulted, yes or no. */
  outcome: boolean;
  /** "What was the growers' group's reaction?": asks how one named party took it, not how the deal was received. */
  reactor: boolean;
  /** "How many tonnes…": names a measure unit, so counts and figures in other units do not answer it. */
  measureUnit: boolean;
  /** "…shipments to the US": the party a figure's destination must be, when the question names one. */
  destination: string | null;
}

/** Words that speak of time: "when", "date", "day", "how long ago", "since", "until", a month ("london talks were june right?"). */
const WHEN_WORDS_RE = new RegExp(
  String.raw`\b(?:when|whens|dates?|days?|week|month|year|since|until|till|timeline|timing|how long ago|what time|${MONTH_WORD})\b`,
);

/**
 * Words that name a day ("the 24th", "yesterday", "two days ago", "on Thursday"). (Not an ordinal of a series, "the 4th
 * or 5th round", "the 3rd largest": a place in it, no day.)
 */
const DAY_WORDS_RE = new RegExp(
  String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)(?!\s+${SERIES_AFTER_ORDINAL})|yesterday|today|tomorrow|ago|earlier|later|prior|monday|tuesday|wednesday|thursday|friday|saturday|sunday|date|day|days)\b`,
);

/**
 * A reaction of one named party: "the soybean growers' group reaction" (also once read as the body's name, "Heartland
 * Soybean Growers Association reaction"), "ford's response", "how did the chamber react" (not "how did markets
 * react": the reception in general).
 */
const REACTOR_RE = new RegExp(
  `\\b(?:${BODY_NOUNS}|groups?|unions?|ministry|company|firm)\\s+(?:reaction|response|stance)\\b|${
    /\b[\w-]+(?:['’]s|s['’])\s+(?:[\w-]+\s+){0,2}?(?:reaction|response|take|verdict|assessment|stance)\b|\bhow did (?!(?:people|everyone|anyone|markets?|investors|traders|analysts|experts|observers|the (?:press|media|markets?|public|world))\b)(?:[\w'’-]+\s+){1,4}(?:react|respond)\b/
      .source
  }`,
);

/**
 * Questions about disagreement in general ("Where do the sources disagree?"). (Not a share as a noun, "the ownership
 * split", "a 50-50 split": what is split there is a thing, not the sources.)
 */
const OVERVIEW_RE =
  /\b(?:disagree\w*|conflict\w*|contradict\w*|differ(?:s|ent|ences?)?|inconsisten\w*|discrepanc\w*|dispute[ds]?|(?<!\b(?:ownership|equity|revenue|profit|stake|vote|voting|cost|\d+[-/]\d+|even|the|a|an)\s)split|divided|at odds)\b/i;

/** Whether a question asks where the sources disagree; words it quotes ("what did Salo mean by 'three different clocks'?") are the articles', not the asker's. */
export function asksOverview(topic: string): boolean {
  return OVERVIEW_RE.test(topic.replace(/(?:^|\s)["“‘'][^"“”‘’']{2,80}?["”’'](?=\W|$)/g, ' '));
}

/** Questions about what resulted ("what came out of…", "the upshot of…"). */
const OUTCOME_RE = /\b(?:came|come|comes|coming) out of\b|\b(?:upshot|outcome|outcomes|result|results|takeaway)\b/;

/** A measure's words, and the words that ask when it came ("announced", "imposed", "date", "when"). */
const MEASURE_WORDS = String.raw`\b${MEASURE_NOUNS}\b`;
const CAME_WORDS = String.raw`\b(?:announc\w*|impos\w*|unveil\w*|introduc\w*|issu\w*|date|day|when|drop\w*)\b`;
/** Words of a step of a measure after it came: its start, its end, its pause. */
const STEP_WORDS = String.raw`\b(?:kick\w* in|take\w* effect|took effect|effective|appl(?:y|ies|ied)|start\w*|begin\w*|expir\w*|run\w* (?:out|till|until|through)|lapse\w*|suspend\w*|suspension|pause\w*)\b`;
/**
 * New controls as announced, imposed or dated: "when did china announce the october controls", "the date of china's
 * october controls"; not "when do the october rules kick in", which asks about a step of theirs, nor "are we exposed
 * to the oct 9 rules", whose day only names them.
 */
const CONTROLS_ASKED_RE = new RegExp(
  String.raw`^(?!.*${STEP_WORDS}|.*\b\d{1,2}(?:st|nd|rd|th)?\s+${MEASURE_WORDS}).*(?:${CAME_WORDS}[^?]*${MEASURE_WORDS}|${MEASURE_WORDS}[^?]*\b(?:announc\w*|impos\w*|unveil\w*|introduc\w*|issu\w*)\b)`,
  'i',
);

const EVENT_WORDS: [Claim['event'], RegExp][] = [
  // (Not "signal": "mixed signals" asks nothing about a signing. Nor "sign" as a noun, "any sign mp materials was
  // still selling…", "signs of", nor a "sign-off", an approval.)
  [
    'signing',
    /(?<!\b(?:any|a|no|first|clear|positive|good|bad|early|the)\s+)\bsigns?\b(?!\s*-\s*off|\s+of\b)|\b(?:sign(?:ed|ing|ings|ature|atures|atory|atories)|inks?|ink(?:ed|ing)|seal(?:s|ed|ing)?)\b/i,
  ],
  ['talks', /\b(?:talks?|negotiat\w*|meetings?|met|meet|rounds?|summits?|delegations?|negotiators?)\b/i],
  ['call', /\b(?:call|phone|telephone|spoke|speak)\b/i],
  ['announcement', /\b(?:announc\w*|confirm\w*|statement|unveil\w*)\b/i],
  ['controls', CONTROLS_ASKED_RE],
  ['licences', /\blicen[cs]\w*|permits?\b/i],
  ['notification', /\b(?:told|notif\w*|inform\w*|letters?)\b/i],
  // Chat's "sec" and "rep" are already "secretary" and "representative" here (the informal lexicon).
  ['role', OFFICE_WORD_RE],
  ['lifting', /\b(?:lift\w*|eas(?:e|ed|ing)|rescind\w*|cancel\w*|remov\w*|roll\w* back|in return|in exchange|give up|concessions?)\b/i],
  ['tariff', /\b(?:tariffs?|duties|duty|levies|levy)\b/i],
  // ("Until when are the controls suspended?" asks of a pause as "the suspension" does: what is, or stays, suspended.
  // Not what something suspends, "which announcements does no. 70 suspend?", a list.)
  [
    'pause',
    /\b(?:paus(?:e|ed|es|ing)|truce|suspension|reprieve|moratorium)\b|\b(?:is|are|was|were|be|been|being|stays?|remains?)\s+(?:[a-z'’]+\s+){0,5}?suspended\b/i,
  ],
  ['share', /\b(?:share|percent|percentage|processing|production)\b/i],
  [
    'significance',
    /\b(?:significan\w*|breakthrough|modest|important|importance|how big (?:a |of a )?deal|reaction|react|received|reception|optimis\w*|pessimis\w*|celebrat\w*|hail\w*|turning point|sceptic\w*|skeptic\w*|hype|big win|a win|characteri[sz]\w*|portray\w*|spin|verdict)\b/i,
  ],
];

const MONTHS = MONTH_NAMES;

/**
 * Chat's words for lifting a rule, with the rule after them ("pull the eda letters", "drop the china license rule",
 * "dropped the chip software curbs"): they ask about the lifting (`questionFocus`). Not "exports dropped", "dropped
 * the tariff bomb" or "shipments drop in june while the curbs were on".
 */
const CHAT_LIFTING_RE =
  /\b(?:pull(?:s|ed|ing)?|drop(?:s|ped|ping)?|scrap(?:s|ped|ping)?|revok(?:e|es|ed|ing)|unw(?:ind|inds|inding|ound)|undo(?:ne|es)?|undid)\s+(?:(?!(?:in|while|during|after|before|when|as|to|from|by|at|on|of|since|until)\b)\S+\s+){0,4}?(?:letters?|rules?|curbs?|restrictions?|requirements?|bans?|controls?|measures?|sanctions|licen[cs]e\s+(?:rules?|requirements?))\b/i;

/**
 * How many different common nouns, verbs and adjectives of a text (written in lower case: names, months and parties
 * are context every source shares) the question's stems hold, action words aside.
 */
function sharedStems(text: string, stems: ReadonlySet<string>): number {
  const seen = new Set<string>();
  for (const t of tokenize(text)) {
    if (STOPWORDS.has(t.norm) || !/^\p{Ll}/u.test(text.slice(t.start, t.end)) || !stems.has(t.stem)) continue;
    if (!dateActionsIn(t.norm).size) seen.add(t.stem);
  }
  return seen.size;
}

/**
 * The months a question names (capitalised as in MONTH_NAMES). Chat writes months in lower case ("the july
 * numbers"); "may" is a month only where a month fits ("in may"); a span ("from may thru october") names every month in it.
 */
export function questionMonths(topic: string): string[] {
  const months = MONTHS.filter((m) => (m === 'May' ? namesMay(topic) : new RegExp(`\\b${m}\\b`, 'i').test(topic)));
  const span = monthSpan(topic);
  if (span) for (const m of span) if (!months.includes(m)) months.push(m);
  return months;
}

/** What a question asks to have been paused, in the kinds claims.ts gives a pause's end (`end|controls`, `end|tariffs`). */
const PAUSED_KIND_ASKED: { kind: string; re: RegExp }[] = [
  { kind: 'tariffs', re: /\b(?:tariffs?|duties|duty|levies)\b/i },
  { kind: 'controls', re: /\b(?:export controls?|controls|restrictions|curbs|measures|rules?|announcements)\b/i },
];

/** Words after a month (and its day) that make it a measure's name: "the October rules", "the oct 9 measures". */
const MONTH_NAMES_MEASURE = String.raw`(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(?:export[- ]control\s+)?(?:${MEASURE_NOUNS}|announcements?|list)\b`;

/** Measures named by their month, or their day, however the month is typed: "the oct 9 announcements", "the April rules". */
const MEASURES_BY_MONTH_RE = new RegExp(String.raw`\b${MONTH_WORD}\.?${MONTH_NAMES_MEASURE}`, 'gi');

/** True when every mention of `month` in the text names measures by it ("the October rules"), none a time. */
export function namesMeasureOnly(text: string, month: string): boolean {
  const all = [...text.matchAll(new RegExp(`\\b${month}\\b`, 'gi'))];
  const naming = [...text.matchAll(new RegExp(`\\b${month}${MONTH_NAMES_MEASURE}`, 'gi'))];
  return all.length > 0 && naming.length === all.length;
}

/** A document named by its number (group 1): "announcement 61", "Announcement No. 70", "order no 18", "notice 2025/3". */
const NUMBERED_DOCUMENT_RE =
  /\b(?:announcements?|notices?|orders?|decrees?|circulars?|regulations?|rules?)\s+(?:no\.?\s*|number\s+|#\s*)?(\d[\d/.-]*)/gi;

/** An event the asker sets aside: "not the signing", "rather than the talks", "other than the call". */
const SET_ASIDE_EVENT_RE =
  /\b(?:not|rather than|other than|instead of|apart from)\s+(?:the\s+|that\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:signing|signature|talks|meeting|call|announcement|suspension|pause)\b/gi;

/** A question asking when something began: "kick in", "take effect", "start", "begin", "come into force". */
const START_ASKED_RE =
  /\b(?:kick(?:s|ed)? in|t(?:ake|akes|ook) effect|start(?:s|ed)?|beg(?:in|ins|an)|c(?:ome|omes|ame) into (?:force|effect)|went into effect)\b/i;

/** A question asking for a time: "when", "what date", "which day". */
const WHEN_ASKED_RE = /\bwhen\b|\bwhat (?:date|day)\b|\bwhich (?:date|day)\b/i;

/** Reads a question's focus: events, wanted attributes, places, parties and months it names. */
export function questionFocus(q: AnalyzedQuestion): QuestionFocus {
  // Corrected spellings count ("signd" → "signed").
  const text = `${q.topic} ${q.terms.map((t) => t.corrected ?? '').join(' ')}`;
  // An event named only to say when ("how long is Beijing freezing the curbs after the Korea summit?") is not
  // what is asked about: the words of a time phrase do not name events.
  // (Nor does a numbered document's name: "ann. 61 — what's the threshold" asks what Announcement No. 61 says, not when
  // something was announced.)
  // (Unless it asks when: "announcement 70 - what is it and when" asks when it was announced.)
  // (Nor one the asker sets aside, "the confirmation i mean, not the signing"; nor a promise, "what did china sign up
  // for".)
  const named = text
    .replace(TIME_ANCHOR_RE, ' ')
    .replace(WHEN_ASKED_RE.test(text) ? /$^/ : NUMBERED_DOCUMENT_RE, ' ')
    .replace(SET_ASIDE_EVENT_RE, ' ')
    .replace(/\bsign(?:s|ed|ing)?\s+up\s+(?:for|to)\b/gi, ' ');
  const anchorWords = new Set([...text.matchAll(TIME_ANCHOR_RE)].flatMap((m) => m[0].toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []));
  const events = new Set<Claim['event']>(EVENT_WORDS.filter(([, re]) => re.test(named)).map(([e]) => e));
  // "When did Trump and Xi talk on the phone?": the verb "talk" of a call is not the talks.
  if (events.has('call') && events.has('talks') && !/\b(?:talks|negotiat\w*|delegations?|round|summit|met|meeting)\b/i.test(text))
    events.delete('talks');
  const attributes = new Set<Claim['attribute']>();
  // (Nor is a length of time that places it: "what happened four months after london" asks for no length.)
  const lower = text.toLowerCase().replace(TIME_OFFSET_RE, ' ');
  // "Who signed it and when?": a second question word asks too.
  // ("What day…", "which month…", "the date?"; not "on the 9th, the first day of the talks", which gives one.)
  if (
    q.type === 'when' ||
    asksWhen(lower) ||
    /\bdates?\b|\b(?:what|which)\s+(?:[\w'’-]+\s+)?(?:day|month)\b|\b(?:day|month)\s+(?:did|was|were|is|do|does)\b/.test(lower)
  )
    attributes.add('date');
  // ("When n where did they meet?": a second question word asks too.)
  // (Not "where do the sources disagree on…", which asks for the disagreement, not a place.)
  const placeAsked = lower.replace(WHERE_SOURCES_DIFFER_RE, ' ');
  if ((q.type === 'where' && placeAsked === lower) || /\b(?:where|venue|city|location|someplace|somewhere|building)\b/.test(placeAsked))
    attributes.add('place');
  // A building is a place too: "where did they meet?" shows a dispute over the venue.
  if (attributes.has('place')) attributes.add('venue');
  if (q.type === 'howmany' || /\b(?:how long|rate|percent|level)\b/.test(lower)) attributes.add('number');
  if (
    // (And who sat at the table, read "took part in the talks as negotiators": the leaders first of all. "chinas top guy
    // at the london table" is its leader.)
    /\b(?:led|lead|leads|leading|head|heads|headed|heading|helm|helmed|in charge|leader|delegation|chief negotiator|top negotiator|top(?:\s+(?:guy|man|woman|person|official|dog))?\s+(?:at|in|for)\s+the|took part in the talks as negotiators|(?:running|ran|runs?)\s+(?:the\s+)?(?:[\w'’]+\s+)?(?:side|team|delegation|talks|negotiations))\b/.test(
      lower,
    )
  )
    attributes.add('leader');
  // "Who was the US trade rep?": who holds an office; other questions naming an office ask what its holder did.
  // "Who's the head of CLEPA?" asks for whoever holds the body's top office, whatever it is called.
  const asksHead = HEAD_OF_RE.test(lower) && (q.type === 'who' || /\bwho(?:'?s)?\b/.test(lower));
  if (asksHead) events.add('role');
  if (events.has('role') && (q.type === 'who' || asksHead || /\bname\b/.test(lower))) attributes.add('holder');
  else events.delete('role');
  // What a side lifts (its own export controls, or curbs on the other's goods) answers what it gives in return, or a
  // lifting asked of as a whole; not a question for when (a day), for what someone said, or for the list of what
  // was lifted ("list the us curbs that got lifted", "when did the EDA ban get lifted", "what did lutnick say about
  // lifting the us measures"): in the blind sets that dispute was shown 75 times and matched a planted one 5 times,
  // 14 times on questions with none.
  const wholeLifting = q.type !== 'when' && !attributes.has('date') && !q.views && !q.list;
  if (q.commitment || (events.has('lifting') && wholeLifting)) attributes.add('lifted');
  // Chat's words for lifting a rule ("when did BIS pull the letters", "drop the licence rule") ask when it was
  // lifted, or, asked without a date, what was lifted ("does washington drop its export controls or curbs on
  // chinese imports?").
  if (CHAT_LIFTING_RE.test(named)) {
    events.add('lifting');
    if (wholeLifting && !attributes.has('number')) attributes.add('lifted');
  }
  if (events.has('significance')) attributes.add('tone');
  // "Was it actually signed or just agreed in principle?": asks whether it was signed at all.
  if (
    events.has('signing') &&
    /\bin principle\b|\bsigned\b.*\bor (?:just|only|merely)\b|\b(?:actually|really|ever|formally) signed\b|\bnot (?:yet )?signed\b/.test(
      lower,
    )
  )
    attributes.add('status');
  // (Not "what did Bessent say about the 100% tariffs?": a question for someone's words.)
  if ((events.has('tariff') || events.has('pause') || events.has('share')) && ['what', 'howmany', 'yesno'].includes(q.type) && !q.views)
    attributes.add('number');
  const months = questionMonths(q.topic);
  const units = new Set<'%' | 'days'>();
  if (/\bhow long\b|\bhow many (?:days|weeks|months)\b|\bdays?\b|\bduration\b/.test(lower)) units.add('days');
  if (/\b(?:percent|percentage|rate|level|%|share|slice|portion|proportion)\b|\bwhat tariffs?\b|\bhow (?:high|much)\b/.test(lower))
    units.add('%');
  // Counts ("how many elements…", "six or seven?") are about the things the question names.
  const n = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
  if (new RegExp(`\\bhow many\\b|\\bnumber of\\b|\\b${n} or ${n}\\b`, 'i').test(lower)) events.add('count');
  // Figures with a unit: "how many tons…", "how long are the licences good for?", "how big was the jump…".
  if (
    /\b(?:tons?|tonnes?|barrels?|hours?|minutes?|weeks?|months?|times|fold|how long|how much|how many|how big|how (?:low|high|far|deep|steep|bad|severe)|forecast|estimate|volume|numbers?|figures?|totals?|counts?|jobs?)\b/.test(
      lower,
    ) ||
    ASKS_LEVEL_RE.test(lower)
  )
    events.add('quantity');
  const on = /\bon\s+(?:imports?\s+(?:from|of)\s+)?(\w[\w.]*)(?:\s+(\w+))?/i.exec(q.topic);
  // ("China's tariff on us goods": "us" typed in lower case before a word for goods is the United States, not "us".)
  const onParty = on && /^us$/i.test(on[1] as string) && GOODS_AFTER_RE.test(on[2] ?? '') ? 'US' : on?.[1];
  // (And a place an abbreviation stands for, a reading of several words: "the KL talks" are the Kuala Lumpur talks.
  // Its words are among the keys the question's tagging request looks up, `taggingRequest`, so that a new process
  // looks them up in its tagger, not by loading compromise here.)
  const spelledOut = q.terms.flatMap((t) => (t.corrected?.includes(' ') ? [t.corrected] : [])).join(' , ');
  const places = [...new Set([...questionPlaces(q.topic), ...questionPlaces(spelledOut)])];
  // "The busan date", "the london dates": the date of a place that names no step is the date of the round held there.
  // (Not a place that only times the question: "what day did it air, before the london round?")
  // (Nor a place that only times what is asked, "when is lind supposed to go to finland after oslo?": the visit is
  // asked, not the Oslo round's date.)
  const anchored = PLACE_ANCHOR_RE.exec(named)?.[1]?.toLowerCase();
  if (
    events.size === 0 &&
    attributes.has('date') &&
    questionPlaces(named).some((p) => findParties(titleCased(p)).length === 0 && p !== anchored)
  )
    events.add('talks');
  return {
    events,
    target: onParty ? (findParties(onParty)[0]?.party ?? null) : null,
    units,
    attributes,
    places,
    cities: places.filter(isCityOrCountry),
    others: places.filter((p) => findParties(titleCased(p)).length === 0 && countryOf(titleCased(p)) === titleCased(p)),
    // (Not the words of a time phrase: "after the Korea summit" does not make the summit's length the question's.)
    stems: new Set(q.terms.filter((t) => !anchorWords.has(t.word)).flatMap((t) => [t.stem, ...t.matches])),
    ownStems: new Set(
      q.terms.filter((t) => !anchorWords.has(t.word)).flatMap((t) => [t.stem, ...(t.corrected ? [stem(t.corrected)] : [])]),
    ),
    parties: findParties(q.topic).map((p) => p.party),
    months,
    text: lower,
    // (Not a month, or a day, that only names measures: "which of the oct 9 announcements did no. 70 suspend?" speaks of
    // announcements, not of when anything happened.)
    speaksOfTime: [q.text, q.topic].some((t) => {
      const own = t.toLowerCase().replace(MEASURES_BY_MONTH_RE, ' ');
      return DAY_WORDS_RE.test(own) || WHEN_WORDS_RE.test(own);
    }),
    receives: RECEIVES_RE.test(q.text),
    views: q.views,
    people: PEOPLE_ASKED_RE.test(lower),
    // (Not one that names a month or a day: "do sources have the talks as June 9-10?", "was it signed yesterday or
    // two days ago?" are about the dates.)
    // ("Do the sources disagree on the job count?" is a yes/no question about the disagreement, not what came of it.)
    outcome: (q.type === 'yesno' || OUTCOME_RE.test(lower)) && months.length === 0 && !DAY_WORDS_RE.test(lower) && !asksOverview(lower),
    reactor: REACTOR_RE.test(lower),
    measureUnit: MEASURE_UNITS.some((u) => (UNIT_WORDS[u] as RegExp).test(lower)),
    destination: destinationOf(lower),
  };
}

/**
 * The party after "exports/shipments … to", "ship … to", "went to", "bound for": where the figures asked about went ('' for
 * every destination, null when the question does not say). `lower`: the question in lower case.
 */
export function destinationOf(lower: string): string | null {
  const m =
    /\b(?:exports?|exported|shipments?|ship|shipped|ships|sales|sell|sold|send|sent|deliveries|delivered|went|go|goes|going|gone|headed|flowed)\b[^?.;]{0,40}?\b(?:to|into|bound for)\s+(?:the\s+)?([\w.]+)(?:\s+([\w.]+))?/.exec(
      lower,
    );
  // (Not a span's end, "…month by month from may to nov": no party, and the question may still say "US-bound".)
  if (m) {
    const one = (m[1] as string).replace(/['’]s$/, '');
    const party = partyOf(`${one} ${(m[2] ?? '').replace(/['’]s$/, '')}`.trim()) ?? partyOf(one);
    if (party || monthOfWord(one) === null) return party;
  }
  // "US-bound magnets", and a page's reading of "日本向け" (bound for Japan): "Japan bound for".
  const bound = /\b([\w.]+)(?:-|\s)bound\b/.exec(lower);
  // (Lower-case "us" before "-bound" is no pronoun: "us-bound magnets" go to the US.)
  const party = bound ? partyOf((bound[1] as string).replace(/['’]s$/, '').replace(/^us$/, 'usa')) : null;
  if (party) return party;
  // "How much did total magnet exports rise", "overall", "all destinations": every destination ('').
  return /\b(?:total|overall|all destinations|all-destination|globally|worldwide|in all)\b/.test(lower) ? '' : null;
}

/**
 * How someone rated a meeting or a deal ("how did trump grade the xi meeting", "what score did trump give the xi
 * sitdown"): their verdict, not when or where it was.
 */
const RATED_RE =
  /\b(?<!\bwho )(?:grade|grades|graded|rate|rates|rated|score|scored|rank|ranked)(?= (?:the|his|her|their) (?:[\w-]+ )?(?:meeting|talks|summit|deal|sitdown|sit-down|call|truce|agreement)\b)|\bwhat (?:score|grade|rating|mark) did\b/i;

/** Units of a length of time (a pause's days, a licence's months): what "how long" asks for. */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['days', 'weeks', 'months', 'hours']);

/** Words that ask about jobs: a count of jobs answers only a question that has one ("how many jobs", "the workforce"). */
export const JOBS_WORDS_RE = /\b(?:jobs?|employ\w*|workers|workforce|headcount|hires|hiring)\b/;

/** Words that name a quantity's unit (or what it measures: "valid for" is a duration). */
const UNIT_WORDS: Record<string, RegExp> = {
  // (A price "per ton" or a fee "per net ton" is not a tonnage.)
  tonnes: /(?<!\bper\s(?:(?:net|metric|short|long|gross|deadweight|dry)\s)?)\b(?:tons?|tonnes?|tonnage)\b/,
  'barrels a day': /\bbarrels?\b/,
  barrels: /\bbarrels?\b/,
  jobs: JOBS_WORDS_RE,
  hours: /\b(?:hours?|minutes?|how long|lasted|last|duration)\b/,
  // (Not "the day Beijing confirmed it": a point in time, not a length; "one week" and "days" are lengths.)
  days: /\b(?:days|weeks|how many (?:days|weeks)|week-long|day-long|(?:a|one|two|three|four|five|six|seven|\d+) (?:week|day))\b/,
  // (Not figures asked by the month, "month by month", "each month", "per month": a series, no length in months.)
  months: /\b(?:(?<!\b(?:by|each|every|per|a|the|last|this|next|that|same)\s)months?(?!\s+by\s+month)|valid|good for)\b/,
  times: /\b(?:times|fold|jump|bump|rise|surge|increase|how big|doubl\w*|tripl\w*|multiples?)\b/,
  // A share: asked as a share, a part, a proportion or a count of how many ("how many actually got approved"; not "how
  // many cars a year…", which counts a thing).
  // (Not a period: "the second quarter", "q2", "last quarter", "the third quarter of 2025".)
  'percent share':
    /\b(?:share|proportion|fraction|percentage|percent|how many(?=\s+(?:of|actually|really|already|still|now|have|has|had|got|get|were|are|was|is|did|do|does|will|would|can|could)\b|\s*[?]|$)|half|third|(?<!\b(?:first|second|third|fourth|last|this|next|previous|prior|same|fiscal|calendar)[- ])quarter(?![- ](?:of (?:19|20)\d\d|results|earnings|revenue|sales)))\b|%/,
};
/** A share asked for by name ("what share", "what percentage of", "how much of the share"; not a change in %). */
const SHARE_ASKED_RE = /\b(?:share|proportion|fraction)\b|\bpercentage of\b/;
/** "The head of", "the boss at", "who runs": asks for a body's top office-holder. */
const HEAD_OF_RE = /\b(?:head|boss|chief|runs)\b/;

/** A question for a length of time in no particular unit. */
const HOW_LONG_RE = /\bhow long\b|\bfor how many\b|\bduration\b/;
/** "How long" asked of a thing that lasts months or years: an agreement, a truce, a pause, a licence, a tariff. */
const LASTING_ASKED_RE =
  /\bhow long\b[^?]*?\b(?:agreements?|deals?|truces?|pauses?|suspensions?|licen[cs]es?|permits?|exemptions?|waivers?|arrangements?|frameworks?|tariffs?|controls?|bans?|curbs?)\b|\b(?:agreements?|deals?|truces?|pauses?|suspensions?|licen[cs]es?|permits?)\b[^?]*?\bhow long\b/i;
/** Words for a meeting, whose length is in hours: "the busan sit-down", "the call", "the talks". */
const MEETING_WORD_RE = /\b(?:meetings?|met|meet|talks|summit|sit-?downs?|calls?|sessions?|bilaterals?|face-to-face|hours?|minutes?)\b/i;

/**
 * "did he say how long the rare earths agreement lasts?": an agreement, a pause or a licence lasts months, not the hours
 * of a meeting; a question naming no meeting is about no figure in hours (a dispute's or a claim's).
 */
function lastingNotHours(text: string, unit: string): boolean {
  return unit === 'hours' && LASTING_ASKED_RE.test(text) && !MEETING_WORD_RE.test(text);
}

/** A question about a year as a whole ("full year", "all of 2025", "annual"). */
const WHOLE_YEAR_RE = /\b(?:full[- ]year|whole year|all of (?:19|20)\d\d|for the year|annual(?:ly)?|year[- ]to[- ]date|yearly)\b/;

/**
 * A rise or a fall in percent answers a question about a change ("how much did exports rise", "% yoy"), not one for
 * an amount ("how much did china ship in 2025"): true when `unit` is such a change and the question asks none.
 */
function changeNotAsked(f: QuestionFocus, unit: string): boolean {
  return /^percent (?:rise|fall)/.test(unit) && !CHANGE_ASKED_RE.test(f.text);
}

/** A question about a change in a figure: a rise or a fall, in percent or compared with another period. */
const CHANGE_ASKED_RE =
  /\b(?:ris\w*|rose|jump\w*|increas\w*|grow\w*|grew|growth|up|gain\w*|surg\w*|soar\w*|climb\w*|fall\w*|fell|drop\w*|declin\w*|down|slid\w*|slump\w*|plung\w*|decreas\w*|change\w*|percent|per cent|yoy|y\/y|m\/m|mom|year on year|month on month|vs)\b|%/;

/** "How many months…", "how many times…": a question for a number of units, a measure rather than a count of things. */
/**
 * True unless the question counts something else than a count's thing (the words of its qualifier): "How many cars a
 * year does Neutral pull rare earths from?" counts cars, not rare earths, wherever else it names them. The thing after
 * "how many" must be the one counted, or a word the lexicon makes one with it.
 */
export function countsThing(question: string, qualifier: string): boolean {
  const counted = HOW_MANY_THING_RE.exec(question)?.[1];
  if (!counted) return true;
  // (Any word of the thing counted: "how many licences…" counts "licence applications".)
  const own = tokenize(qualifier)
    .filter((w) => w.norm.length > 2)
    .map((w) => stem(w.norm.replace(/licenc/g, 'licens')));
  const same = new Set([...own, ...own.flatMap((w) => [...synonymsOf(w)])]);
  return tokenize(counted).some((w) => {
    const st = stem(w.norm.replace(/licenc/g, 'licens'));
    return same.has(st) || own.some((o) => synonymsOf(st).has(o));
  });
}

/** The thing a "how many" question counts: the words after it up to a verb ("how many cars a yr does…": cars a yr). */
const HOW_MANY_THING_RE =
  /\bhow many\s+((?:[a-z'-]+\s+){0,3}?[a-z'-]+)\s+(?:did|do|does|were|was|are|is|has|have|had|will|would|can|could|got|get|went)\b/i;

const UNITS_COUNTED_RE =
  /\bhow many (?:more |fewer )?(?:days|weeks|months|years|hours|minutes|times|tonnes|tons|percent|percentage points|points|dollars|barrels)\b/;

/** A share asked for: "what percentage", "how much … content", "what share of…". */
const SHARE_WORDS_RE = /\b(?:percent|percentage|per cent|share|portion|proportion|content)\b|%/i;

/** Units a question can name outright ("how many tonnes…"): then figures in other units, and counts, do not answer it. */
const MEASURE_UNITS = ['tonnes', 'barrels a day', 'barrels'];

const ANY_AMOUNT_RE =
  /\b(?:how much|how many|how long|how big|how (?:low|high|far|deep|steep|bad|severe)|volume|amount|duration|forecast|estimate|numbers?|figures?|totals?)\b/;
/** Figures asked by the month ("month by month", "each month", "monthly"): a series, no length of time. */
const BY_THE_MONTH_RE = /\bmonth\s+by\s+month\b|\b(?:by|each|every|per|a)\s+month\b|\bmonthly\b/gi;
/** Words of a question about a length of time. */
const TIME_ASKED_RE =
  /\bhow long\b|\b(?:hours?|days?|weeks?|months?|years?|minutes?|duration|length|lead[- ]times?|turnaround|wait(?:ing)?|valid(?:ity)?|last(?:s|ed)?)\b/;
/** A question that asks for an amount in general (with or without naming its unit). */
const asksAmount = (text: string) => ANY_AMOUNT_RE.test(text) || ASKS_LEVEL_RE.test(text);

/** A count of what a list or a rule covers asked for: "how many rare earths were on the april 4 list", "how many
 * elements are controlled now". */
const LISTED_COUNT_ASKED_RE =
  /\bhow many\b[^?]*?\b(?:(?:on|in|to|off|from)\s+(?:the|that|this|its|their|china's|beijing's)\s+(?:[\w'’-]+\s+){0,3}?(?:list|lists|rules?|controls?|regime)\b|(?:are|were|is|was|got|get)\s+(?:now\s+)?(?:restricted|controlled|covered|listed|added|included)\b)/i;

/**
 * "tonnes (magnets, customs, June)": a question that names the unit and one of the words the sources share, or
 * asks for an amount in general ("how many…") and names two of them.
 */
function quantityAsked(
  f: QuestionFocus,
  label: string,
  around: readonly string[] = [],
  scope: string | null = null,
  common: readonly string[] = [],
): boolean {
  // "How much did shipments to the US jump?": figures for all destinations, or for another one, are not those asked
  // about (figures whose destination no clause gives may be).
  if (f.destination != null && scope != null && scope !== f.destination) return false;
  // Nor are one destination's figures those of a question that names other countries and not that one ("June
  // exports to Japan" read from "6月の日本向け…" is not about shipments to the US).
  if (f.destination == null && scope && f.parties.length > 0 && !partiesNamed(f.text).has(scope)) return false;
  const m = /^([a-z ]+?)(?: \((.*)\))?\s*$/.exec(label);
  if (!m) return false;
  // "How many days does the truce last?" is not about a call's length in hours: a length of time asked in one unit
  // is not a dispute in another.
  const unit = m[1] as string;
  const askedTime = /\bhow many (hours?|minutes?|days?|weeks?|months?|years?)\b/i.exec(f.text)?.[1]?.toLowerCase().replace(/s$/, '');
  // (Lengths in weeks are counted in days: "a week" and "seven days" are one value.)
  const askedUnit = askedTime === 'minute' ? 'hour' : askedTime === 'week' ? 'day' : askedTime;
  if (askedTime && DURATION_UNITS.has(unit) && `${askedUnit}s` !== unit) return false;
  // "How long was the plant down?" names a length of time, whatever its unit.
  // ("How long after Beijing confirmed it did the US drop the curbs?" asks for the time between two steps, not how
  // long something lasted.)
  const between = /\bhow long (?:after|before|since|until|til|till|between|from)\b/i.test(f.text);
  if (between && DURATION_UNITS.has(unit)) return false;
  // ("Six-month licences? how long do they last": a length in months, not a meeting's in hours.)
  // (Not "how long did the first day go": a day named, not a length in days.)
  if (
    unit === 'hours' &&
    !/\b(?:hours?|minutes?)\b/i.test(f.text) &&
    /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few)[\s-]+(?:days?|weeks?|months?|years?)\b|\b(?:day|week|month|year)-long\b/i.test(
      f.text,
    )
  )
    return false;
  if (lastingNotHours(f.text, unit)) return false;
  const named = (UNIT_WORDS[unit]?.test(f.text) ?? false) || (DURATION_UNITS.has(unit) && HOW_LONG_RE.test(f.text));
  if (!named && !asksAmount(f.text)) return false;
  // "How many rare earths were on the april 4 list?" counts what is listed: a dispute over tonnes is not about it.
  if (!named && LISTED_COUNT_ASKED_RE.test(f.text)) return false;
  // (Nor a length of time, "5 months" against "6 months", a question asking for numbers in general: "magnet exports
  // month by month, whatever numbers the articles have" asks for no length.)
  if (!named && DURATION_UNITS.has(unit) && !TIME_ASKED_RE.test(f.text.replace(BY_THE_MONTH_RE, ' '))) return false;
  // (A count of jobs only answers a question about jobs or staff: "how much did the Pentagon invest in Noveon" asks for
  // a sum, not its workforce.)
  if (!named && unit.startsWith('jobs')) return false;
  // "What share of applications got approved?" asks for a share: a dispute over a length of time or a tonnage is
  // another quantity's.
  if (!named && unit !== 'percent share' && SHARE_ASKED_RE.test(f.text)) return false;
  if (changeNotAsked(f, unit)) return false;
  if (!named && f.measureUnit) return false;
  const words = (m[2] ?? '').split(', ').filter((w) => w && !MONTHS.some((mo) => mo.toLowerCase() === w.toLowerCase()));
  // "Magnet shipments to the US, how many tons?" is not about a dispute over tonnes of soybeans (data/lexicon/goods.txt).
  const askedGoods = goodsOf(f.stems);
  if (otherGoods(askedGoods, goodsOf([...words, ...common]))) return false;
  // (Not the unit's own words: "how long do holds last" shares "lasted" with talks that "lasted 20 hours", not the talks.)
  const asked = (w: string) =>
    !(UNIT_WORDS[unit]?.test(w) ?? false) && (f.stems.has(stem(w.replace(/licenc/g, 'licens'))) || f.stems.has(stem(w)));
  // (All the words its figures' clauses share, not only the label's first three: "ethane", "china" after "expect".)
  const hits = [...new Set([...words, ...common])].filter(asked).length;
  // Words around any of its figures ("negotiating", "London") count for a question that names the unit (only
  // then: asked for an amount in general, "how much of the market", they would match the story's own words).
  const aroundHits = around.filter((w) => !/^(?:they|their|there|these|those|this|that)$/.test(w) && asked(w)).length;
  // A named unit and the same month ("how big was the jump in June?" and a rise "in June") are enough.
  const month = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.exec(m[2] ?? '')?.[1];
  const sameMonth = !!month && f.months.some((x) => x.toLowerCase() === month.toLowerCase());
  // A question about June's figures is not about a dispute over May's (as for one claim: see quantityClaimAsked),
  // nor is one about the whole year ("2025 full year: how many tons…").
  if (month && f.months.length > 0 && !sameMonth) return false;
  if (month && f.months.length === 0 && WHOLE_YEAR_RE.test(f.text)) return false;
  // Nor is one about a month ("july magnet exports — whats the six-month-high number") about a dispute over figures of
  // a year that name no month (57,392 against 62,585 tonnes "for all of 2025"): a year's total, or a part of it.
  if (!month && f.months.length > 0 && !WHOLE_YEAR_RE.test(f.text) && (m[2] ?? '').split(', ').some((w) => /^(?:19|20)\d\d$/.test(w)))
    return false;
  // Asked for an amount in general, a figure of a month must be of the month asked about.
  // ("How long…" names a length of time, not which: it needs a word all its sources share and another word of the
  // thing, like an amount in general: "how long was the Dunmore plant down?", not "how long til more plants go down?".)
  if (named && !(UNIT_WORDS[unit]?.test(f.text) ?? false))
    return hits >= 1 && hits + aroundHits >= 2 && (!month || f.months.length === 0 || sameMonth);
  // (Asked for an amount in general, the goods the question names, among its figures' words, and the month asked
  // count too: "how low did ethane exports go in june" of "57,000 barrels per day" of ethane in June.)
  if (named) return words.length === 0 || hits >= 1 || aroundHits >= 1 || sameMonth;
  const sameGoods = () => {
    const aroundGoods = goodsOf(around);
    return [...askedGoods].some((g) => aroundGoods.has(g));
  };
  return (hits >= 2 || (sameMonth && askedGoods.size > 0 && sameGoods())) && (!month || sameMonth);
}

/**
 * Whether one quantity claim ("353 tonnes" with its unit, month and words) is about what the question asks:
 * its unit (or an amount in general) asked for, its month if the question names one, and words in common.
 */
export function quantityClaimAsked(f: QuestionFocus, c: Claim): boolean {
  const [unit = '', month = '', near = '', clause = ''] = (c.qualifier ?? '').split('|');
  if (lastingNotHours(f.text, unit)) return false;
  const named = UNIT_WORDS[unit]?.test(f.text) ?? false;
  if (!named && !asksAmount(f.text)) return false;
  // (Jobs only when asked: "what are ppl paying for magnets… all the numbers" is not asking how many people Hessler employs.)
  if (!named && unit.startsWith('jobs')) return false;
  // A length of time ("eleven weeks") answers only a question about time ("how long", "how many weeks", "the wait").
  if (DURATION_UNITS.has(unit) && !TIME_ASKED_RE.test(f.text)) return false;
  if (changeNotAsked(f, unit)) return false;
  // "How many tonnes…": a figure in months or hours is not one.
  if (!named && f.measureUnit) return false;
  if (f.months.length > 0 && month && !f.months.some((m) => m.toLowerCase() === month)) return false;
  // Nor is a yearly rate ("10,000 tonnes a year" of capacity) a month's figure.
  if (f.months.length > 0 && / a year$/.test(unit)) return false;
  const words = new Set(`${near} ${clause}`.split(' ').filter(Boolean));
  const hits = [...words].filter((w) => f.stems.has(stem(w.replace(/licenc/g, 'licens'))) || f.stems.has(stem(w))).length;
  return hits >= (named ? 1 : 2);
}

/** A word for a deal as such ("truce", "frameworks"): the claims' own deal words, singular or plural. */
function dealWord(w: string): boolean {
  return DEAL_RE.test(w) || DEAL_RE.test(w.replace(/s$/, ''));
}

/** A question asking for people: "who…", "which officials…", "list the negotiators" (anywhere in it, so wider than a
 * who-question's kind: "the names of the analysts…"). */
const PEOPLE_ASKED_RE =
  /\bwho(?:m|se)?\b|\b(?:which|list|name)\s+(?:(?:all|every|the|of|[\w'’-]+)\s+){0,3}(?:officials?|people|persons?|ministers?|negotiators?|delegates?|executives?|analysts?)\b/;

/** "Where do the sources disagree/differ…": asks for the disagreements, not for a place. */
const WHERE_SOURCES_DIFFER_RE =
  /\bwhere\s+(?:do|does|did|are|is)\s+(?:the\s+|our\s+|these\s+)?(?:sources?|articles?|outlets?|reports?|pieces?|accounts?|stories|they)\s+(?:\w+\s+)?(?:disagree|differ|diverge|conflict|contradict|clash|split)\w*\b/g;

/** The disagreements relevant to a question, most relevant first. */
/** A question whether what someone said is so ("… — true?", "is that right?", "fact check pls", "legit?"). */
const CLAIM_CHECKED_RE =
  /\b(?:true|right|correct|accurate|legit|so)\s*\?|\bfact[- ]?check\w*|\bis (?:that|this|it|he|she|they) (?:true|right|correct|accurate)\b|\bcheck (?:that|this)\b/i;

/** Words for goods after a party ("us goods", "us imports"): what a tariff is charged on. */
const GOODS_AFTER_RE = /^(?:goods|imports|products|exports|farm|soybeans|cars|firms|companies)$/i;
export function relevantDisagreements(f: QuestionFocus, all: FoundDisagreement[]): FoundDisagreement[] {
  return ofMonthAsked(f, relevantEach(f, all));
}

/** The month a quantity dispute's figures are of ("tonnage (US, May)": "may"), '' for none, null for no quantity. */
function quantityMonth(d: FoundDisagreement): { unit: string; month: string } | null {
  if (d.event !== 'quantity') return null;
  const m = /^([a-z ]+?)(?: \((.*)\))?\s*$/.exec(d.qualifier ?? '');
  if (!m) return null;
  const month = (m[2] ?? '').split(', ').find((w) => MONTHS.some((mo) => mo.toLowerCase() === w.toLowerCase())) ?? '';
  return { unit: m[1] as string, month: month.toLowerCase() };
}

/**
 * "How many tonnes of magnets went to the US in may?": where a dispute over figures in a unit is of the month asked
 * (51 against 46 tonnes "in May"), disputes over figures in that unit that name no month (month-less figures from
 * notes of November and January, "jumped 56.1% to 656 t") are of other months, as far as anyone can tell: only the
 * month's dispute is the question's.
 */
function ofMonthAsked(f: QuestionFocus, relevant: FoundDisagreement[]): FoundDisagreement[] {
  if (f.months.length === 0) return relevant;
  const asked = new Set(f.months.map((m) => m.toLowerCase()));
  const dated = new Set(
    relevant.flatMap((d) => {
      const q = quantityMonth(d);
      return q && asked.has(q.month) ? [q.unit] : [];
    }),
  );
  if (dated.size === 0) return relevant;
  return relevant.filter((d) => {
    const q = quantityMonth(d);
    return q?.month !== '' || !dated.has(q.unit);
  });
}

function relevantEach(f: QuestionFocus, all: FoundDisagreement[]): FoundDisagreement[] {
  if (all.length === 0) return [];
  let steps: Set<string> | null = null;
  return all.filter((d) => {
    // A dated step ("when did the affiliates rule take effect?"): a date asked for, and a word of what it is of.
    // A question naming a kind of step ("when did it kick in?") asks for that kind.
    if (d.event === 'dated') {
      const cls = (d.qualifier ?? '').split(':')[0] ?? '';
      steps ??= dateActionsIn(f.text);
      const asked = steps;
      // What the step is of: a word its sources share, or three words of one side's own sentence ("when did the us drop
      // the curbs on chip design software": "rescinds the licence requirement for chip design (EDA) software").
      // (Not for an agreement or an announcement: every source of the story tells of one in much the same words.)
      // (A word for the deal itself, "truce", "framework", names no step: every question about the deal has one
      // among its synonyms.)
      // (A word of the step in the question's own words, or as a paraphrase where the question names the kind of step,
      // or every one of them at least as a paraphrase: "when was GE told it could ship engines" reads "ship" as
      // "export" too, which is no step of "export controls"; "when did the US lift the chip software thing" names a
      // lifting, of "EDA".)
      const stepWords = (d.words ?? []).filter((w) => !dealWord(w));
      const paraphrased = stepWords.filter((w) => f.stems.has(stem(w)));
      const ofStep =
        stepWords.some((w) => f.ownStems.has(stem(w))) ||
        (paraphrased.length > 0 && (asked.has(cls) || paraphrased.length === stepWords.length)) ||
        (cls !== 'agree' && cls !== 'announce' && d.disagreement.positions.some((p) => sharedStems(p.quote ?? '', f.stems) >= 3));
      return f.attributes.has('date') && (asked.size === 0 || asked.has(cls)) && ofStep;
    }
    // "When did ukraine sign its minerals deal?": a country the question names that is none of the story's parties
    // makes the dispute another deal's unless one of its sides names that country.
    if (f.others.length > 0 && !d.disagreement.positions.some((p) => f.others.some((c) => (p.quote ?? '').toLowerCase().includes(c))))
      return false;
    // "When was announcement 70 issued?": the day of a document the question names by its number is not disputed by
    // dates none of whose sides names that number (the day "the US announced" the London framework). (Only dates: what
    // a document covers, "how many REEs does ann 18 cover", is told by quotes that need not repeat its number.)
    const numbers = d.attribute === 'date' ? [...f.text.matchAll(NUMBERED_DOCUMENT_RE)].map((m) => /^\d+/.exec(m[1] as string)?.[0]) : [];
    if (numbers.length > 0 && !d.disagreement.positions.some((p) => numbers.some((n) => new RegExp(`\\b${n}\\b`).test(p.quote ?? ''))))
      return false;
    // The question must name the event (tone questions name it through words like "significant").
    const event = d.attribute === 'tone' ? 'significance' : d.attribute === 'leader' ? 'talks' : d.event;
    // "Who was heading Beijing's team?" asks for a delegation leader without naming the talks.
    if (!f.events.has(event) && !(d.attribute === 'leader' && f.attributes.has('leader'))) return false;
    // How the sources frame the deal is not how one named party took it.
    if (d.attribute === 'tone' && f.reactor) return false;
    // When it asks for an attribute, the disagreement must be about that attribute.
    if (f.attributes.size > 0 && !f.attributes.has(d.attribute)) return false;
    // When it asks for none, a dispute over a date is not what it asks unless it speaks of time at all: "which pieces
    // quote the mofcom 'meet each other halfway' bit", "how did markets take the signing" ask what was said or how it
    // was taken, not on which day it was signed.
    if (d.attribute === 'date' && f.attributes.size === 0 && !f.speaksOfTime) return false;
    // Who led a delegation is disputed only for a question about who took part ("what did Trump say about the
    // meeting?" is not one).
    if (
      f.attributes.size === 0 &&
      (d.attribute === 'tone' ||
        d.attribute === 'lifted' ||
        d.attribute === 'status' ||
        (d.attribute === 'leader' && !/\bwho(?:m|se)?\b/.test(f.text)))
    )
      return false;
    // "What did the treasury secretary say after the Kuala Lumpur round?" asks for words, not when or where the
    // round was: a dispute over a date, figure or place is not its answer unless it asks for one.
    // Nor are they the answer to what came of it ("what came out of the Stockholm round?", "did the talks get an
    // extension?").
    // Nor what a body put out ("what did the commerce ministry put out on the day of the meeting?").
    // (Unless it asks whether what someone said is so: "guest says china only paused the oct rules for 90 days — true?"
    // asks for the figure, and the sources that give another.)
    if (
      (f.views || f.outcome || STATEMENT_ASKED_RE.test(f.text) || RATED_RE.test(f.text)) &&
      f.attributes.size === 0 &&
      !CLAIM_CHECKED_RE.test(f.text) &&
      ['date', 'number', 'place', 'venue'].includes(d.attribute)
    )
      return false;
    // "Who called it a 12 out of 10?" asks for a person: a dispute over a date or figure is not its answer.
    // Nor is "list every Chinese official at the London talks".
    if (f.people && f.attributes.size === 0 && d.attribute !== 'leader' && d.attribute !== 'holder') return false;
    const qual = (d.qualifier ?? '').toLowerCase();
    switch (d.attribute) {
      case 'date': {
        // "Until when are the October 9 controls suspended?" asks for an end: the day something was announced, put in
        // place or lifted is not its answer (the day that names the controls is no date asked).
        if (END_ASKED_RE.test(f.text) && d.event !== 'pause') return false;
        // "…at their July summit": a dispute none of whose dates falls in a month the question names is another event's.
        // (Not a month that names the measures, "did china scrap the oct rules … and till when": the date asked is
        // when their pause ends.)
        const dating = f.months.filter((m) => !namesMeasureOnly(f.text, m));
        if (dating.length > 0) {
          const asked = dating.map((m) => String(MONTHS.indexOf(m) + 1).padStart(2, '0'));
          if (!d.disagreement.positions.some((p) => asked.includes(p.claim.slice(5, 7)))) return false;
        }
        // "Until when is china's pause on the october rules good for?" asks for the end of a pause of controls: the
        // ends of a pause said to be of tariffs are another pause's, and the other way round. (Ends that do not say
        // what is paused, "The suspension runs until October 30, 2026", may be of either.)
        if (d.event === 'pause') {
          // "What time exactly did the port fee suspension kick in?" asks when a pause began: when one ends is not it.
          if (qual.startsWith('end') && START_ASKED_RE.test(f.text) && !END_ASKED_RE.test(f.text)) return false;
          const asked = PAUSED_KIND_ASKED.find((k) => k.re.test(f.text));
          const kinds = qual.split('|');
          if (asked && PAUSED_KIND_ASKED.some((k) => k !== asked && kinds.includes(k.kind)) && !kinds.includes(asked.kind)) return false;
        }
        // (A round's place may be given by its country: "Busan, South Korea" is qualified "South Korea".)
        if (d.event === 'talks' && f.places.length > 0)
          return f.places.some((p) => qual.includes(p) || countryNamesOf(p).some((c) => qual.includes(c.toLowerCase())));
        // "When was the Geneva joint statement?": a dispute over another statement's date names no place asked.
        // (Not the signing: "when was it signed in Beijing?" is still asked about the signing, wherever it was.)
        if (
          d.event === 'announcement' &&
          f.places.length > 0 &&
          !d.disagreement.positions.some((p) => f.places.some((pl) => (p.quote ?? '').toLowerCase().includes(pl)))
        )
          return false;
        // "When was GE told?": the company asked about must be the one notified.
        if (d.event === 'notification') return f.stems.has(stem(qual));
        if (
          (d.event === 'announcement' || d.event === 'controls' || d.event === 'lifting' || d.event === 'licences') &&
          f.parties.length > 0
        ) {
          return f.parties.some((p) => qual.includes(p.toLowerCase()));
        }
        return true;
      }
      case 'place':
        // "Which round was the Stockholm one?" is not about where another round was (Busan or Gyeongju).
        if (f.places.length > 0 && !d.disagreement.positions.some((p) => f.places.includes(p.claim.toLowerCase()))) return false;
        return f.months.length === 0 || f.months.some((m) => qual.includes(m.toLowerCase()));
      case 'venue':
        return f.places.length === 0 || f.places.some((p) => qual.includes(p));
      case 'leader':
        // "Who was at the Busan table?" is not about who led the London round.
        // (A building asked about, "at Lancaster House", names no round: the claims name cities.)
        if ((d.places ?? []).length > 0 && f.cities.length > 0 && !f.cities.some((p) => d.places?.includes(p))) return false;
        // Nor is a dispute whose other side names only another round ("Liu He" led China's side in Kuala Lumpur, per
        // one page): two sides must each have a claim of the round asked, or of no round said.
        if (
          f.cities.length > 0 &&
          d.sidePlaces &&
          d.sidePlaces.filter((places) => places.some((p) => p === '' || f.cities.includes(p))).length < 2
        )
          return false;
        return f.parties.length === 0 || f.parties.some((p) => qual.startsWith(p.toLowerCase()));
      case 'holder': {
        // The office asked about, word for word ("trade representative"), and its party if the question names one.
        const [party = '', office = ''] = qual.split('/');
        // "Who heads CLEPA?": an organisation's office, the organisation named.
        if (HEAD_OF_RE.test(f.text) && party.length > 1 && new RegExp(`\\b${party.replace(/[^\w]/g, '')}\\b`).test(f.text)) return true;
        if (f.parties.length > 0 && !f.parties.some((p) => p.toLowerCase() === party)) return false;
        return office.split(' ').every((w) => f.stems.has(stem(w)));
      }
      case 'lifted':
        // "What will the US do in return?": the party asked about must be the one lifting; "what did China get?":
        // the other one.
        if (f.parties.length === 0) return true;
        return f.receives ? f.parties.every((p) => qual !== p.toLowerCase()) : f.parties.some((p) => qual === p.toLowerCase());
      case 'number': {
        // A count is about the thing counted: "how many elements…" and the disagreement on elements; not "how many
        // tonnes of magnets…", which names a measure.
        // (Nor "how many months of stock…": a number of units is a measure, not a count of things.)
        if (d.event === 'count') {
          const head = stem(qual.split(' ').pop() ?? '');
          if (f.measureUnit || UNITS_COUNTED_RE.test(f.text) || !f.stems.has(head)) return false;
          return countsThing(f.text, qual);
        }
        // A quantity is about what its sources' clauses share ("tonnes (magnets, june)"): the question must name some of it.
        // (Not a tonnage for a share asked: "how much chinese RE content does it take" is a percentage.)
        if (d.event === 'quantity') {
          // (Figures naming no destination, where the folder gives the asked destination's own: not those asked.)
          if (f.destination && d.scope == null && d.scopedElsewhere?.includes(f.destination)) return false;
          return !(SHARE_WORDS_RE.test(f.text) && /^tonnes\b/.test(qual)) && quantityAsked(f, qual, d.words, d.scope ?? null, d.common);
        }
        // "How many days does the tariff truce last?" is about the pause, not tariff rates.
        const unit = d.event === 'pause' ? 'days' : '%';
        if (f.units.size > 0 && !f.units.has(unit)) return false;
        // "What's the reciprocal tariff on China?": a dispute over another layer, or over the total, is not its answer.
        const layer = d.event === 'tariff' ? tariffLayer(f.text) : null;
        if (layer && !qual.includes(layer)) return false;
        // "What tariff levels did they agree at Geneva?": levels the sources give at other times (most of them named
        // with no place) are not its dispute unless two sides are told of the place asked.
        // (Only a place the question sets it in, "at geneva", "in london": not one that dates it, "after geneva", nor
        // a journey, "on the way to asia".)
        const at = f.places.filter((pl) => new RegExp(`\\b(?:at|in)\\s+(?:the\\s+)?${escapeRegExp(pl)}\\b`).test(f.text));
        if (at.length > 0 && d.disagreement.positions.filter((p) => at.some((pl) => (p.quote ?? '').toLowerCase().includes(pl))).length < 2)
          return false;
        if (d.event !== 'tariff' || f.parties.length === 0) return true;
        // "What tariff does China charge on American goods?" is about tariffs on the US, not on China.
        return !f.target || qual.includes(`on ${f.target.toLowerCase()}`);
      }
      default:
        return true;
    }
  });
}
