import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBJECT_RE } from '../../src/answer/abstain.js';
import { askedSides } from '../../src/answer/asked-sides.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * The sides a question offers ("12 or 15%?", "bloomberg or cnbc?"): when each is stated by a different article
 * about what is asked, the answer shows the disagreement, each side quoted. On articles written for this test
 * (outlets, firms and figures are invented).
 */

const FILES = {
  'call.md': article(
    'Quarter Calls',
    '2025-07-30',
    'Kestrel Alloys chief financial officer Ines Barreto said the company is holding the 12 percent tin surcharge it announced on June 30 until licences become predictable.',
  ),
  'wire.md': article(
    'Harbor Wire',
    '2025-07-01',
    'Kestrel Alloys told customers in a letter dated June 30 that it would apply a temporary tin surcharge of 15% to all orders.',
  ),
  'tv.md': article(
    'Coast Times',
    '2025-06-27',
    'In an interview with Bloomberg Television, Trade Secretary Ana Ferro said the tin deal was "signed and sealed" two days earlier.',
  ),
  'daily.md': article(
    'Lisbon Daily',
    '2025-07-01',
    'Trade Secretary Ana Ferro told CNBC last week the tin deal was "signed and sealed", and officials said licences would follow.',
  ),
  'agree.md': article('Port Gazette', '2025-07-02', 'Kestrel Alloys confirmed its 12 percent surcharge on tin alloy orders.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('the sides a question offers', () => {
  it('are figures with their unit, or names, at the end of a question', () => {
    expect(askedSides('kestrel surcharge — 12 or 15%?')?.map((s) => s.label)).toEqual(['12', '15%']);
    expect(askedSides("ferro's 'signed and sealed' line — was that on bloomberg or cnbc?")?.map((s) => s.label)).toEqual([
      'bloomberg',
      'cnbc',
    ]);
    expect(askedSides('where was she - WH or bangkok? one blog says bangkok')?.map((s) => s.label)).toEqual(['White House', 'bangkok']);
  });

  it('are not verbs, common nouns or a closing "or not"', () => {
    expect(askedSides('did they sign or just agree?')).toBeNull();
    expect(askedSides('is it a breakthrough or a modest step?')).toBeNull();
    expect(askedSides('did it fix supply or nah?')).toBeNull();
    expect(askedSides('is the surcharge still on or not?')).toBeNull();
  });

  it('show as a disagreement when different articles state each, each side quoted', async () => {
    const a = await bot.answerQuestion('kestrel surcharge — 12 or 15%?');
    const d = a.disagreements.find((x) => x.positions.some((p) => /15%/.test(p.quote)));
    expect(d?.positions[1]?.sources).toEqual(['wire.md']);
    expect(['call.md', 'agree.md']).toContain(d?.positions[0]?.sources[0]);
    expect(d?.positions.map((p) => p.claim)).toEqual(['12 percent', '15%']);
    const b = await bot.answerQuestion("ferro's 'signed and sealed' line — was that on bloomberg or cnbc?");
    const e = b.disagreements.find((x) => x.positions.some((p) => /CNBC/.test(p.quote)));
    expect(e?.positions.map((p) => p.claim)).toEqual(['Bloomberg', 'CNBC']);
  });

  it('make no disagreement when the articles state only one side', async () => {
    const a = await bot.answerQuestion('kestrel surcharge on tin alloy orders — 12 or 20%?');
    expect(a.disagreements.some((x) => x.positions.some((p) => /20/.test(p.claim)))).toBe(false);
  });
});

describe('a yes/no question about what someone said', () => {
  it('names who is asked to have spoken, as "what did X say" does', () => {
    expect(SUBJECT_RE.exec("did apple's ceo comment on the june deal on their earnings call?")?.[1]).toBe("apple's ceo");
    expect(SUBJECT_RE.exec('has the trade group reacted to the truce?')?.[1]).toBe('the trade group');
    expect(SUBJECT_RE.exec("what did kestrel's cfo say about the surcharge?")?.[1]).toBe("kestrel's cfo");
    // (A question about when, with no verb of saying, names no speaker.)
    expect(SUBJECT_RE.exec('when did they sign the deal?')).toBeNull();
  });
});
