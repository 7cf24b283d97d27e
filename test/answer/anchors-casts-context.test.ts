import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSentenceIndex, REPORTED_RE, scoreSentences } from '../../src/answer/extractive.js';
import { applySpeakers } from '../../src/answer/focus.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * An event that only times a question ("what did Ortega post before Oslo"); a timeline asked between two rounds named
 * by their cities; a transcript's cast above its first turn ("Briefer: Deputy Press Secretary …") naming who holds a
 * title; a country's minister the articles never quote ("what did norway's trade minister say", with an outlet named
 * after the country and another country's trade minister quoted); of two pages saying the same, the one whose title the question
 * names. On articles written for this test (none of them is a seed; the people and outlets are invented).
 */

const FILES = {
  'wire-truce.md': article(
    'Harbor Wire',
    '2025-10-26',
    [
      'Trade envoys met in Oslo this week to prepare the leaders\u2019 tin summit.',
      '"Big meeting incoming between the two presidents," press secretary Mara Ortega wrote on X.',
      'Officials did not say what would be signed.',
    ].join('\n\n'),
  ),
  'summit.md': article(
    'Coast Times',
    '2025-10-31',
    'The leaders met in Oslo on October 30 and agreed to extend the tin truce by a year. The Oslo meeting lasted two hours.',
  ),
  'explainer.md': article(
    'Plain Ledger',
    '2025-11-02',
    [
      'Tin export controls took effect on April 4, 2025.',
      'Talks in Lisbon on May 10-11 produced a joint statement on May 12.',
      'Talks in Madrid on June 9-10 produced a framework on tin.',
      'The leaders met in Oslo on October 30 and extended the truce.',
      'The tin tariffs were cut again on November 10, 2025.',
    ].join('\n\n'),
  ),
  'briefing.txt': [
    'PODIUM TRANSCRIPTS',
    'Press gaggle, Thursday, June 26, 2025',
    'Briefer: Deputy Press Secretary Ada Brennan',
    '',
    'MS. BRENNAN: Good afternoon. I will take a few questions on the tin framework.',
    '',
    'Q: Was the tin framework signed on Tuesday or on Wednesday?',
    '',
    'MS. BRENNAN: I am not going to litigate the calendar from this podium. It was finalized this week.',
    '',
  ].join('\n'),
  'norway-post.md': article(
    'The Norway Post',
    '2025-06-28',
    'Tin traders in Bergen, Norway, welcomed the framework, and shipping lines said cargoes of tin ingots would resume in July.',
  ),
  'minister.md': article(
    'Asia Markets Daily',
    '2025-06-27',
    'Chinese Trade Minister Wen Lihua said the tin framework "respects the interests of both sides" and would be carried out in good faith.',
  ),
  'a-digest.md': [
    '---',
    'title: "Weekly digest"',
    'outlet: Metro Herald',
    'published: 2025-06-28',
    '---',
    'Officials said the tin shipments resume in March.',
    '',
    'Traders in the port welcomed the news on Friday, and shipping lines began to book space for the first cargoes of the year.',
    '',
  ].join('\n'),
  'c-radio-note.md': article(
    'Bergen Notes',
    '2025-06-20',
    'Radio Vega broadcasts its morning interviews from Bergen. Its studio is near the harbour.',
  ),
  'b-radio.md': [
    '---',
    'title: "Radio Vega interview transcript"',
    'outlet: Harbor Wire',
    'published: 2025-06-27',
    '---',
    'Officials said the tin shipments resume in March.',
    '',
    'Traders in the port welcomed the news on Friday, and shipping lines began to book space for the first cargoes of the year.',
    '',
  ].join('\n'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('an event that times a question', () => {
  it('need not meet the question in one sentence ("what did ortega post before oslo")', async () => {
    const a = await bot.answerQuestion('what did ortega post before oslo');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Big meeting incoming');
  });
});

describe('a timeline between two rounds named by their cities', () => {
  it('runs from the first round to the last, without the events before or after', async () => {
    const a = await bot.answerQuestion('give me a quick timeline of the whole saga, lisbon thru oslo');
    expect(a.abstained).toBe(false);
    const events = a.answer.split('\n').filter((l) => l.startsWith('•'));
    expect(events[0]).toContain('Lisbon');
    expect(events[events.length - 1]).toContain('Oslo');
    expect(a.answer).not.toContain('April 4');
    expect(a.answer).not.toContain('November 10');
  });
});

describe("a transcript's cast", () => {
  it('names who holds a title asked for ("the deputy press sec"), whose turns never repeat it', async () => {
    const a = await bot.answerQuestion('what did the deputy press sec say when reporters pushed on tuesday vs wednesday');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.quote).join(' ')).toContain('litigate the calendar');
  });
});

