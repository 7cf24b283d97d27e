import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/corpus/claims.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { synonymsOf } from '../../src/text/synonyms.js';
import { stem } from '../../src/text/tokenize.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A place asked by its adjective ("the latvian plant") answered from articles that name the country; a transcript
 * speaker labelled by surname found by full name; a count of people asked with another noun for them ("how many
 * folks work at…" of "employs 120 people"); and the whole class counted against a part ("all 17 …, not only the
 * seven") or a year before a noun not taken for counts. On articles written for this test (none of them is a seed).
 */

const FILES = {
  'plant.md': article(
    'Baltic Industry Wire',
    '2025-09-20',
    [
      'A cobalt refinery opened on Friday in Daugavpils, Latvia, the first of its kind in the Baltics.',
      'The refinery is producing trial batches and employs 120 people from nine countries.',
      '"This is the first cobalt refinery in the Baltics," chief executive Ada Lindqvist of Kobalts Metals said at the opening.',
    ].join('\n\n'),
  ),
  'smelter.md': article('Baltic Industry Wire', '2025-09-22', 'The Kurzeme smelter employs 2,000 workers across three shifts.'),
  'podcast.txt': [
    'METALS WEEKLY -- Episode 40',
    '',
    'HOST: Welcome to Metals Weekly. It has been a busy month for anyone who buys cobalt. Shipments slowed in May. Prices jumped in June. Traders are nervous about July.',
    '',
    'HOST: With me today are Priya Raman, principal analyst at Northgate Research, and Tom Ekdahl of Ekdahl Motors.',
    '',
    'EKDAHL: Thanks for having me.',
    '',
    'HOST: Where are cobalt prices heading?',
    '',
    'RAMAN: Inside Freedonia, cobalt hydroxide is around 61,000 dollars a tonne, basically flat.',
    '',
    'HOST: And the licences?',
    '',
    'RAMAN: Slower than promised. The paperwork is the bottleneck now.',
    '',
  ].join('\n'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('places asked by their adjective', () => {
  it('reads demonyms as their country (data/lexicon/demonyms.txt)', () => {
    expect(synonymsOf(stem('latvian'))).toContain(stem('latvia'));
    expect(synonymsOf(stem('burmese'))).toContain(stem('myanmar'));
    expect(synonymsOf(stem('estonian'))).toContain(stem('estonia'));
  });

  it('answers about "the latvian refinery" from an article that says Latvia, and counts its people', async () => {
    const a = await bot.answerQuestion('how many folks work at the latvian cobalt refinery?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('employs 120 people');
  });
});

describe('a transcript speaker labelled by surname', () => {
  it('is found by the full name the introduction gives', async () => {
    const a = await bot.answerQuestion('What did Priya Raman say cobalt hydroxide was trading at inside Freedonia?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('61,000 dollars a tonne');
  });
});

describe('what a count counts', () => {
  it('takes no count from the whole class set against a part, nor from "the group of N", nor quarters', async () => {
    const corpus = await corpusOf({
      'data.md': article(
        'Ore Data Desk',
        '2025-07-20',
        [
          'The figures include exports of all 17 rare earth elements, not only the seven on which Beijing imposed export controls in April.',
          'Shipments of the group of 17 minerals rose in June.',
          'In the first three quarters, restricted shipments fell.',
          'Beijing has placed all 12 cobalt compounds under licence since April.',
        ].join('\n\n'),
      ),
    });
    const counts = extractClaims(corpus).filter((c) => c.event === 'count');
    expect(counts.map((c) => c.value)).toEqual(['12']);
  });
});

describe('a year before what is asked is no figure of it', () => {
  it('says the articles give no figure when the only number near the thing is a year', async () => {
    const b = await makeBot(
      writeArticles({
        'notice.txt': [
          'Ministry notice on cobalt items',
          '',
          'The suspended notices are: No. 57 of 2025 -- export controls on superhard materials; No. 58 of 2025 -- export controls on lithium battery items.',
          '',
          'The suspension lasts one year.',
          '',
        ].join('\n'),
      }),
    );
    const a = await b.answerQuestion('how much lithium do the suspended notices cover?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toContain('no figure');
  });

  it('still counts a four-digit figure written with a comma ("2,000 workers")', async () => {
    const a = await bot.answerQuestion('how many workers does the kurzeme smelter have?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('2,000 workers');
  });
});

describe('chat words for enforcement, element symbols and possessives', () => {
  it('reads crime slang, chemical symbols and "X\' ceo", but not a word closing a quotation', () => {
    expect(normalizeInformal('did the cops nab anyone for sneaking rare earths out of china')).toBe(
      'did the police arrest for smuggling rare earths of china',
    );
    expect(normalizeInformal('whats dy and tb going for')).toContain('dysprosium and terbium');
    expect(normalizeInformal("what did kobalts' ceo say")).toContain("kobalts's ceo");
    expect(normalizeInformal("what did salo mean by 'three different clocks'?")).toContain("clocks'?");
    expect(normalizeInformal("when did the 'general licenses' start")).toContain("licenses' start");
    expect(normalizeInformal('what does vollmer reckon buyers should do')).toBe('what does vollmer think buyers should do');
    expect(normalizeInformal('how big is the plant gonna be vs last yr')).toBe('how big is the plant will be vs last year');
    expect(synonymsOf(stem('biggest'))).toContain(stem('largest'));
    expect(synonymsOf(stem('owner'))).toContain(stem('shareholder'));
  });

  it('finds the chief executive of a company asked with a bare possessive', async () => {
    const a = await bot.answerQuestion("what did kobalts' ceo say at the opening?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Lindqvist');
  });
});
