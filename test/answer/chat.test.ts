import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abstention } from '../../src/answer/abstain.js';
import type { SentenceIndex } from '../../src/answer/extractive.js';
import { classifyQuestion, splitQuestion } from '../../src/answer/kinds/classify.js';
import { analyzeQuestion, buildVocabulary } from '../../src/answer/question.js';
import type { Answer } from '../../src/answer/types.js';
import type { Sentence } from '../../src/corpus/types.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Questions typed the way people type in chat, on articles written for this test (test/fixtures/chat/): a
 * fictional variant of the story — the Vienna talks, Trade Secretary Jane Doe, spokesman Tao Ming, Norvex
 * Motors and its chief executive Ada Ruiz, Altura Materials (whose executives are never quoted), a market share
 * given as a percentage, and licences that no article counts.
 */

const DIR = path.resolve(import.meta.dirname, '../fixtures/chat');

function expectVerbatim(a: Answer): void {
  for (const c of a.citations) expect(fs.readFileSync(path.join(DIR, c.source), 'utf8').slice(c.start, c.end)).toBe(c.quote);
}

/**
 * An article for a test corpus: front matter (title "<outlet> <about>", the outlet, a date), the body, and a
 * neutral closing paragraph (`tail`), so that each body sentence is a paragraph of a real-looking page.
 */
function pageOf(about: string, tail: string): (outlet: string, date: string, body: string) => string {
  return (outlet, date, body) => `---\ntitle: ${outlet} ${about}\noutlet: ${outlet}\ndate: ${date}\n---\n\n${body}\n\n${tail}\n`;
}

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(DIR);
});
afterAll(removeTempDirs);

