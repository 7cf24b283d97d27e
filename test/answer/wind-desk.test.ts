import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionFocus } from '../../src/answer/relevance.js';
import type { Dealbot } from '../../src/pipeline.js';
import { glossaryLanguage } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a European wind-turbine maker's procurement and public-affairs team asked about the story (session 63):
 * on articles written for this test (the companies, outlets, people and figures are invented).
 */

afterAll(removeTempDirs);

const SOME_FILLER = Object.fromEntries(Object.entries(FILLER).slice(0, 3));

const FILES = {
  'a1_wire.md': article(
    'Harbour Wire',
    '2025-08-20',
    'China exported 5,480 tonnes of rare earth magnets in July, customs data showed, as licences under the US-China rare earth deal came through. Shipments to the United States were 612 tonnes. Germany took 1,090 tonnes.',
  ),
  'a2_post.md': article(
    'Fjord Ledger',
    '2025-06-27',
    'Trump first announced the rare earth deal on June 11 on Truth Social, writing, "Our deal with China is done, subject to final approval. Full magnets will be supplied, up front, by China. We are getting a total of 55% tariffs."',
  ),
  'a3_london.md': article(
    'Rare Metals Digest',
    '2025-06-10',
    'Following two days of negotiations in London on June 9-10, U.S. and Chinese officials announced a framework on rare earth exports. The talks were held at Marlow Hall.',
  ),
  'a4_plant.md': article(
    'Baltic Works Bulletin',
    '2025-12-01',
    'The Gdynia licence for rare earth magnets from China was finally issued on 19 September. First Gdynia shipment arrived 28 October.',
  ),
  'a5_summit.md': article(
    'Brussels Notes',
    '2025-09-03',
    'Magnet buyers said little had changed since the EU-China summit on the 24th of July, despite the rare earth deal between Washington and Beijing. The EU trade council met near the Schuman roundabout this week to discuss rare earth licences.',
  ),
  'a6_summit.md': article(
    'Prepper Daily',
    '2025-08-02',
    'The EU-China Summit held on July 25, 2025, discussed rare earth export licences.',
  ),
  'a7_prices.md': article(
    'Nacelle Notes',
    '2025-10-23',
    'Dysprosium oxide was offered at around $1,010 per kilogram in Rotterdam this week after the October rare earth controls, traders said. Our average 2025 contract price for finished magnets from Tolvik is €61/kg.',
  ),
  'a8_delegation.md': article('Trade Brief', '2025-10-27', 'The Chinese delegation in London was led by Vice Premier Qiao Wen.'),
  'a11_kl.md': article(
    'Straits Ledger',
    '2025-10-26',
    'Bessent said the framework agreed with Chinese Vice Premier Qiao Wen in Kuala Lumpur would let the leaders meet.',
  ),
  'a9_shift.md': article(
    'Havnby Wind',
    '2025-10-28',
    'Havnby Wind will suspend the night shift at its generator plant in Szczecin from 3 November, citing uncertainty over deliveries of rare earth magnets from China.',
  ),
  'a10_suspension.md': article(
    'Metals Daily',
    '2025-11-07',
    "China's commerce ministry suspended its October export controls on rare earths until 10 November 2026.",
  ),
  'a12_june.md': article(
    'Rahal Notes',
    '2025-07-21',
    'According to Chinese customs data, total rare earth magnet shipments rose to 3,188 tons last month, more than double the 1,238 tons recorded in May amid Chinese export restrictions.',
  ),
  'a13_union.md': article(
    'Warnow Daily',
    '2025-10-24',
    'The Rostock generator plant is short of rare earth magnets from China. Anna Berg of the metalworkers union said the works council had been informed. “The workers here did not start a trade war. We expect Brussels to act,” she said.',
  ),
  'a14_havnby.md': article(
    'Havnby Wind',
    '2025-10-16',
    'Havnby Wind, the Danish turbine maker, buys about 1,400 t of rare earth magnets a year. Havnby Wind is based in Esbjerg, Denmark.',
  ),
  'a15_digest.md': article(
    'Pulse Digest',
    '2025-11-03',
    'China promised to approve rare earth export licences, and the United States lifted its restrictions on chip-design software in August 2025.',
  ),
  ...SOME_FILLER,
};

