import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs, SEEDS_DIR, seedText } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';
import { ROOT } from '../helpers/run.js';

let seeds: Dealbot;
beforeAll(async () => {
  seeds = await makeBot(SEEDS_DIR);
});
afterAll(removeTempDirs);

describe('disagreements in the seed articles', () => {
  it('finds the signing date dispute: 24 June (Lutnick) versus 25 June (Trump), with verbatim quotes', async () => {
    const a = await seeds.answerQuestion('Who signed the deal and when?');
    const d = a.disagreements.find((x) => x.topic === 'signing date');
    expect(d?.positions.map((p) => p.claim)).toEqual(['2025-06-24', '2025-06-25']);
    for (const p of d?.positions ?? []) expect(seedText(p.sources[0] as string).slice(p.start, p.end)).toBe(p.quote);
    expect(d?.positions[0]?.speaker).toBe('Howard Lutnick');
    expect(d?.positions[1]?.sources).toEqual(expect.arrayContaining(['003_bae4251f2b00ca8e.txt', '000_613d5abc6721492a.txt']));
    expect(a.answer).toMatch(/sources disagree on the signing date/i);
    expect(a.answer).toContain('25 June 2025');
  });

  it('finds June versus September for the London talks and says the September article contradicts its own date', async () => {
    const a = await seeds.answerQuestion('When did the London talks take place?');
    const d = a.disagreements.find((x) => /London talks/.test(x.topic));
    expect(d?.positions.map((p) => p.claim)).toEqual(['2025-06', '2025-09-09/10']);
    expect(d?.positions[0]?.summary).toMatch(/Earlier this month/);
    expect(d?.positions[1]?.inconsistency).toMatch(/dated 28 June 2025 but describes 9–10 September 2025 as already past/);
    expect(a.answer).toMatch(/as already past/);
  });

  it('shows no disagreement for a question that has none', async () => {
    for (const q of [
      "When did China's Commerce Ministry announce the agreement?",
      'Why do rare earths matter for industry?',
      'Who is Alfredo Montufar-Helu?',
    ]) {
      expect((await seeds.answerQuestion(q)).disagreements).toEqual([]);
    }
  });

  it('lists every disagreement of the corpus, the descriptive ones marked hard', () => {
    const all = seeds.conflicts();
    expect(all.filter((d) => d.difficulty === 'normal').map((d) => d.topic)).toEqual(
      expect.arrayContaining(['signing date', 'date of the London talks']),
    );
    expect(all.some((d) => d.difficulty === 'hard' && /what the US lifts/.test(d.topic))).toBe(true);
  });

  it('builds a timeline in date order with the disputed events marked', () => {
    const t = seeds.timeline();
    const keys = t.map((e) => e.date.replace(/^-/, '2025'));
    expect([...keys].sort()).toEqual(keys);
    const signing = t.filter((e) => e.event === 'Agreement signed');
    expect(signing.length).toBe(2);
    expect(signing.every((e) => e.disputed && e.disagreement === 'signing date')).toBe(true);
    expect(t.some((e) => e.event === 'Talks in Geneva' && !e.disputed)).toBe(true);
  });
});

describe('disagreements in other articles', () => {
  it('treats complementary detail as agreement (June vs June 9-10) and a different month as a dispute', async () => {
    const dir = writeArticles({
      'a.md':
        '---\noutlet: Alpha News\npublished: 2025-06-20\n---\nNegotiators met in Paris earlier this month and agreed a framework for the tariff truce.\n',
      'b.md':
        '---\noutlet: Beta Times\npublished: 2025-06-21\n---\nThe talks in Paris on June 9-10 produced a framework for the tariff truce, officials said.\n',
      'c.md':
        '---\noutlet: Gamma Post\npublished: 2025-06-22\n---\nThe framework for the tariff truce came out of talks held in Paris in June, officials said.\n',
    });
    const bot = await makeBot(dir);
    expect(bot.conflicts()).toEqual([]);
    const dir2 = writeArticles({
      'a.md':
        '---\noutlet: Alpha News\npublished: 2025-06-20\n---\nNegotiators met in Paris earlier this month and agreed a framework for the tariff truce.\n',
      'b.md':
        '---\noutlet: Beta Times\npublished: 2025-06-21\n---\nThe talks in Paris in April produced a framework for the tariff truce, officials said.\n',
    });
    const bot2 = await makeBot(dir2);
    expect(bot2.conflicts().map((d) => d.topic)).toEqual(['date of the Paris talks']);
  });

  it('finds the disagreements planted in the 25-article general corpus, and none where sources agree', async () => {
    const bot = await makeBot(path.join(ROOT, 'eval/general/articles'));
    const topics = bot.conflicts().map((d) => d.topic);
    expect(topics).toEqual(
      expect.arrayContaining([
        'signing date',
        'date of the London talks',
        'length of the tariff pause',
        'tariff rate on Chinese goods',
        'leader of the Chinese delegation',
        'venue of the May talks',
      ]),
    );
    // Facts the articles agree on must not show up as disputes.
    expect(topics.some((t) => /phone call|announcement|tariff rate on US goods|share/.test(t))).toBe(false);
  });
});

