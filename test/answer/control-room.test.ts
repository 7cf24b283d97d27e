import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDisagreements } from '../../src/answer/conflicts.js';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import { questionFocus, relevantDisagreements } from '../../src/answer/relevance.js';
import { extractClaims } from '../../src/corpus/claims.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while an auto-industry desk and a broadcast newsroom asked their questions (session 58): on articles written
 * for this test (the outlets, people, companies and figures are invented).
 */

afterAll(removeTempDirs);

describe('dates a report counts from', () => {
  it('"later this month" after a later day the sentence names counts from the page, not from that day', async () => {
    const corpus = await corpusOf({
      'a.md': article(
        'Gear Wire',
        '2025-10-10',
        'President Alvarez on Friday threatened new tariffs from November 1 and said he saw no reason to meet Premier Tang at the summit in Marlport later this month.',
      ),
    });
    const talks = extractClaims(corpus).filter((c) => c.event === 'talks' && c.attribute === 'date');
    expect(talks.map((c) => c.value)).not.toContain('2025-11');
  });

  it("a ministry's word on how licences are handled is no announcement of the deal (no dispute with the day it confirmed the deal)", async () => {
    const corpus = await corpusOf({
      'a.md': article(
        'Tern Wire',
        '2025-06-27',
        'The Chinese Commerce Ministry said Thursday that Beijing was accelerating review of export license applications and had approved "a certain number of compliant applications."',
      ),
      'b.md': article(
        'Gear Daily',
        '2025-06-27',
        "On Friday, June 27, China's Ministry of Commerce confirmed the details of the trade framework with the United States.",
      ),
      'c.md': article('Lantern News', '2025-06-28', 'China confirmed the framework deal with the United States on June 27.'),
    });
    const claims = extractClaims(corpus);
    expect(claims.some((c) => c.event === 'announcement' && c.source === 'a.md')).toBe(false);
    expect(findDisagreements(corpus, claims).some((d) => /announcement/.test(d.disagreement.topic))).toBe(false);
  });
});

describe('the length of a suspension in years', () => {
  const FILES = {
    'a.md': article('Tern Wire', '2025-10-31', 'Ruritania agreed to suspend the export controls it announced on October 9 for one year.'),
    'b.md': article(
      'Gear Daily',
      '2025-10-31',
      'Ruritania is suspending for one year the sweeping export controls it announced in October.',
    ),
    'c.md': article(
      'Lantern Podcast',
      '2025-10-31',
      'HOST: Our guest says the deal is thinner than it looks. GUEST: Ruritania has only agreed to a 90-day pause on the October measures.',
    ),
    'd.md': article('Harbor Daily', '2025-05-12', 'In Marlport the two sides agreed to pause most tariffs for 90 days.'),
  };

  it('is a pause length of its own kind (controls), disputed by a 90-day pause of the controls but not of tariffs', async () => {
    const corpus = await corpusOf(FILES);
    const found = findDisagreements(corpus, extractClaims(corpus));
    const length = found.find((d) => /length of the export controls suspension/.test(d.disagreement.topic));
    expect(length).toBeDefined();
    expect(length?.disagreement.positions.flatMap((p) => p.sources).sort()).toEqual(['a.md', 'b.md', 'c.md']);
  });

  it('is the answer to a guest\'s claim checked ("guest says … for 90 days — true?")', async () => {
    const corpus = await corpusOf(FILES);
    const found = findDisagreements(corpus, extractClaims(corpus));
    const bot = await makeBot(writeArticles(FILES));
    const q = bot.analyze('guest says ruritania only paused the oct rules for 90 days — true?');
    expect(relevantDisagreements(questionFocus(q), found).map((d) => d.disagreement.topic)).toContain(
      'length of the export controls suspension',
    );
  });
});

