import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { makeBot, writeArticles } from '../helpers/pipeline.js';

afterAll(removeTempDirs);

/** A front-mattered article about the story (the words that put it on topic, then `body`). */
function article(published: string | null, outlet: string, body: string): string {
  const head = published ? `---\ntitle: ${outlet} report\noutlet: ${outlet}\npublished: ${published}\n---\n\n` : '';
  return `${head}${body}\nThe United States and China have traded curbs on rare earth exports and chips all year.\n`;
}

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(
    writeArticles({
      'a01.md': article(
        '2025-10-05',
        'Alpha Wire',
        'The Commerce Department affiliates rule took effect on September 29, 2025, extending export controls to subsidiaries.',
      ),
      'a02.md': article(
        '2025-10-06',
        'Bravo Post',
        'The affiliates rule came into force on September 30, 2025, according to a notice from the agency.',
      ),
      'a03.md': article(
        '2025-10-07',
        'Charlie Times',
        'Washington rolled out the affiliates rule on October 2, 2025, together with new harbour charges.',
      ),
      'a04.md': article(
        '2025-11-20',
        'Delta Daily',
        'A second measure against subsidiaries, the affiliates rule, took effect on November 15, 2025 in a revised form.',
      ),
      'a05.md': article(
        '2025-11-10',
        'Echo News',
        'The trade office announced on November 9, 2025 a one-year suspension of harbour charges on cargo vessels.',
      ),
      'a06.md': article(
        '2025-11-11',
        'Foxtrot Review',
        'Harbour charges on cargo vessels are suspended from November 10, 2025 for one year.',
      ),
      'a07.md': article(
        '2025-12-05',
        'Golf Journal',
        'Beijing granted general licences to magnet exporters on December 2, 2025, officials said.',
      ),
      'a08.md': article(
        '2025-11-01',
        'Hotel Herald',
        'The soybean purchase deadline expires on February 28, 2026, under the Busan arrangement.',
      ),
      'a09.md': article(
        '2025-10-01',
        'India Ink',
        'The Dutch government seized the Nexperia plant on September 30, 2025, and chips made by Nexperia stopped.',
      ),
      'a10.md': article('2025-10-20', 'Juliet Ledger', 'Customs data published on October 20, 2025 showed magnet shipments recovering.'),
      'a11.txt':
        'BEIJING, Nov 9 (Reuters) - China suspended a ban on gallium exports to the United States, the commerce ministry said.\nRare earth trade with China resumed.\n',
      'a12.md': article('2026-02-09', 'Kilo Monthly', 'The truce has held since the leaders met in Busan on October 30, officials said.'),
    }),
  );
});

describe('dated steps (claims of event "dated")', () => {
  it('flags sources that date the same step of the same measure differently, each position quoted; not a step weeks apart', () => {
    const d = bot.conflicts().find((x) => /^effective date \(.*affiliates/.test(x.topic));
    expect(d?.positions.map((p) => p.claim)).toEqual(['2025-09-29', '2025-09-30', '2025-10-02']);
    expect(d?.positions.map((p) => p.sources[0])).toEqual(['a01.md', 'a02.md', 'a03.md']);
    for (const p of d?.positions ?? []) expect(p.quote).toMatch(/affiliates rule/i);
  });

  it('does not set an announcement against the day the step took effect', () => {
    const topics = bot.conflicts().map((x) => x.topic);
    expect(topics.filter((t) => /harbour|cargo|vessel/.test(t))).toEqual([]);
  });

  it('shows the dispute for a question about that step, not for a question naming another kind of step or a person', async () => {
    const asked = await bot.answerQuestion('when did the affiliates rule kick in?');
    expect(asked.disagreements.map((d) => d.topic)).toEqual([expect.stringMatching(/^effective date/)]);
    const who = await bot.answerQuestion('who rolled out the affiliates rule?');
    expect(who.disagreements).toEqual([]);
    const other = await bot.answerQuestion('when was the affiliates rule announced?');
    expect(other.disagreements).toEqual([]);
  });

  it('answers "what happened on <day>?" from every dated sentence, including a dateline of an undated article', async () => {
    const days = await makeBot(
      writeArticles({
        'a05.md': article(
          '2025-11-10',
          'Echo News',
          'The trade office announced on November 9, 2025 a one-year suspension of harbour charges on cargo vessels.',
        ),
        'a07.md': article(
          '2025-12-05',
          'Golf Journal',
          'Beijing granted general licences to magnet exporters on December 2, 2025, officials said.',
        ),
        'a10.md': article('2025-10-20', 'Juliet Ledger', 'Customs data published on October 20, 2025 showed magnet shipments recovering.'),
        'a11.txt':
          'BEIJING, Nov 9 (Reuters) - China suspended a ban on gallium exports to the United States, the commerce ministry said.\nRare earth trade with China resumed.\n',
      }),
    );
    const a = await days.answerQuestion('what happened on 9 november?');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source).sort()).toEqual(['a05.md', 'a11.txt']);
    expect(a.answer).toMatch(/gallium/);
  });

  it('reads a date without a year in the year that puts it nearest the article (October 30 in a February article is last October)', () => {
    const c = bot.claims.find((x) => x.source === 'a12.md' && x.attribute === 'date' && x.date?.month === 10);
    expect(c?.value).toBe('2025-10-30');
  });
});

