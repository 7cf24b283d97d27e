import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDisagreements } from '../../src/answer/conflicts.js';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import { extractClaims } from '../../src/corpus/claims.js';
import { normalizeDateString } from '../../src/corpus/dates.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while an Asia-markets desk and a clean-energy newsletter asked their questions (session 52): on articles
 * written for this test (the outlets and people are invented).
 */

afterAll(removeTempDirs);

describe('disagreements: lengths of recurring talks', () => {
  const files = {
    'june.md': article(
      'Harbour Ledger',
      '2025-06-11',
      'Following nearly 20 hours of talks held over two days in a mansion in London, the negotiators said they would present the framework to their leaders.',
    ),
    'oct-a.md': article('Straits Wire', '2025-10-30', 'The summit in Busan on October 30 lasted one hour and 40 minutes, officials said.'),
    'oct-b.md': article(
      'Ridge Podcast',
      '2025-10-31',
      'They were in the room for roughly three hours of talks in Busan, longer than the schedule.',
    ),
  };

  it('does not compare a June page’s undated "20 hours of talks" with October’s meeting', async () => {
    const corpus = await corpusOf(files);
    const lengths = findDisagreements(corpus, corpus.claims).filter((d) => /duration in hours/.test(d.disagreement.topic));
    expect(lengths.map((d) => d.disagreement.positions.map((p) => p.claim).sort())).toEqual([['1.67 hours', '3 hours']]);
  });
});

describe('claims: speakers', () => {
  it('reads the speaker of a bold heading "What Trump said." as Trump, not "What Trump"', async () => {
    const corpus = await corpusOf({
      'a.md': article(
        'Calder Note',
        '2025-06-12',
        '**What Trump said.** On June 11 the president posted that the US would be "getting a total of 55% tariffs" while "China is getting 10%".',
      ),
    });
    const speakers = extractClaims(corpus)
      .map((c) => c.speaker)
      .filter(Boolean);
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['Trump']));
  });
});

describe('claims: controls announced are not the deal announced; a day that names a measure dates no step acting on it', () => {
  it('reads no announcement of the agreement from "Beijing announced much broader controls" or "the October 9 package"', async () => {
    const corpus = await corpusOf({
      'a.md': article(
        'Orrin Brief',
        '2025-11-10',
        [
          'On October 9 Beijing announced much broader controls on rare earth exports.',
          'Under the truce, China agreed to suspend the October 9 package for one year.',
          'China confirmed the framework agreement on June 27.',
        ].join(' '),
      ),
    });
    const claims = extractClaims(corpus);
    const announced = claims.filter((c) => c.event === 'announcement' && c.attribute === 'date').map((c) => c.value);
    expect(announced).toEqual(['2025-06-27']);
    // The controls are an event of their own, on their day.
    expect(claims.filter((c) => c.event === 'controls').map((c) => [c.qualifier, c.value])).toEqual([['China', '2025-10-09']]);
    // The suspension is not dated to the day that names the package it suspends.
    const steps = claims.filter((c) => c.event === 'dated' && c.value === '2025-10-09').map((c) => c.qualifier?.split('|')[0]);
    expect(steps).not.toContain('suspend');
    expect(steps.length).toBeGreaterThan(0);
  });
});

describe('dates: written with dots, day first', () => {
  it('reads "05.06.2025" in a page header as 5 June, not May 6', () => {
    expect(normalizeDateString('anews | World | 05.06.2025')).toBe('2025-06-05');
    expect(normalizeDateString('Published: 30.10.2025 19:22')).toBe('2025-10-30');
    // Slashes keep chrono's reading; an impossible month is no date read with dots.
    expect(normalizeDateString('06/05/2025')).toBe('2025-06-05');
    expect(normalizeDateString('31.13.2025')).toBeNull();
  });
});

describe('disagreements: a source that reports the dispute takes both sides, it does not cancel them', () => {
  it('flags 20 against 25 hours when a third page says "X says 20; Y quotes Z saying 25"', async () => {
    const corpus = await corpusOf({
      'a.md': article('Harbour Ledger', '2025-06-11', 'Over 20 hours of negotiations in London ended late on Tuesday, officials said.'),
      'b.md': article('Ridge Wire', '2025-06-12', 'The commerce secretary said the talks in London lasted 25 hours over two days.'),
      'c.md': article(
        'Producer Brief',
        '2025-07-01',
        'Harbour Ledger says over 20 hours of negotiations in London; Ridge Wire quotes the secretary saying 25 hours over two days.',
      ),
    });
    const hours = findDisagreements(corpus, corpus.claims).filter((d) => /hours/.test(d.disagreement.topic));
    expect(hours.map((d) => d.disagreement.positions.map((p) => p.claim).sort())).toEqual([['20 hours', '25 hours']]);
  });
});

