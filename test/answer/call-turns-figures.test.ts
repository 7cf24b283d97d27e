import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnSpeakers } from '../../src/answer/focus.js';
import { questionType } from '../../src/answer/question.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { synonymsOf } from '../../src/text/synonyms.js';
import { stem } from '../../src/text/tokenize.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * An earnings call whose speakers are labelled in bold with their role ("**Mara Quist, Chief Executive Officer:**")
 * and whose turns run over several paragraphs; a question that quotes a phrase one of them used ("the 'up front'
 * promise") while calling it by a word she never says; a bare request for someone's figure ("okoro's cobalt
 * stat?"); "how many cos" in chat, and "trouble" for the articles' "disruptions". On articles written for this
 * test (none of them is a seed).
 */

const CALL = [
  '---',
  'title: "Velden Motors Q2 call - excerpt"',
  'outlet: Velden Motors (investor relations)',
  'published: 2025-08-06',
  '---',
  '',
  '*Excerpt from the Velden Motors second-quarter call.*',
  '',
  '**Mara Quist, Chief Executive Officer:** Thank you, operator. The quarter was about cobalt. Our suppliers in Freedonia waited on export permits through May.',
  '',
  'I want to be precise about the pledge. The minister said the cobalt would come up front. That is not what we saw. Nothing arrived up front.',
  '',
  '**Leo Brandt, Chief Financial Officer:** On the numbers, revenue was down 6% on the year.',
  '',
  '**Analyst (Sam Hale, Ridge Securities):** Mara, how long do the permits last?',
  '',
  '**Quist:** Six months. Every renewal is a risk we carry.',
  '',
  '**Brandt:** We expect costs to ease in the third quarter as the permits come through.',
  '',
].join('\n');

const FILES = {
  'call.md': CALL,
  'minister.md': article(
    'Freedonia Daily',
    '2025-06-12',
    [
      'Freedonia\'s trade minister promised on Wednesday that cobalt for Velden and other carmakers "will come up front" under the accord.',
      'Officials did not say how many permits had been issued.',
    ].join('\n\n'),
  ),
  'okoro.md': article(
    'Cobalt Street',
    '2025-06-20',
    [
      'Trade minister Ada Okoro defended the permit rules at a briefing in Fredport on Thursday.',
      'She pointed to the curbs on nickel shipments. "Nickel makes batteries. We supply 70% of their nickel. Without it, their factories stop," Okoro said.',
    ].join('\n\n'),
  ),
  'council.txt': [
    'FOR IMMEDIATE RELEASE',
    '',
    'Lakeshore Battery Suppliers Council Welcomes Cobalt Accord',
    '',
    'FREDPORT, June 30, 2025 -- The Lakeshore Battery Suppliers Council welcomed the cobalt accord on Monday.',
    '',
    'In a survey of 58 member companies, 33 said they had experienced cobalt-related disruptions since April.',
    '',
  ].join('\n'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('turns of a call labelled with the speaker and their role', () => {
  it('reads the name before the role as the speaker, and a turn over the paragraphs up to the next label', async () => {
    const corpus = await corpusOf({ 'call.md': CALL });
    const turns = turnSpeakers(corpus);
    const speakerOf = (text: string) => {
      const sentence = corpus.sentences.find((s) => s.text.includes(text));
      return sentence ? [...(turns.get(sentence.id) ?? [])].join(' ') : 'none';
    };
    expect(speakerOf('The quarter was about cobalt.')).toBe('mara quist');
    // The unlabelled paragraph after her label is still hers; the next label ends her turn.
    expect(speakerOf('Nothing arrived up front.')).toBe('mara quist');
    expect(speakerOf('revenue was down 6%')).toBe('leo brandt');
    // "**Quist:**" is the same person as "**Mara Quist, …:**".
    expect(speakerOf('Every renewal is a risk')).toBe('mara quist');
    // The introduction before the first label is no one's turn.
    expect(speakerOf('Excerpt from the Velden Motors')).toBe('none');
  });

  it('is not taken for a label in running text ("Freedonia, for its part:")', async () => {
    const corpus = await corpusOf({
      'wire.md': article(
        'Cobalt Street',
        '2025-06-21',
        [
          'Freedonia, for its part: it wants the permits reviewed before the end of the month, officials said on Friday.',
          'Velden, in a statement: it is still waiting for the cobalt it ordered in April and has cut one shift.',
          'The accord was signed in Fredport on June 25 after two days of talks between the trade ministers.',
        ].join('\n\n'),
      ),
    });
    expect(turnSpeakers(corpus).size).toBe(0);
  });

  it('answers what the chief executive said about a phrase the question quotes, though she never says "promise"', async () => {
    const a = await bot.answerQuestion('What did Quist say about the "up front" promise?');
    expect(a.abstained).toBe(false);
    // Her own sentence is quoted before the other article's use of the phrase.
    expect(a.answer).toMatch(/would come up front|Nothing arrived up front/);
    const ownAt = a.answer.search(/would come up front|Nothing arrived up front/);
    expect(ownAt).toBeLessThan(a.answer.indexOf('will come up front') >>> 0);
  });
});

describe("a request for someone's figure", () => {
  it('reads "X\'s stat?" and "what figure did X give" as asking for a figure', () => {
    expect(questionType("okoro's cobalt stat?")).toBe('howmany');
    expect(questionType('what figure did okoro give for cobalt?')).toBe('howmany');
    // A second request after a question is not the question ("…what's the gap? numbers pls").
    expect(questionType("europe vs freedonia, what's the gap? numbers")).not.toBe('howmany');
  });

  it('answers with the figure the speaker gave', async () => {
    // ("stat" is in no article: read as a word of the topic, it made the figure's sentence look off-topic.)
    const a = await bot.answerQuestion("okoro's nickel stat?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('We supply 70% of their nickel');
  });
});

describe('chat words for companies and trouble', () => {
  it('reads "cos" after a word that counts or picks them as companies, not "cos" for because', () => {
    expect(normalizeInformal('how many cos did they ask')).toContain('how many companies');
    expect(normalizeInformal('which cos got permits')).toContain('which companies');
    expect(normalizeInformal('cos the permits are slow')).toContain('cos the permits');
  });

  it('reads "slap X on", "what did X call Y" and "money minister" as the articles put them', () => {
    expect(normalizeInformal('when did freedonia slap the licence requirement on the 7 elements?')).toContain(
      'imposed the licence requirement on',
    );
    expect(normalizeInformal('what did okoro call the oct 9 rules')).toContain('how did okoro describe');
    // "call for" asks for a demand, "on the call" is a phone call: both kept.
    expect(normalizeInformal('what did okoro call for')).toBe('what did okoro call for');
    expect(normalizeInformal('what did okoro say on the call')).toBe('what did okoro say on the call');
    expect(normalizeInformal('who was the money minister in fredport')).toContain('finance minister');
  });

  it('reads "the world\'s" and "the planet\'s" as the articles\' "global"', () => {
    expect(synonymsOf(stem('world'))).toContain(stem('global'));
    expect(synonymsOf(stem('planet'))).toContain(stem('global'));
  });

  it('reads "trouble" as the articles\' "disruptions"', async () => {
    expect(synonymsOf(stem('trouble'))).toContain(stem('disruptions'));
    const a = await bot.answerQuestion('in the suppliers council survey, how many cos had cobalt trouble?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('33 said they had experienced cobalt-related disruptions');
  });
});

describe('a role no one in the articles holds', () => {
  it('is no answer from the story\'s words around it ("which japanese ambassador commented on the accord")', async () => {
    const words = ['Japanese and Ruritanian negotiators signed the cobalt accord on June 25 after two days of talks in Tokyo.'];
    const files: Record<string, string> = {};
    for (let i = 0; i < 4; i++)
      files[`wire${i}.md`] = article(
        'Cobalt Street',
        `2025-06-2${i}`,
        [...words, `Officials of both sides welcomed the accord, report ${i}.`].join('\n\n'),
      );
    files['minister.md'] = article(
      'Tokyo Ledger',
      '2025-06-26',
      'Japanese trade minister Aiko Mori commented on the accord on Thursday, calling it "a fair pact".',
    );
    const local = await makeBot(writeArticles(files));
    const asked = await local.answerQuestion('which japanese ambassador commented on the accord and what did they say');
    expect(asked.abstained).toBe(true);
    expect(asked.answer).toMatch(/ambassador/);
    // The role the articles do name is answered.
    const held = await local.answerQuestion('which japanese minister commented on the accord and what did they say');
    expect(held.abstained).toBe(false);
    expect(held.answer).toContain('Aiko Mori');
  });
});