describe('chat phrasing', () => {
  it('rewrites contractions, "every single", "got hit by" and "<industry> cos" into article words', () => {
    expect(normalizeInformal("did china say it'd approve every single application")).toBe('did china say it would approve all application');
    expect(normalizeInformal('which chip software cos got hit by the ban')).toBe('which chip software companies affected by the ban');
    expect(normalizeInformal('when did the u.s. side act')).not.toMatch(/you/);
    // Desk shorthand, nicknames and headline titles.
    expect(normalizeInformal('what did the tsy chief say')).toBe('what did the treasury secretary say');
    expect(normalizeInformal('how big a cut is uncle sam pocketing')).toBe('how big a cut is the US government pocketing');
    expect(normalizeInformal('the ex-commerce official on the podcast')).toBe('the former commerce official on the podcast');
    expect(normalizeInformal('who is the trade czar')).toBe('who is the trade representative');
    expect(normalizeInformal('can u give me the dates')).toBe('give me the dates');
  });

  it('never abstains because of a word about what the asker will do with the answer ("for a slide")', async () => {
    const a = await bot.answerQuestion('when were the vienna talks again? need dates for a slide');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/June 11/);
    expectVerbatim(a);
  });

  it('answers "what did X\'s CEO say" from the chief executive\'s words, and abstains for a company whose executives are never quoted', async () => {
    const ruiz = await bot.answerQuestion("what did norvex's ceo say abt the magnets");
    expect(ruiz.abstained).toBe(false);
    expect(ruiz.answer).toMatch(/Ruiz/);
    const altura = await bot.answerQuestion("what did altura's ceo say when the magnets arrived?");
    expect(altura.abstained).toBe(true);
    expect(altura.answer).toMatch(/quote no such person/);
  });

  it('answers "do any of the articles give a number" with a no and the closest passage, not an abstention', async () => {
    const a = await bot.answerQuestion('do any of the articles actually put a number on how many licences china approved?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^No\. /);
    expect(a.citations.length).toBeGreaterThan(0);
    expectVerbatim(a);
    // (The spokesman's refusal is the closest passage.)
    expect(a.answer).toContain('declined to say how many licences');
    // The same shortfall asked as a plain question is no "the articles don't say" either: they report the count
    // withheld, and that is quoted.
    const plain = await bot.answerQuestion('how many licences has china approved?');
    expect(plain.abstained).toBe(false);
    expect(plain.answer).toMatch(/^The articles give no figure for this; they report that it was not given:/);
    expect(plain.answer).toContain('declined to say how many licences');
    expectVerbatim(plain);
    // (A question the refusal does not answer still gets "the articles don't say": a tonnage is no count withheld.)
    const tonnage = await bot.answerQuestion('how many tonnes of magnets did china ship to mars?');
    expect(tonnage.answer).not.toContain('declined to say');
  });

  it('takes a percentage as the figure for "how much of the market"', async () => {
    const a = await bot.answerQuestion("how much of china's market do the chip design software firms have?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/70 percent/);
  });

  it('splits two questions joined by a dash and answers both', async () => {
    expect(splitQuestion('why does the chip software ban matter — how much of the market do those firms have?')).toEqual([
      'why does the chip software ban matter?',
      'how much of the market do those firms have?',
    ]);
    expect(splitQuestion('who led the talks; when did they end?')).toEqual(['who led the talks?', 'when did they end?']);
    const a = await bot.answerQuestion('who led the us side in vienna — when did the talks end?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Doe/);
    expect(a.answer).toMatch(/June 11/);
  });

  it('corrects a misplaced double letter ("tarrifs") and reads "hrs" as hours', () => {
    const q = bot.analyze('what tarrifs is the us charging');
    expect(q.terms.find((t) => t.word === 'tarrifs')?.corrected).toBe('tariffs');
    expect(normalizeInformal('how many hrs did they spend')).toBe('how many hours did they spend');
  });

  it('answers "what did X get out of it" with what the other side commits to', async () => {
    const a = await bot.answerQuestion('ok and what did china get out of it?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toMatch(/United States will lift/);
    // China's own commitment is what it gives, not what it gets.
    expect(a.citations[0]?.quote).not.toMatch(/^China will approve/);
  });

  it('reads "trump n xi talk on the phone" as a call, not the talks', async () => {
    expect(normalizeInformal('when did trump n xi talk on the phone')).toBe('when did trump and xi talk on the phone');
    const { questionFocus } = await import('../../src/answer/relevance.js');
    const call = questionFocus(bot.analyze('when did doe n lu talk on the phone?'));
    expect([...call.events]).toEqual(['call']);
    expect([...questionFocus(bot.analyze('when did the vienna talks end?')).events]).toContain('talks');
  });

  it('drops greetings and fillers at the start of a question', () => {
    expect(normalizeInformal('yo whats the tl;dr on the deal')).toBe('what is the summary on the deal');
    expect(classifyQuestion('yo whats the tl;dr on the us/china rare earths deal 🙏')).toEqual({ kind: 'story' });
    expect(normalizeInformal('ok and what did china get?')).toBe('and what did china get?');
  });

  it('never quotes a Markdown heading as a sentence, even one ending in a question mark', async () => {
    const a = await bot.answerQuestion('why do rare earth magnets matter?');
    expect(a.abstained).toBe(false);
    for (const c of a.citations) expect(c.quote).not.toMatch(/^#/);
  });

  it('reads "what did X tell <outlet>" as who X spoke to: other outlets reporting it count', async () => {
    const a = await bot.answerQuestion('what did doe tell the harrow post?');
    expect(a.abstained).toBe(false);
    expect(a.citations.some((c) => /told the Harrow Post/.test(c.quote))).toBe(true);
  });

  it('splits two questions joined by "+" or after a "whats", and reads "diff", "un-banned", "got X access back"', () => {
    expect(splitQuestion('whats ethane even used for, and how much of it is american?')).toEqual([
      'whats ethane even used for?',
      'how much of it is american?',
    ]);
    expect(splitQuestion("who ran china's side in vienna + whats his actual title")).toEqual([
      "who ran china's side in vienna?",
      'whats his actual title?',
    ]);
    expect(normalizeInformal('seeing 3 diff dates')).toBe('seeing 3 different dates');
    expect(normalizeInformal('what did mofcom say')).toBe('what did Ministry of Commerce say');
    expect(normalizeInformal('which vendors got their china access back')).toBe('which vendors regained china access');
    expect(normalizeInformal('what got un-banned')).toBe('what got allowed again');
    expect(classifyQuestion('tl;dr of the whole rare earths saga pls, like 3 lines max')).toEqual({ kind: 'story' });
  });

  it('answers who "ran" a side and their "title" without abstaining on the answer-shape word', async () => {
    const a = await bot.answerQuestion("who ran china's side in vienna + whats his actual title");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Lu Han/);
    expect(a.answer).toMatch(/Vice Premier/);
    expectVerbatim(a);
  });

  it('takes a lower-case word no article uses and no dictionary knows, or an absent possessive, as a name', async () => {
    for (const q of ["what did zentrix's ceo say about the deal", 'did quorvia get export licences', "what did micron's ceo say"]) {
      const a = await bot.answerQuestion(q);
      expect(a.abstained, q).toBe(true);
      expect(a.answer).toMatch(/None of the \d+ articles mentions/);
    }
    // Ordinary English words the articles happen not to use are no such reason.
    const a = await bot.answerQuestion('why does everyone care so much about the vienna talks');
    expect(a.abstained).toBe(false);
  });

  it('reads "the 11th" and "the 11th of june" as the day the articles date things to', async () => {
    for (const q of ['what happened on the 11th?', 'anything happen on the 11th of june']) {
      const a = await bot.answerQuestion(q);
      expect(a.abstained, q).toBe(false);
      expect(a.citations[0]?.quote, q).toMatch(/on June 11/);
      expectVerbatim(a);
    }
  });

  it('reads "a timeline from X through Y" as a timeline question', () => {
    expect(classifyQuestion('can u give me a quick timeline from vienna thru the june stuff')).toEqual({ kind: 'timeline' });
    expect(classifyQuestion("what's the timeline for licence approvals?")).toEqual({ kind: 'fact' });
    // "…in order" asks for the chronology of the rounds; an order placed is no chronology.
    expect(classifyQuestion('give me the rounds of talks in order w/ cities')).toEqual({ kind: 'timeline' });
    expect(classifyQuestion('list the meetings in chronological order')).toEqual({ kind: 'timeline' });
    expect(classifyQuestion('did the pentagon place an order for magnets?')).toEqual({ kind: 'fact' });
  });
});

describe('questions about the coverage', () => {
  it('lists the pieces that present themselves as opinion, quoting their own label, not a site menu', async () => {
    expect(classifyQuestion('which pieces are opinion rather than straight news?')).toEqual({ kind: 'opinion-pages' });
    expect(classifyQuestion("what's the opinion of analysts on the deal?")).toEqual({ kind: 'fact' });
    const a = await bot.answerQuestion('are any of these articles op-eds?');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toEqual(['ridgeway-courier-oped.md']);
    expect(a.citations[0]?.quote).toBe('The views expressed are her own.');
    expect(a.answer).not.toMatch(/tradedesk/i);
    expectVerbatim(a);
  });
});

describe('figures with a unit', () => {
  it('flags a rise given as different multiples ("more than six times" vs "sevenfold")', async () => {
    const a = await bot.answerQuestion('how big was the jump in magnet shipments to the us in june?');
    const d = a.disagreements.find((x) => /as a multiple/.test(x.topic));
    expect(d?.positions.map((p) => p.claim).sort()).toEqual(['6+ times', '7+ times']);
  });

  it('says the articles give figures for other months when asked for a month they do not cover', async () => {
    const a = await bot.answerQuestion('what were the july numbers for magnet exports to the us?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/^The articles don't say\./);
    const june = await bot.answerQuestion('what were the june numbers for magnet exports to the us?');
    expect(june.abstained).toBe(false);
    expect(june.answer).toMatch(/353|335|six times|sevenfold/);
  });

  it('flags two sources giving different tonnages for the same month, each side quoted', async () => {
    const a = await bot.answerQuestion('how many tons of magnets did china send the us in june?');
    const d = a.disagreements.find((x) => /tonnage/.test(x.topic));
    expect(d).toBeDefined();
    expect(d?.positions.map((p) => p.claim).sort()).toEqual(['335 tonnes', '353 tonnes']);
    for (const p of d?.positions ?? [])
      expect(fs.readFileSync(path.join(DIR, p.sources[0] as string), 'utf8').slice(p.start, p.end)).toBe(p.quote);
  });

  it('flags different validity periods, and leaves figures of other months or of a different measure alone', async () => {
    const topics = bot.conflicts().map((d) => d.topic);
    expect(topics.some((t) => /duration in months/.test(t))).toBe(true);
    // 46 tonnes (to the US) and 1,238 tonnes (in all) are given side by side by one source: no dispute.
    for (const d of bot.conflicts()) expect(d.positions.map((p) => p.claim)).not.toContain('46 tonnes');
    const a = await bot.answerQuestion('how long are the chinese licences good for?');
    expect(a.disagreements.map((d) => d.positions.map((p) => p.claim).sort())).toContainEqual(['12 months', '6 months']);
    // A question about something else does not show the tonnage dispute.
    const other = await bot.answerQuestion('who led the us side in vienna?');
    expect(other.disagreements.filter((d) => /tonnage|duration/.test(d.topic))).toEqual([]);
  });
});

describe('a total and one of its parts', () => {
  it("flags 55% vs 30% on Chinese goods, says 55% is given as a total that may include 30%, and reads 10% as China's rate", async () => {
    const d = bot.conflicts().find((x) => /tariff rate on Chinese goods/.test(x.topic));
    expect(d?.positions.map((p) => p.claim).sort()).toEqual(['30%', '55%']);
    expect(d?.explanation).toMatch(/Note: 55% is given as a total, so it may include 30%/);
    // "…and China's tariffs on U.S. goods at 10%": a rate on the US, not a third value on Chinese goods.
    expect(bot.claims.find((c) => c.event === 'tariff' && c.value === '10%')?.qualifier).toBe('on the US');
  });
});

describe('counts of the same things in other words', () => {
  const page = pageOf('on the licences', 'The talks in Vienna continued for two days, officials said.');

  it('compares "seven rare earth elements", "seven heavy rare earths" and "six heavy lanthanides"; never "six other" or firms', async () => {
    const dir = writeArticles({
      'a.md': page('Orchard Wire', '2025-06-20', 'Beijing imposed permit requirements in April on seven key rare earth elements.'),
      'b.md': page('Lantern Post', '2025-06-21', 'In April, Beijing required export licences for seven medium and heavy rare earths.'),
      'c.md': page('Quarry Notes', '2025-06-22', "Beijing's April list put six heavy lanthanides under export licensing."),
      'd.md': page('Delta Review', '2025-06-23', 'Samarium and six other rare earths were put under export control in April.'),
      'e.md': page('Echo Daily', '2025-06-24', 'Export licences went to two companies in Ningbo, according to the ministry.'),
      'f.md': page('Fjord Times', '2025-06-25', 'The three largest suppliers of chip software applied for export licences.'),
    });
    const b = await makeBot(dir);
    const counts = b.conflicts().filter((d) => d.kind === 'number');
    expect(counts.map((d) => d.topic)).toEqual(['number of rare earths']);
    expect(counts[0]?.positions.map((p) => [p.claim, [...p.sources].sort()])).toEqual([
      ['7', ['a.md', 'b.md']],
      ['6', ['c.md']],
    ]);
  });
});

describe('dates of the talks written as spans, in a FAQ, at a building', () => {
  it('flags "June 9 and 10" (a FAQ answer under its question) against "June 10 and 11 at Harbour Hall" (in Vienna)', async () => {
    const dir = writeArticles({
      'faq.md':
        '---\ntitle: FAQ on the magnet deal\noutlet: Orchard Wire\ndate: 2025-06-20\n---\n\n**What did the two sides agree?**\nThe exporting side will speed up approval of export licences for magnets and related items. In return, the other side will lift a set of restrictive measures.\n\n**When and where were the Vienna talks?**\nIn Vienna on June 9 and 10, at Harbour Hall. The talks produced a framework that was sent to the two presidents for approval.\n\n**Is every application approved now?**\nNo. The ministry said it will approve applications that comply with the law, and licences are still required.\n',
      'report.md':
        '---\ntitle: Talks end with a framework\noutlet: Lantern Post\ndate: 2025-06-12\n---\n\nThe talks, held on June 10 and 11 at Harbour Hall, were led by the trade ministers of both countries.\n\nOfficials said the framework would go to the two presidents.\n',
      'venue.md':
        '---\ntitle: Delegations arrive\noutlet: Quarry Notes\ndate: 2025-06-09\n---\n\nDelegations met for talks at Harbour Hall in Vienna, a palace near the river.\n\nThe agenda covered export licences for magnets.\n',
    });
    const b = await makeBot(dir);
    const d = b.conflicts().find((x) => x.topic === 'date of the Vienna talks');
    expect(d?.positions.map((p) => [p.claim, p.sources])).toEqual([
      ['2025-06-09/10', ['faq.md']],
      ['2025-06-10/11', ['report.md']],
    ]);
    expect(d?.positions[0]?.quote).toBe('In Vienna on June 9 and 10, at Harbour Hall.');
    // The timeline names the talks at the building by its city too.
    const talks = b.timeline().filter((e) => /^Talks in/.test(e.event));
    expect(talks.length).toBeGreaterThan(0);
    expect(talks.every((e) => e.event.startsWith('Talks in Vienna'))).toBe(true);
  });

  it('leaves one day inside a span alone, and the same span written twice', async () => {
    const dir = writeArticles({
      'a.md':
        '---\ntitle: A\noutlet: Orchard Wire\ndate: 2025-06-12\n---\n\nThe talks in Vienna were held on June 9 and 10, officials said.\n',
      'b.md': '---\ntitle: B\noutlet: Lantern Post\ndate: 2025-06-12\n---\n\nThe talks in Vienna ended on June 10 with a framework.\n',
      'c.md':
        '---\ntitle: C\noutlet: Quarry Notes\ndate: 2025-06-12\n---\n\nThe talks in Vienna ran June 9 to 10, according to the ministry.\n',
    });
    const b = await makeBot(dir);
    expect(b.conflicts().filter((x) => x.kind === 'date')).toEqual([]);
  });
});

describe('when the pause ends', () => {
  it('flags "runs until August 12" (a FAQ answer) against "the window closes on July 9" (the sentence before names the pause)', async () => {
    const dir = writeArticles({
      'faq.md':
        '---\ntitle: FAQ on the truce\noutlet: Orchard Wire\ndate: 2025-06-30\n---\n\n**What did the two sides agree?**\nThe exporting side will speed up approval of export licences for magnets and related items. In return, the other side will lift a set of restrictive measures.\n\n**When does the Vienna truce run out?**\nThe 90-day pause took effect on May 14 and runs until August 12. Officials on both sides said an extension was possible.\n',
      'wire.md':
        '---\ntitle: Engines cleared\noutlet: Lantern Post\ndate: 2025-07-07\n---\n\nA 90-day truce was agreed upon during which China and the US entered negotiations. The window closes on July 9, 2025.\n\nEngine makers said shipments would restart within days.\n',
    });
    const b = await makeBot(dir);
    const d = b.conflicts().find((x) => x.topic === 'date the pause ends');
    expect(d?.positions.map((p) => [p.claim, p.sources])).toEqual([
      ['2025-07-09', ['wire.md']],
      ['2025-08-12', ['faq.md']],
    ]);
    const a = await b.answerQuestion('when does the 90 day truce run out?');
    expect(a.disagreements.map((x) => x.topic)).toContain('date the pause ends');
  });
});

describe('when a company was told', () => {
  it('flags "received a letter … on July 2" against "was told on Thursday, July 3" for the same company, not for another', async () => {
    const page = pageOf('on the engines', 'Shipments of the engines were halted in late May, officials said.');
    const dir = writeArticles({
      'a.md': page(
        'Orchard Wire',
        '2025-07-08',
        'Norvex Motors received a letter from the trade ministry on July 2 restoring its export licences.',
      ),
      'b.md': page(
        'Lantern Post',
        '2025-07-07',
        'Norvex Motors was told on Thursday, July 3, that it can resume engine shipments to the buyer.',
      ),
      'c.md': page(
        'Quarry Notes',
        '2025-07-04',
        'The ministry sent a letter on July 1 to Altura Materials, informing it that it could resume loading.',
      ),
    });
    const b = await makeBot(dir);
    const notified = b.conflicts().filter((d) => d.topic.endsWith('was notified'));
    expect(notified.map((d) => [d.topic, d.positions.map((p) => [p.claim, p.sources])])).toEqual([
      [
        'date Norvex was notified',
        [
          ['2025-07-02', ['a.md']],
          ['2025-07-03', ['b.md']],
        ],
      ],
    ]);
    const a = await b.answerQuestion('when did norvex get told it can ship engines again');
    expect(a.disagreements.map((d) => d.topic)).toEqual(['date Norvex was notified']);
    expect((await b.answerQuestion('when did altura get the letter')).disagreements).toEqual([]);
  });
});

describe('who holds an office', () => {
  it('flags two people named to the same office of the same party (hard), not a former holder or an old article', async () => {
    const page = pageOf('on the Vienna talks', 'The talks in Vienna ended with a framework on magnet licences.');
    const dir = writeArticles({
      'a.md': page('Orchard Wire', '2025-06-12', 'U.S. Trade Representative Jane Doe said the framework would go to the president.'),
      'b.md': page('Lantern Post', '2025-06-13', 'U.S. Trade Representative Mark Stone spent two days in Vienna negotiating.'),
      'c.md': page('Quarry Notes', '2025-06-14', 'Former U.S. Trade Representative Alan Grey criticised the framework on television.'),
      'd.md': page('Delta Review', '2019-03-01', 'U.S. Trade Representative Paula Kent met her counterpart in Vienna.'),
      'e.md': page('Echo Daily', '2025-06-15', "China's International Trade Representative Li Wen said the talks were candid."),
    });
    const b = await makeBot(dir);
    const held = b.conflicts().filter((d) => d.topic.startsWith('who is'));
    expect(held.map((d) => [d.topic, d.difficulty, d.positions.map((p) => [p.claim, p.sources])])).toEqual([
      [
        'who is the US trade representative',
        'hard',
        [
          ['Jane Doe', ['a.md']],
          ['Mark Stone', ['b.md']],
        ],
      ],
    ]);
    const a = await b.answerQuestion('who was the us trade rep in vienna?');
    expect(a.disagreements.map((d) => d.topic)).toEqual(['who is the US trade representative']);
    expect((await b.answerQuestion('what did the us trade rep say?')).disagreements).toEqual([]);
  });
});

describe('figures for one destination, for a period, and corrected', () => {
  it('compares totals with totals and US figures with US figures, notes a correction, and leaves periods apart', async () => {
    const page = pageOf('on magnet exports', 'Exporters said licences were arriving faster after the Vienna framework.');
    const dir = writeArticles({
      'a.md': page(
        'Orchard Wire',
        '2025-07-21',
        "China's exports of magnets to the US surged in June, reaching 353 metric tons. Globally, China exported 3,188 metric tons of permanent magnets in June, up from 1,238 tons in May.",
      ),
      'b.md': page(
        'Lantern Post',
        '2025-07-20',
        'China exported 3,881 tonnes of permanent magnets in June, customs data showed. Shipments to the US rose to 353 tonnes.',
      ),
      'c.md': page('Quarry Notes', '2025-07-22', "China's magnet exports to the US jumped to 335 tonnes in June."),
      'd.md': page(
        'Delta Review',
        '2025-07-21',
        'An article published on July 20 misstated total magnet exports in June. The correct figure is 3,188 tonnes, not 3,881 tonnes as originally reported.',
      ),
      'e.md': page('Echo Daily', '2025-08-20', 'In the first seven months of this year, magnet exports totaled 27,897 tons.'),
    });
    const b = await makeBot(dir);
    const tonnes = b.conflicts().filter((d) => d.topic.startsWith('tonnage'));
    const values = tonnes.map((d) => d.positions.map((p) => p.claim).sort());
    expect(values).toContainEqual(['3188 tonnes', '3881 tonnes']);
    expect(values).toContainEqual(['335 tonnes', '353 tonnes']);
    expect(values.flat()).not.toContain('27897 tonnes');
    const corrected = tonnes.find((d) => d.positions.some((p) => p.claim === '3881 tonnes'));
    expect(corrected?.difficulty).toBe('hard');
    expect(corrected?.explanation).toMatch(/Delta Review published a correction: 3,188, not 3,881/);
  });

  it('reads "X, not Y as originally published" as a correction too', async () => {
    const page = pageOf('on ethane', 'Tankers were loading again on the Gulf Coast, brokers said.');
    const dir = writeArticles({
      'a.md': page('Orchard Wire', '2025-07-03', 'Analysts expect ethane exports to China of around 420,000 barrels per day in July.'),
      'b.md': page('Lantern Post', '2025-07-03', 'Analysts expect US ethane exports to China of around 240,000 barrels per day in July.'),
      'c.md': page(
        'Orchard Wire',
        '2025-07-04',
        'The estimate is around 240,000 barrels per day, not 420,000 barrels per day as originally published.',
      ),
    });
    const b = await makeBot(dir);
    const d = b.conflicts().find((x) => x.positions.some((p) => p.claim === '420000 barrels a day'));
    expect(d?.difficulty).toBe('hard');
    expect(d?.explanation).toMatch(/published a correction: 240,000, not 420,000; the 420,000 figure is superseded/);
  });
});

describe('durations of an event, in any words', () => {
  it('flags "a one-and-a-half-hour conversation" against "a 45-minute phone call" (and agrees with "roughly 90 minutes")', async () => {
    const page = pageOf('on the leaders', 'Magnet exporters said licences were arriving faster.');
    const dir = writeArticles({
      'a.md': page(
        'Orchard Wire',
        '2025-06-06',
        'Trump said that following the one-and-a-half-hour conversation the two sides would meet again.',
      ),
      'b.md': page('Lantern Post', '2025-06-06', 'The leaders held a 45-minute phone call on June 5, officials said.'),
      'c.md': page('Harbor Street', '2025-06-07', 'The Trump-Xi call lasted roughly 90 minutes, according to a Chinese readout.'),
      // An hour that is a time, not a duration, makes no claim.
      'd.md': page('Delta Review', '2025-06-07', 'An hour later, the ministry issued a statement on the call.'),
    });
    const b = await makeBot(dir);
    const d = b.conflicts().find((x) => x.topic.includes('hours (call'));
    expect(d?.positions.map((p) => [p.claim, p.sources]).sort()).toEqual([
      ['0.75 hours', ['b.md']],
      ['1.5 hours', ['a.md', 'c.md']],
    ]);
    const asked = await b.answerQuestion('how long did the two leaders talk on the phone?');
    expect(asked.disagreements.map((x) => x.topic)).toContain(d?.topic);
    const other = await b.answerQuestion('how long will the licences be valid?');
    expect(other.disagreements.map((x) => x.topic)).not.toContain(d?.topic);
  });

  it('reads hours and minutes as one figure ("one hour and 40 minutes", "1h40"), and "since 2019" as no date of the meeting', async () => {
    const page = pageOf('on the summit', 'Magnet exporters said licences were arriving faster.');
    const dir = writeArticles({
      'a.md': page('Orchard Wire', '2025-10-30', 'The summit between Trump and Xi in Busan lasted one hour and forty minutes.'),
      'b.md': page(
        'Lantern Post',
        '2025-10-30',
        'The meeting between Trump and Xi in Busan, their first talks since 2019, lasted nearly two hours.',
      ),
      'c.md': page('Harbor Street', '2025-10-30', 'Trump and Xi met in Busan on October 30 for talks on tariffs.'),
    });
    const b = await makeBot(dir);
    const d = b.conflicts().find((x) => x.topic.includes('hours (talks'));
    expect(d?.positions.map((p) => p.claim).sort()).toEqual(['1.67 hours', '2 hours']);
    expect(b.conflicts().some((x) => x.positions.some((p) => p.claim.startsWith('2019')))).toBe(false);
    // "…and does anyone say different?" is a follow-up on the meeting's length.
    const asked = await b.answerQuestion('did the busan sit-down really run 1h40, and does anyone say different');
    expect(asked.answer).toMatch(/1 hour 40 minutes: Orchard Wire \(“one hour and forty minutes”\)/);
  });
});

describe('acronyms, and what a question asks for when a word is missing', () => {
  const page = pageOf('on the truce', 'Magnet exporters said licences were arriving faster.');
  const files = {
    'a.md': page(
      'Orchard Wire',
      '2025-10-27',
      'Trade Representative Jamieson Greer said in Kuala Lumpur that the two sides had reached the final details.',
    ),
    'b.md': page(
      'Lantern Post',
      '2025-10-30',
      'The US will halve the tariffs related to fentanyl precursor chemicals on Chinese goods to 10%.',
    ),
    'c.md': page('Harbor Street', '2025-10-30', 'Trump and Xi met at Gimhae Air Base near the airport in Busan on Thursday.'),
    'd.md': page('Delta Review', '2025-10-31', 'The tariff truce between China and the US was extended after the Busan meeting.'),
  };

  it('reads an acronym no article uses as the name the articles spell out ("KL" → Kuala Lumpur)', async () => {
    const b = await makeBot(writeArticles(files));
    const a = await b.answerQuestion('what did greer say in KL');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/final details/);
  });

  it('answers when a missing word only qualifies what is asked ("the narcotics tariff")', async () => {
    const b = await makeBot(writeArticles(files));
    const drug = await b.answerQuestion('did the narcotics tariff on chinese goods come down after busan?');
    expect(drug.abstained).toBe(false);
    expect(drug.answer).toMatch(/10%/);
  });

  it('judges the evidence by the best coverage among the leading sentences, unless the missing word is what is asked', async () => {
    const b = await makeBot(writeArticles(files));
    const index = (b as unknown as { sentenceIndex: SentenceIndex }).sentenceIndex;
    const sentence = (re: RegExp) => b.corpus.sentences.find((x) => re.test(x.text)) as Sentence;
    // The best-scored sentence covers little; the next one holds the question's topic.
    const scored = [
      { sentence: sentence(/Gimhae/), score: 0.9, coverage: 0.2 },
      { sentence: sentence(/fentanyl/), score: 0.8, coverage: 0.6 },
    ];
    const modifier = b.analyze('did the narcotics tariff on chinese goods come down?');
    expect(abstention(modifier, scored, b.corpus, index)).toBeNull();
    const asked = b.analyze('what is the total dollar value of the tariff on chinese goods?');
    expect(abstention(asked, scored, b.corpus, index)?.kind).toBe('absent');
  });
});

describe('who led a delegation, disputed', () => {
  it('is shown for a question about who led the talks, not for one about what was said there', async () => {
    const page = pageOf('on the talks', 'Magnet exporters said licences were arriving faster.');
    const dir = writeArticles({
      'a.md': page(
        'Orchard Wire',
        '2025-10-27',
        "The outline of the deal was negotiated in Kuala Lumpur, where Chinese Vice Premier He Lifeng led Beijing's delegation.",
      ),
      'b.md': page('Lantern Post', '2025-10-27', "On the Chinese side, Commerce Minister Wang Wentao led Beijing's team in Kuala Lumpur."),
      'c.md': page('Harbor Street', '2025-10-27', 'Trump said the trade talks in Kuala Lumpur went very well and produced a framework.'),
    });
    const b = await makeBot(dir);
    const topic = b.conflicts().find((d) => d.positions.some((p) => p.claim === 'Wang Wentao'))?.topic;
    expect(topic).toBeDefined();
    const who = await b.answerQuestion('who led the chinese side at the kuala lumpur talks?');
    expect(who.disagreements.map((d) => d.topic)).toContain(topic);
    const said = await b.answerQuestion('what did trump say about the kuala lumpur talks?');
    expect(said.disagreements.map((d) => d.topic)).not.toContain(topic);
  });
});

describe('signed or only agreed in principle', () => {
  it('flags "agreed in principle" against "both delegations signed" (hard), shown only when asked whether it was signed', async () => {
    const page = pageOf('on the framework', 'Magnet exporters said licences were arriving faster.');
    const dir = writeArticles({
      'a.md': page('Orchard Wire', '2025-06-12', 'The two sides agreed in principle on a framework after two days of talks in Vienna.'),
      'b.md': page('Lantern Post', '2025-06-12', 'Negotiators wrapped up talks in Vienna with a framework that both delegations signed.'),
    });
    const b = await makeBot(dir);
    const d = b.conflicts().find((x) => x.topic === 'whether the agreement was signed or only agreed in principle');
    expect(d?.difficulty).toBe('hard');
    expect(d?.positions.map((p) => [p.claim, p.sources]).sort()).toEqual([
      ['in principle', ['a.md']],
      ['signed', ['b.md']],
    ]);
    const asked = await b.answerQuestion('was the vienna framework actually signed or just agreed in principle?');
    expect(asked.disagreements.map((x) => x.topic)).toContain('whether the agreement was signed or only agreed in principle');
    const other = await b.answerQuestion('what happened in vienna?');
    expect(other.disagreements.map((x) => x.topic)).not.toContain('whether the agreement was signed or only agreed in principle');
  });
});

describe('lists, slang verbs and file names', () => {
  const page = pageOf('on the export rules', 'The ministry said it would publish guidance later this month.');

  it('quotes the sentence that lists the items after the one that announces them', async () => {
    const dir = writeArticles({
      'ledger.md': page(
        'Quarry Ledger',
        '2025-04-08',
        'On April 4, Beijing put five heavy rare earth elements under export licensing. The list is samarium, gadolinium, terbium, dysprosium and yttrium, along with their oxides.',
      ),
      ...Object.fromEntries(
        ['Orchard Wire', 'Lantern Post', 'Delta Review', 'Echo Daily', 'Fjord Times', 'Harbor Daily', 'Metro Ledger'].map((outlet, i) => [
          `w${i}.md`,
          page(
            outlet,
            `2025-06-2${i}`,
            `Exporters of the five rare earth elements under the April export licensing rules now wait ${i + 3} weeks for a licence.`,
          ),
        ]),
      ),
    });
    const b = await makeBot(dir);
    const a = await b.answerQuestion('which 5 elements are under the april export licensing? list pls');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/samarium, gadolinium, terbium, dysprosium and yttrium/);
  });

  it('reads a slang verb that is an English word ("tank") as itself, not as a typo of an article word', async () => {
    const dir = writeArticles({
      'customs.md': page(
        'Lantern Post',
        '2025-06-20',
        "China's customs data showed that exports of rare earth magnets fell 74% in May from a year earlier.",
      ),
      'thanks.md': page('Delta Review', '2025-06-21', 'The minister thanked exporters for their patience with the new magnet licences.'),
    });
    const b = await makeBot(dir);
    const a = await b.answerQuestion("how much did china's magnet exports tank in may");
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toMatch(/fell 74% in May/);
    // A word of English the articles do not use is not corrected to one they do ("tank" is not "thank").
    const vocab = buildVocabulary(['The minister said thank you to the suppliers.']);
    expect(analyzeQuestion('did the exports tank', vocab).terms.find((t) => t.word === 'tank')?.corrected).toBeUndefined();
    expect(analyzeQuestion('did the ban hurt norvex supplers', vocab).terms.find((t) => t.word === 'supplers')?.corrected).toBe(
      'suppliers',
    );
  });

  it('does not take one topic word of a file name as the question naming that file', async () => {
    const dir = writeArticles({
      '11_norvex.md': page('Echo Daily', '2025-06-20', 'Norvex Motors said on Monday that the export curbs would cost it dearly.'),
      'wire.md': page('Fjord Times', '2025-06-22', 'The curbs cost the carmaker Norvex $2 billion in lost sales, the company said.'),
    });
    const b = await makeBot(dir);
    const a = await b.answerQuestion('how much did the export curbs cost norvex?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('wire.md');
    expect(a.answer).toMatch(/\$2 billion/);
  });

  it('reads "and co" as others like it, and a timeline between two months as the chronology', () => {
    expect(normalizeInformal('did the ban on synopsys and co get reversed')).toBe('did the ban on synopsys and others get reversed');
    expect(normalizeInformal("who's the industry group exec")).toBe("who's the industry association executive");
    expect(classifyQuestion('give me the timeline apr -> jul, main beats only')).toEqual({ kind: 'timeline' });
  });
});

describe('answers in interviews and transcripts', () => {
  it('takes the answer after a question as about that question, though it repeats none of its words', async () => {
    const page = pageOf('on the truce', 'Subscribers can read the full archive online.');
    const dir = writeArticles({
      'interview.md': page(
        'Harbor Weekly',
        '2025-07-08',
        '**HW: When does the tariff truce with China expire?**\n\n**Mara Quell:** August 12. If the truce lapses, the rate jumps back up.\n\n**HW: And the licences?**\n\n**Mara Quell:** They are slow.',
      ),
      'a.md': page('Orchard Wire', '2025-06-20', 'Importers say the tariff truce with China has brought some calm to their planning.'),
      'b.md': page('Lantern Post', '2025-06-21', 'The truce with China lowered tariffs on both sides for ninety days.'),
    });
    const b = await makeBot(dir);
    const a = await b.answerQuestion('when does the china truce run out');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/August 12/);
  });
});

describe('figures asked for in other words', () => {
  it('answers "how big was the writedown" from the best sentences when every word it names is in the articles', async () => {
    const page = pageOf('on the curbs', 'The company said it would keep its Ohio plant open.');
    const dir = writeArticles({
      'wire.md': page(
        'Fjord Times',
        '2025-06-22',
        'Norvex Motors took a $2 billion charge in its second quarter tied to the export curbs on its vans.',
      ),
      'echo.md': page('Echo Daily', '2025-06-20', 'Norvex Motors said the export curbs were hurting its business in China.'),
    });
    const b = await makeBot(dir);
    const a = await b.answerQuestion('how big was the writedown norvex took from the curbs hurting its china business, seen diff numbers');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toMatch(/\$2 billion charge/);
    // A figure for something the articles never mention is still no answer.
    const soy = await b.answerQuestion('how big was the soybean writedown norvex took from the curbs?');
    expect(soy.abstained).toBe(true);
  });
});

describe('a column named by its author', () => {
  it('answers "what\'s <author>\'s argument" from the column she signed, though no sentence names her', async () => {
    const dir = writeArticles({
      'column.md':
        '---\ntitle: "Opinion: a truce with paperwork"\noutlet: Harbor Weekly\nauthor: Mara Quell\ndate: 2025-07-01\n---\n\nThe rare earth deal is a truce with paperwork, not a treaty.\n\nBeijing kept its licensing system, and it can slow approvals whenever it likes.\n',
      'news.md':
        '---\ntitle: Licences trickle out\noutlet: Orchard Wire\ndate: 2025-06-30\n---\n\nChina approved more rare earth export licences this week, officials said.\n\nThe licensing system remains in place.\n',
    });
    const b = await makeBot(dir);
    const a = await b.answerQuestion("what's mara quell's argument");
    expect(a.abstained).toBe(false);
    expect(a.citations.every((c) => c.source === 'column.md')).toBe(true);
    expect(a.answer).toMatch(/truce with paperwork/);
  });
});

describe('a share asked for', () => {
  it('reads "what share of…" as asking for a percentage, not for the word "share"', async () => {
    const page = pageOf('on supply', 'The company said it would keep its Ohio plant open.');
    const dir = writeArticles({
      'survey.md': page(
        'Fjord Times',
        '2025-06-22',
        'The Geological Survey reported that between 2020 and 2023, China supplied 70 percent of all rare earth compounds and metals the United States brought in.',
      ),
      'echo.md': page('Echo Daily', '2025-06-20', 'American imports of rare earth magnets rose in May, customs data showed.'),
    });
    const b = await makeBot(dir);
    const a = await b.answerQuestion('what share of US rare earth imports came from china?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/70 percent/);
  });
});

describe('a timeline between two months', () => {
  it('keeps the events of the months asked for, each line with its source words', async () => {
    const files: Record<string, string> = {};
    for (const i of [1, 2, 3]) {
      files[`w${i}.md`] =
        `---\ntitle: Wire ${i} on the rare earth deal\noutlet: Wire ${i}\ndate: 2025-06-2${i}\n---\n\n` +
        `The rare earth export agreement between the United States and China was signed on June 25, officials told Wire ${i}.\n`;
    }
    files['v.md'] =
      '---\ntitle: Vienna round on rare earths\noutlet: Harbor Weekly\ndate: 2025-04-12\n---\n\nUS and Chinese trade negotiators met in Vienna on April 10 for a first round of talks on rare earth export controls.\n';
    files['o.md'] =
      '---\ntitle: Oslo round on rare earths\noutlet: Fjord Times\ndate: 2025-11-05\n---\n\nUS and Chinese trade negotiators met in Oslo on November 4 to extend the truce on rare earth export controls.\n';
    const b = await makeBot(writeArticles(files));
    const all = await b.answerQuestion('whats the timeline');
    expect(all.answer).toMatch(/Oslo/);
    const span = await b.answerQuestion('timeline from apr to june pls');
    expect(span.answer).toMatch(
      /10 April 2025: Talks in Vienna — Harbor Weekly: “US and Chinese trade negotiators met in Vienna on April 10/,
    );
    expect(span.answer).toMatch(/25 June 2025/);
    expect(span.answer).not.toMatch(/Oslo/);
  });
});

describe('names in the scene of an article', () => {
  it('takes a place named in the lead as the scene of a later quote, but not another country for a party of the story', async () => {
    const page = (outlet: string, date: string, body: string) =>
      `---\ntitle: ${outlet} report\noutlet: ${outlet}\ndate: ${date}\n---\n\n${body}\n`;
    const dir = writeArticles({
      'summit.md': page(
        'The Ticker',
        '2025-11-03',
        'President Trump and President Xi met in Harbourton on Oct. 30 to discuss trade and tariffs.\n\nBoth arrived under pressure to stabilise the trade war.\n\nThe two sides agreed to pause the October rare earth rules for a year.\n\nUS Trade Representative Jane Doe said China would not be imposing its expanded rare earth controls.',
      ),
      'geneva.md': page(
        'Orchard Wire',
        '2025-05-12',
        'The US will be represented in the trade talks by Trade Representative Jane Doe, the White House said.',
      ),
      'china.md': page('Lantern Post', '2025-06-20', 'China and the US agreed on rare earth exports; the trade talks will continue.'),
    });
    const b = await makeBot(dir);
    const a = await b.answerQuestion('what did the US trade rep say after Harbourton');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/would not be imposing/);
    const japan = await b.answerQuestion('did japan sign its own rare earths deal w/ harbourton?');
    expect(japan.abstained).toBe(true);
  });
});

describe('a topic word the articles use only in other words', () => {
  it('does not require it to meet the others ("the cost to norvex" when the article says "a loss for the vanmaker")', async () => {
    const dir = writeArticles({
      'a.md':
        '---\ntitle: Vanmaker results\noutlet: Fjord Times\ndate: 2025-06-22\n---\n\nNorvex Motors makes electric vans in Ohio. Its plant employs 2,000 people. Its chief executive spoke to analysts on Monday. The export curbs led to a $2 billion loss for the vanmaker last quarter.\n',
      'b.md':
        '---\ntitle: Magnet licences\noutlet: Echo Daily\ndate: 2025-06-20\n---\n\nChina approved more magnet export licences this week, officials said.\n',
    });
    const b = await makeBot(dir);
    const a = await b.answerQuestion('what was the cost to norvex?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/\$2 billion loss/);
  });
});
