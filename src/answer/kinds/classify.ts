import { MONTH_WORD } from '../../corpus/dates.js';
import { languageName } from '../../corpus/metadata.js';
import { isEnglishWord } from '../../text/dictionary.js';
import { findParties, questionPlaces } from '../../text/entities.js';
import { escapeRegExp, lexiconLines, lexiconWords, normalizeInformal } from '../../text/lexicon.js';
import { nlp } from '../../text/nlp.js';
import { QUESTION_WORDS, STOPWORDS, tokenize } from '../../text/tokenize.js';
import { INJECTION_RE } from '../question.js';
import { GENRES } from './sources.js';

/**
 * Names the kind of a question, so that each kind is answered by its own strategy (one file each in this
 * folder) over the same retrieval and the same quote verification:
 * - `fact`: a fact, date, place, figure, person or statement (the extractive answer; also lists and quotes);
 * - `parts`: two questions in one ("who led the talks and where did they meet?"), each answered in turn;
 * - `story`: the story as a whole ("summarize the deal", "tl;dr");
 * - `timeline`: the chronology ("what's the timeline?");
 * - `coverage`: about the coverage itself ("which outlets reported X?", "how many sources say Y?");
 * - `ai-pages`, `language-pages`, `off-topic`, `reliability`: about the articles as sources, answered from their
 *   metadata and their text (which are labelled as machine-written, which are in another language);
 * - `author`: who wrote one piece ("who wrote that op-ed calling the truce…"), from its byline.
 */
export type QuestionKind =
  | { kind: 'fact' }
  | { kind: 'parts'; parts: [string, string] }
  | { kind: 'story' }
  | { kind: 'timeline' }
  | { kind: 'coverage'; topic: string; count: boolean }
  | { kind: 'ai-pages'; errors: boolean; offTopic?: boolean }
  | { kind: 'language-pages'; language: string | null; also?: string[] }
  | { kind: 'opinion-pages' }
  | { kind: 'genre-pages'; genre: string; topic: string }
  | { kind: 'off-topic'; deals?: boolean }
  | { kind: 'copies' }
  | { kind: 'publisher-pages'; publisher: string }
  | { kind: 'dated-pages'; earliest: boolean; latest: boolean; ignore?: string[] }
  | { kind: 'reliability'; topic: string; folder: boolean }
  | { kind: 'author'; topic: string }
  | { kind: 'calendar-slips' };

/**
 * Words that say nothing about what a story/timeline question is about ("summarize the deal in 2 sentences", "…
 * - what each side gave": a summary gives what each side undertook; data file).
 */
const STORY_FILLER = new Set(lexiconWords('story-filler.txt'));

