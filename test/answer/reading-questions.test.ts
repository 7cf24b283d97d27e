import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FENCED_ROUNDS_TABLE, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * How questions typed in chat are read, on articles written for this test: words that place a question in time or
 * say nothing of its topic ("during the summer truce", "if nothing changes", "need a quote"), a share of the thing
 * asked, a body described as a "group", bold labels that are no speakers, "what did X tell Y", "say when…", a
 * speaker's words after the quote, several people asked what each said, and a summary of a span of the story.
 */

const FILES = {
  'truce.md': article(
    'Harbour Ledger',
    '2025-07-09',
    [
      'At talks in Geneva on May 10–11, the two sides agreed a 90-day truce that cut US tariffs on Chinese goods from 145% to 30%.',
      'The three firms supply roughly 80% of China’s EDA market, which is why the curbs hurt.',
      'Kestrel, Vantor and Oberlin said the Commerce Department had rescinded the May curbs on EDA software and its controls.',
      "Kestrel, Vantor and Oberlin all told customers in China's market that their EDA tools could ship again.",
      'The exchange rate barely moved, and a group of seven banks said nothing of the deal.',
    ].join(' '),
  ),
  'corrections.md': article(
    'Northgate Times',
    '2025-11-14',
    [
      '# Corrections and clarifications',
      '**Port fees:** An article on Nov. 10 gave the wrong start date for the fees. They took effect on Oct. 14.',
      "**Affiliates Rule:** A Nov. 12 explainer misstated the ownership threshold in the Commerce Department's Affiliates Rule. The rule covers companies owned 50 percent or more by listed parties.",
      '**Name:** An Oct. 31 article misspelled the name of a vice minister.',
      'Nothing else was changed. The rule comes back automatically on November 10, 2026 unless Washington extends the pause.',
      'The Commerce Department suspended the affiliates rule for one year on November 10.',
    ].join('\n\n'),
  ),
  'growers.txt': [
    'FOR IMMEDIATE RELEASE',
    'November 1, 2025',
    '',
    'DES MOINES, Iowa — The Prairie Bean Growers Association today welcomed the White House fact sheet on the agreement reached in Busan.',
    '',
    '"Today\'s fact sheet puts numbers on paper," said association president Carla Denholm. "But numbers on paper are not ships at sea."',
    '',
  ].join('\n'),
  'sheet.md': article(
    'Beltway Notes',
    '2025-11-02',
    [
      'Treasury Secretary Paula Grant said the arrangement buys time but warned against complacency.',
      '"The Chinese have cornered the market, and at times, they\'ve proved unreliable partners," she told Fox News Sunday, adding that Washington would respond.',
      'Grant and Chinese Vice Premier Zhou Ren met in Busan with their teams for a long day of meetings.',
      'Chinese students would keep their access to American colleges and universities, the White House said.',
    ].join(' '),
  ),
  'liveblog.md': article(
    'Cable Desk',
    '2025-10-30',
    [
      '**10:20 KST** — Presidents Donald Trump and Xi Jinping have arrived in Busan for their first face-to-face meeting since 2019.',
      '**11:05 KST** — In opening remarks, Xi said the two teams had reached a "basic consensus" on resolving major concerns.',
    ].join('\n\n'),
  ),
  'london.md': article(
    'Wire Review',
    '2025-06-11',
    [
      'Commerce Secretary Martin Hale said the London talks were about trying to get the negativity out of the relationship.',
      'Trade Representative Jamie Greer said the teams would keep talking.',
      'The earlier version also described Li Chenggang as a minister.',
      'Li Chenggang said the discussions were professional and candid.',
    ].join(' '),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('words that name no topic', () => {
  it('reads a season as a time, never a topic to find', () => {
    const terms = bot.analyze('whats the actual us tariff rate on chinese goods during the summer truce').terms;
    expect(terms.find((t) => t.word === 'summer')?.salient).toBe(false);
    expect(terms.find((t) => t.word === 'truce')?.salient).toBe(true);
  });

  it('answers a question set "during the summer truce"', async () => {
    const a = await bot.answerQuestion('whats the actual us tariff rate on chinese goods during the summer truce');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/30%/);
  });

  it('answers "if nothing changes"', async () => {
    const a = await bot.answerQuestion('when does the affiliates rule come back if nothing changes');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/November 10, 2026/);
  });

  it('gives a share of the thing asked, though the sentence names the firms otherwise', async () => {
    const a = await bot.answerQuestion("how much of china's eda market do the kestrel vantor n oberlin tools control");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/80%/);
  });

  it('reads chat words for places of study', async () => {
    const a = await bot.answerQuestion('did the deal let chinese kids keep studying at american unis?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/colleges and universities/);
  });
});

