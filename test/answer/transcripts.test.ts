import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnSpeakers } from '../../src/answer/focus.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * What a guest says in a podcast transcript, on articles written for this test: every sentence of a turn
 * ("[00:01:35] DANIEL OSEI: …") is the speaker's, though it names neither them nor, often, the topic.
 */

const FILES = {
  'podcast.txt': [
    'THE CHOKEPOINT - a podcast about supply chains',
    'Episode 112: "Point one percent"',
    '',
    '[00:00:12] MAYA LINDQVIST: Welcome back. With me is Daniel Osei, who spent eleven years at the Commerce Department.',
    '',
    '[00:00:31] DANIEL OSEI: Three things changed. More elements, more technology, and reach.',
    '',
    '[00:01:20] MAYA LINDQVIST: Then on Friday Trump responds with a 100 percent tariff from November 1.',
    '',
    '[00:01:35] DANIEL OSEI: Right, and notice he gave himself three weeks. It is a deadline, not a decision.',
    '',
  ].join('\n'),
  'wire.md': article(
    'Trade Wire',
    '2025-10-11',
    'Trump threatened a 100% tariff on Chinese goods from November 1, the White House said. Trump said the tariff would stand unless Beijing backed down.',
  ),
  'brief.md': article('Global Briefing', '2025-11-05', 'China suspended the October 9 measures for one year after the leaders met.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('turns of a transcript', () => {
  it('gives each sentence of a turn to the speaker named at its start', () => {
    const turns = turnSpeakers(bot.corpus);
    const of = (text: string) => {
      const s = bot.corpus.sentences.find((x) => x.text.includes(text));
      return s ? [...(turns.get(s.id) ?? [])].join(' ') : null;
    };
    expect(of('It is a deadline, not a decision.')).toBe('daniel osei');
    expect(of('Then on Friday Trump responds')).toBe('maya lindqvist');
    expect(of('China suspended the October 9 measures')).toBe('');
  });

  it('answers "what does osei think of trump\'s nov 1 date" with his words, not Trump\'s', async () => {
    const a = await bot.answerQuestion("what does osei think of trump's nov 1 date");
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.quote).join(' | ')).toMatch(/deadline, not a decision|gave himself three weeks/);
    expect(a.citations[0]?.source).toBe('podcast.txt');
  });

  it('still abstains when the guest says nothing about what is asked', async () => {
    const a = await bot.answerQuestion('what did osei say about gallium prices');
    expect(a.abstained).toBe(true);
  });
});