// (And who it is for: "whole story in 5 lines geneva to busan for the ir lead", "tl;dr for the board"; and where
// things stand now: "tl;dr of the whole saga for the CEO, like 3 bullets, where do we stand now".)
const STORY_RE =
  /\b(?:summar(?:y|ies|i[sz]e[sd]?)|tl;?dr|overview|gist|in a nutshell|big picture|bottom line|recap|the story so far|(?:the )?whole (?:(?:rare[ -]earths?|us[ -]china|trade|deal|tariff|export[ -]control|[a-z-]+-long) )?(?:story|thing|saga|arc)(?! (?:of|about|on|behind|with)\b)|in (?:(?:~|about |around |roughly |approx\.? )?\d+(?:\s*[-–]\s*\d+)?|one|two|three|four|five|six|a few|a couple of) (?:lines?|bullets?|bullet points|sentences?|words|points|paras?|paragraphs?)|what(?: is|'s) (?:this|the) (?:deal|story|agreement) about|explain the (?:deal|agreement)|(?:main|key|big) beats)\b/i;
/**
 * The span a summary covers: "geneva to busan", "from May through October", "june -> now", "apr→nov"; its ends in
 * groups 1 and 2 (after "from") or 3 and 4. (Without "from", after "thru", "until" or an arrow the end may take up to
 * three words too, "geneva thru the december licences"; after "to" one, as "the push to restore the licences" is no span,
 * unless the span is set off as a clause of its own, "in ~5 bullets, london to general licences.") (After "from", the end may take up to three words, "from geneva to the nov
 * fact sheet": what is left must still name nothing in particular; not "the timeline for licences to be approved",
 * whose "to" is no span.)
 */
export const STORY_SPAN_RE =
  /\bfrom\s+([\p{L}.'’-]+)(?:\s+(?:to|through|thru|till|until|up to|->|→)\s+|\s*(?:->|→)\s*)(?:the\s+)?((?:[\p{L}.'’-]+\s+){0,2}[\p{L}.'’-]+)|\b([\p{L}.'’-]+)(?:\s+(?:to|through|thru|till|until|up to|->|→)\s+|\s*(?:->|→)\s*)(?:the\s+)?((?<=(?:through|thru|till|until|->|→)\s+(?:the\s+)?)(?:[\p{L}.'’-]+\s+){0,2}[\p{L}.'’-]+|(?<=[,:;–—]\s*[\p{L}.'’-]+\s+to\s+(?:the\s+)?)(?:[\p{L}.'’-]+\s+){0,2}[\p{L}.'’-]+(?=\s*(?:[.,;:!?]|$))|[\p{L}.'’-]+)/giu;
/**
 * A summary asked for by its form and length, as chat names it: "give me the 5-bullet version", "a 1-para summary",
 * "the two-line recap", "the short version".
 */
const SHAPED_SUMMARY_RE =
  /\b(?:(?:\d+|one|two|three|four|five|six)[- ](?:bullets?|lines?|sentences?|paras?|paragraphs?|points?|minutes?|seconds?)|short|quick|brief|elevator(?:[- ]pitch)?|cliff'?s?(?:[- ]?notes)?)[- ](?:version|summary|rundown|recap|overview)\b/i;
const TIMELINE_RE =
  /\b(?:timeline|chronolog\w*|sequence of events|order of events|start to finish|step by step|what happened when|in (?:chronological |date )?order)\b/i;
// (Also a span set off after it: "the short version of the timeline, geneva to the first general licences".)
// (Also a timeline whose steps are listed with arrows: "timeline pls: controls -> stoppages -> london -> signing",
// "geneva > london > signing", "geneva => london", "geneva » london"; or after a colon or a dash, three or more of
// them with commas: "quick timeline pls: geneva, london, signature, busan", "the timeline end to end - geneva, london,
// signing, busan".)
/** The arrows chat writes between the steps of a chain ("geneva -> london", "geneva > london", "a → b"). */
export const CHAIN_ARROW_RE = /->|→|=>|»|\s>\s/;
const TIMELINE_SPAN_RE =
  /\b(?:timeline|chronology)\b[^?]*?(?:->|→|=>|»|\s>\s)[^?]*?(?:->|→|=>|»|\s>\s)|\b(?:timeline|chronology)\b[^?:,]{0,30}(?::|\s[-–—]\s)\s*(?!\s|(?:when|who|what|where|which|why|how|did|does|was|is|are|were)\b)[^,?:]{2,40}(?:,\s*[^,?:]{2,40}){2,}|\b(?:timeline|chronology)\s+(?:of\s+(?:the\s+)?(?:deal|story|talks|events)\b|from\s+\S+.*?\s+(?:to|through|till|until|up to)\s+\S+)|\b(?:timeline|chronology)(?:\s*[,:]|\s+[-–—])\s*(?:from\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:to|thru|through|till|until|up to)\s+\S+|\b(?:rounds?|talks|meetings|events|steps)\b(?:\s+\S+){0,3}\s+in (?:chronological |date )?order\b/i;
// (Also in chat's words: "reads like a bot wrote it".)
const AI_RE =
  /\b(?:ai|a\.i\.|machine|bot|chatgpt|llm|computer|automatically)[- ](?:generated|written|made|authored)\b|\b(?:written|generated|produced|authored) (?:by|with|using) (?:an? )?(?:ai|a\.i\.|machine|bot|chatgpt|llm|artificial intelligence)\b|\bai[- ]written\b|\b(?:a|an|some)\s+(?:bot|robot|machine|chatgpt|llm|ai)\s+(?:wrote|writes|churned out)\b|\b(?:reads?|looks?|sounds?|smells?|seems?)\s+(?:like|as if)\s+(?:it was\s+)?(?:an?\s+)?(?:ai|a\.i\.|chatgpt|bot|machine|llm)\b|\bai\s+(?:stuff|slop|junk|content|copy|recaps?|summar(?:y|ies)|roundups?|articles?|pieces?|pages?)\b/i;
/** Languages a question may name pages by ("the french afp piece", "any italian-language outlet?"). */
const LISTED_LANGUAGES = [
  'English',
  'Spanish',
  'French',
  'German',
  'Italian',
  'Portuguese',
  'Dutch',
  'Chinese',
  'Japanese',
  'Korean',
  'Hindi',
  'Vietnamese',
  'Indonesian',
  'Malay',
  'Polish',
  'Danish',
  'Russian',
  'Arabic',
  'Turkish',
  'Swedish',
  'Thai',
  'Greek',
  'Hebrew',
];
/**
 * The listed ones, and every other language the runtime names in one word by a two-letter code (ISO 639-1, through
 * `languageName`: "Catalan", "Latvian", "Urdu", "Bengali") that is no English word, as a page may declare its own
 * (`declaredLanguage`).
 */
export const LANGUAGE_NAMES: readonly string[] = (() => {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const named: string[] = [];
  for (const a of letters)
    for (const b of letters) {
      const name = languageName(`${a}${b}`);
      // (Not one that is an English word too: "in latin america", "the irish minister".)
      if (name && /^[A-Z][a-z]{3,}$/.test(name) && !isEnglishWord(name.toLowerCase())) named.push(name);
    }
  return [...new Set([...LISTED_LANGUAGES, ...named])];
})();
const LANGUAGE_NAME_RE = new RegExp(`\\b(${LANGUAGE_NAMES.join('|')})\\b`, 'i');
/** "Which articles aren't in English?", "what languages are the sources in?", "any french-language outlets?" */
const LANGUAGE_RE = new RegExp(
  `\\blanguages?\\b|\\bnon-?english\\b|\\b(?:not|isn'?t|aren'?t|wasn'?t|weren'?t) (?:written )?in english\\b|\\bforeign[- ]language\\b|\\b(?:in|written in) (?:${LANGUAGE_NAMES.join('|')})\\b|\\b(?:${LANGUAGE_NAMES.join('|')})[- ]language\\b`,
  'i',
);
/**
 * Pages the asker sets aside, in brackets or after a dash: "(ignore the 2010 japan thing + the dec 2024 one)", "(not the
 * 2010 japan thing or ukraine)".
 */
const IGNORE_RE =
  /[(—–-]\s*(?:ignore|ignoring|excluding|except|not counting|leaving out|other than|apart from|skip|skipping|not)\s+([^()]+?)\s*(?:\)|$)/i;
/** The oldest or the newest of the articles ("the earliest piece", "the most recent article"). */
const EARLIEST_RE = /\b(?:earliest|oldest|first)\b/i;
const LATEST_RE = /\b(?:latest|newest|most recent|last)\b/i;
/**
 * Pages that are copies of one another: "which 2 pages are the same wire story", "any duplicates in here?", "anything
 * saved twice?", "which pieces are syndicated copies".
 */
const COPIES_RE =
  /\b(?:(?:are|is)\s+(?:the\s+)?same\s+(?:wire\s+|news\s+)?(?:story|article|piece|report|copy|text)|duplicates?|duplicated|saved twice|(?:syndicated |identical )?cop(?:y|ies) of (?:each other|one another|another)|syndicated cop(?:y|ies))\b/i;
/**
 * Pages not about the story: "not about the deal", "off topic", "off story", "saved by mistake", "look-alikes",
 * "actually about other stories", "cover some other minerals deal or old episode", "which other minerals deals … per
 * the stuff in our folder".
 */
/**
 * Other deals asked for: "which other minerals deals did the US do", "any other deals in the folder", "list the other
 * minerals deals the US did in 2025".
 */
const OTHER_DEALS = String.raw`(?:which|what|any|(?:list|name)\s+(?:the|all|any)|(?:list|name)|all\s+the)\s+other\s+(?:[\w-]+\s+){0,2}?deals\b|(?:which|what|any)\s+other\s+(?:[\w-]+\s+){0,2}?deals?`;
const OTHER_DEALS_RE = new RegExp(String.raw`\b${OTHER_DEALS}\b`, 'i');
/** Deals set apart from one party's: "that aren't with china", "not involving beijing", "other than the one with china". */
const DEALS_SET_APART_RE =
  /\b(?:(?:aren'?t|isn'?t|are not|is not|weren'?t|not)\s+(?:with|involving)|(?:other than|besides|apart from|excluding)\s+(?:the\s+)?(?:one|ones|deal|deals)?\s*(?:with|involving))\s+\p{L}/iu;
const OFF_TOPIC_RE = new RegExp(
  String.raw`\b(?:not (?:\w+ly |really |even )?about|(?:about|cover(?:s|ing)?|on) (?:some |an? |any )?(?:other|another|different|separate|unrelated|older|old|earlier) (?:[\w-]+ ){0,2}?(?:stor(?:y|ies)|deals?|topics?|subjects?|matters?|news|events?|episodes?|years?)|about (?:something|anything|stuff) (?:else|other than)|(?:isn'?t|aren'?t|wasn'?t|weren'?t) (?:\w+ly |really |even )?about|unrelated|off[- ](?:topic|story)|(?:saved|added|included|filed|put in|dropped in) by (?:mistake|accident)|irrelevant|nothing to do with|has nothing to do|doesn't belong|do not belong|don't belong|look-?alikes?|distractors?|${OTHER_DEALS})\b`,
  'i',
);
const OPINION_RE =
  /\b(?:opinion|op-?eds?|editorials?|commentar(?:y|ies)|columns?|columnists?|analysis|analyses|(?:not|rather than|instead of) (?:straight |hard |just )?(?:news|reporting))\b/i;
/** Words of an opinion-pages question that name nothing in particular. */
const OPINION_FILLER = new Set(
  'pieces piece articles article sources source pages page files file stories story news straight hard reporting just these those ones one rather instead opinion opinions coverage written'.split(
    ' ',
  ),
);
/**
 * "in here", "in the folder", "any of this", "do we have", "have we got": the question is about the articles at hand.
 */
const IN_FOLDER_RE =
  /\b(?:in (?:here|(?:the|this|our|my) (?:folder|pile|set|docs))|(?:any|all|some|none|which) of (?:this|these|those|them|it)|(?:do|did) (?:we|i) have|have (?:we|i) got|(?:we|i)['’]ve got)\b/i;
const ABOUT_SOURCES_RE =
  /\b(?:articles?|files?|sources?|pages?|documents?|stories|outlets?|reports?|pieces?|coverage|reporting|clippings?|clips|cuttings|press cuttings)\b/i;
/** "Who wrote that op-ed…", "who's the author of the piece…", "whose column…" (not "who wrote about X": coverage). */
const AUTHOR_RE =
  /\b(?:who (?:wrote|penned|authored)(?! about)|who(?:'s| is| was) (?:the )?(?:author|writer|columnist)(?: of)?|whose (?:column|op-?ed|piece|article|story|byline)|(?:byline|author|writer) (?:of|on) (?:the|that|this))\b/i;
/** A piece of writing, or its writer, named: "who wrote the new export rules?" is not about a byline. */
const WRITTEN_PIECE_RE =
  /\b(?:pieces?|articles?|docs?|documents?|pages?|files?|things?|items?|entr(?:y|ies)|stor(?:y|ies)|columns?|columnists?|op-?eds?|opinion|editorials?|essays?|posts?|blogs?|reports?|analysis|notes?|newsletters?|explainers?|commentar(?:y|ies)|whose|byline|author|writer)\b/i;
/** What a reader asks to watch out for in the sources ("anything I should be careful with", "red flags?"). */
const CAUTION_RE = /\b(?:careful|caveats?|red flags?|watch out|grain of salt|wary|dodgy|sketchy|shady|iffy|questionable|suspect)\b/i;
/**
 * What the asker would do with a source, or how they rank them ("which src should we NOT cite", "any we should avoid",
 * "which sources r least reliable? flag anything dodgy").
 */
const USE_WORDS = new Set('source sources src cite quote use rely avoid skip ones one not never least most flag flags'.split(' '));
/** Words of a question about the articles at hand that name no one of them ("this pile", "the lot", "in here"). */
const FOLDER_WORDS = new Set(
  'pile bunch lot set folder here these this those them all any anything everything overall general generally i we should be with of in about'.split(
    ' ',
  ),
);
// (And their opposites: "any unreliable ones?", "untrustworthy", "inaccurate".)
/**
 * Whom trust is asked about, when it is a party of the story, not a source: "whether china can be trusted on rare
 * earths", "is beijing reliable", "can we trust washington to…" ask what the articles report of it.
 */
const TRUSTED_RE =
  /\b([\p{L}.'’-]+)\s+(?:can|could|should|will|would)\s+(?:\w+\s+)?be\s+(?:trusted|relied on|believed)\b|\b(?:is|are|was|were)\s+([\p{L}.'’-]+)\s+(?:\w+\s+)?(?:reliable|trustworthy|credible|dependable)\b|\b(?:trust|distrust|rely on)\s+([\p{L}.'’-]+)/giu;
function partyTrusted(plain: string): boolean {
  for (const m of plain.matchAll(TRUSTED_RE)) {
    const who = (m[1] ?? m[2] ?? m[3] ?? '') as string;
    if (findParties(who).length > 0) return true;
  }
  return false;
}
const RELIABILITY_RE =
  /\b(?:un|in|dis)?(?:reliab\w*|trust\w*|credib\w*|accura\w*|bias(?:ed)?|legit(?:imate)?|dependable|quality|usable)\b/i;
/**
 * A name with a word of reliability in it, which asks nothing of a source: China's "Unreliable Entity List" ("how many
 * entities did china add to its unreliable entity list").
 */
const NAMED_RELIABILITY_RE = /\bunreliable[\s-]+entit(?:y|ies)\b/gi;
const COVERAGE_RE =
  /\b(?:which|what) (?:news )?(?:outlets?|sources?|articles?|papers?|newspapers?|publications?|pubs|sites?|websites?|media|files?|reports?|pieces?|stories)\b|\bwho (?:else )?(?:covered\b|(?:ran|carried|picked up) (?:the|this|that) (?:story|piece|report|news|item)\b)|\bhow many (?:news )?(?:outlets?|sources?|articles?|papers?|publications?|reports?|sites?|files?|pieces?|stories)\b|\bhow many of (?:the|our|these|those) (?:news )?(?:outlets?|sources?|articles?|papers?|publications?|reports?|sites?|files?|docs?|documents?|pieces?|stories)\b(?![^?]*(?:\bvs\b|\bversus\b|\bdisagree|\bagree\b|\bline up\b|\bmatch|\d\s*\/|\/\s*\d|\bor\b))|\bwho (?:else )?(?:reported|covered|wrote about|says?|said)\b(?= .*\b(?:outlets?|sources?|media|press)\b)|\b(?:outlets?|sources?|media|press) (?:that |which )?(?:report|reported|say|said|cover|covered)\b/i;
/**
 * The verb of a coverage question, left at the start of its topic ("[which outlets] reported …", "[how many sources] say
 * …", "[which sources] put the signing on june 25": dating it is saying it).
 */
const REPORTING_LEAD_RE =
  /^(?:(?:have|has|had|did|do|does)\s+)?(?:report(?:ed|s)?|say|says|said|mention(?:ed|s)?|cover(?:ed|s)?|wr(?:ote|ite|ites) about|claim(?:ed|s)?|stated?|states|note(?:d|s)?|carr(?:y|ied|ies)|put(?:s)?|place[sd]?|date[sd]?)\b\s*(?:that\s+|on\s+)?/i;
// With chat's contractions: "whats ethane used for, and how much…".
const PART_WORDS = "(?:(?:who|when|where|what|how)(?:'?s)?|whom|which|why|does|did|do|is|are|was|were|has|have|had|will|would|can|could)";
/** A half that asks: a question word anywhere, or a verb opening one of its sentences ("is it…", "…. did they…"). */
export const HALF_ASKS_RE =
  /\?|\b(?:who|whom|whose|when|where|what|whats|what's|which|why|how)\b|(?:^|[.!:;,]\s*|\b(?:and|but|so|also)\s+)(?:does|did|do|is|are|was|were|has|have|had|will|would|can|could)\b/i;
const DASH_SPLIT_RE = new RegExp(`^(.*?\\b${PART_WORDS}\\b.+?)\\s*(?:—|–|\\s--|\\s-\\s|;)\\s*(${PART_WORDS}\\b.+)$`, 'i');
// (The second may ask "by when", and chat's "n" joins them: "…the 0.1% rule in the oct 9 package n by when was it to
// kick in"; not "…and on what day", which asks the day of the first.)
const SPLIT_RE = new RegExp(
  `^(.*?\\b${PART_WORDS}\\b.+?)\\s*,?\\s+(?:and|n|&|\\+|also|plus)\\s+((?:(?:by|until|till|since)\\s+(?=when\\b))?${PART_WORDS}\\b.+)$`,
  'i',
);

/** "…? and …", "…? + …", "…? also …": a second question put after the first's question mark. */
const FOLLOW_UP_SPLIT_RE = /^([^?!]+)\?+\s*(?:and|&|\+|also|plus)\s+([^?!]+)$/i;

/** Words of a question about the articles' languages that ask nothing of what the pages say. */
const LANGUAGE_FILLER = new Set(
  'written english foreign non nonenglish language languages many count number cover covered covers coverage outlet outlets any there here folder pile set other others also too besides only'.split(
    ' ',
  ),
);

/** Every language word and word for pages of a question, to see what else it asks. */
const LANGUAGE_AND_PAGE_WORDS_RE = new RegExp(`${LANGUAGE_RE.source}|${ABOUT_SOURCES_RE.source}|${LANGUAGE_NAME_RE.source}`, 'gi');

/**
 * A question that names pages by their language to ask what they say ("the spanish-language piece, who's the MOFCOM
 * spokesman they quote"): a who, what, when, where or why question with two words or more besides the language and
 * the words for pages. It is answered from those pages, not with the list of them.
 */
function asksOfLanguagePages(plain: string): boolean {
  const rest = plain.replace(LANGUAGE_AND_PAGE_WORDS_RE, ' ');
  // (Asked with who, what, when, where or why: "which pieces aren't in english? name the outlets" asks for the list.)
  return (
    /\b(?:who|whom|whose|what|when|where|why)\b/.test(rest) &&
    contentWords(rest).filter((w) => !LANGUAGE_FILLER.has(w) && w.length > 2).length >= 2
  );
}

export function contentWords(text: string): string[] {
  return tokenize(text)
    .map((t) => t.norm)
    .filter((w) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !/^\d+$/.test(w));
}

/**
 * The view of the whole story a question asks for anywhere in it, when it asks for one: a timeline ("can someone
 * build a timeline of the key dates (june 2025 -> feb 2026) i can paste into the customer deck") or a summary ("need a
 * 1-para summary of the whole saga from london to the 2026 deadline for the ops director", "give me the 5-bullet
 * version: who agreed what, what each side gave"). It is what such a question gets when, read as a question of fact
 * (its words for who it is for and where it goes included), it finds no answer: a summary is never "not said" by
 * the articles. Not when the question names someone or something the articles never do (`absentNames`, the names
 * among its words no article has, less the words of such requests): "summarize what Lutnick told the senate" is
 * still not answered.
 */
export function storyViewAsked(text: string, absentNames: readonly string[] = []): 'story' | 'timeline' | null {
  const plain = normalizeInformal(text);
  if (absentNames.some((w) => !STORY_FILLER.has(w.toLowerCase()))) return null;
  if (TIMELINE_RE.test(plain) || TIMELINE_RE.test(text)) return 'timeline';
  return STORY_RE.test(plain) || SHAPED_SUMMARY_RE.test(plain) ? 'story' : null;
}

/** True when, past the words that ask for a summary or a timeline, the question names nothing in particular. */
function aboutWholeStory(text: string, storyWide: (word: string) => boolean = () => false): boolean {
  // (A day names what happened on it: "what did china do on oct 9? short version" asks of that day.)
  if (ONE_DAY_RE.test(text)) return false;
  // (Whom it is for, by a name alone, "tl;dr … for henrik, 5 bullets max": no topic.)
  // (A name no dictionary has: "for licences" is what the timeline is of.)
  const unaddressed = text.replace(FOR_WHOM_RE, (all, who: string) => (isEnglishWord(who.toLowerCase()) ? all : ' '));
  return contentWords(unaddressed).every((w) => STORY_FILLER.has(w) || storyWide(w));
}
/**
 * A day of a month, written either way round ("oct 9", "9 october", "june 24th"), not a span's end or start ("june 9 to
 * oct 30", "everything since oct 9").
 */
const ONE_DAY_RE = new RegExp(
  String.raw`(?<!\b(?:to|through|thru|till|until|and|from|since|after|before|following|by|-|–|→|->)\s*)\b(?:${MONTH_WORD}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?!may\b)${MONTH_WORD})(?![\w\d]|\s*(?:to|through|thru|till|until|-|–|→|->)\s)`,
  'i',
);
const FOR_WHOM_RE = /\bfor\s+(?!the\b|a\b|an\b)([a-z][\w'’-]*)(?=\s*(?:[,;:.!?]|$))/gi;

/**
 * A request for a summary *of* the whole story, after the asker's own situation: "ok so I'm writing the intro for
 * monday's newsletter and I've been out for three weeks, can someone just give me the tl;dr of the whole saga from
 * geneva thru busan, like 4 lines max, what each side gave". What comes before the request says why it is asked
 * (no question of its own: no question mark); what it is *of*, and what follows it (its form), must name nothing in
 * particular.
 */
function summaryOfWholeStory(plain: string, storyWide: (word: string) => boolean): boolean {
  const m = STORY_RE.exec(plain);
  if (!m || plain.slice(0, m.index).includes('?')) return false;
  const after = plain.slice(m.index + m[0].length);
  const of = /^\s*(?:of|on|about)\s+([^,;:?.!]+)/i.exec(after);
  if (!of) return false;
  const rest = after.slice(of[0].length);
  return (
    contentWords(of[1] as string).length > 0 &&
    aboutWholeStory((of[1] as string).replace(STORY_SPAN_RE, ' '), storyWide) &&
    aboutWholeStory(rest.replace(STORY_SPAN_RE, ' '), storyWide)
  );
}

/**
 * What someone else said, put after the question ("who led the US side in london? a korean site says adeyemo +
 * raimondo which sounds off", "where was he when he said it? one site says bangkok??", "…? i heard june 23",
 * "…? seen a couple diff numbers floating around", "…? i've seen two versions", "…? the AI article has 31"; not "…? i've seen both 52.9% and
 * 74%", whose figures are what is asked about), or the asker's own doubt ("…in late may?? wasnt it june", "…? i
 * thought it was the 24th", "…? one said 90d i think"), or what the asker's own desk has ("…? our stringer wrote
 * may", "…? my editor has 10-11 june in the draft"), or who passed it on ("…? someone quoted her in the hallway"), or that two people tell it differently ("…?? uwe says one
 * thing, jana another"; not "…? my boss says 75%, the wire says 5.7", whose figures are
 * what is asked about): the question is the part before it. The claim is the asker's, not what is asked; the
 * answer's sources and their disagreements show whether any article says it.
 */
const HEARSAY_RE =
  /^(.*?\?+)\s*((?:but|and|cuz|because|bc|though|like)?\s*(?:(?:(?:a|an|one|some|the|that|this|another|other)\s+|(?!(?:which|what|who|whose|how|where|when|why|do|does|did|is|are|was|were|any|all|both|each|every|many|most|other|others)\b))(?:[\w-]+\s+){0,2}?(?:site|website|outlet|article|source|report|paper|story|piece|wire|blog|post|tweet|thread|analyst|guy|reporter|explainer|newsletter|panel|panelist|guest|people|ppl|folk|host|show|podcast|pod|interview|longread|long-read|recap|review|feature|transcript|timeline|thing|writeup|write-up|memo|draft|deck|brief|briefing|webinar|webcast|study|survey|note|presser)s?(?:\s+(?:in|from)\s+(?:our|the|my|this)\s+(?:folder|pile|pack|set|drive|clips))?\s+(?:(?:literally|actually|apparently|even|also|still|now|clearly)\s+)?(?:says?|said|claims?|claimed|reports?|reported|has it|had it|puts? it|wrote|writes|thinks?|reckons?|argued|argues|argue|debated|disagreed|disagree|call(?:s|ed)? (?:him|her|it|them)|(?:has|had|gives?|gave) (?:smth|sth|something|another|a different|other|different)|(?:has|had|gives?|gave)\s+(?:it\s+(?:at|as|on)\s+)?(?:the\s+)?(?=\d)|makes? it (?:sound|look|seem)|goes with|went with)|[\w.-]+(?:\s+[\w.-]+)?\s+(?:seems?|appears?)\s+to\s+(?:say|have it|put it|claim|report)|(?![^?]*\d(?:[.,]\d|\s*%|\s*percent))(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:stringer|reporter|correspondent|editor|desk|draft|copy|colleague|boss|team|intern|producer|notes|story|piece|source|article|wire|clip|segment|graf|lede)s?\s+(?:says?|said|wrote|writes|has|had|thinks?|reckons?|puts?|went with|goes with|claims?|claimed|reported|reports?)|(?:i|we)\s+(?:heard|read|saw|was told|were told)|(?:[\w.-]+\s+){1,2}(?:gave|gives|said|says|had|has|put|quoted|cited)\s+(?:a|one|another|a different|a diff)\s+(?:number|figure|date|day|month|estimate|count|total)\b|(?:wasn'?t|isn'?t|weren'?t|aren'?t|wasnt|isnt|werent)\s+(?:it|that|this|they)|(?:i|we)\s+(?:thought|assumed|figured|think|believe)|(?:one|another)\s+(?:of (?:them|those)\s+)?(?:says?|said)|(?:pretty|fairly)\s+sure|or\s+(?:was|is)\s+it|(?:someone|somebody|some ?one|a colleague|a coworker|people|ppl|folks)\s+(?:quoted|mentioned|repeated|cited|passed on|forwarded)\s+(?:her|him|them|it|this|that)\b|[\w'’-]+\s+(?:says?|said|tells? (?:us|me)|told (?:us|me))\s+one thing\b|(?![^?]*\d)(?:(?:i|we)(?:'ve|’ve| have)?\s+)?(?:been\s+|keep\s+)?(?:seen|seeing|hearing)\s+(?:a couple|a few|a bunch of|a lot of|lots of|two|three|some|several|diff|different|conflicting|mixed|other|both|versions?|numbers?|figures?|dates?|reports?)\b)\b.*)$/i;

/**
 * Who is asked about put first, then a pronoun ("the tidewater analyst on that podcast, what did she say about…",
 * "halvorsen ceo on the q2 call — what did she claim…"): the speaker is the phrase put first.
 */
const FRONTED_SUBJECT_RE =
  /^\s*([^,;:?—–]{3,80}?)\s*(?:,|;|:|—|–|\s-\s)\s*what\s+(did|does|do|has|have|is|was|were)\s+(?:he|she|they|it|he\/she|she\/he|s\/he)\s+((?:say|said|says|saying|claim|claimed|claims|claiming|tell|told|think|thinks|argue|argued|argues|mean|means|want|wants|predict|predicted|warn|warned)\b.*)$/i;

/** The question with its fronted speaker put in place ("what did the tidewater analyst on that podcast say…"), or null. */
export function withSubjectInPlace(text: string): string | null {
  const m = FRONTED_SUBJECT_RE.exec(text);
  if (!m) return null;
  const subject = (m[1] as string).trim();
  // A fronted phrase that asks something itself ("why does it matter, what did she say") is no speaker.
  if (/^(?:why|how|when|where|who|which|what|is|are|did|does|do)\b/i.test(subject) || contentWords(subject).length === 0) return null;
  return `what ${m[2]} ${subject} ${m[3]}`;
}

/**
 * What a social platform is said to say, after the question ("…? reddit says ~300", "…? twitter is saying the 20th",
 * "…? someone on weibo claims march"): hearsay too (the platforms: data/lexicon/platforms.txt).
 */
const PLATFORM_HEARSAY_RE = new RegExp(
  String.raw`^(.*?\?+)\s*(?:but|and|cuz|because|bc|though|like)?\s*(?:[\w.@#-]+\s+){0,3}?(?:${lexiconLines('platforms.txt')
    .map((line) => escapeRegExp(line.trim()).replace(/\s+/g, '\\s+'))
    .join(
      '|',
    )})\s+(?:[\w-]+\s+)?(?:says?|said|claims?|claimed|reports?|reported|has it|had it|puts? it|thinks?|is saying|was saying|keeps saying|posts?|posted)\b.*$`,
  'i',
);

/** The question without a claim heard elsewhere that follows it, or null when there is none. */
/**
 * Where the asker heard it, in their own team's chat ("…? someone in the ED channel said 'that's the day it became
 * official'", "…? ppl on the ops thread say may"), or the asker's own doubt on which side is right, closing the message
 * ("…? 22%? 38%? pike's been quoted both ways i think"): hearsay too, after the last question mark for the doubt. (Not
 * a doubt that names what to find: "…? vorbeck i think", "…? there was a "no winners" line i think".)
 */
const CHAT_HEARSAY_RE =
  /^(.*?\?+)\s*(?:but|and|though|like)?\s*(?:someone|somebody|some ?one|a colleague|a coworker|people|ppl|folks|[\w'’-]+)\s+(?:in|on|from)\s+(?:the|our|my)\s+(?:[\w'’-]+\s+){0,2}(?:channel|chat|thread|slack|group|call|meeting|standup|stand-up|team|desk)\s+(?:says?|said|claims?|claimed|thinks?|reckons?|mentioned|swears?|insists?)\b.*$/i;
const TRAILING_DOUBT_RE =
  /^(.*\?+)\s*([^?"“]*\b(?:both ways|either way|both|different|diff|conflicting|mixed|two ways)\b[^?"“]*\b(?:i think|i believe|iirc|afaik|i guess|i'?m (?:pretty |fairly )?sure|if i recall)\s*[.!]*)$/i;

export function withoutHearsay(text: string): string | null {
  const m =
    HEARSAY_RE.exec(text.trim()) ??
    PLATFORM_HEARSAY_RE.exec(text.trim()) ??
    CHAT_HEARSAY_RE.exec(text.trim()) ??
    TRAILING_DOUBT_RE.exec(text.trim());
  const head = m?.[1]?.trim();
  return head && contentWords(head).length > 0 ? head : null;
}

/**
 * A question followed by a clause that asks nothing ("…in june? the number in our own Q3 letter looks huge", "…EDA
 * reversal? trying to see if it's only trade press"): the question before it, or null.
 * (Not a second question, "…? and when", "…? which ones"; nor a source named after it, "…? per the reuters piece",
 * which may be why the articles do not answer. "…? marcus wants to know if it's widely reported" names none: a page
 * reported is no page named. A side heard elsewhere, "…? the tv guy says may", is hearsay, set
 * aside before: `withoutHearsay`.)
 */
const ASIDE_RE = /^(.*\?+)\s*([^?]+?)[.!]*$/s;
const ASIDE_ASKS_RE =
  /^(?:and|also|or|plus|but|so|what|whats|what's|who|whom|whose|when|where|which|why|how|did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|any|list|name|give|tell|show)\b|\b(?:per|according to|reports?)\b|(?<!\b(?:widely|being|been|is|was|are|were|be|it'?s|its|it’s)\s+)\breported\b/i;

/** A request for how to give the answer: "give me each figure, where it's from…", "pls list each with its source". */
const FORMAT_REQUEST_RE =
  /^(?:(?:pls|please|plz|and|also)\s+)*(?:give|gimme|show|list|include|add|cite|quote)\s+(?:me\s+|us\s+)?(?:(?:each|every|all|both|the)\s+)?(?:figures?|numbers?|ones?|dates?|sources?|items?|of them|with)\b.*\b(?:each|every|source|sources|outlets?|where (?:it'?s|they'?re|its|theyre) from|periods?|covers?|which page|who says)\b/i;

/**
 * An aside that only says how short or in what shape to answer: "…? short version", "quick bullets pls", "in one
 * line", "tl;dr", "keep it brief". (Not a summary of the story asked for: a question comes before it.)
 */
const ANSWER_FORM_RE =
  /^(?:(?:pls|please|plz|just|and|also|the|a|an|keep\s+it|make\s+it|as)\s+)*(?:(?:short|shorter|quick|brief|simple|plain|rough|tl;?dr|tldr|one[- ]line|1[- ]line|two[- ]line|2[- ]line)(?:\s+(?:version|answer|form|one|bullets?|list|summary|take))?|bullets?|bullet points?|(?:in|as)\s+(?:a|one|two|three|1|2|3)\s+(?:lines?|sentences?|bullets?|words?))(?:\s+(?:pls|please|plz|thx|thanks|ty))?\s*[.!?]*$/i;

export function questionBeforeAside(text: string): string | null {
  const m = ASIDE_RE.exec(text.trim());
  if (!m) return null;
  const [head, aside] = [(m[1] as string).trim(), (m[2] as string).trim()];
  if (contentWords(head).length < 2) return null;
  // (A request for how to give the answer, "…? give me each figure, where it's from, and what period it covers": what
  // the answer shows anyway, each figure quoted with its page.)
  if (FORMAT_REQUEST_RE.test(aside) || ANSWER_FORM_RE.test(aside)) return head;
  if (contentWords(aside).length < 2 || ASIDE_ASKS_RE.test(aside)) return null;
  // (A clause, with a verb of its own: words without one say more of what is asked, "…done? g7, eu, japan, india",
  // "who signed for the china side? the name of the official with the pen".)
  return nlp()(aside).has('#Verb') ? head : null;
}

/**
 * A claim someone made, put before the question as a sentence of its own ("fc global says washington agreed to let
 * ETHYLENE go to china. was it ethylene or ethane? our chem friends are confused"): the claim (what the question
 * refers to) and the question after it, or null. (Only a sentence that says who claims it, "… says", "… reported",
 * and a question that opens with its own asking word.)
 */
const CLAIM_THEN_QUESTION_RE = /^([^?]{12,}?[^\s.]{2,})[.:;!]\s+([^?]+\?+)(.*)$/s;
export const CLAIM_VERB_RE =
  /\b(?:says?|said|claims?|claimed|reports?|reported|writes|wrote|thinks|told|insists?|reckons?|argues|argued|has it)\b/i;
const OPENS_QUESTION_RE =
  /^(?:so\s+|but\s+|and\s+)?(?:what|whats|what's|who|whom|whose|when|where|which|why|how|did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|true|right|correct|legit)\b/i;

export function questionAfterClaim(text: string): { claim: string; question: string } | null {
  const trimmed = text.trim();
  const m = CLAIM_THEN_QUESTION_RE.exec(trimmed);
  if (!m) return null;
  // (The claim may run over several sentences or a colon before the question opens: "june us magnet jump: reuters
  // says more than 7x, delta trade monitor says roughly 6x. what's the actual tonnage may vs june?". Each end of a
  // sentence before the first question mark is tried in turn.)
  const asked = trimmed.indexOf('?');
  for (const end of trimmed.slice(0, asked < 0 ? trimmed.length : asked).matchAll(/(?<=[^\s.]{2})[.:;!]\s+/g)) {
    const claim = trimmed.slice(0, end.index).trim();
    const question = trimmed.slice((end.index ?? 0) + end[0].length).trim();
    if (claim.length < 12 || !CLAIM_VERB_RE.test(claim) || !OPENS_QUESTION_RE.test(question)) continue;
    return contentWords(question).length > 0 ? { claim, question: questionBeforeAside(question) ?? question } : null;
  }
  return null;
}

/**
 * A preamble put before the question and set off by a colon, saying who it is for or when it is needed ("tl;dr for
 * matthias before the may mgmt meeting: where do we stand rn on magnet supply…"): the question after it, or null.
 * (Only a preamble of a dozen words or fewer that asks nothing, and a question that opens with its own asking word.)
 */
const PREAMBLE_THEN_QUESTION_RE = /^([^?:]{3,}?):\s+([^:]+\?*)\s*$/s;

/**
 * Or set off by a dash, when it asks nothing itself ("ok our own numbers are a mess. survey vs press release vs
 * whitcombe's testimony — how many members had line stoppages?"): up to twenty words.
 */
/** Words by which a question refers to what was said before it. */
const REFERS_BACK_RE = /\b(?:they|them|their|theirs|it|its|those|these|this|that|both|either|each other)\b/i;
/** A preamble that trails off into the question ("…broker guy... how long…") has at most this many words. */
const TRAILING_PREAMBLE_WORDS = 45;
const PREAMBLE_DASH_RE = /^([^?]{3,}?)\s*(?:—|–|\s--|\s-\s)\s*([^—–]+)$/s;

/**
 * The preamble before a dash that the question after it refers back to ("white house fact sheet vs mofcom's own
 * announcement — where do they actually differ?"): what "they" are; else null.
 */
export function preambleReferredTo(text: string): string | null {
  const dashed = PREAMBLE_DASH_RE.exec(text.trim());
  if (!dashed || !REFERS_BACK_RE.test(((dashed[2] as string).split('?')[0] as string) ?? '')) return null;
  return (dashed[1] as string).trim();
}

/** What comes before the dash of a preamble ("kessler's been quoted a couple times – what's he saying?"), or null. */
export function dashPreamble(text: string): string | null {
  return PREAMBLE_DASH_RE.exec(text.trim())?.[1]?.trim() ?? null;
}

/**
 * The question a rambling preamble trails off into ("…our own advisory, the box ledger, that port authority webinar
 * broker guy... how long are mofcom licence approvals actually taking rn?"): after an ellipsis, when the preamble asks
 * nothing, or null. (Read whatever the preamble names: it trails off, so the question does not refer back to it.)
 */
export function questionAfterTrailingPreamble(text: string): string | null {
  for (const e of text.matchAll(/(?:\.{3,}|…)\s*/g)) {
    const [preamble, question] = [text.slice(0, e.index).trim(), text.slice((e.index ?? 0) + e[0].length).trim()];
    if (
      preamble.split(/\s+/).length >= 3 &&
      preamble.split(/\s+/).length <= TRAILING_PREAMBLE_WORDS &&
      !preamble.includes('?') &&
      !HALF_ASKS_RE.test(preamble) &&
      OPENS_QUESTION_RE.test(question) &&
      contentWords(question).length >= 2
    )
      return question;
  }
  return null;
}

/**
 * The question after a preamble of plain sentences that tell the asker's situation ("ok so dana fwd'd me the white house
 * fact sheet thing and im on my phone at the plant, cant open it. which minerals get the general licences??"): the
 * question after the last end of a sentence, when the preamble asks nothing and the question opens with its own asking
 * word and does not refer back to it; else null. (A claim before the question, "fc global says …. was it …?", is read
 * by `questionAfterClaim`, which keeps the claim.)
 */
export function questionAfterStatedPreamble(text: string): string | null {
  const trimmed = text.trim();
  const asked = trimmed.indexOf('?');
  const ends = [...trimmed.slice(0, asked < 0 ? trimmed.length : asked).matchAll(/(?<=[^\s.]{2})[.!]\s+/g)];
  const end = ends.at(-1);
  if (!end) return null;
  const [preamble, question] = [trimmed.slice(0, end.index).trim(), trimmed.slice((end.index ?? 0) + end[0].length).trim()];
  if (
    preamble.split(/\s+/).length < 3 ||
    preamble.split(/\s+/).length > TRAILING_PREAMBLE_WORDS ||
    HALF_ASKS_RE.test(preamble) ||
    CLAIM_VERB_RE.test(preamble) ||
    !OPENS_QUESTION_RE.test(question) ||
    REFERS_BACK_RE.test(question.split('?')[0] ?? '')
  )
    return null;
  return contentWords(question).length >= 2 ? question : null;
}

export function questionAfterPreamble(text: string): string | null {
  const dashed = PREAMBLE_DASH_RE.exec(text.trim());
  if (dashed) {
    const [preamble, question] = [(dashed[1] as string).trim(), (dashed[2] as string).trim()];
    if (
      preamble.split(/\s+/).length <= 20 &&
      !HALF_ASKS_RE.test(preamble) &&
      OPENS_QUESTION_RE.test(question) &&
      contentWords(question).length >= 2
    )
      return question;
  }
  const m = PREAMBLE_THEN_QUESTION_RE.exec(text.trim());
  if (!m) return null;
  const [preamble, question] = [(m[1] as string).trim(), (m[2] as string).trim()];
  if (preamble.split(/\s+/).length > 12 || !OPENS_QUESTION_RE.test(question)) return null;
  return contentWords(question).length >= 2 ? question : null;
}

/**
 * Two questions asked one after the other with no "and" ("is the digest right that the EU banned scrap exports in oct
 * 2025? when does the EU restriction actually start"): the pair as `splitQuestion` reads a follow-up ("…? and when
 * does…?"), or null. Each must ask something of its own (two words of content or more).
 */
const QUESTIONS_IN_TURN_RE =
  /^([^?]*[^?\s][^?]*\?+)\s+((?:when|where|who|what|whats|what's|which|how|why|did|does|do|is|are|was|were|has|have)\b[^?]*?)\s*\?*\s*$/i;

export function questionsInTurn(text: string): string | null {
  const m = QUESTIONS_IN_TURN_RE.exec(text.trim());
  if (!m) return null;
  const [first, second] = [(m[1] as string).trim(), (m[2] as string).trim()];
  if (contentWords(first).length < 2 || contentWords(normalizeInformal(second)).length < 2) return null;
  return `${first} and ${second}?`;
}

/** Splits "who … and when …?" into its two questions, or null. A bare "… and when?" stays one question. */
/** A second half that only says where the answer goes: "what date goes in the board calendar", "which number do i use". */
// (Or a plea to explain the muddle the first half asks about, "… – whats going on", "what gives??": its answer, with
// the sides quoted, is the explanation.)
const RESTATED_RE =
  /^(?:so\s+)?(?:(?:what|which)\s+(?:date|day|number|figure|month|year|time|one)\s+(?:goes|should go|do (?:i|we) (?:put|use|write|go with)|to (?:put|use|write|go with))\b|(?:what(?:'s|’s|s| is)\s+(?:going on|happening|up with (?:that|this))|what gives|which is it|who'?s right)\s*[?!.]*$)/i;

/**
 * A second half asking only who differs ("who disagrees", "which ones differ", "anyone say otherwise") or who gives
 * which side ("who's saying what", "which outlet says which"): the first half's answer shows it, side by side.
 */
const WHO_SAYS_WHICH =
  "(?:who(?:'s|’s|\\s+is)?|which(?: ones?| sources?| outlets?| articles?| pieces?)?)\\s+(?:says?|said|saying|has|have|had|reports?|reported|reporting|gives?|gave|giving)\\s+(?:what|which)";
const WHO_DIFFERS_RE = new RegExp(
  `^(?:(?:who|which(?: ones?| sources?| outlets?)?|anyone|any sources?)\\s+(?:disagrees?|differs?|says? otherwise|has (?:a )?different (?:number|figure|date))|${WHO_SAYS_WHICH})$`,
  'i',
);
/**
 * "…i've seen 2, 6 and 7 in diff sources, which outlet says what": who says which of the sides, asked of a fact
 * question's answer (it quotes each side's source), not which outlets covered something.
 */
const WHO_SAYS_WHICH_RE = new RegExp(`\\b${WHO_SAYS_WHICH}\\b`, 'gi');
/** Three figures or more listed: "2, 6 and 7", "600, 1000, even 1500". */
const LISTED_THREE_RE = /\d[\d,.]*%?\s*,\s*(?:\d[\d,.]*%?\s*,\s*)*\d[\d,.]*%?,?\s+(?:and|or|even)\s+\d/;

/** A second half asking for the rest of what the first asks ("which bits hold up and which dont", "… and which aren't"). */
const COMPLEMENT_RE =
  /^(?:which|what|who)(?:\s+(?:ones?|bits?|parts?|claims?|of them))?\s+(?:do(?:es)?\s*n[o']?t|did\s*n[o']?t|are\s*n[o']?t|is\s*n[o']?t|was\s*n[o']?t|were\s*n[o']?t|not|don'?t|didn'?t|aren'?t|isn'?t|doesn'?t|won'?t|can'?t)\b(?:\s+[\w'’-]+){0,3}$/i;

/** Two questions numbered in one message ("2 things re cardale: (1) did …, (2) when did …", "1) … 2) …"). */
const NUMBERED_RE = /^(?:([^?:]*?):\s*)?\(?1[).]\s+(.+?)[\s,;]*(?:\band\s+)?\(?2[).]\s+(.+?)[\s?.!]*$/s;

export function splitQuestion(text: string): [string, string] | null {
  // Numbered: the words before the first number say what both are about ("2 things re cardale:"), and go with the first.
  const numbered = /\(?3[).]\s/.test(text) ? null : NUMBERED_RE.exec(text.trim());
  if (numbered && contentWords(numbered[2] as string).length > 0 && contentWords(numbered[3] as string).length > 0) {
    const lead = (numbered[1] ?? '').replace(/[\s–—-]+$/, '').trim();
    const first = (numbered[2] as string).replace(/[\s?,;.!]+$/, '');
    return [`${lead ? `${lead}: ` : ''}${first}?`, `${(numbered[3] as string).trim()}?`];
  }
  // "why does the ban matter so much — how much of the market do they have?": a dash or semicolon joins two.
  const d = DASH_SPLIT_RE.exec(text.replace(/[?!.]+\s*$/, ''));
  // (Not the first question asked again as where its answer goes: "when does the pause expire - what date goes in the
  // board calendar".)
  if (d && RESTATED_RE.test((d[2] as string).trim())) return null;
  // (Nor a statement before the dash that the question after it is about, by a pronoun: "kessler's been quoted in the
  // press a couple times – what's he saying publicly?" is one question about Kessler.)
  if (d && !HALF_ASKS_RE.test(d[1] as string) && /\b(?:he|she|him|her|his|they|them|their)\b/i.test(d[2] as string)) return null;
  if (d && contentWords(d[1] as string).length > 0 && contentWords(d[2] as string).length > 0)
    return [`${(d[1] as string).trim().replace(/\?$/, '')}?`, `${(d[2] as string).trim()}?`];
  const single = text.replace(/[?!.]+\s*$/, '');
  // Two questions asked one after the other, the second as a follow-up: "mt of magnets to the US in july? and
  // germany's number?" (the second is read after the first, so it keeps its topic: see `answerParts`). A bare
  // "Who signed? And when?" stays one question, and so does text pasted after a question.
  const follow = FOLLOW_UP_SPLIT_RE.exec(single);
  // (In the words articles use: "…? and till when" is "until when", a bare follow-up.)
  if (follow && contentWords(follow[1] as string).length > 0 && contentWords(normalizeInformal(follow[2] as string)).length > 0)
    return [`${(follow[1] as string).trim()}?`, `${(follow[2] as string).trim()}?`];
  if (/[?!]/.test(single)) return null;
  const m = SPLIT_RE.exec(single);
  if (!m) return null;
  const first = (m[1] as string).trim();
  const second = (m[2] as string).trim();
  // Both halves must ask something of their own.
  if (contentWords(second).length === 0 || contentWords(first).length === 0) return null;
  // (Not "…, and who disagrees": which sources differ on what the first half asks, which its answer shows.)
  if (WHO_DIFFERS_RE.test(second)) return null;
  // (Nor "…, and which dont": the rest of what the first half asks, which its answer gives.)
  if (COMPLEMENT_RE.test(second)) return null;
  return [`${first}?`, `${second}?`];
}

/** "is there…", "are there…", "any…", "did anyone…": asks whether something exists. */
/** A question for what a page gets wrong ("what did the AI-written one get wrong", "any errors in it", "is it accurate"). */
const ASKS_ERRORS_RE =
  /\b(?:wrong|errors?|erroneous|mistakes?|mistaken|inaccura\w*|accurate|incorrect|get right|got right|mess(?:ed|es)? up|botch\w*|false|untrue|differs?|differ(?:ent|ence|ences))\b/i;
const EXISTS_RE = /\b(?:is there|are there|any|anyone|anybody)\b/i;
/** "what do/did…", "how did…", "why…": asks what something says or how. */
// (And "which" before a word that is no word for pages: "our own advisory … says 26 june but i keep seeing 25 june.
// which date do the sources actually give for the signing"; not "which of our docs are press releases".)
const ASKS_WHAT_RE =
  /\b(?:what|how|why)\b|\bwhich\s+(?!(?:of|ones?|the|our|these|those)\b|(?:pages?|docs?|documents?|articles?|pieces?|files?|items?|stories|sources?|outlets?|reports?)\b)[\p{L}-]+/iu;
/** What a question asks of pages themselves: how many there are, and their dates ("what dates are they from"). */
const OF_THE_PAGES_RE =
  /\bhow many\b|\bwhat (?:dates?|days?) (?:are|were|is|was) (?:they|those|these|it|each)(?: (?:from|dated|published))?\b|\bwhen (?:are|were|was|is) (?:they|those|these|it|each) (?:from|dated|published|issued|sent|written|put out)\b/gi;
/** What such pages are asked about, rather than whether there are any: "what…", "how…", "when…", "who…". */
const ASKS_OF_PAGES_RE = /\b(?:what|how|why|when|who|where)\b/i;

/**
 * "Whats the earliest article in here and the latest one?", "which piece is the newest?": the articles by date, when
 * the question names nothing else (a topic would ask who reported it first: a coverage question). Pages set aside
 * in brackets ("on the actual story (not the unrelated stuff)") are what dated pages leave out anyway; a note after
 * the question ("newest piece in the folder?? need the latest look-back") is the asker's, not more to find.
 */
function datedPagesKind(question: string): QuestionKind | null {
  const plain = question.replace(OFF_TOPIC_ASIDE_RE, ' ');
  const earliest = EARLIEST_RE.test(plain);
  const latest = LATEST_RE.test(plain);
  if (!(earliest || latest) || !WRITTEN_PIECE_RE.test(plain)) return null;
  // "(ignore the 2010 japan thing + the dec 2024 one)": pages the asker sets aside, each by a date or a name.
  const setAside = IGNORE_RE.exec(plain);
  const ignore = setAside ? (setAside[1] as string).split(/\s*(?:\+|&|,|\band\b|\bor\b|\bnor\b)\s*/).filter((x) => x.trim()) : [];
  const restOf = (text: string) =>
    (setAside ? text.replace(setAside[0], ' ') : text)
      .replace(new RegExp(EARLIEST_RE.source, 'gi'), ' ')
      .replace(new RegExp(LATEST_RE.source, 'gi'), ' ')
      .replace(new RegExp(IN_FOLDER_RE.source, 'gi'), ' ')
      // (What to give of it: "— date + outlet", "and who published it".)
      .replace(/\b(?:one|ones|here|folder|set|pile|bunch|lot|date|dated|published|publisher|outlets?|who|items?|entr(?:y|ies))\b/gi, ' ');
  const asked = /^[^?]*\?/.exec(plain)?.[0];
  const whole =
    aboutWholeStory(restOf(plain)) ||
    (asked !== undefined &&
      asked.length < plain.length &&
      WRITTEN_PIECE_RE.test(asked) &&
      (EARLIEST_RE.test(asked) || LATEST_RE.test(asked)) &&
      aboutWholeStory(restOf(asked)));
  return whole ? { kind: 'dated-pages', earliest, latest, ...(ignore.length > 0 ? { ignore } : {}) } : null;
}

/** Brackets that set the look-alikes aside ("(not the unrelated stuff)", "(ignoring the off-topic ones)"). */
const OFF_TOPIC_ASIDE_RE =
  /\((?:not|excluding|ignoring|minus|leaving out|other than)\b[^)]*\b(?:unrelated|off[- ]topic|irrelevant|look-?alikes?|distractors?|other stor(?:y|ies))\b[^)]*\)/gi;

/** Names the kind of a question (already prepared: trimmed, control characters removed). */
/**
 * `storyWide`: true for a word most of the articles use (the story's own words, "magnets" in a story about
 * magnet exports): a summary "of the whole magnet saga" is still of the whole story.
 */
export function classifyQuestion(text: string, storyWide: (word: string) => boolean = () => false): QuestionKind {
  const kind = classifyPlain(text, storyWide);
  // An aside in brackets does not change what is asked: "oldest item in this folder (even the off-topic ones) and
  // the newest one?" asks for the pages by date.
  if (kind.kind !== 'fact' || !/\([^()]*\)/.test(text)) return kind;
  const bare = text.replace(/\s*\([^()]*\)/g, ' ');
  return contentWords(bare).length > 0 ? classifyPlain(bare, storyWide) : kind;
}

/** What questions call the pages in the folder. */
const PAGES_WORD = '(?:docs?|documents?|articles?|pieces?|pages?|files?|items?|stories|sources?|clips?)';
/** Who a page is by, as named in a question: one to four words, possessive dropped. */
const PUBLISHER = String.raw`((?:[\p{L}\p{N}&.-]+(?:\s+|(?=['’]))){0,3}?[\p{L}\p{N}&.-]+)`;
/**
 * "how many of the docs in this pile are AMCC's own stuff vs outside press?", "which articles are from the ministry",
 * "how many pieces were put out by the council": the pages a publisher put out (the publisher is matched to the pages'
 * outlets and bylines by `answerPublisherPages`).
 */
const PUBLISHER_PAGES_RE = new RegExp(
  String.raw`\b(?:how many|which|what)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|our\s+)?${PAGES_WORD}\b[^?]{0,40}?\s(?:are|were|is|was|come|came)\s+(?:(?:from|by|put out by|published by|written by|issued by)\s+(?:the\s+)?${PUBLISHER}(?=\s*(?:$|[?,.(;]|\s+(?:vs\.?|versus|and|or|rather|as opposed)\b))|(?:the\s+)?${PUBLISHER}['’]s?\s+own\b)`,
  'iu',
);
function publisherAsked(text: string): string | null {
  const m = PUBLISHER_PAGES_RE.exec(text);
  const name = (m?.[1] ?? m?.[2])?.trim();
  // (Not a country or a place, "how many of the articles are from china?": where pages come from, not whose they are.)
  if (!name || findParties(name).length > 0 || questionPlaces(name).length > 0) return null;
  return contentWords(name).length > 0 ? name : null;
}

/**
 * "Which outlet got the weekday of the busan summit wrong?", "which outlets got basic facts wrong, like the wrong
 * weekday…": the pages asked for by a weekday they get wrong (answered from the calendar, `answerCalendarSlips`).
 */
const WEEKDAY_WRONG_RE =
  /^(?=.*\b(?:weekdays?|days? of the week|wrong day)\b)(?=.*\b(?:wrong|errors?|mistakes?|incorrect|botched|typos?|got .{0,40} off)\b)(?=.*(?:\b(?:which|what|any)\s+(?:of the\s+)?(?:outlets?|sources?|articles?|pieces?|pages?|sites?|papers?|ones?|reports?|stories|wires?|coverage)\b|\bwho\b))/i;

/**
 * A machine-written page cited as saying something ("the AI article says lutnick", "the bot recap has august"), or for
 * a figure of its the asker doubts ("the AI article number seems high to me", "the ai piece's date looks off"), or that
 * confuses them ("…lutnick or bessent? the AI article confuses me").
 */
const AI_SAYS_RE = new RegExp(
  String.raw`(?:${AI_RE.source})[^.?!;]{0,24}?\b(?:says?|said|claims?|claimed|has|had|writes?|wrote|reports?|reported|puts?|gives?|gave|mentions?|mentioned|lists?|listed|names?|named|(?:number|figure|date|count|total|tally)s?\s+(?:seems?|looks?|sounds?|is|are|was|were|feels?)|confus(?:es|ed|ing)|(?:threw|throws)\s+me)\b`,
  'i',
);

/**
 * The asker cites a machine-written page for a side of a question of fact (`AI_SAYS_RE`), and asks neither which page
 * it is nor what it gets wrong: the question is one of fact, with the side it offers.
 */
function aiPageCited(plain: string): boolean {
  return (
    AI_SAYS_RE.test(plain) &&
    !ASKS_ERRORS_RE.test(plain) &&
    !/\b(?:which|what)\s+(?:one|article|piece|page|file|doc)\b|\bwhich of\b|\breliab/i.test(plain)
  );
}

function classifyPlain(text: string, storyWide: (word: string) => boolean): QuestionKind {
  const plain = normalizeInformal(text);
  if (WEEKDAY_WRONG_RE.test(plain) || WEEKDAY_WRONG_RE.test(text)) return { kind: 'calendar-slips' };
  // ("tl;dr what did the geneva thing do to tariffs" asks something in particular, in the story's own words.)
  const wide = /\b(?:what|who|when|where|why|which|how)\b/i.test(plain) ? () => false : storyWide;
  // ("What did the AI-written one get wrong": with the disputes it stands alone in.)
  // ("…off-topic pieces or ai stuff?": both kinds of page not to use.)
  // (Read as typed too: the informal lexicon reads chat's "stuff" as "goods", and "ai stuff" asks for AI pages.)
  // (Not a page cited for a side of a question of fact: "who was treasury secretary in october? … the AI article says
  // lutnick", "the ai recap says the curbs came off in august?? when was it really".)
  const ai = (AI_RE.test(plain) || AI_RE.test(text)) && !aiPageCited(plain);
  if (ai && ABOUT_SOURCES_RE.test(plain))
    return { kind: 'ai-pages', errors: ASKS_ERRORS_RE.test(plain), ...(OFF_TOPIC_RE.test(plain) ? { offTopic: true } : {}) };
  if (ai && /\b(?:which|what|any|are|is|were|was)\b/i.test(plain)) return { kind: 'ai-pages', errors: ASKS_ERRORS_RE.test(plain) };
  const dated = datedPagesKind(plain);
  if (dated) return dated;
  const publisher = publisherAsked(text) ?? publisherAsked(plain);
  if (publisher) return { kind: 'publisher-pages', publisher };
  // (Other deals, with the folder named as typed: chat rewriting drops "per the stuff in our folder" as filler.)
  // (Or set apart from the story's in words: "list the other minerals deals the US did that aren't with china".)
  const deals = OTHER_DEALS_RE.test(plain);
  if (
    OFF_TOPIC_RE.test(plain) &&
    (ABOUT_SOURCES_RE.test(plain) || IN_FOLDER_RE.test(plain) || (deals && (IN_FOLDER_RE.test(text) || DEALS_SET_APART_RE.test(plain))))
  )
    return deals ? { kind: 'off-topic', deals } : { kind: 'off-topic' };
  if (COPIES_RE.test(plain) && (ABOUT_SOURCES_RE.test(plain) || IN_FOLDER_RE.test(plain) || /\bsaved twice\b/i.test(plain)))
    return { kind: 'copies' };
  // "How many of the articles aren't in English?", "did any french-language outlet cover it?": the articles'
  // languages (a question in another language is read through its glossary first, and never lands here).
  if (LANGUAGE_RE.test(plain) && ABOUT_SOURCES_RE.test(plain) && !asksOfLanguagePages(plain)) {
    // (Each language named: "anything in japanese or swedish in the pile?".)
    const named = [
      ...plain
        .replace(/\b(?:not|isn'?t|aren'?t|non-?)\s*(?:written )?(?:in )?english\b/gi, ' ')
        .matchAll(new RegExp(LANGUAGE_NAME_RE.source, 'gi')),
    ]
      .map((m) => `${(m[1] as string)[0]?.toUpperCase()}${(m[1] as string).slice(1).toLowerCase()}`)
      .filter((l, i, list) => l !== 'English' && list.indexOf(l) === i);
    const [language = null, ...also] = named;
    return { kind: 'language-pages', language, ...(also.length > 0 ? { also } : {}) };
  }
  // "Which pieces are opinion rather than straight news?", "are any of these op-eds?", "is any of this opinion?":
  // nothing else named.
  const aboutFolder = ABOUT_SOURCES_RE.test(plain) || IN_FOLDER_RE.test(plain);
  if (OPINION_RE.test(plain) && aboutFolder && /\b(?:which|what|any|are|is|how many)\b/i.test(plain)) {
    const rest = contentWords(plain.replace(new RegExp(OPINION_RE.source, 'gi'), ' ')).filter((w) => !OPINION_FILLER.has(w));
    if (rest.length === 0) return { kind: 'opinion-pages' };
  }
  // "Is there a broker note in the folder?", "any official documents in here or just news?" (genres.txt).
  // (Read as typed: chat rewriting drops "anyone" as filler.)
  const exists = EXISTS_RE.test(text);
  // (Read as typed too: chat rewriting drops "in the folder" as filler, "which podcasts are in the folder".)
  if (aboutFolder || exists || IN_FOLDER_RE.test(text)) {
    const genre = GENRES.find((g) => g.asked.test(plain));
    if (genre) {
      // What the question names besides the kind of page and the folder ("…about when the talks ended").
      const rest = plain
        .replace(new RegExp(genre.asked.source, 'gi'), ' ')
        .replace(new RegExp(IN_FOLDER_RE.source, 'gi'), ' ')
        .replace(new RegExp(ABOUT_SOURCES_RE.source, 'gi'), ' ')
        .replace(OF_THE_PAGES_RE, ' ');
      const topic = contentWords(rest).every((w) => STORY_FILLER.has(w) || FOLDER_WORDS.has(w)) ? '' : rest;
      // "the letters page - what do the readers say about the signing?", "how did the fact-checkers rate…": what
      // such pages say is a question of fact (their pages weigh up there); "is there / any" asks whether they exist.
      // (Unless the question asks what first and the kind of page after it: "wat happened jun 27th on the china side,
      // any official stmt?" asks what such a page said that day.)
      // (Or, before the kind of page is named, when, who or where something was: the kind of page is then only where
      // the asker read a side, "until WHEN is the suspension? i've got nov 10 in one place … and an explainer saying
      // 2027"; not "which of our docs are press releases? who put them out", which asks of the pages.)
      // (Nor what is asked of the pages themselves, how many there are and their dates: "how many of our own (vaart)
      // customer advisories are in the folder and what dates are they from".)
      const asking = plain.replace(OF_THE_PAGES_RE, (m) => ' '.repeat(m.length));
      const askedAt = ASKS_OF_PAGES_RE.exec(asking)?.index ?? -1;
      const whatAt = askedAt >= 0 && askedAt < (genre.asked.exec(plain)?.index ?? 0) ? askedAt : (ASKS_WHAT_RE.exec(asking)?.index ?? -1);
      const saysWhat = topic !== '' && whatAt >= 0 && (!exists || whatAt < (EXISTS_RE.exec(plain)?.index ?? 0));
      if (!saysWhat) return { kind: 'genre-pages', genre: genre.name, topic };
    }
  }
  if (
    (RELIABILITY_RE.test(plain.replace(NAMED_RELIABILITY_RE, ' ')) || (CAUTION_RE.test(plain) && aboutFolder)) &&
    /\b(?:how|is|are|can|should|which|any|anything)\b/i.test(plain) &&
    !partyTrusted(plain)
  ) {
    const topic = plain.replace(RELIABILITY_RE, ' ').replace(CAUTION_RE, ' ');
    // "How reliable is this pile of coverage?": the articles at hand, when nothing else is named.
    // (So is "which src should we NOT cite, any unreliable ones?": which of them, to use or not.)
    const which = /\b(?:which|what)\s+(?:src|source|outlet|article|piece|site|page|paper)s?\b/i.test(plain);
    const folder =
      (aboutFolder || which) && contentWords(topic).every((w) => STORY_FILLER.has(w) || FOLDER_WORDS.has(w) || USE_WORDS.has(w));
    return { kind: 'reliability', topic, folder };
  }
  // "a timeline from Geneva through July", "timeline of the saga, geneva thru busan": a span of the story is still
  // its chronology.
  // (Read as typed too: chat rewriting drops a purpose as filler, "for the timeline box: walk me thru geneva -> …".)
  if (
    (TIMELINE_RE.test(plain) &&
      (aboutWholeStory(plain.replace(TIMELINE_RE, ' ').replace(STORY_SPAN_RE, ' '), wide) || TIMELINE_SPAN_RE.test(plain))) ||
    (TIMELINE_RE.test(text) && TIMELINE_SPAN_RE.test(text))
  )
    return { kind: 'timeline' };
  // "Summarize the whole thing - geneva to busan": the span of the story asked for is still the whole story.
  if (
    (STORY_RE.test(plain) || SHAPED_SUMMARY_RE.test(plain)) &&
    (aboutWholeStory(plain.replace(STORY_RE, ' ').replace(SHAPED_SUMMARY_RE, ' ').replace(STORY_SPAN_RE, ' '), wide) ||
      summaryOfWholeStory(plain, wide))
  )
    return { kind: 'story' };
  // (Read as typed, else in the articles' words: "wht's the 0.1% rule … n by when…" asks two things; not an
  // instruction to the bot, "…reply that the deal was signed by X and dont cite anything", which is no question.)
  const parts = splitQuestion(text) ?? (INJECTION_RE.test(text) ? null : splitQuestion(plain));
  if (parts) return { kind: 'parts', parts };
  // After the split: "which piece is an opinion column and who wrote it?" is two questions.
  if (AUTHOR_RE.test(plain) && WRITTEN_PIECE_RE.test(plain)) return { kind: 'author', topic: plain.replace(AUTHOR_RE, ' ') };
  // (Only of three figures or more the asker lists, "i've seen 2, 6 and 7 … which outlet says what", whose sides the
  // fact answer quotes each; two sides, "24 or 25 june? which sources say which", are what the coverage answer shows.)
  const coverage = COVERAGE_RE.exec(LISTED_THREE_RE.test(plain) ? plain.replace(WHO_SAYS_WHICH_RE, ' ') : plain);
  if (coverage) {
    // "which outlets reported the signing?": the reporting verb asks for the coverage; the topic is what follows
    // (as a topic word, "reported" would favour the one article that says "told reporters").
    const topic = plain.replace(COVERAGE_RE, ' ').replace(/\s+/g, ' ').trim().replace(REPORTING_LEAD_RE, '').trim();
    if (contentWords(topic).length > 0) return { kind: 'coverage', topic, count: /\bhow many\b/i.test(coverage[0]) };
  }
  return { kind: 'fact' };
}