describe('figures for one month', () => {
  it('"6,015 t" and "6,150 metric tons" of rare-earth magnets in November are one measure; a whole-year question is not about it', async () => {
    const bot = await makeBot(
      writeArticles({
        'a.md': article(
          'Alpha News',
          '2025-12-20',
          "China's exports of rare-earth magnets in November reached 6,150 metric tons, the second-highest level on record.",
        ),
        'b.md': article(
          'Beta Notes',
          '2025-12-22',
          'Our read of the customs tables puts November rare earth magnet exports at 6,015 t, the second-best month.',
        ),
        'c.md': article(
          'Gamma Post',
          '2026-01-20',
          'For all of 2025, China exported 57,392 tons of rare earth magnets, customs data showed.',
        ),
      }),
    );
    const nov = await bot.answerQuestion('how many tons of rare earth magnets did china export in november');
    expect(nov.disagreements.map((d) => d.positions.map((p) => p.claim).sort())).toEqual([['6015 tonnes', '6150 tonnes']]);
    const year = await bot.answerQuestion('2025 full year: how many tons of magnets did china ship in total');
    expect(year.disagreements).toEqual([]);
  });
});

describe('office holders', () => {
  it('an office written without its country is the one party the other articles give it ("Treasury Secretary Bo Lind")', async () => {
    const bot = await makeBot(
      writeArticles({
        'a.md': article('Alpha News', '2025-06-10', 'U.S. Treasury Secretary Ann Park said the tariff truce with China would hold.'),
        'b.md': article(
          'Beta Times',
          '2025-06-11',
          'The talks went well, Treasury Secretary Ann Park told reporters after meeting Chinese officials.',
        ),
        'c.md': article('Gamma Post', '2025-06-12', 'Treasury Secretary Bo Lind pledged to coordinate with allies on China export curbs.'),
      }),
    );
    const d = bot.conflicts().find((x) => /treasury secretary/.test(x.topic));
    expect(d?.positions.map((p) => p.claim).sort()).toEqual(['Ann Park', 'Bo Lind']);
  });
});

describe('dated steps: what was done, not who did it', () => {
  it('two things one party announced on nearby days are no dispute: party, ministry and "measures" tie no two steps together', async () => {
    const dir = writeArticles({
      'a.md': article(
        'Alpha News',
        '2025-11-02',
        'In return, Ruritania agreed to suspend the export controls on cobalt it announced on October 9.',
      ),
      'b.md': article(
        'Beta Times',
        '2025-11-03',
        "Ruritania's commerce ministry says Ruritania will suspend for one year the export control measures it announced on 9 October.",
      ),
      'c.md': article(
        'Gamma Post',
        '2025-11-04',
        "The special port charges on Freedonian vessels were announced on October 10 by Ruritania's Ministry of Transport in response to a similar Freedonian trade measure, as the tariff truce frayed.",
      ),
    });
    const bot = await makeBot(dir);
    expect(bot.conflicts().filter((d) => d.kind === 'date')).toEqual([]);
  });

  it('a relative clause dates the noun it hangs on: "the levy rule, which the ministry rolled out on October 2" vs "took effect on September 29"', async () => {
    const dir = writeArticles({
      'a.md': article('Alpha News', '2025-10-20', 'The levy rule took effect on September 29, extending the duties to subsidiaries.'),
      'b.md': article(
        'Beta Times',
        '2025-10-21',
        'Freedonia agreed to shelve the levy rule, which the finance ministry rolled out on October 2, along with its port fees.',
      ),
    });
    const bot = await makeBot(dir);
    const d = bot.conflicts().find((x) => /levy rule/.test(x.topic));
    expect(d?.positions.map((p) => p.claim)).toEqual(['2025-09-29', '2025-10-02']);
  });
});