describe('a closed compound the articles never write ("chipmaker")', () => {
  it('is read as its thing and its verb, not as a word no article uses', async () => {
    const a = await bot.answerQuestion('did the dutch seize the chipmaker plant?');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toContain('a09.md');
  });
});

describe('tariff levels and talks venues that are no dispute', () => {
  it('a threatened or past rate is not the rate in force; talks in two cities days apart in one month are two rounds', async () => {
    const other = await makeBot(
      writeArticles({
        'b1.md': article('2025-10-28', 'Lima Post', 'Tariffs on Chinese goods stand at 30% after the truce took hold.'),
        'b2.md': article('2025-10-29', 'Mike News', 'Trump threatened 100% tariffs on Chinese goods from November 1.'),
        'b3.md': article('2025-10-29', 'November Daily', 'Washington had previously imposed tariffs as high as 145% on Chinese goods.'),
        'b4.md': article('2025-10-27', 'Oscar Wire', 'Trade talks were held in Kuala Lumpur on October 25, 2025 between the US and China.'),
        'b5.md': article('2025-10-31', 'Papa Times', 'The leaders held talks in Busan on October 30, 2025 and agreed a truce.'),
      }),
    );
    const topics = other.conflicts().map((d) => d.topic);
    expect(topics.filter((t) => /tariff rate/.test(t))).toEqual([]);
    expect(topics.filter((t) => /venue/.test(t))).toEqual([]);
  });
});

describe('questions about the kinds of page in the folder (genres.txt)', () => {
  it('finds a broker note, an official document and a correction by their own labels, and quotes them', async () => {
    const pages = await makeBot(
      writeArticles({
        'c1.txt':
          'RESEARCH NOTE — Rare earths\nAnalysts: Ann Lee\nWe stay Overweight on magnet producers as China resumes exports to the United States.\n',
        'c2.txt':
          'MINISTRY OF COMMERCE\nAnnouncement No. 70 of 2025\n(Unofficial English translation.)\nChina suspends its rare earth export controls on the United States.\n',
        'c3.txt':
          'CORRECTIONS AND CLARIFICATIONS\nAn article said China would buy 20 million tonnes of US soybeans. That figure was wrong.\nChina and the United States agreed on rare earths.\n',
        'c4.md': article('2025-06-12', 'Quebec News', 'China approved rare earth export licences for US firms on June 11, 2025.'),
      }),
    );
    const broker = await pages.answerQuestion('is there a broker note in the folder? whats their call');
    expect(broker.answer).toMatch(/c1\.txt/);
    expect(broker.answer).toMatch(/Overweight/);
    const official = await pages.answerQuestion('is there an official govt document in here or just news');
    expect(official.answer).toMatch(/Announcement No\. 70/);
    expect(official.citations.map((c) => c.source)).toEqual(['c2.txt', 'c2.txt']);
    const correction = await pages.answerQuestion('did any outlet run a correction?');
    expect(correction.answer).toMatch(/20 million tonnes/);
    // No page labels itself a press release: the question is answered from the articles, never "none".
    const release = await pages.answerQuestion('is there a press release in here about the licences?');
    expect(release.answer).not.toMatch(/labels itself/);
  });

  it('"is any of this opinion?" is a question about the pages', async () => {
    const pages = await makeBot(
      writeArticles({
        'o1.md':
          "---\ntitle: A pause, not a peace\nauthor: Celia Marchetti\n---\n\nOPINION · The views expressed are the author's own.\n\nChina and the United States paused their rare earth fight, and neither side has given up the weapons it used this year. The truce buys time for carmakers and for the magnet plants that supply them.\n",
        'o2.md': article('2025-11-01', 'Romeo News', 'China resumed rare earth exports to the United States.'),
      }),
    );
    const a = await pages.answerQuestion('is any of this opinion? whose column');
    expect(a.answer).toMatch(/1 of the 2 articles presents itself as opinion/);
    expect(a.answer).toMatch(/by Celia Marchetti/);
  });
});

describe('the day a measure was lifted, written with and without a year', () => {
  it('sets "rescinded on Wednesday, July 2" in an undated transcript against "lifted … on July 3", in the story\'s year', async () => {
    const small = await makeBot(
      writeArticles({
        'transcript.txt':
          'HOST: So where are we on the export letters?\n\nGUEST: The chip design software restrictions were rescinded on Wednesday, July 2, and the vendors were told that day.\n\nThe United States and China have traded curbs on rare earth exports and chips all year.\n',
        'digest.md': article('2025-07-04', 'Delta Digest', 'The US lifted restrictions on chip design software on July 3, officials said.'),
        'wire.md': article(
          '2025-07-05',
          'Echo Wire',
          'China said on July 1, 2025 that rare earth export licences were being approved faster.',
        ),
      }),
    );
    const d = small.conflicts().find((x) => x.topic.startsWith('date lifted'));
    expect(d?.positions.map((p) => p.claim)).toEqual(['--07-02', '2025-07-03']);
    const a = await small.answerQuestion('when were the chip design software curbs lifted?');
    expect(a.disagreements.map((x) => x.topic)).toEqual([d?.topic]);
  });
});
