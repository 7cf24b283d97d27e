import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * What an interviewee expects, said in a later sentence of their answer (their name only in the turn's label); a
 * figure asked for a month the articles give no figure for (a sentence with June's figure and a July release date is
 * not July's); a destination asked for ("exports to the US", not "US exports to China"); the time between two steps
 * ("how long after…") is not how long a meeting lasted; chat spellings of the country and of wanting something. On
 * articles written for this test (none of them is a seed; the people are invented).
 */

const FILES = {
  'interview.md': article(
    'Northwind Review',
    '2025-07-03',
    [
      '*Vesna Holm heads metals research at the Tallinn Institute. We spoke to her by video this week.*',
      '**Northwind: What did China promise on tin?**',
      'Holm: Read the wording closely. It says China will approve applications that meet the conditions.',
      '**Northwind: Are tin shipments moving?**',
      'Holm: Yes, but slowly. Buyers in Europe say the same. I would be surprised if shipments to the US are back to their 2024 levels before the fourth quarter.',
      '**Northwind: What did Washington give up?**',
      'Holm: The curbs on tin it added in May. Those were always bargaining chips.',
      '**Northwind: How long does this hold?**',
      'Holm: As long as both sides find the tin deal useful. The pause runs to August 12.',
    ].join('\n\n'),
  ),
  'customs.md': article(
    'Harbour Data',
    '2025-07-21',
    'Exports of tin ingots to the United States hit 353 tonnes in June, according to customs data released on July 20.',
  ),
  'ethane.md': article(
    'Gulf Bulletin',
    '2025-07-03',
    'Analysts expect US ethane exports to China of around 240,000 barrels per day in July, as crackers switch back.',
  ),
  'meeting-a.md': article(
    'Coast Times',
    '2025-10-30',
    'The leaders met in Lima on Thursday and the tin meeting lasted about 75 minutes, pool reporters said.',
  ),
  'meeting-b.md': article(
    'Pulse Digest',
    '2025-10-31',
    "The leaders' tin meeting in Lima lasted more than three hours, according to a summary. The US dropped the software curbs on July 2.",
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe("an interviewee's answer", () => {
  it('is found from their name in the turn label, for a sentence that does not repeat it', async () => {
    const a = await bot.answerQuestion('what does holm expect for tin shipments to the us');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.quote).join(' ')).toContain('before the fourth quarter');
  });
});

describe('a figure for a month', () => {
  it('is not given by a sentence whose figures are of another month', async () => {
    const july = await bot.answerQuestion('what were the july numbers for tin exports to the us?');
    expect(july.abstained).toBe(true);
    const june = await bot.answerQuestion('what were the june numbers for tin exports to the us?');
    expect(june.abstained).toBe(false);
    expect(june.answer).toContain('353');
  });

  it('for a destination is not given by exports from that country', async () => {
    const a = await bot.answerQuestion('how many barrels of ethane went to the us in july?');
    expect(a.abstained).toBe(true);
  });
});

describe('the time between two steps', () => {
  it('is not how long a meeting lasted', async () => {
    const between = await bot.answerQuestion('how long after the tin meeting in lima did the us drop the software curbs');
    expect(between.disagreements.some((d) => /duration|length/.test(d.topic))).toBe(false);
    const lasted = await bot.answerQuestion('how long did the lima tin meeting last?');
    expect(lasted.disagreements.some((d) => /duration|length/.test(d.topic))).toBe(true);
  });
});

describe('chat spellings', () => {
  it('reads "the us" and "us-china" as the country, and "let X have" the "fanciest chips" as giving X the best chips', () => {
    expect(normalizeInformal('did the us let china have its fanciest ai chips')).toBe('did the US give china its best ai chips');
    expect(normalizeInformal('the us-china deal')).toBe('the US-china deal');
    expect(normalizeInformal('did the us let the tin ship to china again')).toBe('did the US lifted the curbs on the tin exports to china');
    expect(normalizeInformal('can you tell us what happened')).toBe('tell us what happened');
  });
});
