import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodiesDescribed, naming, spokespeople } from '../../src/answer/bodies.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Bodies a question names by what they are ("what did the trade group say?"), on articles written for this
 * test: the articles say which body that is, and its statements (made by its officials, in sentences that do not
 * repeat the description) answer the question.
 */

const FILES = {
  'release.md': article(
    'Newswire Releases',
    '2025-11-02',
    [
      'The Alliance for Rotor Supply (ARS), a trade association representing 120 makers of electric motors, welcomed the outcome of the Harbour summit.',
      '"Our members have spent six months managing production around licence queues," said Mara Lind, president and chief executive of ARS.',
      '"We will judge this by permits in hand, not by announcements," Lind said.',
      'ARS called on Congress to fund a strategic magnet stockpile.',
      'About ARS: The Alliance for Rotor Supply is a trade association founded in 2023.',
    ].join('\n\n'),
  ),
  'oped.md': article(
    'Northgate Forum',
    '2025-11-10',
    'When the president stepped off the stage after the Harbour summit and told reporters that magnets were "settled," he described an outcome his own officials know to be temporary.',
  ),
  'uk.md': article(
    'Thames Journal',
    '2025-05-09',
    '"It is a floor, not a ceiling," said Helena Marsh, director of trade policy at the London Chamber of Trade Advocacy, of a separate tariff deal.',
  ),
  'parts.md': article(
    'Parts Weekly',
    '2025-06-05',
    'CLAPA, the European association of automotive suppliers, said in early June that several plants had shut for lack of magnets.',
  ),
  'autos.md': article(
    'Auto Daily',
    '2025-10-12',
    "Germany's automotive industry association, the VDK, said on Friday that China's new export curbs on rare earths would hit carmakers within weeks.",
  ),
};

let bot: Dealbot;
let sentences: Dealbot['corpus']['sentences'];
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
  sentences = bot.corpus.sentences;
});
afterAll(removeTempDirs);

describe('bodies named by what they are', () => {
  it('finds the body the articles describe as the question does, by its acronym', () => {
    expect(bodiesDescribed('what did the trade association say about the summit', sentences)).toEqual(['ARS']);
    expect(bodiesDescribed('what did the pharmaceutical association say', sentences)).toEqual([]);
    expect(bodiesDescribed('what did the automotive industry association say', sentences)).toEqual(['VDK']);
    // A question that names the body, or names no kind of body, needs no lookup.
    expect(bodiesDescribed('what did the ARS association say', sentences)).toEqual([]);
    expect(bodiesDescribed('what did the president say', sentences)).toEqual([]);
  });

  it('meets a modifier of initials as a whole word: "the eu chamber" is no "European association of … suppliers"', () => {
    expect(bodiesDescribed('who is the president of the eu chamber in china', sentences)).toEqual([]);
    // (A longer modifier may still begin a word: "automotive industry association" above is met by "auto industry".)
    expect(bodiesDescribed('what did the auto industry association say', sentences)).toEqual(['VDK']);
  });

  it('puts the body’s name in place of the description, keeping the rest of the question', () => {
    expect(naming('what did the trade association say about busan', 'ARS')).toBe('what did ARS say about busan');
    expect(naming('what does the halden institute economist think', 'Halden Institute')).toBe('what does Halden Institute economist think');
  });

  it('finds who speaks for a body', () => {
    expect(spokespeople('ARS', sentences)).toEqual(['Mara Lind']);
  });

  it('answers "what did the trade group say" with what the body and its officials said', async () => {
    const a = await bot.answerQuestion('what did the trade group say about the summit outcome');
    expect(a.abstained).toBe(false);
    const first = a.answer.split('\n')[0] ?? '';
    expect(first).toMatch(/Mara Lind|Lind said|ARS called/);
    expect(a.answer).not.toMatch(/^Northgate Forum/);
    expect(a.answer).not.toMatch(/Helena Marsh/);
  });
});
