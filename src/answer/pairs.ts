import type { Corpus } from '../corpus/corpus.js';
import { findParties } from '../text/entities.js';
import type { ScoredSentence } from './extractive.js';

/**
 * Questions that name the story's own pair ("the us-china rare earth deal") are not answered from articles about
 * a deal of one of those parties with a third country (`Corpus.otherPair`: "the US–Ukraine minerals deal"): a sum,
 * a fund or a date from that deal would be put on the story's. A question that names the third country too ("the
 * aussie deal", "compare it with the Australia framework") keeps them.
 */

/** The parties a question names, as typed ("us-china", "u.s./china", "sino-us", "the US and China"). */
export function partiesNamed(text: string): Set<string> {
  const typed = text
    // "us" is the pronoun unless written next to another party ("us-china", "china/us") or after "the".
    .replace(/\bus(?=\s*[-–/]\s*(?:china|chinese|beijing)\b)|(?<=\b(?:china|sino|beijing)\s*[-–/]\s*)us\b|(?<=\bthe\s+)us\b/gi, 'US')
    .replace(/\bsino(?=\s*[-–/])/gi, 'China')
    .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  return new Set(findParties(typed).map((p) => p.party));
}

/**
 * The asker doubts that what they ask about is of the story's pair at all: "someone forwarded me a piece about an
 * $8.5bn minerals deal - is that part of the us-china truce or something else?", "…or a separate deal?". The other
 * pairs' articles may be what they read.
 */
const PAIR_DOUBTED_RE =
  /\bor\s+(?:is it\s+|was it\s+|is that\s+|just\s+)?(?:something|sth|smth)\s+else\b|\bor\s+(?:is it\s+|was it\s+|is that\s+)?(?:a\s+|an\s+)?(?:separate|different|unrelated|another|other|seperate)\s+(?:thing|deal|story|agreement|matter|pact|one)\b|\b(?:separate|unrelated|different)\s+(?:from|to)\s+(?:the\s+)?(?:us[- ]china|china|this)\b/i;

/** `scored` without the sentences of another pair's articles, when the question names the story's pair and not theirs. */
export function withoutOtherPairs(corpus: Corpus, text: string, scored: ScoredSentence[]): ScoredSentence[] {
  const pair = corpus.dominant.slice(0, 2);
  if (corpus.otherPair.size === 0 || pair.length < 2 || PAIR_DOUBTED_RE.test(text)) return scored;
  const named = partiesNamed(text);
  if (!pair.every((d) => named.has(d))) return scored;
  // (A third country that is no party of the entity lexicon, "Ukraine", is named when its name is written.)
  const lower = text.toLowerCase();
  const names = (third: string) => named.has(third) || lower.includes(third.toLowerCase().replace(/^the /, ''));
  return scored.filter((s) => {
    const third = corpus.otherPair.get(s.sentence.source);
    return third === undefined || names(third);
  });
}

/**
 * A deal named by one country: "the australia minerals deal", "the ukraine critical minerals agreement", "ukraine
 * minerals deal - who signed", "ukraine's minerals pact", "the australia critical minerals thing" (only a third country's: the story's own parties are no match).
 */
const THIRD_DEAL_RE =
  /(?:\bthe\s+|^\s*|(?<=[\s,;:(]))([\p{L}.]+?)(?:['’]s)?\s+(?:(?:critical\s+)?(?:minerals?|rare[- ]earths?|mining|resources?)\s+)?(?:deal|framework|agreement|pact|accord|thing)\b/giu;

/**
 * The asker names another pair as a pair of its own, joined as the story's is ("the us–australia minerals thing",
 * "us/ukraine deal"), or that deal by the third country alone ("the australia minerals deal"): a third country a
 * page's deal is with (`corpus.otherPair`). They know that deal is another story.
 */
export function otherPairJoined(corpus: Corpus, text: string): boolean {
  const pair = new Set(corpus.dominant.slice(0, 2));
  const thirds = new Set(corpus.otherPair.values());
  if (thirds.size === 0) return false;
  // ("us" is the pronoun alone; joined to another name it is the country.)
  // (Or a third country no entity list names, "norway", by the name its page's deal is with.)
  const parties = (w: string) => {
    const named = partiesNamed(/^u\.?s\.?$/i.test(w) ? 'US' : w);
    for (const t of thirds) if (t.toLowerCase().replace(/^the /, '') === w.toLowerCase()) named.add(t);
    return named;
  };
  // (Joined by a dash or a slash, "US-Australia", or by "and", "&" or "with": "what did the us and australia sign".)
  for (const m of text.matchAll(/([\p{L}.]+)(?:\s*[-–—/]\s*|\s+(?:and|&|with)\s+(?:the\s+)?)([\p{L}.]+)/giu)) {
    const [a, b] = [parties(m[1] as string), parties(m[2] as string)];
    const joins = (x: Set<string>, y: Set<string>) => [...x].some((p) => pair.has(p)) && [...y].some((p) => thirds.has(p));
    if (joins(a, b) || joins(b, a)) return true;
  }
  // Or names that deal by the third country alone: "the australia minerals deal", "the ukraine agreement".
  for (const m of text.matchAll(THIRD_DEAL_RE)) if ([...parties(m[1] as string)].some((p) => thirds.has(p))) return true;
  return false;
}
