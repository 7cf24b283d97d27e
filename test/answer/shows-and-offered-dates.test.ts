import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedSides } from '../../src/answer/asked-sides.js';
import { ASKS_COMPANIES_RE } from '../../src/answer/extractive.js';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import { isGenericNoun, questionType } from '../../src/answer/question.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { synonymsOf } from '../../src/text/synonyms.js';
import { stem } from '../../src/text/tokenize.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Shows and plain-text pages named by their masthead, a fact-check's claim and rating kept as its text, counts typed in
 * digits, dates offered as sides, reactions to a piece of news, sources named as where the asker read it, and a
 * look-alike from another year. On articles written for this test (the cobalt framework, outlets and people are
 * invented).
 */

const FILES = {
  'tradelines_ep12.txt': [
    'TRADE LINES, EPISODE 12: "COBALT AFTER OSLO"',
    'Trade Lines podcast / 2025-07-08',
    '',
    'ANA RIVE (host): Welcome back to Trade Lines. My guest is Omar Pell of',
    'the Ridge Institute.',
    '',
    'OMAR PELL: The trade deal was about licences. Trade in cobalt will pick',
    'up slowly, and the trade press should not expect miracles.',
    '',
    'ANA RIVE: People keep saying the tariff is 45 percent.',
    '',
    'OMAR PELL: The 45 is a stack, not a single tariff. The part that came',
    'out of Oslo is 20 percent.',
    '',
    'ANA RIVE: And the trade numbers people argue about?',
    '',
    'OMAR PELL: People quote 2,117 tonnes and 1,238 tonnes for May like they',
    'are the same thing. One is all cobalt products, one is only alloys.',
    '',
    'OMAR PELL: The trade fight is not over. Exports fell 9 percent in',
    'October after the new rules.',
    '',
  ].join('\n'),
  'rt_0627.txt': [
    'US AND CHINA FINALIZE COBALT DEAL',
    'RT / 2025-06-27',
    '',
    'Commerce Secretary Dana Holt told Harbor TV on Friday that the cobalt',
    'deal was signed, and that China would resume cobalt shipments.',
    '',
  ].join('\n'),
  'easyread_0630.txt': [
    'AMERICA AND CHINA MAKE A COBALT DEAL',
    'EasyRead News (Level 2) / 2025-06-30',
    '',
    'America and China made a deal about cobalt in June. China will say yes',
    'to more requests to sell cobalt to other countries.',
    '',
  ].join('\n'),
  'tradewire_0612.txt': [
    'TRADEWIRE -- tradewire.example',
    'MINERALS',
    '',
    'OSLO, June 12 (TradeWire) - Negotiators ended two days of cobalt talks',
    'in Oslo with a framework that both sides must still approve.',
    '',
  ].join('\n'),
  'checkdesk_0618.md': article(
    'CheckDesk',
    '2025-06-18',
    [
      'Claim: "China controls 98 percent of the world\'s cobalt refining, and this deal just locks that in." (Gov. Marcus Vale, town hall in Akron, June 14, 2025)',
      '',
      'Our rating: Mostly False.',
      '',
      "Vale's number is too high for the market as a whole. Agency figures put China's share of cobalt refining at about 75 percent.",
      '',
      'Bottom line: the share is large, but 98 percent overstates it.',
    ].join('\n'),
  ),
  'explainer_0701.md': article(
    'Plain Ledger',
    '2025-07-01',
    [
      'On April 4, China began requiring licences to export seven cobalt compounds and the alloys made from them.',
      '',
      'Oslo: truce reached on May 11; tariffs cut for 90 days.',
    ].join('\n'),
  ),
  'harbor_1105.md': article(
    'Harbor Journal',
    '2025-11-05',
    [
      'The Oslo joint statement of May 12 had cut tariffs for 90 days; the fight since has been about licences.',
      '',
      'Trump and Xi met in Busan on October 30 and agreed to suspend the October cobalt controls for a year from December 1.',
    ].join('\n'),
  ),
  'isles_1031.md': article(
    'Isles Examiner',
    '2025-10-31',
    [
      'The two leaders spoke for about 100 minutes.',
      '',
      'Mr Xi said both sides would work to finalise their agreements, according to a report distributed by state media.',
    ].join('\n'),
  ),
  'cua_1030.md': article(
    'Farm Post',
    '2025-10-30',
    [
      "The Cobalt Users Association on Thursday praised the White House's announcement that China will sell more cobalt to battery makers.",
      '',
      '"Today\'s announcement is great news for battery makers, and our members are grateful," said Cal Rand, association president and a battery maker from Ohio.',
    ].join('\n'),
  ),
  'daily_2025-05-29_vance-student-visas.md': article(
    'Daily Courier',
    '2025-05-29',
    [
      'The United States will "aggressively revoke" the visas of some Chinese students, Senator Joe Vance said on Wednesday.',
      '',
      'He added that future applications would face more scrutiny.',
    ].join('\n'),
  ),
  'fjord_0611.md': article(
    'Fjord Post',
    '2025-06-11',
    'Negotiators met in Oslo on June 9 and 10 and agreed a framework on cobalt exports.',
  ),
  'courier_0620.md': article('North Courier', '2025-06-20', 'The Oslo talks on June 16 and 17 ended with a cobalt framework.'),
  'desk_0716.md': article(
    'Meridian Desk',
    '2025-07-16',
    'Oslo, June 9-10: talks led by Commerce Secretary Dana Kessler, with Treasury alongside.',
  ),
  'ledger_0701.md': article(
    'Plain Ledger',
    '2025-07-01',
    'The US delegation in Oslo was led by Treasury Secretary Sam Vantor, officials said.',
  ),
  'wave_1030.md': article(
    'News Wave',
    '2025-10-30',
    'Treasury Secretary Sam Vantor said the initial cobalt purchase would fall between now and January.',
  ),
  'customs_2026.md': article(
    'Port Data',
    '2026-01-19',
    'Customs data released on Monday showed cobalt alloy exports to Japan fell 8% to 280 tonnes last month.',
  ),
  'gallium_2023.md': article(
    'Metal Week',
    '2023-08-01',
    [
      'China will not lift gallium export licences under any deal, the ministry said on August 1, 2023, as gallium exports to buyers slowed.',
      '',
      'Germanium exporters will need licences too, and the germanium controls are there to stay, the ministry said.',
    ].join('\n'),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

const outletOf = (id: string) => bot.corpus.byId.get(id)?.meta.outlet;

describe('pages named by their masthead', () => {
  it("takes a show's or a plain-text page's name from the masthead line", () => {
    expect(outletOf('tradelines_ep12.txt')).toBe('Trade Lines');
    // A two-letter name before the date, and a name with its edition in brackets.
    expect(outletOf('rt_0627.txt')).toBe('RT');
    expect(outletOf('easyread_0630.txt')).toBe('EasyRead News');
    // A name the masthead shouts is written as the dateline writes it.
    expect(outletOf('tradewire_0612.txt')).toBe('TradeWire');
  });

  it('reads the show named in full as the page, not as the story\'s words ("on the trade lines pod")', async () => {
    const a = await bot.answerQuestion('on the trade lines pod what did omar pell say about the 45%');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toContain('The 45 is a stack');
  });

  it('reads a figure the question already gives as what is asked about, not for ("the 55 number")', () => {
    expect(questionType('on the pod what did the guest say abt the 55 number')).toBe('what');
    expect(questionType('what were the 45% figures')).toBe('what');
    expect(questionType('what were the july numbers')).toBe('howmany');
  });

  it('does not hold a speaker\'s other figures against the month asked ("what does pell say about the may numbers")', async () => {
    const a = await bot.answerQuestion('in the trade lines podcast what does pell say ppl get wrong about the may numbers');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('2,117 tonnes');
  });
});

describe("a fact-check's claim and rating", () => {
  it("keeps a claim closed by its bracketed attribution, and the rating under it, as the page's text", async () => {
    const texts = bot.corpus.sentences.filter((s) => s.source === 'checkdesk_0618.md').map((s) => s.text);
    expect(texts).toContain('Our rating: Mostly False.');
    expect(texts.some((t) => t.startsWith('Claim:'))).toBe(true);
    const a = await bot.answerQuestion('gov vale\'s "98%" line - does it hold up or nah');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Mostly False|overstates/);
  });
});

describe('counts and names asked for', () => {
  it('matches a count typed in digits with the word the articles spell ("the 7 compounds")', async () => {
    const seven = bot.analyze('which 7 compounds were picked').terms.find((t) => t.word === '7');
    expect(seven?.matches).toContain(stem('seven'));
    const a = await bot.answerQuestion('names of the 7 compounds beijing put under licence in april? doing a graphic');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('seven cobalt compounds');
  });

  it('reads "names", "guest", "moment", "saga", "phase", "segment" and kinds of page as the shape of the answer', () => {
    for (const w of ['names', 'guest', 'moment', 'saga', 'phase', 'segment', 'roundup', 'newsletter', 'words'])
      expect(isGenericNoun(w), w).toBe(true);
    expect(isGenericNoun('cobalt')).toBe(false);
  });

  it('asks for a company by "name of the … maker"', () => {
    expect(ASKS_COMPANIES_RE.test('name of the first chinese magnet maker to get a licence')).toBe(true);
    expect(ASKS_COMPANIES_RE.test('what is the name of the deal')).toBe(false);
  });

  it('reads explainers and reference pages as a kind of page, and a guess at the page as an aside', () => {
    expect(classifyQuestion('which outlets here are explainer / reference type stuff (faq, glossary, encyclopedia etc)')).toMatchObject({
      kind: 'genre-pages',
      genre: 'explainer',
    });
    expect(normalizeInformal('most recent piece we have? the wiki-ish one?')).not.toMatch(/wiki/);
    expect(normalizeInformal('how many non-english pieces in the folder')).toContain('non-english pieces');
    expect(classifyQuestion('most recent piece we have? the wiki-ish one?').kind).toBe('dated-pages');
  });

  it('reads chat for a handshake and for the desk the asker asks for', () => {
    expect(normalizeInformal('what did he expect the moment they shook on it')).toContain('handshake');
    expect(normalizeInformal('best lunch spot near the office? asking for the whole desk')).not.toMatch(/desk/);
    expect(synonymsOf(stem('analyst')).has(stem('analysis'))).toBe(true);
  });
});

describe('a dispute over another round', () => {
  it('does not flag the dates of talks held where none of the best sentences is ("where did trump n xi meet")', async () => {
    const a = await bot.answerQuestion('when + where did trump n xi meet');
    expect(a.answer).toContain('Busan');
    expect(a.disagreements.map((d) => d.topic).join(' ')).not.toMatch(/Oslo/);
    // (Asked about those talks, their dates are in dispute.)
    const b = await bot.answerQuestion('oslo talks - what dates were they?');
    expect(b.disagreements.map((d) => d.topic).join(' ')).toMatch(/Oslo/);
  });
});

describe('dates offered as sides', () => {
  it('reads "may 11 or may 12?" as two dates and quotes the article stating each', async () => {
    expect(askedSides('oslo truce - may 11 or may 12?')?.map((s) => s.label)).toEqual(['may 11', 'may 12']);
    const a = await bot.answerQuestion('oslo truce - may 11 or may 12?');
    const sides = a.disagreements.flatMap((d) => d.positions.map((p) => p.claim));
    expect(sides).toEqual(expect.arrayContaining(['May 11', 'May 12']));
    // (Said first, and each side quoted in the answer itself.)
    expect(a.answer.startsWith('⚠️ The sources disagree')).toBe(true);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/May 11[\s\S]*May 12|May 12[\s\S]*May 11/);
  });
});