describe('disputes a question does not ask about: a count for a question in tonnes', () => {
  it('"how many tonnes of metals…" is not answered by a dispute over how many metals were restricted', async () => {
    const bot = await makeBot(
      writeArticles({
        'a.md': article('Alpha News', '2025-06-10', 'Ruritania restricted exports of seven rare metals in April, citing security.'),
        'b.md': article('Beta Times', '2025-06-11', 'Ruritania restricted exports of nine rare metals in April, officials said.'),
        'c.md': article(
          'Gamma Post',
          '2025-06-12',
          'Ruritania shipped 500 tonnes of rare metals to Freedonia in May, customs data showed.',
        ),
      }),
    );
    expect((await bot.answerQuestion('how many tonnes of rare metals did ruritania ship in may')).disagreements).toEqual([]);
    const count = await bot.answerQuestion('how many rare metals did ruritania restrict?');
    expect(count.disagreements.map((d) => d.kind)).toEqual(['number']);
  });
});

describe('disputes a question does not ask about: an event that only dates the question', () => {
  it('"after the summit, how long is X pausing the curbs?" is not about how long the summit lasted', async () => {
    const bot = await makeBot(
      writeArticles({
        'a.md': article('Alpha News', '2025-10-31', 'The summit between the two leaders lasted 100 minutes, officials said.'),
        'b.md': article('Beta Times', '2025-10-31', 'The summit between the two leaders lasted more than three hours, aides said.'),
        'c.md': article(
          'Gamma Post',
          '2025-11-01',
          'Ruritania will pause its cobalt export curbs for one year under the truce agreed at the summit.',
        ),
      }),
    );
    const pause = await bot.answerQuestion('after the summit, how long is ruritania pausing the cobalt curbs for');
    expect(pause.disagreements).toEqual([]);
    const summit = await bot.answerQuestion('how long did the summit last?');
    expect(summit.disagreements).toHaveLength(1);
  });
});

describe('disputes a question does not ask about: what came of the talks', () => {
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(
      writeArticles({
        'a.md': article(
          'Alpha News',
          '2025-05-20',
          'Negotiators met in Geneva, Switzerland, on May 10 and agreed to extend the tariff truce by 90 days.',
        ),
        'b.md': article(
          'Beta Times',
          '2025-05-21',
          'The talks in Geneva on May 12 ended with an agreement to extend the tariff truce by 90 days.',
        ),
      }),
    );
  });

  it('"what came out of the swiss talks?" reads the demonym as the country and shows no dispute over their date', async () => {
    const a = await bot.answerQuestion('what came out of the swiss talks?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/extend the tariff truce by 90 days/);
    expect(a.disagreements).toEqual([]);
    expect((await bot.answerQuestion('did the geneva talks get the truce extended?')).disagreements).toEqual([]);
  });

  it('"when were the geneva talks?" still gets the dispute, and so does a yes/no question about the day', async () => {
    const a = await bot.answerQuestion('when were the geneva talks?');
    expect(a.disagreements.map((d) => d.positions.map((p) => p.claim))).toEqual([['2025-05-10', '2025-05-12']]);
    const yesNo = await bot.answerQuestion('were the geneva talks held yesterday or two days ago?');
    expect(yesNo.disagreements.map((d) => d.positions.map((p) => p.claim))).toEqual([['2025-05-10', '2025-05-12']]);
  });
});

describe('disputes a question does not ask about', () => {
  it('"what did X say about the talks" gets no dispute over their date; "…about when it was signed" does', async () => {
    expect((await seeds.answerQuestion('What did Lutnick say about the London talks?')).disagreements).toEqual([]);
    const when = await seeds.answerQuestion('What did Lutnick say about when the deal was signed?');
    expect(when.disagreements.map((d) => d.topic)).toEqual(['signing date']);
    const talks = await seeds.answerQuestion('when were the London talks?');
    expect(talks.disagreements.map((d) => d.topic)).toEqual(['date of the London talks']);
  });
});