describe('claims: the day of another act named just before a date', () => {
  it('does not date a lifting by "curbs introduced in May", nor talks by "formalised by MOFCOM on 7 November"', async () => {
    const corpus = await corpusOf({
      'a.md': article(
        'Grid Ledger',
        '2025-11-12',
        [
          'Chip design software companies said the export curbs introduced in May had been rescinded.',
          'The outcome of the Trump-Xi meeting in Busan on 30 October, formalised by MOFCOM on 7 November, suspends the October measures.',
          'He also confirmed plans to visit China in April next year.',
          'China suspended its expanded export controls on rare earths and other minerals announced on October 9.',
        ].join(' '),
      ),
    });
    const claims = extractClaims(corpus);
    const dated = (event: string) => claims.filter((c) => c.event === event && c.attribute === 'date').map((c) => c.value);
    expect(dated('lifting')).not.toContain('2025-05');
    expect(dated('talks')).toEqual(['2025-10-30']);
    expect(dated('announcement')).toEqual([]);
    expect(dated('controls')).toEqual(['2025-10-09']);
  });
});

describe('story and timeline questions as an editor types them', () => {
  it('reads "in 2-3 lines, what\'s the whole story? for the newsletter intro" as the story, and a step chain as the timeline', () => {
    expect(classifyQuestion("in 2-3 lines, what's the whole story? for the newsletter intro").kind).toBe('story');
    expect(
      classifyQuestion(
        'for the timeline box: walk me thru geneva -> london -> signing -> mofcom -> july lifts -> oct rules -> busan, w dates',
      ).kind,
    ).toBe('timeline');
    // Something in particular is still a question of fact.
    expect(classifyQuestion('explain the 0.1% rule in 2 sentences').kind).toBe('fact');
    expect(classifyQuestion('whats the whole story with niron').kind).toBe('fact');
    // Whether a named page is usable: what the articles show about it (its label, where it differs from the others).
    expect(classifyQuestion('is the newsbot digest explainer usable? what does it get wrong').kind).toBe('reliability');
    // ("what did X get wrong" stays a question of fact: a correction the outlet ran answers it.)
    expect(classifyQuestion('what did the ridge wire piece get wrong?').kind).toBe('fact');
  });

  const FILES = {
    'geneva.md': article(
      'Straits Wire',
      '2025-05-13',
      'The US and China agreed in Geneva on May 12 to a 90-day tariff truce after talks on May 10-11.',
    ),
    'london.md': article(
      'Harbour Ledger',
      '2025-06-11',
      'US and Chinese negotiators ended two days of talks in London on June 10 with a framework deal on rare earths.',
    ),
    'signed.md': article(
      'Ridge Wire',
      '2025-06-27',
      'The US-China framework deal was signed on June 25, and China confirmed the agreement on June 27.',
    ),
    'lifted.md': article(
      'Volt Lane',
      '2025-07-08',
      'On July 2 the US lifted its licence requirements for chip design software exports to China under the deal.',
    ),
    'busan.md': article(
      'Grid Ledger',
      '2025-10-31',
      'Trump and Xi met in Busan on October 30 and China agreed to pause its October rare earth controls for a year under the deal.',
    ),
    'history.md': article(
      'History Desk',
      '2025-10-20',
      'In the US-China rare earth story, an older chapter: China set export quotas in 2010, tightened them in 2011, and Beijing scrapped its quota system in 2015 after a WTO ruling in 2014.',
    ),
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('gives the whole chronology for a chain of steps with months in it, not the months between "july" and "oct"', async () => {
    const a = await bot.answerQuestion(
      'for the timeline box: walk me thru geneva -> london -> signing -> july lifts -> oct rules -> busan, w dates',
    );
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^The chronology/);
    expect(a.answer).toContain('June 2025');
    expect(a.answer).toContain('30 October 2025');
    // (An event of the background, years before the story, is no key date of it.)
    expect(a.answer).not.toContain('2015');
  });

  it('lists a page of this year about an earlier episode among the pages about other stories', async () => {
    const a = await bot.answerQuestion('which of our pieces are actually about other stories? want to exclude them from the roundup');
    expect(a.answer).toMatch(/History Desk.*about earlier years/);
    expect(a.answer).not.toContain('Straits Wire');
  });
});

