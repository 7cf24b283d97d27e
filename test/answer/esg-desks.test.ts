import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDisagreements } from '../../src/answer/conflicts.js';
import { classifyQuestion, questionBeforeAside } from '../../src/answer/kinds/classify.js';
import { extractClaims } from '../../src/corpus/claims.js';
import { isWeekdayWord } from '../../src/corpus/dates.js';
import type { Dealbot } from '../../src/pipeline.js';
import { GLOSSARY_LANGUAGES, normalizeInformal, translateWithGlossary } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while an NGO's supply-chain due-diligence team asked its questions (session 60): on articles written for
 * this test (the outlets, people, companies and figures are invented).
 */

afterAll(removeTempDirs);

describe("the asker's own work, said around the question", () => {
  it('takes out what the answer is needed for, said after the question ("need the exact days for our timeline")', () => {
    expect(normalizeInformal('when were the talks again? need the exact days for our timeline')).toBe('when were the talks again?');
    expect(normalizeInformal('who signed? need the names for my file')).toBe('who signed?');
    // (Not a second thing asked for: "need the date for the signing too".)
    expect(normalizeInformal('when was it confirmed? need the date for the signing too')).toBe(
      'when was it confirmed? need the date for the signing too',
    );
    // (Not a question about what something means for someone.)
    expect(normalizeInformal('what does it mean for our members?')).toBe('what does it mean for our members?');
  });

  it('takes out what the asker is doing with it ("building the timeline for the uw file")', () => {
    expect(normalizeInformal('geneva round - may or april? building the timeline for the uw file')).toBe('geneva round - may or april?');
    expect(normalizeInformal("who led the talks? i'm updating our tracker")).toBe('who led the talks?');
  });

  it('takes out a check asked for before the question ("quick sanity check - …")', () => {
    expect(normalizeInformal('quick sanity check - how many tonnes went to the US?')).toBe('how many tonnes shipped to the US?');
    expect(normalizeInformal('fact check: did they sign?')).toBe('did they sign?');
  });
});

describe('a clause after the question that asks nothing', () => {
  it('is an aside: the question before it is what is asked', () => {
    expect(questionBeforeAside('how many tonnes went to the US in june? the number in our own letter looks huge')).toBe(
      'how many tonnes went to the US in june?',
    );
    expect(questionBeforeAside("who covered the reversal? trying to see if it's only trade press")).toBe('who covered the reversal?');
  });

  it('is not when it asks, names a source, or has no verb (it says more of what is asked)', () => {
    expect(questionBeforeAside('who signed? and when did they sign')).toBeNull();
    expect(questionBeforeAside('how many tonnes in june? per the wire piece')).toBeNull();
    expect(questionBeforeAside('what have governments outside the US done? g7, eu, japan, india')).toBeNull();
    expect(questionBeforeAside('who signed for the other side? the name of the official with the pen')).toBeNull();
  });
});

