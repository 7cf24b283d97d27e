/**
 * People in questions (issue 7, family 4): names offered as alternatives, a name set aside, a surname typed in
 * lower case, a place that is not a speaker, and "…, he said, …" continuing a speaker's words. On articles
 * written for this test: a port strike in the fictional town of Vellmar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySpeakers } from '../../src/answer/focus.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(
    writeArticles({
      'coastal.md': article(
        'Coastal Ledger',
        '2024-03-12',
        'The Port of Vellmar reopened on Monday after a nine-day strike by crane operators.\n\nHarbour master Ilse Brandt said the backlog of 140 vessels would take two weeks to clear.',
      ),
      'weekly.md': article(
        'Harbour Weekly',
        '2024-03-13',
        'Union leader Karl Weber said the strike ended with a pay agreement signed on Sunday night.\n\nWages, he said, "will rise by 6 percent over two years, and the night shifts will be paid at a higher rate."',
      ),
      'treasury.md': article(
        'Vellmar Gazette',
        '2024-03-15',
        'Port Treasurer Mona Hale told the council that the strike cost the port about 4 million euros in lost fees.\n\nPort Treasurer Mona Hale said the fees would be recovered by the summer.',
      ),
      'digest.md': article(
        'Quay Digest',
        '2024-03-16',
        'Port Treasurer Lars Quist said the strike had cost the port less than the council feared, about 3 million euros.',
      ),
      'harbourside.md': article(
        'Harbourside Post',
        '2024-03-17',
        'Mayor Anna Roth said there was no reason to meet Weber before the vote on the harbour budget.\n\nWeber stressed the value of the new contract for younger crane operators. "We should protect every job in this port, from the cranes to the night office," he said.',
      ),
      'authority.md': article(
        'Port Journal',
        '2024-03-18',
        'Port Authority spokesman Jan Ekberg told reporters the cranes would run around the clock until the backlog cleared.',
      ),
      'gazette.md': article(
        'Vellmar Gazette',
        '2024-03-14',
        'Shipping agents in Vellmar expect the backlog to clear within two weeks.\n\nThe strike cost the port about 4 million euros, the town council said.',
      ),
    }),
  );
});
afterAll(removeTempDirs);

describe('names in a question', () => {
  it('names offered as alternatives ("was it X or Y") need only one of them in the evidence', async () => {
    const a = await bot.answerQuestion('Was it Ilse Brandt or Karl Weber who announced the pay agreement?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Union leader Karl Weber said the strike ended with a pay agreement');
  });

  it('a name the question sets aside ("not Ilse Brandt, the other one") is not required of the evidence', async () => {
    const a = await bot.answerQuestion('Who ended the strike with a pay agreement (not Ilse Brandt, the other one)?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Karl Weber');
  });

  it('a surname typed in lower case is a person who speaks; a town is not', async () => {
    const a = await bot.answerQuestion('what did weber say about the vellmar strike');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('weekly.md');
    expect(a.citations.map((c) => c.source)).not.toContain('gazette.md');
  });

  it('the holder of a title the question names is looked up, not required: "who\'s the port treasurer — one piece says quist??"', async () => {
    const a = await bot.answerQuestion("who's the port treasurer in all this — one piece says quist??");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Quist|Hale/);
  });

  it('"what did weber say": his own words and the quote that goes on from them, not a sentence where someone else names him', async () => {
    const a = await bot.answerQuestion('what did weber say about the contract');
    const quotes = a.citations.map((c) => c.quote);
    expect(quotes).toContain('Weber stressed the value of the new contract for younger crane operators.');
    expect(quotes).toContain('"We should protect every job in this port, from the cranes to the night office," he said.');
    expect(quotes.some((q) => q.startsWith('Mayor Anna Roth'))).toBe(false);
  });

  it('an institution speaks through its spokesman: "Port Authority spokesman Jan Ekberg told reporters…"', async () => {
    const a = await bot.answerQuestion('what did the Port Authority say about the backlog?');
    expect(a.citations[0]?.quote).toMatch(/^Port Authority spokesman Jan Ekberg told reporters/);
  });

  it('"Wages, he said, …" goes on with the speaker of the sentence before', () => {
    const said = bot.corpus.sentences.find((s) => s.text.startsWith('Union leader Karl Weber'));
    const wages = bot.corpus.sentences.find((s) => s.text.startsWith('Wages, he said'));
    expect(said && wages).toBeTruthy();
    const scored = [{ sentence: said as NonNullable<typeof said>, score: 0.5, coverage: 0.5 }];
    const { speaking } = applySpeakers(bot.corpus, bot.analyze('What did Weber say?'), scored, ['Karl Weber'], /\bsaid\b/);
    expect([...speaking].sort()).toEqual([said?.id, wages?.id].sort());
  });
});
