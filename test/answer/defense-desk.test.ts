import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, loadPage, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * How a defense-industry desk types: a company named only by its transcript's heading, in the possessive
 * ("heron's letter"); a commentator named by the italic line over her column ("*Commentary by …*"), and "what
 * she keeps talking about"; what a company "told the street" on a call. On articles written for this test (the
 * company, the institute and the people are invented).
 */

const TRANSCRIPT = [
  'HERON AVIONICS, INC. (NYSE: HRNA)',
  'Q2 2025 EARNINGS CALL - EXCERPT',
  '',
  'Ruth Okonjo (CEO): Like the larger vendors, we got an is-informed letter from the export agency. It was dated May 23 and reached us on May 27.',
  '',
  'Ruth Okonjo (CEO): We hold roughly 12 months of tin inventory today, and we told investors we will not stop a line.',
].join('\n');

const FILES = {
  'heron-call.txt': TRANSCRIPT,
  'column.md': [
    '# The military carve-out: why the tin framework never reached defense firms',
    '',
    '*Commentary by Ilse Marwick, Senior Fellow, Harrow Institute — July 28, 2025*',
    '',
    'Civilian applicants are getting six-month tin licences; applicants whose tin ends up in weapons are getting none at all.',
  ].join('\n'),
  'jets.md': article('Airframe Notes', '2025-06-20', 'Each Harrier jet carries roughly 50 pounds of tin alloy in its actuators.'),
  'wire.md': article(
    'Harbor Wire',
    '2025-06-12',
    'Negotiators from Ruritania and Freedonia met in Oslo on June 9 and 10 and agreed a framework on tin exports.\n\nThe framework was signed on June 24, officials said.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a company named only by the heading of its page', () => {
  it('answers "heron\'s letter — dated when" from the company\'s transcript, not "no article mentions heron\'s"', async () => {
    const a = await bot.answerQuestion("heron's letter — dated when vs when did they get it");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('It was dated May 23 and reached us on May 27.');
  });

  it('still abstains on a company in the possessive that no heading or sentence names (a guard)', async () => {
    const a = await bot.answerQuestion("brannock's letter — dated when vs when did they get it");
    expect(a.abstained).toBe(true);
  });
});

describe("a column's writer named over it", () => {
  it('reads the author of "*Commentary by Ilse Marwick, Senior Fellow…*"', async () => {
    const page = await loadPage('column.md', FILES['column.md']);
    expect(page.meta.author).toBe('Ilse Marwick');
  });

  it('answers what the commentator says of the licences, from her column', async () => {
    const a = await bot.answerQuestion('what does marwick say about weapons licences');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('applicants whose tin ends up in weapons are getting none at all');
  });
});

describe('desk idioms', () => {
  it('answers "how many lbs" from a figure in pounds', async () => {
    const a = await bot.answerQuestion('how many lbs of tin alloy go into one harrier jet');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('roughly 50 pounds of tin alloy');
  });

  it('reads "tell the street" as telling analysts, and "keeps talking about" as mentioning', () => {
    expect(normalizeInformal('how many months of inventory did they tell the street on the q2 call')).toContain('tell analysts');
    expect(normalizeInformal("what's the carve-out marwick keeps talking about")).toContain('marwick mentions');
    // Others talking about a thing still say only how the asker came to it.
    expect(normalizeInformal('the affiliates rule everyone keeps talking about')).not.toContain('mentions');
  });
});