describe('chat words of an auto desk and a control room', () => {
  it('reads "tier1s", "came off", "still down", "co" and "wouldn\'t be able to" as articles write them', () => {
    expect(normalizeInformal('which tier1s got hit')).toBe('which tier 1s got hit');
    expect(normalizeInformal('which us countermeasures came off in early july')).toBe('which us countermeasures were lifted in early july');
    expect(normalizeInformal('any OEMs still down for magnets?')).toBe('any OEMs still halted for magnets?');
    expect(normalizeInformal('who runs NMD (the german metal powder co) and what did they say')).toContain('metal powder company)');
    expect(normalizeInformal("what parts they wouldn't be able to build")).toBe('what parts they be unable to build');
    // (Not a fall: "prices went down 5%", "lynas shares still down?".)
    expect(normalizeInformal('why are lynas shares still down?')).toBe('why are lynas shares still down?');
    expect(normalizeInformal('prices went down 5% after that')).toBe('prices went down 5% after that');
    // (Nor a name's own "Co.": "Ford Motor Co. said".)
    expect(normalizeInformal('what did Ford Motor Co. say')).toBe('what did Ford Motor Co. say');
  });

  it('takes out who wants the answer and what it goes into ("ag desk wants it for the crawl:", "bullet it")', () => {
    expect(normalizeInformal('ag desk wants it for the crawl: soybeans — how much did they commit to buy?')).toBe(
      ': soybeans — how much did they commit to buy?',
    );
    expect(normalizeInformal('what did each side give? bullet it')).toBe('what did each side give?');
  });
});

