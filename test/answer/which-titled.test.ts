import { afterAll, describe, expect, it } from 'vitest';
import { buildSentenceIndex, withContext } from '../../src/answer/extractive.js';
import { questionType } from '../../src/answer/question.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "Which ministry spokesperson was quoted…": a person asked for by the title they hold, whose name a wire story may
 * give only in the paragraph after the one that quotes the title ("…a spokesperson for the Ministry of Trade said on
 * Thursday." / "Spokesperson Mei Lin made the remarks…"). On articles written for this test (invented people).
 */

afterAll(() => removeTempDirs());

const WIRE = [
  'Lusitania to speed up tin licences: trade ministry',
  '',
  'Source: Tin Wire',
  'Date: June 13, 2025',
  '',
  'LISBON, June 12 (Tin Wire) -- Lusitania will keep speeding up its review',
  'of compliant tin export licence applications, a spokesperson for the',
  'Ministry of Trade said on Thursday.',
  '',
  'Spokesperson Mei Lin made the remarks at a regular press briefing',
  'in reply to a question on the subject.',
  '',
  'The ministry has approved a certain number of tin licences, she said.',
  '',
].join('\n');

describe('a person asked for by title', () => {
  it('is a who-question whatever words qualify the title', () => {
    expect(questionType('which ministry of trade spokesperson was quoted on licences back in june?')).toBe('who');
    expect(questionType('which US official signed the deal?')).toBe('who');
    expect(questionType('which minerals were covered?')).toBe('what');
  });

  it('is named from the paragraph after the quote that gives only the title', async () => {
    const bot = await makeBot(writeArticles({ 'wire.txt': WIRE }));
    const a = await bot.answerQuestion('which ministry of trade spokesperson was quoted on tin licences back in june?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Spokesperson Mei Lin made the remarks/);
    expect(a.citations.some((c) => c.quote.includes('Mei Lin'))).toBe(true);
  });

  it('joins the paragraph that names the titled person to a quote that gives only the title', async () => {
    const corpus = await corpusOf({ 'wire.txt': WIRE });
    const bot = await makeBot(writeArticles({ 'wire.txt': WIRE }));
    const q = bot.analyze('which ministry of trade spokesperson was quoted on tin licences back in june?');
    const lead = corpus.sentences.find((x) => x.text.startsWith('LISBON')) as (typeof corpus.sentences)[number];
    const [joined] = withContext(corpus, q, [{ sentence: lead, score: 1, coverage: 1 }], buildSentenceIndex(corpus));
    const raw = corpus.byId.get('wire.txt')?.raw ?? '';
    expect(raw.slice(joined?.extent?.start ?? 0, joined?.extent?.end ?? 0)).toMatch(
      /^LISBON[\s\S]*said on Thursday\.\s+Spokesperson Mei Lin[^.]*subject\.$/,
    );
    // Not for a question that asks no title: "what did the ministry say about tin licences?"
    const other = bot.analyze('what did the ministry say about tin licences?');
    expect(withContext(corpus, other, [{ sentence: lead, score: 1, coverage: 1 }], buildSentenceIndex(corpus))[0]?.extent).toBeUndefined();
  });
});
