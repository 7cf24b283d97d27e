import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSubjectInPlace } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Who is asked about, put first and then named by a pronoun ("the marlow analyst on that podcast, what did she say
 * about…"), is the speaker asked about, as in "what did the marlow analyst say…", when the articles name someone so;
 * a transcript's bracketed editor's note is not its title. On articles written for this test (the show, the
 * institute and the people are invented).
 */

const PODCAST = [
  'TRADE LINES -- Episode 40: "Who gave what?"',
  'Recorded July 9, 2025.',
  '[Auto-generated transcript, lightly edited]',
  '',
  'ANNA PELL: Welcome back. With me are Rui Sousa, who spent a decade at the',
  'trade ministry, and Mia Laine, a senior analyst at the Marlow Institute.',
  'Mia, start us off on the cobalt framework.',
  '',
  'MIA LAINE: The framework restored licences for battery makers, but cobalt',
  'for military end users is still not being approved at all, and nothing in',
  'the ministry statement guarantees anything to a defense firm.',
  '',
  'RUI SOUSA: I would put it differently. The cobalt framework traded three',
  'concessions for one promise, and the promise depends on how quickly the',
  'licensing office works through its backlog of applications.',
  '',
].join('\n');

const FILES = {
  'podcast.txt': PODCAST,
  'wire.md': article(
    'Harbor Wire',
    '2025-07-02',
    'The cobalt framework restored export licences for battery makers, the trade ministry said, and shipments resumed.',
  ),
  'markets.md': article('Coast Times', '2025-07-03', 'Cobalt prices fell after the framework was announced, traders said.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('a speaker put first, then named by a pronoun', () => {
  it('is put in place of the pronoun', () => {
    expect(withSubjectInPlace('the marlow analyst on that podcast, what did she say about military buyers')).toBe(
      'what did the marlow analyst on that podcast say about military buyers',
    );
    expect(withSubjectInPlace('halvorsen ceo on the q2 call — what did she claim about licences')).toBe(
      'what did halvorsen ceo on the q2 call claim about licences',
    );
    // A phrase that asks something itself is no speaker; nor is a question without a pronoun after it.
    expect(withSubjectInPlace('why does it matter, what did she say')).toBeNull();
    expect(withSubjectInPlace('the marlow analyst, what did the ministry say')).toBeNull();
  });

  it("answers with the speaker's own turn", async () => {
    const a = await bot.answerQuestion('the marlow analyst on that podcast, what did she say about the deal?');
    expect(a.abstained).toBe(false);
    const first = a.citations[0];
    expect(first?.source).toBe('podcast.txt');
    expect(PODCAST.slice(first?.start, first?.end).replace(/\s+/g, ' ')).toMatch(/^(?:MIA LAINE: )?The framework restored licences/);
  });
});

describe("a transcript's bracketed editor's note", () => {
  it('is not its title', async () => {
    const corpus = await corpusOf({ 'podcast.txt': PODCAST });
    expect(corpus.articles[0]?.meta.title ?? '').not.toMatch(/Auto-generated/);
  });
});