describe('questions the articles answer once the asker is understood', () => {
  const FILES = {
    'a1_mags.md': article(
      'Port Ledger',
      '2025-07-21',
      'Ruritania exported 412 tonnes of magnets to Freedonia in June, customs data showed. Shipments to Freedonia had been 40 tonnes in May.',
    ),
    'a2_july.md': [
      '---',
      'title: Ruritania magnet exports hit six-month high in July',
      'outlet: Cable Desk',
      'date: 2025-08-20',
      '---',
      '',
      'Exports from the largest magnet supplier rose nearly 60% from June to 6,120 metric tons last month, customs data showed on Wednesday.',
      '',
      'Germany remained the top destination.',
    ].join('\n'),
    'a3_kl.md': article(
      'Harbour Daily',
      '2025-10-26',
      'Treasury Secretary Vance said the talks on the sidelines of the regional summit in Kuala Lumpur had eliminated the threat of 100% tariffs.',
    ),
    'a4_venue.md': article(
      'Quayside Wire',
      '2025-10-31',
      'The two presidents met for 100 minutes in a lounge at Marlport International Airport on October 30.',
    ),
    'a5_june.md': article(
      'Metals Brief',
      '2025-07-22',
      'Total magnet shipments out of Ruritania fell to 3,010 tonnes in June. Ruritania magnet shipments to Freedonia were 412 tonnes in June, up from 40 tonnes in May.',
    ),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('answers the question before an aside that asks nothing', async () => {
    const a = await bot.answerQuestion(
      'quick sanity check - how many tonnes of magnets went to freedonia in june? the number in the kestrel letter looks huge',
    );
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/412 tonnes/);
  });

  it('meets a country by its city of two words ("the malaysia round": "…in Kuala Lumpur")', async () => {
    const a = await bot.answerQuestion('what did the treasury sec say the malaysia round did to the tariff threat?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('a3_kl.md');
  });

  it('finds the figure of the month asked when the sentence says "last month" under a headline naming the thing', async () => {
    const own = await makeBot(
      writeArticles({ 'a1_mags.md': FILES['a1_mags.md'], 'a2_july.md': FILES['a2_july.md'], 'a5_june.md': FILES['a5_june.md'] }),
    );
    const a = await own.answerQuestion('july magnet shipments out of ruritania - total tonnage?');
    expect(a.abstained).toBe(false);
    expect(a.answer).not.toMatch(/give figures for/);
    expect(a.answer).toMatch(/6,120 metric tons last month/);
  });

  it('gives no advice for the asker\'s own plans, however near a place the articles name ("best lounge at…")', async () => {
    for (const q of ['best lounge at marlport airport for a 4h connection?', 'whats a good hotel near marlport airport']) {
      const a = await bot.answerQuestion(q);
      expect(a.abstained, q).toBe(true);
      expect(a.answer, q).toMatch(/no advice/);
    }
    // (The best of what the articles report is asked of them.)
    const best = await bot.answerQuestion('whats the best estimate of june magnet exports to freedonia?');
    expect(best.abstained).toBe(false);
  });
});

describe('the day a quote was spoken, and the sources of a day', () => {
  const FILES = {
    'a1_wire.md': article(
      'Cable Desk',
      '2025-06-27',
      'During a Thursday White House event, President Trump said: "We just signed with China yesterday, right?" Officials gave no details.',
    ),
    'a2_post.md': article('Harbour Daily', '2025-06-27', 'Trump said the trade agreement with China was signed on June 25.'),
    'a3_week.md': article(
      'Quayside Wire',
      '2025-06-28',
      'Trump earlier said the United States had signed an agreement with China on Wednesday related to trade.',
    ),
    'a4_hearing.md': article(
      'Hill Ledger',
      '2025-06-25',
      'A House committee held a hearing on mineral supply on June 25. Lawmakers questioned three witnesses for two hours.',
    ),
  };

  it('dates "yesterday" from the day of the event the quote was spoken at ("During a Thursday … event, X said:")', async () => {
    const corpus = await corpusOf(FILES);
    const signed = extractClaims(corpus).filter((c) => c.event === 'signing' && c.attribute === 'date' && c.source === 'a1_wire.md');
    expect(signed.map((c) => c.value)).toEqual(['2025-06-25']);
  });

  it('tells a weekday word from others ("wednesday", "Thu.", "fridays"; not "sunny", "monthly", "satellite")', () => {
    expect(['wednesday', 'Thu.', 'fridays', 'tues'].every(isWeekdayWord)).toBe(true);
    expect(['sunny', 'monthly', 'we', 'satellite'].some(isWeekdayWord)).toBe(false);
  });

  it('"which sources put the signing on wednesday the 25th" names every source of that day, not another event of it', async () => {
    const bot = await makeBot(writeArticles(FILES));
    const a = await bot.answerQuestion('which sources put the signing on wednesday the 25th specifically');
    const named = a.citations.map((c) => c.source).sort();
    expect(named).toEqual(['a1_wire.md', 'a2_post.md', 'a3_week.md']);
  });
});

describe('a timeline asked with its steps after a dash, and questions in French and Vietnamese', () => {
  it('reads "the timeline end to end - geneva, london, signing, busan" as the timeline', () => {
    expect(
      classifyQuestion('can someone give me the timeline end to end - geneva, london, signing, the US rollbacks, oct 9, busan').kind,
    ).toBe('timeline');
  });

  it('reads "d\'après" as per, and "la citation exacte" as the exact quote', () => {
    const fr = GLOSSARY_LANGUAGES.find((l) => l.code === 'fr');
    expect(fr).toBeDefined();
    const english = translateWithGlossary(
      "D'après Journal du Net, qu'a dit Howard Lutnick à propos du document ? Il me faut la citation exacte.",
      fr as (typeof GLOSSARY_LANGUAGES)[number],
    );
    expect(english).toMatch(/^What per Journal .*Lutnick about the document/);
    expect(english).not.toMatch(/D'après/);
  });

  it('reads a Vietnamese question about how long and in which month, and whether the sources agree', () => {
    const vi = GLOSSARY_LANGUAGES.find((l) => l.code === 'vi') as (typeof GLOSSARY_LANGUAGES)[number];
    expect(
      translateWithGlossary('Theo các nguồn, nhà máy Ford ở Chicago phải dừng sản xuất Explorer trong bao lâu và vào tháng nào?', vi),
    ).toMatch(/how long.*which month|which month.*how long/);
    expect(translateWithGlossary('Các nguồn có thống nhất không?', vi)).toMatch(/sources agree/);
  });
});

describe('a ministry asked to have spoken', () => {
  it('speaks through its spokesperson ("what did china\'s commerce ministry say when…")', async () => {
    const bot = await makeBot(
      writeArticles({
        'a1_wire.md': article(
          'Cable Desk',
          '2025-07-03',
          [
            "The U.S. told Harbor Aero on Thursday that it can restart jet engine shipments to China's Skyline, in a further sign of easing U.S.-China trade tensions that included concessions from Beijing.",
            'The company declined to comment on the engine shipments. Skyline builds narrow-body jets.',
            'Separately, ethane exporters were told they could ship cargoes again.',
            'A spokesperson for China\'s Ministry of Commerce said: "Dialogue and cooperation are the right path forward," urging the U.S. to meet China halfway.',
          ].join('\n\n'),
        ),
        'a2_weekly.md': article(
          'Ledger Weekly',
          '2025-07-14',
          'On 3 July Harbor Aero was told it could restart engine shipments to Skyline, covering the A1 engine and the B2 engine.',
        ),
        'a3_trade.md': article('Trade Desk', '2025-07-04', 'Washington let Harbor Aero ship engines to Skyline again after the framework.'),
        'a4_jets.md': article(
          'Jet Wire',
          '2025-07-05',
          'Harbor Aero said engine shipments to Skyline resumed after Washington let them go ahead again.',
        ),
        ...FILLER,
      }),
    );
    const a = await bot.answerQuestion("what did china's commerce ministry say when washington let harbor aero ship engines again");
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toMatch(/Dialogue and cooperation/);
  });
});

describe('counts of firms', () => {
  it('compare only when they count the same firms ("three software companies" is not "31 companies" of an alliance)', async () => {
    const corpus = await corpusOf({
      'a.md': article(
        'Cable Desk',
        '2025-07-03',
        'All three leading chip design software companies, Alpha, Beta and Gamma, said they were notified that the export curbs had been rescinded.',
      ),
      'b.md': article(
        'Recycling Wire',
        '2025-10-10',
        'The Alliance for Circular Magnets, which represents 31 companies that collect and recycle magnets, criticised the new export controls.',
      ),
    });
    const topics = findDisagreements(corpus, extractClaims(corpus)).map((d) => d.disagreement.topic);
    expect(topics.filter((t) => /compan/.test(t))).toEqual([]);
  });
});