describe('quotes read with the sentences that carry on what is asked', () => {
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('quotes a post until its quotation closes', async () => {
    const a = await bot.answerQuestion('what did trump post on truth social on june 11');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/We are getting a total of 55% tariffs/);
  });

  it('quotes what a named speaker goes on to say in the quotation after', async () => {
    const a = await bot.answerQuestion('the metalworkers union woman in rostock - what did she say');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/had been informed\. “The workers here did not start a trade war\. We expect Brussels to act,” she said/);
  });

  it('gives the figures of the month asked up front, not those of other months', async () => {
    const a = await bot.answerQuestion('need one number: china rare earth magnet exports june 2025, how many t?');
    const lead = a.answer.split('\n')[0] ?? '';
    expect(lead).toMatch(/3,188/);
    expect(lead).not.toMatch(/5,480/);
  });

  it('does not require two places joined by "and" in one sentence ("in london and KL")', async () => {
    const a = await bot.answerQuestion("who led china's side in london and KL?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Qiao Wen/);
  });
});

describe('refusals for what the articles cannot give', () => {
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('refuses a request for a recommendation, however it opens', async () => {
    const a = await bot.answerQuestion('can someone recommend a decent hotel near schuman for the trade council next week');
    expect(a.abstained).toBe(true);
  });

  it('refuses a figure for a place goods went to that no figure is given for', async () => {
    const a = await bot.answerQuestion('how many tonnes of magnets did china ship to denmark in july');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/no such figure for Denmark/);
    expect((await bot.answerQuestion('how many tonnes of magnets did china ship to germany in july')).abstained).toBe(false);
  });

  it('refuses a price asked for a year or a month no price is given for, and answers the one that is', async () => {
    expect((await bot.answerQuestion('whats tolvik charging us per kg for 2026')).abstained).toBe(true);
    expect((await bot.answerQuestion('dysprosium oxide price in march?')).abstained).toBe(true);
    const october = await bot.answerQuestion('dysprosium oxide price in october?');
    expect(october.abstained).toBe(false);
    expect(october.answer).toMatch(/\$1,010 per kilogram/);
  });
});

describe('a summit named by who meets', () => {
  it('compares the dates two sources give for it', async () => {
    const bot = await makeBot(writeArticles(FILES));
    const a = await bot.answerQuestion('the eu-china summit - was that 24 or 25 july??');
    const dispute = a.disagreements.find((d) => /EU-China/.test(d.topic));
    expect(dispute?.positions.map((p) => p.claim).sort()).toEqual(['2025-07-24', '2025-07-25']);
  });
});

describe('questions in Polish and Danish', () => {
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('recognises the languages, by their letters or their function words', () => {
    expect(glossaryLanguage('jakie są teraz cła usa na chińskie towary?')?.name).toBe('Polish');
    expect(glossaryLanguage('hvornår stoppede havnby natholdet i szczecin, og hvorfor?')?.name).toBe('Danish');
    expect(glossaryLanguage('when did the night shift stop in szczecin?')).toBeNull();
  });

  it('answers a Polish question from the English articles', async () => {
    const a = await bot.answerQuestion('do kiedy Chiny zawiesiły te październikowe ograniczenia eksportowe?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/10 November 2026/);
  });

  it('answers a Danish question from the English articles', async () => {
    const a = await bot.answerQuestion('hvornår stoppede havnby natholdet i szczecin, og hvorfor?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/from 3 November/);
  });
});

describe('what a question asks about', () => {
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('dates a figure by the "last month" right after it, and the other figure by its own month', () => {
    const months = Object.fromEntries(
      bot.corpus.claims
        .filter((c) => c.source === 'a12_june.md' && c.event === 'quantity' && (c.qualifier ?? '').startsWith('tonnes|'))
        .map((c) => [c.value, (c.qualifier ?? '').split('|')[1]]),
    );
    expect(months).toEqual({ '3188 tonnes': 'june', '1238 tonnes': 'may' });
  });

  it('reads the party that acts in a clause of its own after ", and"', () => {
    const lifting = bot.corpus.claims.find((c) => c.source === 'a15_digest.md' && c.event === 'lifting' && c.attribute === 'date');
    expect(lifting?.qualifier).toBe('the US');
  });

  it('reads "sign" as a noun and a sign-off as no signing', () => {
    expect(questionFocus(bot.analyze('any sign mp materials was still selling ore to beijing?')).events.has('signing')).toBe(false);
    expect(questionFocus(bot.analyze("does a foreign widget need beijing's sign-off?")).events.has('signing')).toBe(false);
    expect(questionFocus(bot.analyze('when did they sign?')).events.has('signing')).toBe(true);
  });

  it('asks what a side lifts only of what it gives in return or of the lifting as a whole', () => {
    const lifted = (q: string) => questionFocus(bot.analyze(q)).attributes.has('lifted');
    expect(lifted('What will the United States do in return?')).toBe(true);
    expect(lifted('does washington drop its export controls or curbs on chinese imports?')).toBe(true);
    expect(lifted('list the us curbs that got lifted as part of the deal')).toBe(false);
    expect(lifted('when did the chip software ban get lifted')).toBe(false);
    expect(lifted('what did lutnick say about lifting the us measures?')).toBe(false);
  });
});