describe("a country's minister the articles never quote", () => {
  it('is not another country\u2019s minister, nor the outlet named after the country', async () => {
    const a = await bot.answerQuestion("what did norway's trade minister say about the tin framework");
    expect(a.abstained).toBe(true);
    const chinese = await bot.answerQuestion("what did china's trade minister say about the tin framework");
    expect(chinese.abstained).toBe(false);
    expect(chinese.answer).toContain('respects the interests');
  });
});

describe("an article's title", () => {
  it('is read with its sentences when ranking them: of two pages saying the same, the one whose title the question names first', async () => {
    const a = await bot.answerQuestion('what did the radio vega interview say about tin shipments');
    const order = a.retrieved.map((r) => r.source);
    expect(order).toContain('b-radio.md');
    expect(order.indexOf('b-radio.md')).toBeLessThan(order.indexOf('a-digest.md') === -1 ? order.length : order.indexOf('a-digest.md'));
  });
});

describe('a fragment of a sentence', () => {
  it('is never quoted ("7." of a numbered FAQ heading)', async () => {
    const faq = await makeBot(
      writeArticles({
        'faq.md': article(
          'Plain Ledger',
          '2025-07-02',
          [
            '**6. When were the talks?**',
            'Talks in Lisbon on May 10-11 produced a joint statement on tin.',
            '**7. Are advanced tin chips included?**',
            'No. Officials said the most advanced tin chips are not on the table.',
          ].join('\n\n'),
        ),
        'desk.md': article(
          'Trade Desk',
          '2025-11-12',
          'Nov 7 - Announcement No. 70 suspends the October 9 tin measures. Traders said the suspension runs for a year and covers the tin export rules announced in the autumn.',
        ),
      }),
    );
    const a = await faq.answerQuestion('7');
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) expect(c.quote.length).toBeGreaterThanOrEqual(12);
  });
});

describe('a length given as a bound', () => {
  it('from either side is a disagreement, each side quoted with its bound; "over two days" is no bound', async () => {
    const lengths = await makeBot(
      writeArticles({
        'coast.md': article(
          'Coast Times',
          '2025-10-31',
          [
            'The leaders met in Lima on Thursday. The tin meeting lasted less than two hours, pool reporters said, and ended with a handshake.',
            'Their envoys held two days of tin talks in Lima before the meeting.',
          ].join('\n\n'),
        ),
        'pulse.md': article(
          'Pulse Digest',
          '2025-10-31',
          'The leaders met in Lima on Thursday. The tin meeting ran for more than two hours, according to officials, and ended with a statement.',
        ),
        'wire.md': article(
          'Harbor Wire',
          '2025-10-30',
          'Envoys held talks over two days in Lima before the leaders met. The envoys said the tin talks had gone well.',
        ),
      }),
    );
    const a = await lengths.answerQuestion('how long did the tin meeting in lima last?');
    const positions = a.disagreements.flatMap((d) => d.positions.map((p) => `${p.summary} ${p.quote}`.toLowerCase()));
    expect(positions.some((p) => p.includes('less than two hours'))).toBe(true);
    expect(positions.some((p) => p.includes('more than two hours'))).toBe(true);
    // "Talks over two days" is the same length as "two days of talks": no disagreement over it.
    expect(lengths.conflicts().some((d) => d.positions.some((p) => p.claim.includes('days')))).toBe(false);
  });
});

