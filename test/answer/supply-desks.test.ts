import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDisagreements } from '../../src/answer/conflicts.js';
import { extractClaims } from '../../src/corpus/claims.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a credit insurer's underwriters and a medical-device maker's supply team asked their questions
 * (session 59): on articles written for this test (the outlets, people, companies and figures are invented).
 */

afterAll(removeTempDirs);

describe('chat hedges and asides', () => {
  it('takes out "iirc", "afaik", "asap", "tia" and reads "smth" as "something"', () => {
    expect(normalizeInformal("iirc corvane's cfo said smth abt weeks of inventory?")).toBe(
      "corvane's cfo said something about weeks of inventory?",
    );
    expect(normalizeInformal('geneva round — april or may? afaik may')).toBe('geneva round — april or may? may');
    expect(normalizeInformal('need the end date asap')).toBe('need the end date');
    expect(normalizeInformal('need the end date by eod')).toBe('need the end date');
  });

  it('takes out who is asking after the question ("RA lead asking", "hospital accts keep asking")', () => {
    expect(normalizeInformal('is there a medical exemption in the rules? RA lead asking')).toBe(
      'is there a medical exemption in the rules?',
    );
    expect(normalizeInformal('are contrast agents affected?? hospital accts keep asking')).toBe('are contrast agents affected??');
    // (Not a question about who asks.)
    expect(normalizeInformal('which outlets are asking about licences?')).toBe('which outlets are asking about licences?');
  });

  it('reads "got the all clear" as cleared', () => {
    expect(normalizeInformal('which eda vendors got the all clear?')).toBe('which eda vendors were cleared?');
  });
});

describe('when a suspension ends', () => {
  const FILES = {
    'a1_tern.md': article(
      'Tern Wire',
      '2025-10-31',
      'Ruritania said on October 30 that it would suspend the export controls it announced on October 9 for one year.',
    ),
    'a2_lantern.md': article('Lantern Brief', '2025-11-10', 'Announcement No. 70 suspends the October 9 measures until 27 November 2026.'),
    'a3_gear.md': article(
      'Gear Daily',
      '2025-11-12',
      'On the October measures, our reading is simple: Ruritania has suspended them, and the suspension runs to 10 November 2026.',
    ),
  };

  it('reads the end from "until" when the clause names what is paused, and from "runs to"', async () => {
    const corpus = await corpusOf(FILES);
    const ends = extractClaims(corpus).filter((c) => c.event === 'pause' && c.attribute === 'date');
    expect(ends.map((c) => [c.source, c.value]).sort()).toEqual([
      ['a2_lantern.md', '2026-11-27'],
      ['a3_gear.md', '2026-11-10'],
    ]);
    const found = findDisagreements(corpus, extractClaims(corpus));
    const dispute = found.find((d) => d.disagreement.positions.some((p) => p.claim === '2026-11-27'));
    expect(dispute?.disagreement.positions.map((p) => p.claim).sort()).toEqual(['2026-11-10', '2026-11-27']);
  });

  it('a bare "until" of a suspension the sentence does not name dates no end (it may be any pause of the story)', async () => {
    const corpus = await corpusOf({
      'a.md': article(
        'Tern Wire',
        '2025-11-10',
        'The suspension took effect on Sunday and will last until November 27, 2026, the ministry said.',
      ),
    });
    expect(extractClaims(corpus).filter((c) => c.event === 'pause' && c.attribute === 'date')).toEqual([]);
  });

  it('a bare "until" that dates no end leaves the sentence\'s later word for the end ("until the truce expires on…")', async () => {
    const corpus = await corpusOf({
      'a.md': article('Tern Wire', '2025-06-20', 'Importers will hold back orders until the tariff truce expires on August 12, 2025.'),
    });
    const ends = extractClaims(corpus).filter((c) => c.event === 'pause' && c.attribute === 'date');
    expect(ends.map((c) => c.value)).toEqual(['2025-08-12']);
  });

  it('ends half a year apart are of different pauses, not one end told two ways', async () => {
    const corpus = await corpusOf({
      'a.md': article(
        'Tern Wire',
        '2025-06-27',
        'The White House said steeper tariffs on dozens of economies are due to kick in soon. That pause is set to expire July 9.',
      ),
      'b.md': article(
        'Gear Daily',
        '2025-11-20',
        'The legal instrument is Announcement No. 70, and the suspension runs to 10 November 2026.',
      ),
    });
    const claims = extractClaims(corpus);
    expect(
      claims
        .filter((c) => c.event === 'pause' && c.attribute === 'date')
        .map((c) => c.value)
        .sort(),
    ).toEqual(['2025-07-09', '2026-11-10']);
    expect(findDisagreements(corpus, claims).some((d) => d.disagreement.positions.some((p) => p.claim === '2025-07-09'))).toBe(false);
  });

  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles({ ...FILES, ...FILLER }));
  });

  it('"till when" is answered by the day it lasts to, ahead of the day it began', async () => {
    const a = await bot.answerQuestion('till when are the oct 9 controls suspended exactly?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toMatch(/2026/);
  });
});

describe('what happened on a day no claim falls on', () => {
  it('is told by the opening of the pages published that day', async () => {
    const bot = await makeBot(
      writeArticles({
        'a1_west.md': article(
          'West Courier',
          '2025-10-26',
          'Top officials of both sides hashed out a framework at the Marlport summit. Secretary Vance said the threat of new levies had been eliminated.',
        ),
        'a2_tern.md': article(
          'Tern Wire',
          '2025-06-27',
          'Speaking at an event on Thursday, June 26, President Alvarez said the two sides had signed the deal.',
        ),
        ...FILLER,
      }),
    );
    const a = await bot.answerQuestion('what happened oct 26');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('a1_west.md');
  });
});

describe('words the asker clips or puts otherwise', () => {
  const FILES = {
    'a1_imaging.md': article(
      'Imaging Weekly',
      '2025-04-10',
      'Lutetium is used as a radiopharmaceutical in oncology, and hospitals rely on a steady supply of it.',
    ),
    'a2_history.md': article(
      'Trade History Review',
      '2010-11-20',
      'In September 2010 the Ruritanian government blocked rare minerals exports to Freedonia after a dispute over a fishing boat.',
    ),
    'a3_deal.md': article(
      'Gear Daily',
      '2025-06-27',
      'Ruritania and Freedonia confirmed their trade framework. Ruritania will approve export licences for magnets.',
    ),
    'a4_gas.md': article(
      'Pipeline News',
      '2025-07-03',
      'Regulators have rescinded the licence rules for ethane cargoes, according to filings from Harbor Gas Partners and Ridge Midstream LP on Wednesday. Ethane shipments are expected to recover.',
    ),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('a clipped word meets the longer word the articles write ("radiopharma")', async () => {
    const q = bot.analyze('anything in there on radiopharma?');
    expect(q.terms.find((t) => t.word === 'radiopharma')?.present).toBe(true);
    const a = await bot.answerQuestion('lutetium — anything in there on radiopharma');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('a1_imaging.md');
  });

  it('an embargo asked about is met by exports blocked', async () => {
    const a = await bot.answerQuestion('has ruritania done this before? like a full embargo on freedonia or smth');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toContain('a2_history.md');
  });

  it('a second part that names only a kind of thing ("which exporters?") keeps the first part\'s label ("ethane:")', async () => {
    const a = await bot.answerQuestion('ethane: when were the licence rules rescinded and which exporters?');
    const second = a.answer.slice(a.answer.indexOf('2. which exporters?'));
    expect(second).toContain('Harbor Gas Partners');
  });
});