describe('per-event memo', () => {
  it('a second pass over the same claims reuses every group and returns what a pass without a memo returns', async () => {
    const { disagreementMemo, findDisagreements } = await import('../../src/answer/conflicts.js');
    const { buildTimeline, timelineMemo } = await import('../../src/answer/timeline.js');
    const memo = disagreementMemo();
    const tl = timelineMemo();
    const { corpus } = seeds;
    const plain = findDisagreements(corpus, corpus.claims);
    const first = findDisagreements(corpus, corpus.claims, memo);
    expect(memo.computed).toBeGreaterThan(5);
    expect(memo.reused).toBe(0);
    const groups = memo.computed;
    const second = findDisagreements(corpus, corpus.claims, memo);
    expect(memo.reused).toBe(groups);
    expect(memo.computed).toBe(0);
    expect(second).toEqual(plain);
    expect(first).toEqual(plain);
    expect(buildTimeline(corpus.claims, second, corpus, tl)).toEqual(buildTimeline(corpus.claims, plain));
    expect(buildTimeline(corpus.claims, second, corpus, tl)).toEqual(buildTimeline(corpus.claims, plain));
    expect(tl.reused).toBeGreaterThan(0);
    expect(tl.computed).toBe(0);
    // Without the claims of one article its groups are judged again, and the others kept.
    const without = corpus.claims.filter((c) => c.source !== '003_bae4251f2b00ca8e.txt');
    findDisagreements(corpus, without, memo);
    expect(memo.computed).toBeGreaterThan(0);
    expect(memo.reused).toBeGreaterThan(0);
    expect(memo.reused + memo.computed).toBeLessThanOrEqual(groups);
  });
});

describe('figures that differ only in how they are written', () => {
  const page = (outlet: string, day: number, body: string) => `---\noutlet: ${outlet}\npublished: 2025-07-${day}\n---\n${body}\n`;

  it('a rounded figure (69.6% and 70%) is no dispute; 70% against 90% is', async () => {
    const share = (pct: string) =>
      `China accounts for ${pct} of global rare earth processing, which is why its export curbs bite, analysts said.`;
    const same = await makeBot(
      writeArticles({ 'a.md': page('Alpha News', 20, share('69.6%')), 'b.md': page('Beta Times', 21, share('70%')) }),
    );
    expect(same.conflicts()).toEqual([]);
    const differ = await makeBot(
      writeArticles({ 'a.md': page('Alpha News', 20, share('70%')), 'b.md': page('Beta Times', 21, share('90%')) }),
    );
    expect(differ.conflicts().length).toBe(1);
  });

  it('lower bounds ("more than six times", "more than sevenfold") are quoted, with a note that both may hold', async () => {
    const bot = await makeBot(
      writeArticles({
        'a.md': page(
          'Alpha News',
          20,
          'Rare earth magnet exports to the US in June soared by more than six times from May, customs data showed.',
        ),
        'b.md': page('Beta Times', 21, 'Magnet exports to the US jumped more than sevenfold in June from May, customs figures showed.'),
      }),
    );
    const [d] = bot.conflicts();
    expect(d?.positions.length).toBe(2);
    expect(d?.explanation).toMatch(/lower bounds \(“more than”\).*may not contradict each other/);
  });

  it('"seven of 17 rare earth elements" counts seven: 17 is the whole they are taken from', async () => {
    const bot = await makeBot(
      writeArticles({
        'a.md': page('Alpha News', 20, 'China put export restrictions on seven of 17 rare earth elements in April, officials said.'),
        'b.md': page('Beta Times', 21, 'In April China restricted exports of seven medium and heavy rare earth elements, officials said.'),
      }),
    );
    const counts = bot.claims.filter((c) => c.event === 'count').map((c) => c.number);
    expect(counts).toEqual([7, 7]);
    expect(bot.conflicts()).toEqual([]);
  });

  it('a question about June tonnage is not about a dispute over May; "tonnes of gallium" no article mentions is a near miss', async () => {
    const bot = await makeBot(
      writeArticles({
        'a.md': page(
          'Alpha News',
          20,
          'China shipped 1,328 tonnes of rare earth magnets in May, customs data showed, down sharply as export curbs bit.',
        ),
        'b.md': page(
          'Beta Times',
          21,
          'China exported 1,238 tonnes of rare earth magnets in May, customs data showed, as export curbs bit.',
        ),
        'c.md': page(
          'Gamma Post',
          22,
          'In June China exported 3,188 tonnes of rare earth magnets, customs data showed, as export licences resumed.',
        ),
      }),
    );
    expect(bot.conflicts().length).toBe(1);
    const june = await bot.answerQuestion('how many tonnes of magnets did china export in june');
    expect(june.abstained).toBe(false);
    expect(june.disagreements).toEqual([]);
    expect(june.answer).toContain('3,188');
    const may = await bot.answerQuestion('how many tonnes of magnets did china export in may');
    expect(may.disagreements.length).toBe(1);
    const gallium = await bot.answerQuestion('how many tonnes of gallium did china export in june');
    expect(gallium.abstained).toBe(true);
    expect(gallium.answer).toMatch(/None of the 3 articles mentions “gallium”/);
  });
});