describe('a speaker named later by the first word of a two-word name', () => {
  it('speaks in "Li said…" (Chinese order: the surname first)', async () => {
    const dir = writeArticles({
      'a.md': article(
        'Harbor Wire',
        '2025-06-11',
        [
          "Li Chenggang, China's tin trade negotiator, met reporters in Lisbon on June 10 after two days of talks with the US delegation.",
          'Trade Representative Jane Doe said the US side was pleased with the tin framework and hoped to finish the paperwork soon.',
          'Li said the two sides had talked in a candid and constructive manner and that the tin framework would go to the leaders.',
        ].join('\n\n'),
      ),
      'b.md': article(
        'Coast Times',
        '2025-06-12',
        'The tin framework agreed in Lisbon will be sent to the leaders of both countries, officials said on Wednesday. Markets rose on the news.',
      ),
    });
    const li = await makeBot(dir);
    const q = li.analyze('what did li chenggang say about the tin framework');
    const scored = scoreSentences(li.corpus, q, await li.retriever.retrieve(q, 8), buildSentenceIndex(li.corpus));
    const { speaking } = applySpeakers(li.corpus, q, scored, ['Li Chenggang'], REPORTED_RE);
    const said = li.corpus.sentences.find((s) => s.text.startsWith('Li said'));
    expect(said && speaking.has(said.id)).toBe(true);
  });
});

describe('a coverage question that names a day', () => {
  it('counts the sources that date the event to that day, not those that give another day or none', async () => {
    const coverage = await makeBot(
      writeArticles({
        'north.md': article(
          'North Ledger',
          '2025-06-27',
          'The tin agreement was signed on June 25, officials in Lisbon said. Traders welcomed the signing of the tin agreement.',
        ),
        'south.md': article(
          'South Ledger',
          '2025-06-27',
          'The tin agreement was signed on June 24, according to the commerce secretary. Markets rose after the signing of the tin agreement.',
        ),
        'east.md': article(
          'East Ledger',
          '2025-06-28',
          'The signing of the tin agreement was celebrated by both sides. Shipping lines said tin cargoes would resume in July.',
        ),
      }),
    );
    const a = await coverage.answerQuestion('which sources put the signing on june 25?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('North Ledger');
    expect(a.answer).not.toContain('South Ledger');
    expect(a.answer).not.toContain('East Ledger');
  });
});

describe('a quoted phrase cut short with an ellipsis', () => {
  it('is met by every article holding its parts in order, in capitals too ("which outlets quoted …")', async () => {
    const quoted = await makeBot(
      writeArticles({
        'west.md': article(
          'West Ledger',
          '2025-06-12',
          'The minister wrote in a post on Wednesday: "Full tin, and any necessary ores, will be supplied, up front, by Lisbon." Traders cheered the tin post.',
        ),
        'pulse.md': article(
          'Social Pulse',
          '2025-06-13',
          'The most shared tin post of the week was in capitals. FULL TIN, AND ANY NECESSARY ORES, WILL BE SUPPLIED, UP FRONT, BY LISBON. It was shared widely.',
        ),
        'east.md': article(
          'East Ledger',
          '2025-06-12',
          'According to the minister, tin and any necessary ores would be supplied up front by Lisbon under the tin deal.',
        ),
      }),
    );
    const a = await quoted.answerQuestion("which outlets quoted the minister's 'full tin... up front' post");
    expect(a.answer).toContain('West Ledger');
    expect(a.answer).toContain('Social Pulse');
    expect(a.answer).not.toContain('East Ledger');
  });
});
