import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuestion, buildVocabulary } from '../../src/answer/question.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Sides the asker offers, found where the articles put them: a weekday in a sentence whose neighbour names the place
 * ("…said on Thursday (October 30)…" before "Their talks in Tromso…"), an ordinal typed in figures against one in words
 * ("the 4th or 5th round" of "the fifth meeting"), a date side shown with its month in full ("9 Oct" as "9 October").
 * And a comparison asked ("…and how does that compare with oct?"), and the record a client keeps, set aside. On
 * articles written for this test: the people, places, outlets and figures are invented.
 */

const FILES = {
  'summit.md': article(
    'Harbour Post',
    '2025-10-30',
    'The summit began around 10 a.m. local time on Wednesday (Oct. 30) at the airport lounge in Tromso and lasted one hour and 40 minutes.',
  ),
  'wire.md': article(
    'Tarn Wire',
    '2025-10-30',
    [
      'Premier Aaltonen said on Thursday (October 30) he had agreed with Premier Berg to trim cobalt levies in exchange for faster ore licences.',
      'Their face-to-face talks in Tromso, their first since 2019, ended the premier’s northern tour.',
    ].join('\n\n'),
  ),
  'turku.md': article(
    'Gulf Brief',
    '2025-10-27',
    [
      'Negotiators wrapped up two days of cobalt talks in Turku on Sunday.',
      'The talks were the fourth round between envoy Ilona Varga and minister Aarne Kivi since the Oslo meeting in May.',
    ].join('\n\n'),
  ),
  'preview.md': article(
    'Baltic Ledger',
    '2025-10-24',
    'The talks in Turku, due to start on Saturday, are the fifth meeting between Kivi and Varga since May.',
  ),
  'timeline.md': article(
    'Desk timeline (draft)',
    '2025-11-20',
    '9 Oct 2025 — the ministry announces a big expansion of cobalt controls (five more metals).',
  ),
  'pod.md': article(
    'Mooring Notes',
    '2025-12-06',
    'Host: The ministry announced the big expansion of cobalt controls on October 10, and forwarders started asking for worksheets.',
  ),
  'november.md': article(
    'Fjord Post',
    '2025-12-20',
    'In November 2025, Finland’s cobalt exports to the US dropped by 11%, falling from 656 to 582 tonnes.',
  ),
  'calendar.md': article(
    'Harbour Post',
    '2026-01-15',
    'The calendar for forwarders has one date circled: 10 November 2026, when the suspension of the October 2025 cobalt controls expires.',
  ),
  'september.md': article(
    'Asia Cobalt News',
    '2025-10-20',
    'Finland’s cobalt exports to the United States in September fell to 420 tonnes. This represents a 28.7% decrease compared to the previous month, marking the second month of decline.',
  ),
  'total.md': article(
    'Kvarken Monitor',
    '2025-12-20',
    'Finland’s cobalt exports rose to 6,150 tonnes in November, a 12% increase from October.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

const sides = (a: Awaited<ReturnType<Dealbot['answerQuestion']>>) =>
  a.disagreements.map((d) => d.positions.map((p) => `${p.claim} ${p.quote}`).join(' | '));

describe('sides the asker offers', () => {
  it('finds a weekday stated next to the sentence that names the place', async () => {
    const a = await bot.answerQuestion('was tromso on a wednesday or a thursday? harbour post says wed');
    expect(sides(a).some((s) => s.includes('Wednesday (Oct. 30)') && s.includes('Thursday (October 30)'))).toBe(true);
  });

  it('reads "4th or 5th" as the fourth and the fifth, and sets aside "need to get it right"', async () => {
    expect(normalizeInformal('was turku the 4th or 5th round? need to get it right for the training deck')).toBe(
      'was turku the 4th or 5th round?',
    );
    const a = await bot.answerQuestion('was turku the 4th or 5th round between varga and kivi? need to get it right for the training deck');
    expect(sides(a).some((s) => s.includes('fourth round') && s.includes('fifth meeting'))).toBe(true);
  });

  it('gives a date side with its month in full, and quotes the page as written', async () => {
    const a = await bot.answerQuestion('when did the ministry announce the big cobalt expansion — the 9th or the 10th?');
    const positions = a.disagreements.flatMap((d) => d.positions);
    expect(positions.some((p) => p.claim === '9 October' && p.quote.includes('9 Oct 2025'))).toBe(true);
  });
});

describe('a comparison asked', () => {
  it('answers "nov …, and how does that compare with oct?" from the sentence that gives both', async () => {
    const a = await bot.answerQuestion('nov cobalt to the US, and how does that compare with oct?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toContain('falling from 656 to 582 tonnes');
  });

  it('reads "compare" and the month compared with as what is asked for, not words a sentence must hold', () => {
    const vocab = buildVocabulary(['Cobalt exports to the US fell in November, compared with October and with May.']);
    const terms = analyzeQuestion('nov cobalt to the US, and how does that compare with oct?', vocab).terms;
    const frame = (word: string) => terms.find((t) => t.word === word)?.frame;
    expect([frame('compare'), frame('october'), frame('november'), frame('cobalt')]).toEqual([true, true, false, false]);
  });

  it('sets aside the record a client keeps', () => {
    expect(normalizeInformal('whats the number of the notice? client wants it for their file')).toBe('what is the number of the notice?');
  });
});
