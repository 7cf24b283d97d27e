import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * - "what did sunniva find in tromsø?": a memo or field notes by that person (its byline, its title says it is a memo)
 *   is theirs from first sentence to last, as a column is its author's;
 * - "what does no. 72 do vs no. 70?": a number typed as a reference meets sentences that write it as one
 *   ("Announcement No. 72"), not a 70% share;
 * - "when were the first general licences issued?": a word typed before the thing asked that says which of its kind
 *   ("general") must be in the sentence a short answer's date comes from; "temporary licences" granted in June are not
 *   them;
 * - chat's "n" for "and", "bail early" for leaving early, "leave out" for what a text makes no mention of.
 * On articles written for this test: the people, outlets and figures are invented.
 */

const memo = [
  '---',
  'title: "Stringer memo: Tromsø workshops and the cobalt squeeze"',
  'outlet: "Fjord Ledger (internal)"',
  'published: 2025-11-19',
  'author: "Sunniva Berg"',
  '---',
  '',
  'Visited four workshops along the harbour road.',
  '',
  'Between May and August the owners could get only half their usual battery orders.',
  '',
  'Two repair shops say they now salvage cobalt cells from scrapped packs. — Sunniva',
].join('\n');

const FILES = {
  'memo.md': memo,
  'brief.md': article(
    'Fjord Ledger (internal)',
    '2025-11-10',
    'Sunniva is visiting workshops in Tromsø this week for the cobalt explainer.',
  ),
  'chat.md': article('Fjord Ledger chat', '2025-11-12', '[Tue 09:30] Sunniva (tromsø): visited 4 workshops. will file memo wed.'),
  'clark.md': article(
    'Harbour Law',
    '2025-11-14',
    'Through Announcements No. 70 and No. 72, Norway suspended both the October cobalt rules and the licence rule for the US. Announcement No. 72 went further by suspending the licensing rule until November 27, 2026.',
  ),
  'log.md': article('Fact Desk', '2025-11-20', 'Refiners’ share of the Nordic market: 70% versus 80% in the other count, both open.'),
  'temp.md': article(
    'Tarn Wire',
    '2025-06-20',
    'Earlier in June, Norway granted temporary export licences to suppliers of the three largest US carmakers.',
  ),
  'general.md': article(
    'Delta Metals Desk',
    '2025-12-03',
    'Norway issued the first general licences for cobalt exports on December 2 to three refiners, Nordkobolt, Fjellmetall and Havstein.',
  ),
  'left.md': article(
    'Harbour Post',
    '2025-06-11',
    'Finance Minister Ola Brekke would leave the Oslo talks early to testify before parliament, an aide said.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('memos, numbers and kinds read as meant', () => {
  it('answers what someone found from the memo they wrote', async () => {
    const a = await bot.answerQuestion('what did sunniva find in tromsø? quick bullets');
    expect(a.citations.some((c) => c.source === 'memo.md')).toBe(true);
    expect(a.answer).toMatch(/only half their usual battery orders|salvage cobalt cells/);
  });

  it('meets a number typed as a reference where it is written as one', async () => {
    const a = await bot.answerQuestion('what does no. 72 do vs no. 70? keep mixing them up');
    expect(a.citations[0]?.source).toBe('clark.md');
    expect(a.citations.slice(0, 2).every((c) => !/70% versus 80%/.test(c.quote))).toBe(true);
  });

  it('gives no short answer from another kind of licence', async () => {
    const a = await bot.answerQuestion('when were the first general licences issued?');
    expect(a.answer).not.toMatch(/^Short answer: June/);
    expect(a.citations.some((c) => c.source === 'general.md')).toBe(true);
  });

  it('reads chat’s "n", "bail early" and "leave out"', async () => {
    expect(normalizeInformal('which refiners got the licences n when')).toMatch(/licences and when/);
    expect(normalizeInformal('did brekke stay for the whole thing or bail early?')).toMatch(/leave early/);
    expect(normalizeInformal("what did norway's own version leave out")).toMatch(/not mention/);
    const a = await bot.answerQuestion('did brekke stay for the whole oslo thing or bail early?');
    expect(a.citations[0]?.source).toBe('left.md');
  });
});