describe('questions a control room asks', () => {
  const FILES = {
    'a1_tern_soy.md': article(
      'Tern Wire',
      '2025-10-31',
      'Ruritania committed to buy 12 million metric tons of soybeans by the end of the year, and 25 million tons a year after that.',
    ),
    'a2_lantern_treaty.md': article(
      'Lantern Review',
      '2025-06-12',
      'The June framework is not a binding trade treaty. It is a political handshake between two governments.',
    ),
    'a3_podcast.txt': 'Lantern Podcast transcript\n\nHOST: Welcome back.\n\nGUEST: The framework is a treaty, full stop.\n',
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('answers past the desk that wants it and the product it goes into', async () => {
    const a = await bot.answerQuestion('ag desk wants it for the crawl: soybeans — how much did ruritania commit to buy and by when?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('12 million metric tons');
  });

  it('never reads "guest" as a name the evidence must hold', async () => {
    const a = await bot.answerQuestion('was the june thing even a binding treaty? guest keeps calling it one');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('not a binding trade treaty');
  });
});

describe('a company and its people', () => {
  const FILES = {
    'a1_wire_powders.md': article(
      'Tern Wire',
      '2025-10-22',
      '"The situation is very tense," said Nadia Velt, CEO of metal-powder supplier Orvik, adding customers want to source rare earths from anywhere but Ruritania.',
    ),
    'a2_plants.md': article(
      'Gear Daily',
      '2025-06-05',
      'Several supplier plants have stopped because of the licensing backlog, Ford Motor Co. said.',
    ),
    'b06_halden-seating_plant4-bulletin.txt':
      'HALDEN SEATING — PLANT 4\nPRODUCTION NOTICE\n\nLines 2 and 3 will be down from Tuesday, June 3 through Friday, June 6.\n\nMaterials will confirm by Friday, June 6.\n',
    'b07_keel_q2-call.txt':
      'Keel Motion Systems Q2 2025 Earnings Call Transcript\n\nParticipants:\nDana Marr - Chief Executive Officer\nOwen Pike - Chief Financial Officer\n\nOperator: Good morning and welcome to the Keel Motion Systems second-quarter 2025 earnings call.\n\nDana Marr: Thank you. We estimate the magnet shortage cost us about $38 million of sales in the quarter. Everyone should understand that a licence is permission, not a contract.\n\nOwen Pike: We are lowering full-year revenue guidance to $5.5 billion from $5.8 billion.\n',
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('"who runs X (the … co)" is answered by its chief executive', async () => {
    const a = await bot.answerQuestion('who runs orvik (the metal powdr co)?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Nadia Velt');
  });

  it('a page is named by a word and its number as its file runs them together ("plant 4" of "…_plant4-…")', async () => {
    const a = await bot.answerQuestion('halden plant 4 notice — which lines are out and til when');
    expect(a.citations.map((c) => c.source)).toContain('b06_halden-seating_plant4-bulletin.txt');
  });

  it('"the X ceo" is the participant listed as Chief Executive Officer', async () => {
    const a = await bot.answerQuestion('keel ceo - any warning about licences?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Dana Marr');
  });

  it('a figure question leads with a figure, not a courtesy line with a year ("fy guidance" is the full-year one)', async () => {
    const a = await bot.answerQuestion('keel fy guidance — cut to what, from what? (q2 call)');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('$5.5 billion');
    expect(a.answer.indexOf('$5.5 billion')).toBeLessThan(Math.max(0, a.answer.indexOf('Good morning')) || Number.POSITIVE_INFINITY);
  });
});

describe('a capital for its government', () => {
  const FILES = {
    'a1_boersenblatt_verband.md': article(
      'Börsenblatt',
      '2025-06-03',
      'Der Autoverband forderte von der Bundesregierung und der EU-Kommission, das Thema gegenüber der Regierung in Peking zur Sprache zu bringen.',
      'Autoverband fürchtet Produktionsausfall',
    ),
    'a2_wire.md': article('Tern Wire', '2025-06-03', 'The auto association warned of production outages in Europe.'),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('"what do they want berlin and brussels to do" is met by the federal government and the EU Commission', async () => {
    const a = await bot.answerQuestion('per the börsenblatt (german piece), what does the autoverband want berlin and brussels to do');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Bundesregierung');
  });
});

describe('what a count is of', () => {
  it('"how many cars a year…" is no question for the number of rare metals restricted', async () => {
    const bot = await makeBot(
      writeArticles({
        'a.md': article(
          'Alpha News',
          '2025-06-10',
          'Ruritania restricted exports of seven rare metals in April, citing security. Orvik recycles rare metals from 400,000 cars a year.',
        ),
        'b.md': article('Beta Times', '2025-06-11', 'Ruritania restricted exports of nine rare metals in April, officials said.'),
      }),
    );
    const cars = await bot.answerQuestion('how many cars a yr does orvik pull rare metals from');
    expect(cars.answer).toContain('400,000 cars');
    expect(cars.disagreements).toEqual([]);
    const count = await bot.answerQuestion('how many rare metals did ruritania restrict?');
    expect(count.disagreements.map((d) => d.kind)).toEqual(['number']);
  });
});

describe('what a briefing did not give, and what came the day after', () => {
  const FILES = {
    'a1_tern_presser.md': article(
      'Tern Wire',
      '2025-06-12',
      'Commerce ministry spokesman Hu Lan said a "certain number" of rare-earth licence applications had been approved. He declined to provide a specific number when asked how many.',
    ),
    'a2_gear_oct.md': article(
      'Gear Daily',
      '2025-10-11',
      'On October 9 Ruritania announced sweeping new export controls on rare earths. President Alvarez retaliated the next day with a threat of 100% tariffs from November 1.',
    ),
    'a3_byline.md': `---\noutlet: Lantern Post\nauthor: LP News Desk\npublished: 2025-06-10\n---\nNegotiators met in Marlport to discuss export licences for rare earths.\n`,
    'a4_soy.md': article('Harbor Daily', '2025-10-31', 'Ruritania agreed to buy 12 million metric tons of soybeans a year.'),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('"did he give a number…?" is answered by the sentence saying he declined to', async () => {
    const a = await bot.answerQuestion('did hu lan give a number of licences approved at the presser?');
    expect(a.answer).toMatch(/declined to provide a specific number/);
  });

  it('a second part dated from the first ("…and how did X hit back the next day") is read with it', async () => {
    const a = await bot.answerQuestion('two things: what did ruritania announce oct 9 and how did alvarez hit back the next day');
    expect(a.answer).toContain('100% tariffs');
  });

  it('a byline\'s "desk" names no page ("farm desk q: …")', async () => {
    const a = await bot.answerQuestion('farm desk q: how many tonnes of soybeans a year is ruritania supposed to buy?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('12 million metric tons');
  });
});

describe('pages not to use', () => {
  it('"reads like ai" and "ai stuff" ask for the AI-labelled pages; with "off-topic pieces", for both kinds', () => {
    expect(classifyQuestion('one of the recaps in the folder reads like ai — which one and what does it get wrong?')).toEqual({
      kind: 'ai-pages',
      errors: true,
    });
    expect(classifyQuestion('anything in the pile we shouldnt use for this story? off-topic pieces or ai stuff')).toEqual({
      kind: 'ai-pages',
      errors: false,
      offTopic: true,
    });
    // (Not a page that reads like a wire story.)
    expect(classifyQuestion('which piece reads like a wire story?').kind).not.toBe('ai-pages');
  });
});
