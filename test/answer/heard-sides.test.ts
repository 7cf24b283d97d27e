import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutHearsay } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * The sides an asker offers from what they heard elsewhere ("oslo talks were which month? june? the radio guy says may
 * and some other site says april"): the hearsay is set aside from what is asked, but its sides are still offered. A
 * side is looked for below the best passages (an account giving another month seldom shares the question's other
 * words), and a month is a side only where a sentence states it plainly, of the place asked about. On articles written
 * for this test (outlets and talks are invented). What a social platform is said to say ("…? reddit says ~300") is
 * hearsay too.
 */

const OPENINGS = [
  'Tin negotiators from Norway and Chile met in Oslo on June 9 and 10',
  'The Oslo meeting of June 9-10 brought Norwegian and Chilean trade officials together',
  'After two days of talks in Oslo on June 9 and 10, the delegations of Norway and Chile',
  'Officials who met in Oslo in June said the meeting',
];
const ENDINGS = [
  'agreed a framework on tin licences.',
  'produced the framework that smelters had waited for since spring.',
  'left traders hoping that tin licences would move faster.',
  'set out how licence applications would be reviewed.',
];
const DETAILS = ['smelter', 'port', 'broker', 'miner', 'insurer', 'shipper', 'refiner'];
const FILES: Record<string, string> = {
  // Many different reports of the June round, which outrank the one account that gives May.
  ...Object.fromEntries(
    Array.from({ length: 28 }, (_, i) => [
      `june-${i}.md`,
      article(
        `Outlet ${String.fromCharCode(65 + (i % 26))}${i}`,
        `2025-06-${String(11 + (i % 18)).padStart(2, '0')}`,
        `${OPENINGS[i % 4]} ${ENDINGS[Math.floor(i / 4) % 4]} A ${DETAILS[i % 7]} in ${['Bergen', 'Valparaiso', 'Tromso', 'Antofagasta'][i % 4]} said the Oslo meeting report number ${i + 3} was read closely.`,
      ),
    ]),
  ),
  'radio.txt': [
    'FJORD RADIO -- MORNING SHOW TRANSCRIPT',
    '',
    'HOST: So where does the tin story go from here?',
    '',
    'GUEST: Look, nobody expected a quick fix. Remember, this started when they sat down in Oslo in May,',
    'and the leaders then had to say yes.',
  ].join('\n'),
  'bot.md': article('AutoDigest', '2025-06-22', 'The tin talks in Oslo in April laid the groundwork for the framework, the digest said.'),
  // A May that is not the month of the Oslo talks: Geneva's, and an understanding Oslo implemented.
  'brief.md': article(
    'Cape Briefings',
    '2025-07-08',
    'Norway and Chile agreed a short framework in Oslo on 9-10 June 2025 to implement their May Geneva understanding on tin. The two sides had previously met in Geneva in May.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('sides offered by what the asker heard elsewhere', () => {
  it('are quoted as further positions, each from the account that states it', async () => {
    const a = await bot.answerQuestion('oslo meeting was which month actually? june? the radio guy say may and some other site say april');
    const positions = a.disagreements.flatMap((d) => d.positions);
    const may = positions.find((p) => /\bMay\b/.test(p.claim));
    const april = positions.find((p) => /\bApril\b|2025-04/.test(p.claim));
    expect(may?.sources).toEqual(['radio.txt']);
    expect(may?.quote).toContain('sat down in Oslo in May');
    expect(april?.sources).toEqual(['bot.md']);
    // The sides belong to one dispute about the month of the talks, not two.
    expect(a.disagreements.filter((d) => d.positions.some((p) => /\bMay\b|\bApril\b|2025-0[45]/.test(p.claim)))).toHaveLength(1);
  });

  it('never take a May of another place, or one beside another month, as the month of the talks asked about', async () => {
    const a = await bot.answerQuestion('the oslo talks, june or may? one site says may');
    const may = a.disagreements.flatMap((d) => d.positions).filter((p) => /\bMay\b/.test(p.claim));
    // The May side is the transcript's, the one sentence that gives Oslo a May; never the brief's Geneva May.
    expect(may.map((p) => p.sources[0])).toEqual(['radio.txt']);
  });
});

describe('what a social platform is said to say, after the question', () => {
  it('is set aside like other hearsay (the platforms: data/lexicon/platforms.txt)', () => {
    expect(withoutHearsay('how many export licences has the ministry approved? reddit says ~300')).toBe(
      'how many export licences has the ministry approved?',
    );
    expect(withoutHearsay('when was it signed? someone on twitter is saying the 20th')).toBe('when was it signed?');
    expect(withoutHearsay('when was it signed? the internet says june')).toBe('when was it signed?');
    // (Not a platform asked about, nor a letter that is only a word.)
    expect(withoutHearsay('what does social media say about the deal?')).toBeNull();
    expect(withoutHearsay('what did x say?')).toBeNull();
  });

  it('never makes the answer a "none of the articles mentions" the platform', async () => {
    const a = await bot.answerQuestion('when did the oslo meeting happen? reddit says may');
    expect(a.abstained).toBe(false);
    expect(a.answer).not.toMatch(/reddit/i);
    expect(a.answer).toMatch(/June/);
  });
});