describe('names offered as sides', () => {
  it('quotes each name where it is said to do what is asked ("who led the us side in oslo, vantor or kessler?")', async () => {
    const a = await bot.answerQuestion('who actually led the us side in oslo, vantor or kessler? a client note says kessler led it');
    const vantor = a.disagreements.flatMap((d) => d.positions).find((p) => p.claim === 'Vantor');
    expect(vantor?.quote).toContain('was led by Treasury Secretary Sam Vantor');
  });
});

describe('what a reaction is to, and where the asker read it', () => {
  it('does not require the news a reaction is asked to ("his quote on the busan news") to be named with it', async () => {
    const a = await bot.answerQuestion('cobalt users association president - what was his quote on the busan news');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('great news for battery makers');
  });

  it('reads "per state media" as where the asker read it, not as what is asked', async () => {
    const a = await bot.answerQuestion('what did xi say after busan per state media');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('finalise their agreements');
  });
});

describe('a page named by its file', () => {
  it('answers from the page whose file name the question spells out, however little its sentences repeat', async () => {
    const a = await bot.answerQuestion("vance's exact words on student visas?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('aggressively revoke');
  });
});

describe('a look-alike from another year', () => {
  it("does not answer a question about the story's june from a page of another year", async () => {
    const a = await bot.answerQuestion('did the june deal lift the gallium export licences?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toContain('2023');
  });

  it('does not answer it from the story\'s june when only a page of another year names what is asked ("germanium")', async () => {
    const a = await bot.answerQuestion("did the june deal lift china's germanium controls too?");
    expect(a.abstained).toBe(true);
    expect(a.answer).toContain('2023');
  });

  it('answers from a later year, the story moving on ("the december customs numbers")', async () => {
    const a = await bot.answerQuestion('what did the december customs numbers show for japan');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('280 tonnes');
  });
});
