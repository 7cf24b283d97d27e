import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A question that names a kind of page for what it says ("what do the readers say on the letters page", "how did
 * the fact-checkers rate…", "what did the analyst say on that results call") weighs that kind's pages up, found by
 * the labels they carry (`genres.txt`); "is there / any" still asks whether such pages exist. An earnings-call
 * transcript's cast list in capitals ("CORPORATE PARTICIPANTS") is not its title. On articles written for this test
 * (the outlets, companies and people are invented).
 */

const CALL = [
  'ORSOLA PUMPS PLC',
  'Q2 2025 RESULTS CALL -- TRANSCRIPT EXCERPT',
  '',
  'CORPORATE PARTICIPANTS',
  'Lena Varga -- Chief Executive Officer',
  'Tomas Brandt -- Chief Financial Officer',
  '',
  'LENA VARGA: Our tin solder supply was short for most of the spring, and we idled the Graz line for six days.',
  '',
  'TOMAS BRANDT: Since the tin framework, deliveries have been steady, and we expect margins to recover by the autumn.',
  '',
].join('\n');

const FILES = {
  'wire-a.md': article(
    'Harbor Wire',
    '2025-06-26',
    'The tin framework was signed on June 25, officials said, and tin licences will resume within weeks.',
  ),
  'wire-b.md': article('Coast Times', '2025-06-27', 'Officials signed the tin framework in Lisbon. Exporters welcomed the tin deal.'),
  'wire-c.md': article('Plain Ledger', '2025-06-28', 'The tin framework restores licences for tin exports, the ministry said.'),
  'wire-d.md': article('Delta Daily', '2025-06-28', 'Tin prices fell after the framework was announced, traders said.'),
  'letters.md': article(
    'Harbor Wire',
    '2025-07-03',
    [
      'Letters to the editor',
      'Your editorial of June 29 praised the tin framework as a turning point, but nobody outside the two ministries has seen a word of it, and a deal nobody can read is a deal nobody can hold anyone to.',
      'Ada Pell, Lisbon',
      'As a smelter worker I can tell you that the tin deal kept our furnace lit through July, whatever the commentators in the capital say about its wording.',
      'Rui Sousa, Porto',
    ].join('\n\n'),
  ),
  'check.md': article(
    'Claim Desk',
    '2025-07-05',
    [
      'Fact check: Did the minister say tin exports had fully resumed?',
      'The minister said on June 30 that tin exports had "fully resumed". Customs figures show shipments at half their level of last year.',
      'We rate it Misleading.',
    ].join('\n\n'),
  ),
  'orsola-call.txt': CALL,
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('a kind of page named for what it says', () => {
  it('answers what the letters page says from the letters', async () => {
    const a = await bot.answerQuestion('the letters page - what do the readers say about the tin framework?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('letters.md');
    expect(a.answer).toContain('a deal nobody can read');
  });

  it('answers how the fact-checkers rated a claim from the fact check, rating included', async () => {
    const a = await bot.answerQuestion('how did the fact-checkers rate what the minister said about tin exports?');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toContain('check.md');
    expect(a.answer).toContain('Misleading');
  });

  it('reads "what do the readers say on the letters page" as a question of fact, "any letters…?" as one about the pages', () => {
    expect(classifyQuestion('the letters page - what do the readers say about the tin framework?').kind).toBe('fact');
    expect(classifyQuestion('any letters to the editor in here?')).toMatchObject({ kind: 'genre-pages', genre: 'letters' });
  });

  it('finds a results call by its label', async () => {
    const a = await bot.answerQuestion('any earnings calls in the folder?');
    expect(a.citations.map((c) => c.source)).toContain('orsola-call.txt');
  });
});

describe("an earnings call's cast list", () => {
  it('in capitals on a line of its own is not the title', async () => {
    const corpus = await corpusOf({ 'orsola-call.txt': CALL });
    const title = corpus.articles[0]?.meta.title ?? '';
    expect(title).not.toMatch(/PARTICIPANTS|Lena Varga/);
  });
});
