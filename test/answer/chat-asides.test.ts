import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutHearsay } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Asides chat puts around a question: a claim heard elsewhere after it ("who led the talks? a korean site says doe +
 * roe which sounds off"), and how the asker came to the topic ("this affiliates rule everyone keeps mentioning").
 * Neither is what is asked; both used to make dealbot say the articles don't answer. On articles written for this
 * test (the people and outlets are invented).
 */

const FILES = {
  'wire.md': article(
    'Harbor Wire',
    '2025-06-11',
    'Treasury Secretary Ana Ferro led the US side at the tin talks in Lisbon, with Trade Representative Ben Osei.',
  ),
  'daily.md': article('Coast Times', '2025-06-12', 'The tin talks in Lisbon ended with a framework on licences.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('a claim heard elsewhere, after the question', () => {
  it('is set aside: the question before it is answered', async () => {
    const a = await bot.answerQuestion('who actually led the US side in lisbon? a korean site says adeyemo + raimondo which sounds off');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Ana Ferro/);
  });

  it('is told by a source or a hearer after a question mark, not by a question that asks about a source', () => {
    expect(withoutHearsay('where was trump when he said it was signed? one site says bangkok??')).toBe(
      'where was trump when he said it was signed?',
    );
    expect(withoutHearsay('when did the talks end? i heard june 23')).toBe('when did the talks end?');
    expect(withoutHearsay('which site says the talks ended on june 23?')).toBeNull();
    expect(withoutHearsay('who led the talks? and when did they end?')).toBeNull();
  });

  it('is told by what the asker has seen around, unless it gives the figures asked about', () => {
    expect(withoutHearsay('how low did tin imports get in may? seen a couple diff numbers floating around')).toBe(
      'how low did tin imports get in may?',
    );
    expect(withoutHearsay("where was trump when he said it was signed? i've seen two versions")).toBe(
      'where was trump when he said it was signed?',
    );
    expect(withoutHearsay("how far did exports fall in may? i've seen both 52.9% and 74%")).toBeNull();
  });

  it("is told by the asker's own doubt after the question", () => {
    expect(withoutHearsay('harbor wire says the tin deal was reached in late may?? wasnt it june')).toBe(
      'harbor wire says the tin deal was reached in late may??',
    );
    expect(withoutHearsay('when was it signed? i thought it was the 24th')).toBe('when was it signed?');
    expect(withoutHearsay('who led the talks? pretty sure it was ferro')).toBe('who led the talks?');
    // Not a second question that asks something of its own.
    expect(withoutHearsay('who led the talks? was it ferro or osei?')).toBeNull();
  });
});

describe('how the asker came to the topic', () => {
  it('is read out of the question', () => {
    expect(normalizeInformal('whats this partners rule everyone keeps mentioning?').replace(/\s+/g, ' ')).toBe(
      'what is this partners rule ?',
    );
    expect(normalizeInformal("what's the partners rule i keep hearing about").trim()).toBe('what is the partners rule');
    // Not a question about what was mentioned: "which outlets mention the rule" keeps its verb.
    expect(normalizeInformal('which outlets mention the partners rule?')).toMatch(/mention/);
  });

  it("reads a party's side at the talks as its delegation, not every side", () => {
    expect(normalizeInformal('who was on the us side in london')).toBe('who was in the US delegation in london');
    expect(normalizeInformal('who is on the side of the exporters')).toBe('who is on the side of the exporters');
  });

  it('reads chip-layout tools as the chip design software articles name', () => {
    expect(normalizeInformal('did the chip-layout tool vendors get their china biz back?')).toMatch(/chip design software tool vendors/);
  });

  it('reads students by their level and "stateside" as in the US', () => {
    expect(normalizeInformal('anything about letting chinese undergrads study stateside?')).toBe(
      'anything about letting chinese students study in the US?',
    );
  });
});

describe('what the answer is for, and how it may look', () => {
  it('sets aside whom the asker asks for and where the answer will go', () => {
    const clean = (q: string) =>
      normalizeInformal(q)
        .replace(/\s+/g, ' ')
        .replace(/\s+([?,.])/g, '$1')
        .trim();
    expect(clean('when did the lisbon round happen?? need the dates for a graf, asking for my editor')).toBe(
      'when did the lisbon round happen?? need the dates,',
    );
    expect(clean('summarize the tin deal in 3 lines for my editor pls')).toBe('summarize the tin deal in 3 lines');
    expect(clean('date of the WH fact sheet? need it for the timeline box')).toBe('date of the White House fact sheet? need it');
    expect(clean('give me a timeline of the tin saga, bullet pts fine')).toBe('give me a timeline of the tin saga,');
    expect(clean('which pieces carry the "signed and sealed" line? need to cite a couple')).toBe(
      'which pieces carry the "signed and sealed" line?',
    );
    expect(clean('list the officials quoted on the tin deal across the folder — name + one line each')).toBe(
      'list the officials quoted on the tin deal —',
    );
  });

  it('keeps a newsletter or a timeline that is the topic', () => {
    expect(normalizeInformal('which newsletter had the six-month licence story')).toMatch(/newsletter/);
    expect(normalizeInformal("what's the timeline of the tin talks?")).toMatch(/timeline/);
  });

  it('answers a question asked for an editor as it answers the question alone', async () => {
    const a = await bot.answerQuestion('where were the tin talks held? asking for my editor');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Lisbon/);
  });
});
