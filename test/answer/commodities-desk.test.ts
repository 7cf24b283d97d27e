import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTED_RE } from '../../src/answer/extractive.js';
import { applySpeakers } from '../../src/answer/focus.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { synonymsOf } from '../../src/text/synonyms.js';
import { stem } from '../../src/text/tokenize.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * How a commodities desk types ("s301", "theres", "which co", "tl;dr"-like "in a nutshell", a "comeback", the "letters"
 * that went out), who speaks in a news agency's briefing story ("Spokesperson X made the remarks…", "…, He said.") and
 * after a description of them between commas, and which outlets gave one side of a disputed date. On articles written
 * for this test (the outlets, people and companies are invented).
 */

const FILES = {
  'exclusions.md': article(
    'Harbor Wire',
    '2025-11-02',
    'The White House said certain Section 301 tariff exclusions, due to expire on Nov 29, 2025, will be extended until Nov 10, 2026.',
  ),
  'beans.md': article(
    'Plains Radio',
    '2025-07-01',
    '"There\'s nothing in here for soybeans or sorghum," said Tamsin Roe, a grain merchandiser in Salina.',
  ),
  'notices.md': article(
    'Chipline',
    '2025-05-29',
    'The Commerce Department issued notifications on May 23 telling chip-design software vendors that sales to China need a licence.',
  ),
  'october.md': article(
    'Capitol Ledger',
    '2025-10-12',
    'Trump retaliated against the October rules with an additional 100% tariff on Chinese goods from November 1.',
  ),
  'briefing.md': article(
    'Xinhua (via Pearl Daily)',
    '2025-06-13',
    [
      'BEIJING, June 12 (Xinhua) -- China will keep reviewing compliant export licence applications for rare-earth items, a spokesperson for the Ministry of Commerce said on Thursday.',
      '',
      'Spokesperson He Jianmin made the remarks at a regular press briefing.',
      '',
      'China has approved a certain number of applications for rare-earth items, He said.',
    ].join('\n'),
  ),
  'briefing2.md': article(
    'Lantern Times',
    '2025-06-20',
    'The Ministry of Commerce said on Friday that rare-earth licences for magnets would be reviewed in order.',
  ),
  'penn.md': article(
    'Northgate Review',
    '2025-08-12',
    [
      'Reporters asked what Orla Penn would say about the truce if the White House brought her back into government.',
      'Orla Penn, a former U.S. trade negotiator now at the Harbor Policy Institute, said the truce bought time but settled little.',
    ].join(' '),
  ),
  'signed24.md': article(
    'Heartland Journal',
    '2025-06-27',
    'The United States and China signed the rare-earth framework on June 24, officials told reporters, and Beijing will approve export licences for magnets.',
  ),
  'signed25a.md': article(
    'Pier Daily',
    '2025-06-27',
    'The rare-earth framework was signed on June 25, the president said, and China will approve export licences for magnets.',
  ),
  'signed25b.md': article(
    'Fjord Post',
    '2025-06-28',
    'China and the United States signed the rare-earth framework on June 25; Beijing will approve export licences for magnets.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('shorthand a commodities desk types', () => {
  it('reads "sec 301" and "s301" as a section of the law, not a secretary', async () => {
    expect(normalizeInformal('sec 301 exclusions')).toBe('section 301 exclusions');
    expect(normalizeInformal('s301 exclusions pushed out to when')).toBe('section 301 exclusions pushed out to when');
    expect(normalizeInformal('the treasury sec')).toBe('the treasury secretary');
    const a = await bot.answerQuestion('s301 exclusions pushed out to when');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Nov 10, 2026/);
  });

  it('reads "theres", "which co" and "in a nutshell"', async () => {
    expect(normalizeInformal('which sources say theres nothing in it')).toBe('which sources say there is nothing in it');
    expect(normalizeInformal('jet engines - was anything lifted? which co')).toMatch(/which company$/);
    expect(normalizeInformal('the cos that got letters')).toBe('the companies that got letters');
    expect(normalizeInformal('busan outcome in a nutshell?')).toBe('busan outcome summary?');
    const a = await bot.answerQuestion('which sources say theres nothing in it for soybeans');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Plains Radio/);
  });
});

describe('one-way paraphrases of chat words', () => {
  it('lets the chat word meet the articles’ words, not the other way round', () => {
    for (const [chat, article] of [
      ['letters', 'notifications'],
      ['comeback', 'retaliated'],
      ['outcome', 'agreed'],
      ['older', 'earlier'],
    ] as const) {
      expect(synonymsOf(stem(chat)).has(stem(article))).toBe(true);
      expect(synonymsOf(stem(article)).has(stem(chat))).toBe(false);
    }
  });

  it('answers "the letters" from the notifications and "the comeback" from the retaliation', async () => {
    const letters = await bot.answerQuestion('eda letters went out what day');
    expect(letters.abstained).toBe(false);
    expect(letters.citations[0]?.source).toBe('notices.md');
    const comeback = await bot.answerQuestion("trump's comeback to the oct rules?");
    expect(comeback.abstained).toBe(false);
    expect(comeback.answer).toMatch(/100% tariff/);
  });
});

describe('who speaks in a news agency’s briefing story', () => {
  it('is the one named as having made the remarks, in the sentences a role or "He said" attributes', async () => {
    const a = await bot.answerQuestion('what did the mofcom spokesman he jianmin say in june');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toContain('briefing.md');
    expect(a.answer).toMatch(/certain number of applications for rare-earth items, He said/);
  });
});

describe('a speaker described between commas', () => {
  it('speaks in the sentence, whatever names and abbreviations the description holds', () => {
    const sentences = bot.corpus.sentences;
    const described = sentences.find((s) => s.text.startsWith('Orla Penn, a former U.S. trade negotiator'));
    const asked = sentences.find((s) => s.text.startsWith('Reporters asked what Orla Penn'));
    expect(described && asked).toBeTruthy();
    const q = bot.analyze('what did penn say about the truce');
    const scored = [asked, described].map((s) => ({ sentence: s as NonNullable<typeof s>, score: 0.5, coverage: 0.5 }));
    const { speaking, scored: out } = applySpeakers(bot.corpus, q, scored, ['Orla Penn'], REPORTED_RE);
    expect([...speaking]).toEqual([described?.id]);
    expect(out[0]?.sentence.id).toBe(described?.id);
  });

  it('speaks when conceding or admitting something, as when saying it', () => {
    expect(REPORTED_RE.test('On July 1, the treasury secretary conceded on television that shipments had slowed.')).toBe(true);
    expect(REPORTED_RE.test('The ministry admitted the queue was long.')).toBe(true);
  });
});

describe('which outlets gave a disputed day', () => {
  it('lists them and shows the dispute over that date', async () => {
    const a = await bot.answerQuestion('which outlets had june 24');
    expect(a.answer).toMatch(/Heartland Journal/);
    const dispute = a.disagreements.find((d) => d.kind === 'date');
    expect(dispute).toBeDefined();
    expect(dispute?.positions.map((p) => p.claim.slice(0, 10))).toEqual(expect.arrayContaining(['2025-06-24', '2025-06-25']));
  });
});