describe('pages named by their outlet, language and title', () => {
  const FILES = {
    'blick.html': [
      '<!doctype html><html lang="fr"><head><title>Trump annonce un accord sur les terres rares | Blick</title>',
      '<meta name="author" content="AFP Agence France-Presse"></head><body><article>',
      '<h1>Trump annonce avoir signé un accord sur les terres rares avec la Chine</h1>',
      "<p>Le secrétaire américain au Commerce, Howard Lutnick, a fait référence sur Bloomberg TV aux négociations de Londres, affirmant que l'accord-cadre avait été signé.</p>",
      '<p>Ces négociations faisaient suite à de premières discussions en mai à Genève qui avaient abouti à un accord temporaire pour réduire les droits de douane.</p>',
      '<p>Les terres rares chinoises constituaient un enjeu clé des négociations menées dans la capitale britannique, selon les deux délégations présentes.</p>',
      '</article></body></html>',
    ].join('\n'),
    'wire.md': article(
      'Harbour Wire (AFP)',
      '2025-06-27',
      'Commerce Secretary Howard Lutnick told Bloomberg TV that the deal was signed earlier this week.',
    ),
    'update.txt': [
      'NORDLYS WIND ASA',
      'Q3 2025 INVESTOR UPDATE - SUPPLY CHAIN',
      '5 November 2025',
      '',
      'Rare earth magnet supply for the first 40 nacelles of Skarv Bank was confirmed in writing by our turbine supplier.',
      '',
      'We maintain our 2025 guidance for the offshore portfolio.',
    ].join('\n'),
    'plant-a.md': article(
      'Mill Town Times',
      '2025-09-29',
      'Niron Magnetics has started construction on a magnet factory in Sartell, Minnesota, on an old paper mill site.',
    ),
    'plant-b.md': article(
      'Gadget Digest',
      '2025-11-02',
      'Niron Magnetics is building a large factory in Texas to produce iron nitride magnets.',
    ),
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('answers "blick (french) - what earlier talks…" from the French page, not "none mentions french"', async () => {
    const a = await bot.answerQuestion('blick (french) - what earlier talks does it say the london deal built on');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toContain('blick.html');
    expect(a.answer).toContain('Genève');
  });

  it('reads "per the french afp piece" as that page’s version, before an English page saying the same', async () => {
    const a = await bot.answerQuestion('per the french afp piece, what did lutnick tell bloomberg tv?');
    expect(a.citations[0]?.source).toBe('blick.html');
  });

  it('reads "the nordlys investor update" as a page, not as a person no article quotes', async () => {
    const a = await bot.answerQuestion('what did the nordlys investor update say re magnet supply for skarv bank');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('first 40 nacelles');
  });

  it('answers "minnesota or texas?? two of our pieces disagree" with those two sides, not every disagreement', async () => {
    const a = await bot.answerQuestion("niron's big plant - minnesota or texas?? two of our pieces disagree");
    expect(a.answer).not.toMatch(/disagree on \d+ points/);
    expect(a.disagreements.map((d) => d.positions.map((p) => p.claim).sort())).toContainEqual(['Minnesota', 'Texas']);
  });
});

describe('answers: controls announced on a day of their own', () => {
  const FILES = {
    'a.md': article(
      'Straits Wire',
      '2025-10-10',
      'On October 9 Beijing announced sweeping new export controls on rare earth technologies.',
    ),
    'b.md': article(
      'Grid Ledger',
      '2025-10-12',
      'China announced the new controls on October 11, a ministry notice said, covering five more rare earths.',
    ),
    'c.md': article('Ridge Wire', '2025-06-27', 'China confirmed the framework agreement with the United States on June 27.'),
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('flags the two days given for the controls, not the agreement’s confirmation', async () => {
    const a = await bot.answerQuestion('when did china announce the october controls? seeing two dates');
    const topics = a.disagreements.map((d) => d.topic);
    expect(topics).toContain("date of China's new controls");
    expect(a.answer).toContain('October 9');
    expect(a.answer).toContain('October 11');
  });

  it('puts the controls on the timeline as controls, not as the agreement announced', async () => {
    const a = await bot.answerQuestion('timeline pls');
    expect(a.answer).toMatch(/October 2025: China announces new controls/);
    expect(a.answer).not.toMatch(/October 2025: China announces or confirms the agreement/);
  });
});

describe('disagreements: a share aimed at is compared with other goals only', () => {
  it('flags 30% against 40% as targets, and never a target against a share that is', async () => {
    const corpus = await corpusOf({
      'a.md': article(
        'Energy Wire',
        '2025-08-05',
        'The roadmap sets targets for 30 percent of magnets to come from alternative supply sources by 2030.',
      ),
      'b.md': article(
        'Minerals Watch',
        '2025-09-18',
        'The roadmap aims to source 40 percent of wind-turbine magnets from non-Chinese supply by 2030.',
      ),
      'c.md': article('Defense Wire', '2025-07-01', 'China supplies around 90% of the world’s rare earths.'),
    });
    const shares = findDisagreements(corpus, corpus.claims).filter((d) => d.event === 'share');
    expect(shares.map((d) => [d.disagreement.topic, d.disagreement.positions.map((p) => p.claim).sort()])).toEqual([
      ['share aimed at (target)', ['30%', '40%']],
    ]);
  });
});