describe('bodies and speakers', () => {
  it('reads "the growers\' group" as the association the articles describe', async () => {
    const a = await bot.answerQuestion("what was the bean growers' group reaction to the fact sheet");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/numbers on paper/);
  });

  it('takes no bold label of a corrections note for a speaker', async () => {
    // ("Affiliates Rule" would otherwise be a person, whom an answer must name in one sentence with the rest.)
    const note = await makeBot(writeArticles({ 'corrections.md': FILES['corrections.md'], 'truce.md': FILES['truce.md'] }));
    const people = (note as unknown as { vocab: { people?: ReadonlySet<string> } }).vocab.people;
    expect(people?.has('affiliates')).toBe(false);
    expect(people?.has('rule')).toBe(false);
    const a = await bot.answerQuestion('who said what about the affiliates rule? need a quote');
    expect(a.abstained).toBe(false);
  });

  it('reads "what did the treasury secretary tell fox news sunday" as a question for her words', async () => {
    const a = await bot.answerQuestion('What did the Treasury Secretary tell Fox News Sunday about China?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/cornered the market/);
  });

  it('reads "what did xi say when the meeting started" as a question for his words, not a date', async () => {
    const a = await bot.answerQuestion('what did xi say when the busan meeting started');
    expect(a.answer).not.toMatch(/^Short answer/);
    expect(a.answer).toMatch(/basic consensus/);
  });

  it('answers what each of several people said, each in a sentence of their own', async () => {
    const a = await bot.answerQuestion('hale, greer and li chenggang - what did each say after london?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/professional and candid/);
    // "…described Li Chenggang as a minister" is the article speaking about Li, not Li speaking: it ranks after what
    // the three said.
    const at = (text: string) => a.answer.indexOf(text);
    expect(at('professional and candid')).toBeGreaterThanOrEqual(0);
    for (const said of ['negativity out', 'professional and candid', 'keep talking'])
      if (at('described Li Chenggang') >= 0) expect(at(said)).toBeLessThan(at('described Li Chenggang'));
  });
});

describe('tables written as text', () => {
  it('answers from a row of a data piece', async () => {
    const table = [
      'Seven months, four rounds and one summit: the figures behind the truce, compiled from public notices and reports.',
      '',
      ...FENCED_ROUNDS_TABLE,
    ].join('\n');
    const data = await makeBot(
      writeArticles({ 'data.md': article('Ledger Data Desk', '2025-11-14', table), 'truce.md': FILES['truce.md'] }),
    );
    const a = await data.answerQuestion('what dates was the oslo round');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/July 28–29\s+\| Oslo/);
  });
});

describe('questions in Chinese', () => {
  it('reads how long a rule is paused through the glossary', async () => {
    const a = await bot.answerQuestion('美方暂停实施50%穿透性规则多长时间？');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/one year/);
  });
});

describe('the story as a whole', () => {
  it('reads a summary of a span of the story as a summary', () => {
    expect(classifyQuestion('summarize the whole thing in a few lines - geneva to busan').kind).toBe('story');
    expect(classifyQuestion('summarize the tariff fight from geneva to busan').kind).not.toBe('story');
  });
});

describe('the articles themselves', () => {
  const pages = {
    'a.md': article(
      'Early Wire',
      '2025-05-12',
      'The two sides released a joint statement in Geneva on tariffs and rare earth export controls.',
    ),
    'b.md': article('Late Letter', '2025-11-21', 'The rare earth truce holds, and the tariff pause runs to November 2026.'),
    'c.txt': [
      'China says US took 20 measures against it in 20 days after Madrid',
      '',
      'BEIJING, Oct 16 (Meridian Wire) - China said on Thursday that the tariff measures broke the spirit of the talks on rare earth exports.',
      '',
    ].join('\n'),
    'd.html': [
      '<html><head><meta property="og:site_name" content="Pulse Auto"><meta property="article:published_time" content="2025-08-13"></head><body>',
      '<p><em>This article was generated by AI. It has not been reviewed by a human editor.</em></p>',
      '<p>The United States extended the tariff truce with China by 90 days on Tuesday, keeping rare earth exports flowing.</p>',
      '<p>Tariffs on Chinese goods stay at 30% while the talks go on, officials said, and rare earth licences continue.</p>',
      '</body></html>',
    ].join('\n'),
  };

  it('names the earliest and the latest article, and reads no date in "20 days after Madrid"', async () => {
    const b = await makeBot(writeArticles(pages));
    const a = await b.answerQuestion('whats the earliest article about the us-china deal in here and the latest one?');
    expect(a.answer).toMatch(/The earliest: Early Wire \(12 May 2025\)/);
    expect(a.answer).toMatch(/The latest: Late Letter \(21 November 2025\)/);
    expect(a.answer).not.toMatch(/2000/);
  });

  it("quotes a page's own words that it was generated by AI when asked how reliable it is", async () => {
    const b = await makeBot(writeArticles(pages));
    const a = await b.answerQuestion('how reliable is pulse auto tbh');
    expect(a.answer).toMatch(/not been reviewed by a human editor/);
  });
});

describe('items under a section heading', () => {
  it('reads an item with the heading it is under', async () => {
    const sheet = [
      'The White House released a fact sheet on Saturday setting out what each side committed to after the meeting.',
      '',
      '## Soybean commitments',
      '',
      '- Buy at least 12 million tons by the end of 2025 and 25 million tons in each of the next three years.',
      '',
      '## Other trade',
      '',
      'Buyers of coal will see tons of new paperwork, traders said, and the tariffs on wheat stay where they were.',
    ].join('\n');
    const b = await makeBot(writeArticles({ 'sheet.md': article('Beltway Notes', '2025-11-02', sheet), 'truce.md': FILES['truce.md'] }));
    const a = await b.answerQuestion('how many tons of soybeans did they commit to buy');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/12 million tons by the end of 2025/);
    expect(a.answer.indexOf('12 million tons')).toBeLessThan(a.answer.indexOf('coal') < 0 ? Infinity : a.answer.indexOf('coal'));
  });
});
