import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FoundDisagreement } from '../../src/answer/conflicts.js';
import { analyzeQuestion, buildVocabulary } from '../../src/answer/question.js';
import { questionFocus, relevantDisagreements } from '../../src/answer/relevance.js';
import { extractClaims } from '../../src/corpus/claims.js';
import { findDateMentions } from '../../src/corpus/dates.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * One side of the table ("who led the American side?") answered from that side's sentences, the leaders of one
 * round kept apart from another round's by the place the article names, a correction's withdrawn value, a weekday
 * written with its date, and a date one source gives in its own voice and another in a quoted official's. On
 * articles written for this test (none of them is a seed; the people are invented).
 */

const titled = (title: string, outlet: string, published: string, body: string) =>
  `---\ntitle: "${title}"\noutlet: ${outlet}\npublished: ${published}\n---\n${body}\n`;

const FILES = {
  'oslo-wire.md': titled(
    'Tin talks in Oslo end with a framework',
    'Fjord Wire',
    '2025-06-11',
    [
      'US and Chinese negotiators ended two days of talks in Oslo on tin exports on Tuesday with a framework for licences.',
      'The US delegation was co-led by Treasury Secretary Dana Pryce alongside Commerce Secretary Ivo Marsh.',
      'The Chinese team was led by Vice Premier Gao Ren and included Commerce Minister Wu Tan.',
    ].join('\n\n'),
  ),
  'oslo-brief.md': titled(
    'Oslo tin framework: the brief',
    'Brief Desk',
    '2025-06-12',
    [
      'The framework on tin licences was agreed after the meeting of the two delegations this week.',
      "China's side was led by Vice Premier Gao Ren, the country's top economic official.",
      'The US delegation was led by Commerce Secretary Ivo Marsh, with trade envoy Lena Hart.',
    ].join('\n\n'),
  ),
  'lima.md': titled(
    'Presidents meet in Lima and extend the tin truce',
    'Andes Daily',
    '2025-10-31',
    [
      'The two presidents met in Lima on October 30 and agreed to extend the tin truce by a year.',
      'Secretary of State Rolf Abel and Ivo Marsh sat with the American president; Gao Ren sat with his.',
    ].join('\n\n'),
  ),
  'corrections.md': titled(
    'Corrections and clarifications',
    'Fjord Wire',
    '2025-08-20',
    [
      'The Fjord Wire corrects significant errors as soon as we find them.',
      '**"Tin truce extended" (Aug. 12).** An earlier version said the extended tin truce runs until Nov. 12. It runs until Nov. 10.',
    ].join('\n\n'),
  ),
  'truce.md': article(
    'Andes Daily',
    '2025-08-12',
    'The extended tin truce runs until Nov. 10, the White House said, after the president signed an order on Monday.',
  ),
  'signed-a.md': article(
    'Plain Ledger',
    '2025-06-27',
    [
      'The tin agreement with China was signed on June 26, the United States said, without giving details.',
      'Mr Marsh said on June 26 that under the tin agreement inked two days earlier, US countermeasures would come off.',
    ].join('\n\n'),
  ),
  'signed-b.md': article(
    'Coastal Post',
    '2025-06-28',
    'The United States and China signed the tin agreement on June 25, two officials told reporters.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('one side of the table', () => {
  it('finds "co-led by" as a leader, so that two sources naming different US leaders disagree', async () => {
    const a = await bot.answerQuestion('who led the american side in oslo');
    const dispute = a.disagreements.find((d) => /leader of the US delegation/.test(d.topic));
    expect(dispute).toBeDefined();
    expect(dispute?.positions.map((p) => p.claim).sort()).toEqual(['Dana Pryce', 'Ivo Marsh']);
  });

  it("quotes the asked side's sentences before the other side's", async () => {
    const a = await bot.answerQuestion('who led the american side in oslo');
    const first = a.citations[0]?.quote ?? '';
    expect(first).toMatch(/US delegation/);
    expect(a.citations.findIndex((c) => /China's side|Chinese team/.test(c.quote))).not.toBe(0);
  });

  it("does not show one round's leaders for a question about another round", async () => {
    const a = await bot.answerQuestion('who was on each side of the table in lima besides the two presidents');
    expect(a.disagreements.some((d) => /leader of the/.test(d.topic))).toBe(false);
    expect(a.answer).not.toMatch(/Short answer: .*Pryce/);
  });
});

describe("a correction's withdrawn value", () => {
  it('is no claim even when the correction says only "an earlier version said"', async () => {
    const corpus = await corpusOf(FILES);
    const dates = extractClaims(corpus)
      .filter((c) => c.source === 'corrections.md')
      .map((c) => c.value);
    expect(dates.some((v) => v.includes('11-12'))).toBe(false);
    const a = await bot.answerQuestion('when does the extended tin truce run out?');
    expect(a.disagreements.some((d) => d.positions.some((p) => p.claim.includes('11-12')))).toBe(false);
  });

  it('is quoted only with its correction, unless the question asks about corrections', async () => {
    const quotes = async (q: string) => (await bot.answerQuestion(q)).citations.map((c) => c.quote);
    const withdrawn = (c: string) => c.includes('An earlier version said');
    for (const c of await quotes('when does the extended tin truce run out?'))
      if (withdrawn(c)) expect(c).toContain('It runs until Nov. 10.');
    expect((await quotes('what did the fjord wire have to correct about the tin truce?')).some(withdrawn)).toBe(true);
  });
});

describe('a weekday written with its date', () => {
  it('is that date, not a weekday counted from the day of writing', () => {
    const kinds = (t: string) => findDateMentions(t).map((m) => `${m.expr.kind}:${m.text}`);
    expect(kinds('The talks ran on Monday June 9 and Tuesday June 10 and ended late.')).toEqual(['absolute:June 9', 'absolute:June 10']);
    expect(kinds('They met on Wednesday (Oct. 30) in Lima.')).toEqual(['absolute:Oct. 30']);
    // A weekday in another sentence is still a weekday.
    expect(kinds('He spoke on Tuesday. June 3 was the deadline.')).toEqual(['weekday:on Tuesday', 'absolute:June 3']);
  });

  it('reads a relative date glossed by a written one ("yesterday," that is, on Wednesday, June 25) as the written one', () => {
    const kinds = findDateMentions('He said it had been signed "yesterday," that is, on Wednesday, June 25.').map((m) => m.expr.kind);
    expect(kinds).toEqual(['absolute']);
  });
});

describe('talks that are the object of an announcement', () => {
  it('are not dated by the day counted from the writing ("announced the Oslo trade talks last Thursday")', async () => {
    const corpus = await corpusOf({
      'preview.md': article(
        'Fjord Wire',
        '2025-06-09',
        'President Vale announced the Oslo trade talks last Thursday, after a phone call with the Chinese leader about tin.',
      ),
    });
    const talks = extractClaims(corpus).filter((c) => c.event === 'talks' && c.attribute === 'date');
    expect(talks).toEqual([]);
  });
});

describe("a date in a source's own voice and in an official's", () => {
  it('makes each a side against a third source (three dates for the signing)', async () => {
    const a = await bot.answerQuestion('when was the tin deal signed?');
    const dispute = a.disagreements.find((d) => /sign/.test(d.topic));
    expect(dispute?.positions.map((p) => p.claim).sort()).toEqual(['2025-06-24', '2025-06-25', '2025-06-26']);
  });
});

describe('chat words for the table and its people', () => {
  it('rewrites "point man", "at the <place> table" and "put … on ice"', () => {
    expect(normalizeInformal("who was beijing's point man at the oslo table")).toContain('lead negotiator at the oslo talks');
    const iced = normalizeInformal('how many notices did china put on ice');
    expect(iced).toContain('suspended');
    expect(iced).not.toMatch(/\bput\b/);
    expect(normalizeInformal('did any chip company get a win out of the tin deal')).toBe('did any chipmakers benefit from the tin deal');
    // Having seen the sources differ says nothing of the topic.
    expect(normalizeInformal('what dates were the oslo meetings, getting mixed signals')).not.toMatch(/mixed|signals/);
  });

  it('reads "list every Chinese official" as a question for people, and "the first day of the talks" as no date asked', () => {
    const vocab = buildVocabulary(Object.values(FILES));
    expect(analyzeQuestion('list every chinese official at the oslo talks', vocab).type).toBe('who');
    const said = questionFocus(analyzeQuestion('what did marsh say on the 9th, the first day of the oslo talks', vocab));
    expect(said.attributes.has('date')).toBe(false);
    expect(questionFocus(analyzeQuestion('what day did the oslo talks end', vocab)).attributes.has('date')).toBe(true);
  });
});

describe('a question for what a body put out', () => {
  it('is not answered by a dispute over where the talks were', () => {
    const vocab = buildVocabulary(Object.values(FILES));
    const venue: FoundDisagreement = {
      disagreement: { topic: 'venue of the Oslo talks (building)', difficulty: 'normal', kind: 'place', positions: [], explanation: '' },
      event: 'talks',
      attribute: 'venue',
      qualifier: 'oslo',
      sentenceIds: [],
    };
    const asked = (q: string) => relevantDisagreements(questionFocus(analyzeQuestion(q, vocab)), [venue]).length;
    expect(asked("what did china's commerce ministry put out on the day of the oslo talks")).toBe(0);
    expect(asked('where in oslo were the talks held')).toBe(1);
  });
});
