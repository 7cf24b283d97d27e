import { afterAll, describe, expect, it } from 'vitest';
import { buildSentenceIndex } from '../../src/answer/extractive.js';
import { CorpusFocus } from '../../src/answer/focus.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A question that names a day finds the passages the claims date to it even when the ranking puts them far down (a
 * story writes the day "on Friday"); a speaker's quotation carried over several sentences, opened after "he wrote:" in
 * the paragraph after the one that names him, is his words throughout; "beef" and "in his words" are chat for a
 * complaint and a quotation. On articles written for this test (the people and outlets are invented).
 */

afterAll(() => removeTempDirs());

const STORY = [
  'Vale announces extra tin tariffs',
  '',
  'Tin Wire | World',
  'Published: October 11, 2025',
  '',
  'President Ada Vale said on Friday that the country will put new tariffs of 100% on tin from',
  'Lusitania, with effect from November 1.',
  '',
  'In a long message to supporters she wrote: "It has just been learned that Lusitania has sent an',
  'extremely hostile letter to the World. This affects ALL Countries. It is a moral disgrace in',
  'dealing with other Nations."',
  '',
  'The announcement came hours after Lusitania imposed new controls on tin. Earlier on Friday Vale had',
  'threatened "a massive increase" in tariffs.',
  '',
].join('\n');

const OTHER = article(
  'Harbor Wire',
  '2025-10-02',
  'Tin tariffs were discussed again on October 1, and Vale said the tin talks would go on.',
);

describe('a day the question names', () => {
  it('brings in the passages further down the ranking that the claims date to it, and only those', async () => {
    const corpus = await corpusOf({ 'story.txt': STORY, 'other.md': OTHER });
    const focus = new CorpusFocus(corpus, corpus.claims, buildSentenceIndex(corpus));
    const ranked = corpus.chunks.map((chunk) => ({ chunk }));
    const dated = focus.datedPassages(ranked, [], ['2025-10-10']);
    expect(dated.map((c) => c.chunk.text)).toEqual([expect.stringMatching(/Earlier on Friday Vale had/)]);
    // Not one already among the candidates, and none for a day no claim falls on.
    expect(focus.datedPassages(ranked, dated, ['2025-10-10'])).toEqual([]);
    expect(focus.datedPassages(ranked, [], ['2025-10-12'])).toEqual([]);
  });
});

describe('a part of a month the question names', () => {
  it('is the days of it the claims date sentences to ("late june", "mid-october"), not a deadline ("by early june")', async () => {
    const files = {
      'a.md': article(
        'Harbor Wire',
        '2025-06-28',
        'Lusitania confirmed the tin framework on June 27, a day after it was signed on June 26.',
      ),
      'b.md': article('Coast Times', '2025-06-13', 'Tin talks between Lusitania and Ruritania were held in Lisbon on June 9 and 10.'),
      'c.md': article('Plain Ledger', '2025-10-16', 'Lusitania announced new tin controls on October 14, and talks resumed on October 15.'),
    };
    const corpus = await corpusOf(files);
    const focus = new CorpusFocus(corpus, corpus.claims, buildSentenceIndex(corpus));
    expect(focus.askedDays('what did lusitania promise in late june').sort()).toEqual(['2025-06-26', '2025-06-27']);
    expect(focus.askedDays('what happened in early june?')).toEqual(['2025-06-09']);
    expect(focus.askedDays('mid-october talks?').sort()).toEqual(['2025-10-14', '2025-10-15']);
    expect(focus.askedDays('which licences were approved by early june')).toEqual([]);
  });
});

describe('a day written out in a sentence the claims do not date', () => {
  it('counts for "what happened on <day>" like a date of no known kind ("witnesses told a panel on June 24")', async () => {
    const corpus = await corpusOf({
      'a.md': article('Harbor Wire', '2025-07-10', 'The United States and China signed the tin framework on June 24, officials said.'),
      'b.md': article(
        'Hill Desk',
        '2025-06-25',
        'Tin miners need a strategic stockpile against China, witnesses told a parliamentary panel on June 24 during two hours of testimony.',
      ),
      'c.md': article('Coast Times', '2025-06-10', 'US and Chinese officials held tin talks in Lisbon on June 9 and 10.'),
    });
    const focus = new CorpusFocus(corpus, corpus.claims, buildSentenceIndex(corpus));
    const scored = corpus.sentences.map((sentence) => ({ sentence, score: 0.1, coverage: 0 }));
    const out = new Map(focus.onDays(scored, ['2025-06-24']).map((x) => [x.sentence.source, x]));
    // No claim dates the testimony; the day written out in a report of the next day weighs as a fresh dated mention.
    expect(corpus.claims.some((c) => c.source === 'b.md' && c.date?.month === 6 && c.date.day === 24)).toBe(false);
    expect(out.get('b.md')?.score).toBeCloseTo(0.1 + 0.3 * 0.75, 5);
    expect(out.get('b.md')?.coverage).toBe(0.5);
    expect(out.get('c.md')?.score).toBe(0.1);
    expect(out.get('a.md')?.score).toBeGreaterThan(0.1);
  });
});

describe('a quotation carried over several sentences', () => {
  it('is the words of the speaker named in the paragraph before ("she wrote:"), every sentence of it', async () => {
    const bot = await makeBot(writeArticles({ 'story.txt': STORY, 'other.md': OTHER }));
    const a = await bot.answerQuestion('what did vale say about the hostile letter and the nations, in her words');
    expect(a.abstained).toBe(false);
    const quoted = a.citations
      .filter((c) => c.source === 'story.txt')
      .map((c) => c.quote.replace(/\s+/g, ' '))
      .join(' ');
    expect(quoted).toMatch(/It is a moral disgrace in dealing with other Nations/);
  });
});

describe('chat for a complaint and a quotation', () => {
  it('reads "beef" as a complaint and "in his words" as nothing to look for', () => {
    expect(normalizeInformal("what was trump's beef in the oct 10 post, in his words")).toBe(
      "what was trump's complaint in the October 10 post,",
    );
    expect(normalizeInformal('what did she say, word for word')).toBe('what did she say,');
    // "in the words of the ministry" names whose words: kept.
    expect(normalizeInformal('what did he say, in the words of the ministry')).toBe('what did he say, in the words of the ministry');
  });
});
