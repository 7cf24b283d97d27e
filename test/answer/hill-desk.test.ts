import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageAsideWords } from '../../src/answer/abstain.js';
import { askedSides } from '../../src/answer/asked-sides.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a Capitol Hill desk and a mining-equities newsletter asked their questions (session 57): on articles
 * written for this test (the outlets, people, companies and figures are invented).
 */

afterAll(removeTempDirs);

describe('one letter', () => {
  it('offers no sides: "R or D?" asks for a party', () => {
    expect(askedSides('senate sponsors on the reserve bill, R or D?')).toBeNull();
    expect(askedSides('was it kessler or ruell?')?.map((s) => s.label)).toEqual(['kessler', 'ruell']);
  });

  const FILES = {
    'hill.md': article(
      'Dome Wire',
      '2025-10-31',
      'Auto-state lawmakers welcomed the truce as relief for automakers, while China hawks warned it left factories exposed. Rep. Dana Pell (R-Ohio) welcomed the relief for automakers; Sen. Omar Vick (D-Mich.) said the hawks were right to worry.',
    ),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('is no name the articles must mention ("R/D breakdown pls")', async () => {
    const a = await bot.answerQuestion('which members welcomed relief for automakers vs which hawks griped — R/D breakdown pls');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Dana Pell');
  });
});

describe('a page cited by one word of its outlet', () => {
  const FILES = {
    // The person asked about is in the other page's file name; the page cited is the senator's release.
    'a1_senatedems_ortiz-letter.md': article(
      'Senate Caucus',
      '2025-10-29',
      'Senator Lena Ortiz led a letter joined by eleven colleagues urging the president not to trade away export controls.',
    ),
    'a2_bramwell_release.md': article(
      'Office of Sen. Hugo Bramwell (press release)',
      '2025-10-29',
      'Senator Hugo Bramwell joined Senator Lena Ortiz and six Senate colleagues to urge the president to protect export controls ahead of the summit.',
    ),
    'a3_wire.md': article('Tern Wire', '2025-10-30', 'Senator Hugo Bramwell said the summit should not touch export controls.'),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('is that page ("per the bramwell release"), though another page is named for the person asked about', async () => {
    const a = await bot.answerQuestion('per the bramwell release how many colleagues joined ortiz on that letter');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('six Senate colleagues');
    expect(a.citations.map((c) => c.source)).toContain('a2_bramwell_release.md');
  });
});

describe('a page in another language named by its outlet alone', () => {
  const FILES = {
    'lecho.md': article(
      'Lumière Hebdo',
      '2025-06-12',
      "Un accord a été conclu entre les États-Unis et la Chine à Londres, les 9 et 10 juin, au sujet des terres rares. Cette décision a eu des conséquences concrètes : une usine Ford près de Detroit a été contrainte de stopper sa production fin mai, faute d'aimants.",
      'Terres rares : un accord à Londres',
    ),
    'wire.md': article('Tern Wire', '2025-06-11', 'US and Chinese negotiators agreed a framework on rare earths in London on June 10.'),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('is read through its glossary: not "nothing addresses this"', async () => {
    const a = await bot.answerQuestion('lumiere hebdo mentions a ford plant stopping — where and when');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('une usine Ford près de Detroit');
  });
});

describe("a country beside an outlet's name", () => {
  const FILES = {
    'a1_nordcast.md': article(
      'Nordcast',
      '2025-07-03',
      'Chip design software makers told Nordcast that the export restrictions to China had been lifted.',
    ),
    'a2_nordcast_jp.md': article(
      'Nordcast.co.jp（ライブドア経由）',
      '2025-10-30',
      'トランプ米大統領は３０日、中国のレアアース供給をめぐる問題は解決したと述べた。中国政府の説明では、米国が９月下旬に輸出規制を拡大したことへの対抗措置だとしている。',
    ),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('is named by its language and one word of the outlet ("the japanese nordcast piece")', async () => {
    const edition = await bot.answerQuestion('what does the japanese nordcast piece say');
    expect(edition.citations.map((c) => c.source)).toEqual(expect.arrayContaining(['a2_nordcast_jp.md']));
    expect(edition.citations.map((c) => c.source)).not.toContain('a1_nordcast.md');
  });

  it('answers from that page, not "the articles mention japan"', async () => {
    const a = await bot.answerQuestion('per nordcast japan, what reason did beijing give for the export curbs');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('対抗措置');
  });
});

describe('the round of talks', () => {
  const FILES = {
    'ai.md': article(
      'Digest Bot',
      '2025-11-05',
      'This article was generated by an AI system. The key round took place in Lisbon in April 2025, where US and Chinese negotiators met. The agreement on gallium was signed later.',
    ),
    'wire.md': article(
      'Tern Wire',
      '2025-06-12',
      'The talks in Lisbon on June 9 and 10 produced a framework between the United States and China on gallium.',
    ),
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('called "the key round" is dated by the month it is put in, a side against the other pages', async () => {
    const talks = bot.claims.filter((c) => c.event === 'talks' && c.attribute === 'date' && c.source === 'ai.md');
    expect(talks.map((c) => c.value)).toEqual(['2025-04']);
    const a = await bot.answerQuestion('when were the lisbon talks');
    expect(a.disagreements.length).toBeGreaterThan(0);
    expect(a.answer).toContain('April 2025');
  });
});

describe('figures offered as sides', () => {
  it('read a price per unit as its figure ("110 or 100/kg?")', () => {
    expect(askedSides('mp ndpr floor — 110 or 100/kg? iluka quoted 100')?.map((s) => s.label)).toEqual(['110', '100/kg']);
  });

  it('take the name that quoted one as a source, not as what is asked', () => {
    expect(pageAsideWords('mp ndpr floor — 110 or 100/kg? iluka quoted 100').has('iluka')).toBe(true);
    expect(pageAsideWords('reuters says 144, bloomberg has it at 122').has('bloomberg')).toBe(true);
    // (Not a name followed by words: "lutnick said signed" offers no figure.)
    expect(pageAsideWords('lutnick said signed two days ago').has('lutnick')).toBe(false);
  });

  const FILES = {
    'a.md': article(
      'Port Ledger',
      '2025-10-15',
      'The US port fees on Chinese-built vessels came into force on 15 October, ending months of uncertainty.',
    ),
    'b.md': article(
      'Harbour Post',
      '2025-10-31',
      'Both sides agreed to pause the port fees they have been levying on each other since 14 October.',
    ),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('against the other pages keep the other pages ("per port ledger it was one, per others the other")', async () => {
    const a = await bot.answerQuestion(
      'when did the port fees kick in - oct 14 or oct 15? per port ledger it was one, per others the other',
    );
    expect(a.answer).toContain('15 October');
    expect(a.answer).toContain('14 October');
  });
});

describe('a markets desk', () => {
  it('types px for price, "long run" for long-term, and what the answer is for', () => {
    expect(normalizeInformal('ndpr px in china end of aug')).toBe('ndpr price in china end of August');
    expect(normalizeInformal('what long run ndpr px do they use')).toBe('what long-term ndpr price do they use');
    expect(normalizeInformal('tl;dr busan outcome for our RE book pls')).not.toMatch(/book/);
  });

  const FILES = {
    'deal.md': article(
      'Ore Ledger',
      '2025-07-10',
      'The Defense Department bought a $400 million stake in Zentra Metals, which makes magnets for electric vehicles. Zentra shares closed up 50% on the day.',
    ),
    'plant.md': article(
      'Baltic Auto',
      '2025-09-19',
      "Veltra's magnet plant in Tallinn will initially produce 2,000 tonnes a year, sufficient for around one million EVs. Its output will double by 2027.",
    ),
    'reserve.md': article('Dome Wire', '2026-01-15', 'Lawmakers introduced a bill to create a $2.5 billion reserve of critical minerals.'),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('asks for equity, which reports write as a stake', async () => {
    const a = await bot.answerQuestion('how much equity did the pentagon put into zentra');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('$400 million stake');
  });

  it("asks how many EVs a plant's output can cover, which reports write as what it is sufficient for", async () => {
    const a = await bot.answerQuestion("how many EVs can veltra's output cover?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('one million EVs');
  });

  it('asks about a stockpile bill, which reports write as a reserve', async () => {
    const a = await bot.answerQuestion('stockpile bill — how big is it $ wise');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('$2.5 billion reserve');
  });
});

describe('two sources set against each other', () => {
  const FILES = {
    'sheet.md': article(
      'Quay Times',
      '2025-11-03',
      'The White House fact sheet said China will issue general licences for gallium exports, which would unwind the April controls.',
    ),
    'notice.md': article(
      'Tern Wire',
      '2025-11-07',
      "China's commerce ministry notice only pauses the October gallium controls; it made no mention of general licences or of the April controls.",
    ),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('are each met in their own sentence ("WH fact sheet vs mofcom"): not "mention them, but not in connection"', async () => {
    const a = await bot.answerQuestion('did china unwind the april gallium controls or just pause the oct ones? WH fact sheet vs mofcom');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('general licences');
  });
});

describe('an outlet typed with a hyphen, in the other number', () => {
  const FILES = {
    'a1_kspan_meeting.md': article(
      'newsletters.k-span.org',
      '2025-10-30',
      'The leaders met for 90 minutes in Busan. "It\'s a one-year deal that will, I think, be very routinely extended," the president said of the gallium truce.',
    ),
    'a2_wire.md': article('Tern Wire', '2025-10-30', 'The president said the gallium truce had settled everything.'),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('names its page ("per the k-span newsletter" of "newsletters.k-span.org")', async () => {
    const a = await bot.answerQuestion('per the k-span newsletter what did the president say about extending the gallium truce');
    expect(a.citations.map((c) => c.source)).toEqual(['a1_kspan_meeting.md']);
  });
});
