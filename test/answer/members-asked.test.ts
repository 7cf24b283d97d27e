import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { askedMembers, membersNamed } from '../../src/text/members.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "Which rare earths did oslo add to the list on march 3?" asks for members of a kind (data/lexicon/members.txt): the
 * sentence that lists them ("Oslo added holmium, erbium and thulium to its control list") answers it, though it never
 * writes "rare earths", ahead of the sentences that repeat the question's other words and name none. On articles
 * written for this test: the places, outlets and measures are invented.
 */

const FILES = {
  'list.md': article(
    'Harbour Post',
    '2026-03-04',
    'Oslo added holmium, erbium and thulium to its control list, bringing the number of controlled elements to ten. The move was announced on March 3.',
  ),
  'repeat.md': article(
    'Fjord Ledger',
    '2026-03-05',
    'Oslo said on March 3 that it would expand its rare earth export controls list, and rare earth buyers rushed to secure supplies before the rare earth rules took effect.',
  ),
  'pause.md': article(
    'Delta Metals Desk',
    '2026-03-20',
    'Oslo will pause the March 3 rare earth export controls on the list for a year, the trade ministry said on March 19.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('members of the kind a question asks for', () => {
  it('reads the kind asked and counts its members in a sentence', () => {
    const members = askedMembers('which rare earths did oslo add to the list?');
    expect(members).not.toBeNull();
    expect(membersNamed('Oslo added holmium, erbium and thulium to its list.', members as RegExp)).toBe(3);
    expect(askedMembers('when did oslo add them to the list?')).toBeNull();
  });

  it('answers with the sentence that lists them', async () => {
    const a = await bot.answerQuestion('which rare earths did oslo add to the list on march 3? geologist wants the exact ones');
    expect(a.abstained).toBe(false);
    const first = a.answer.split('\n').find((l) => l.includes('“')) ?? '';
    expect(first).toContain('holmium');
  });
});
