import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyUnit } from '../../src/corpus/clean.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a fact-checking desk and an aviation trade desk asked their questions (session 56): on articles written
 * for this test (the outlets, people, companies and figures are invented).
 */

afterAll(removeTempDirs);

describe("a fact-check's verdict", () => {
  it('is content when it stands on a line of its own, not a heading', () => {
    expect(classifyUnit('**Rating: MOSTLY FALSE**')).toBe('short');
    expect(classifyUnit('Our verdict: Misleading')).toBe('short');
    // (A heading with a colon is still one.)
    expect(classifyUnit('Background:')).toBe('heading');
  });

  const FILES = {
    'check.md': [
      '---',
      'title: "Claim: US propane exports to Ruritania fell to zero in May"',
      'outlet: Verity Desk',
      'published: 2025-07-08',
      '---',
      '**Claim:** "Propane shipments to Ruritania hit ZERO in May." (post on a social network, July 5)',
      '',
      '**Rating: MOSTLY FALSE**',
      '',
      'Propane exports to Ruritania fell to about 41,000 barrels per day in May, the lowest on record. Shipments fell sharply, but they did not stop. In April they had been about 190,000 barrels per day.',
      '',
      'The licence requirement on propane was lifted in early July, and exporters expect shipments to recover.',
      '',
    ].join('\n'),
    'wire.md': article(
      'Quayside Wire',
      '2025-07-03',
      'Propane exporters said on Wednesday the licence requirement for shipments to Ruritania had been lifted. Shipments to Ruritania fell in May, traders said.',
    ),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('is quoted for a question asking for the rating, right after the claim it rates', async () => {
    const a = await bot.answerQuestion('claim: us propane exports to ruritania hit zero in may. rating?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Rating: MOSTLY FALSE');
  });
});

describe('a figure withheld', () => {
  const FILES = {
    'briefing.md': article(
      'Harbourline',
      '2025-06-12',
      [
        'The trade ministry of Ruritania said on Thursday it had approved export licences for tin concentrate. "Compliant applications have been reviewed in accordance with the law," spokesman Odo Vantreck told a news conference.',
        'He declined to give a specific number when asked how many licences had been approved since the talks in Lisbon.',
      ].join('\n\n'),
    ),
    'other.md': article('Tin Weekly', '2025-06-20', 'Tin concentrate shipments from Ruritania rose to 3,100 tonnes in May.'),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('is the answer to "how many", quoted, not "the articles don\'t say"', async () => {
    const a = await bot.answerQuestion('can we confirm how many tin export licences vantreck said ruritania had approved?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^The articles give no figure for this; they report that it was not given:/);
    expect(a.answer).toContain('He declined to give a specific number');
  });

  it('answers no count of something else', async () => {
    const a = await bot.answerQuestion('how many tonnes of tin concentrate did ruritania export to the moon?');
    expect(a.answer).not.toContain('declined to give');
  });
});

describe('short forms a desk types', () => {
  const FILES = {
    'letters.md': article(
      'Gulf Freight Journal',
      '2025-07-03',
      'The Bureau of Industry and Security rescinded the licence letters it had sent in May, according to filings from Corvane Midstream and Pelloran Gas on Wednesday.',
    ),
    'explainer.md': article(
      'Northline Explainer',
      '2025-11-10',
      'No. 61: overseas-made items that contain Ruritanian tin worth 0.1% or more of their value need a licence from December 1, 2025. No. 62 covers smelting technology.',
    ),
    'plane.md': article(
      'Capitol Wire',
      '2025-10-30',
      'The president told reporters aboard Air Force One that the tin dispute had been settled. "All of the tin has been settled," he said.',
    ),
    'rally.md': article(
      'Capitol Daily',
      '2025-10-29',
      'At a rally in Ohio, the president said tin prices were far too high for American factories. "Tin is too expensive, and we will fix it," he said.',
    ),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('reads "BIS" as the Bureau of Industry and Security the articles spell out', async () => {
    const a = await bot.answerQuestion('which gas shippers got the BIS letters lifted? need names');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Corvane Midstream');
  });

  it('reads "ann. 61" as Announcement No. 61', async () => {
    expect(normalizeInformal('ann. 61 — whats the threshold')).toContain('announcement 61');
    const a = await bot.answerQuestion('ann. 61 — whats the ruritanian-content threshold that triggers a licence for foreign-made stuff');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('0.1%');
  });

  it('reads "AF1" as Air Force One, a short form with a figure in it', async () => {
    const af1 = bot.analyze('what did the president say on AF1 about tin?').terms.find((t) => t.word.toLowerCase() === 'af1');
    expect(af1?.present).toBe(true);
    const a = await bot.answerQuestion('what did the president say on AF1 about tin? need the exact words');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('All of the tin has been settled');
  });

  it('drops what a name is needed for ("for a panel invite")', () => {
    expect(normalizeInformal("who's running the tin board these days? need the name for a panel invite")).not.toMatch(/panel|invite/);
    // (Not a need that is the question: "need the figure for the US".)
    expect(normalizeInformal('need the figure for the US')).toContain('for the US');
  });
});

describe('pages named by their language', () => {
  const FILES = {
    'de_wire.md': article(
      'Rheinblick (Verity)',
      '2025-06-27',
      'Washington (Verity Wire) - Die Vereinigten Staaten haben sich mit Ruritanien einem Sprecher des Weißen Hauses zufolge auf eine Zusatzvereinbarung zum Zinn geeinigt. "Die Regierung und Ruritanien haben sich auf einen Rahmen geeinigt", sagte der Sprecher.',
    ),
    'en_wire.md': article(
      'Verity',
      '2025-06-26',
      'A White House spokesman said on Thursday that talks with Ruritania on tin would continue. "We are making progress," another spokesman said.',
    ),
    'it_page.md': article(
      'Notizie Volo',
      '2025-10-31',
      'La tregua sullo stagno dura un anno. Lucia Ferrante, analista di Strategie Milano, invita alla prudenza: "È una tregua, non una pace."',
    ),
    'en_truce.md': article('Tin Trade Daily', '2025-10-31', 'Analysts said the tin truce would last a year and welcomed it.'),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('"the german <outlet> piece": that outlet\'s German page, whatever person the question names', async () => {
    const a = await bot.answerQuestion('the german verity piece — what did the white house spokesman actually say?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('sagte der Sprecher');
    expect(a.answer).not.toContain('We are making progress');
  });

  it('"the italian analyst" when no article writes "Italian": the one the Italian page quotes', async () => {
    const a = await bot.answerQuestion('what did the italian analyst say about the tin truce');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Lucia Ferrante');
  });
});

describe('a leader named again by title', () => {
  const FILES = {
    'summit.md': article(
      'Harbour Daily',
      '2025-10-30',
      [
        '"Tin will flow again," Ruritanian President Oskar Valen said after meeting his Bordurian counterpart in the port city of Kelmar on Thursday.',
        '"Given our different conditions, it is normal for two large economies to have frictions now and then," the Ruritanian leader said.',
      ].join('\n\n'),
    ),
    'other.md': article('Kelmar Post', '2025-10-31', 'Valen praised the talks in Kelmar and said tin would flow.'),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('continues the leader\'s words after a quote ("…," the Ruritanian leader said)', async () => {
    const a = await bot.answerQuestion('what did valen say in kelmar about friction between the two countries?');
    expect(a.answer).toContain('frictions now and then');
  });
});

describe('pages about other stories', () => {
  // (No pages on other things here: the story's pages are the folder, and one page is about a deal with Ukraine.)
  const STORY = {
    'a1.md': article(
      'Harbour Daily',
      '2025-06-11',
      'The United States and China agreed a framework on tin exports after two days of talks in Lisbon, officials said. China will review tin export licences and the United States will lift its chip software curbs.',
    ),
    'a2.md': article(
      'Quayside Wire',
      '2025-06-27',
      "China's commerce ministry confirmed the framework with the United States on Friday. The United States will ease restrictions on China, the ministry said.",
    ),
    'a3.md': article(
      'Tin Trade Daily',
      '2025-07-03',
      'The United States lifted curbs on chip design software for China this week, after China approved tin export licences under the framework.',
    ),
    'a4.md': article(
      'Kelmar Post',
      '2025-10-11',
      'Talks between the US and Chinese presidents are due to take place at the summit in Kelmar from October 31 to November 1, 2025, officials said.',
    ),
    'a5.md': article(
      'Harbour Daily',
      '2025-10-31',
      'The US and Chinese presidents met in Kelmar on October 30, 2025, and agreed to pause China’s new tin controls for a year.',
    ),
    'a6.md': article(
      'Quayside Wire',
      '2025-10-31',
      'President Trump and President Xi met in Kelmar on October 30, 2025. China will suspend its tin controls, and the United States will cut tariffs.',
    ),
    'ukraine.md': article(
      'Steppe Wire',
      '2025-05-01',
      'Ukraine and the United States signed a minerals agreement in Washington on April 30, 2025. Treasury Secretary Scott Bessent and First Deputy Prime Minister Yulia Svyrydenko signed the accord, which sets up a reconstruction investment fund.',
      'Ukraine, US sign minerals deal',
    ),
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(STORY));
  });

  it('answer a question only they tell of, when the asker shows they know it is another story, with a note saying so', async () => {
    const a = await bot.answerQuestion('the ukraine minerals deal too - who signed that one for kyiv, and when');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('April 30, 2025');
    expect(a.notices?.join(' ')).toMatch(/Only Steppe Wire .*about another story/);
    // (Not on an answer from the story's own pages.)
    const own = await bot.answerQuestion('when did the presidents meet in kelmar?');
    expect(own.notices ?? []).toEqual([]);
  });

  it('answer it, with the note, when the asker names that deal by the other country', async () => {
    const a = await bot.answerQuestion('who signed the ukraine minerals deal for kyiv, and when');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('April 30, 2025');
    expect(a.notices?.join(' ')).toMatch(/Only Steppe Wire .*about another story/);
  });

  it('and do not answer it when the asker takes that page for part of this story: it is named instead', async () => {
    // (Not "the ukraine minerals deal": a deal named by the other country is one the asker knows is another story.)
    const a = await bot.answerQuestion('who signed the reconstruction fund accord for kyiv, and when');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/The articles about this story don't tell of it: only Steppe Wire .*about another story/);
    expect(a.answer).not.toContain('April 30, 2025');
  });

  it('"the ownership split in the fund" asks about a share, not where the sources are split', async () => {
    const a = await bot.answerQuestion('whats the ownership split in the us-ukraine reconstruction fund');
    expect(a.answer).not.toMatch(/^The sources disagree/);
  });

  it('talks a page schedules for after its own day are a plan, not a side against the day they were held', () => {
    const talks = bot.conflicts().filter((d) => d.explanation.includes('31 October'));
    expect(talks.map((d) => d.explanation)).toEqual([]);
  });
});
