import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Questions read the way they are meant:
 * - a clause that times what is measured is no part of it ("…expecting for july once the licence thing was dropped":
 *   a July figure of the shipments answers it, not "the articles give figures for May");
 * - "what did X call Y" asks for X's label ("labelled it 'economic bullying'");
 * - an aside that only says how short to answer ("…? short version") leaves the question before it to answer, never
 *   the whole story's summary;
 * - a short question in a language dealbot has no list for, whose own words an article in that language holds, is
 *   matched against that article, never "none of the articles mentions 'beth'" (unless it names someone no article
 *   mentions);
 * - a date an FAQ's answer gives for "a separate framework", under a question about another pair's deal, is no side of
 *   the story's signing date.
 * On articles written for this test: the people, outlets and figures are invented.
 */

const FILES = {
  'ledger.md': article(
    'Fjord Ledger',
    '2025-07-02',
    [
      'US officials removed the licence requirement for naphtha shipments to China on July 2.',
      'It is "back to business as usual," said Mara Lind, an analyst at Vessel Data.',
      '"We would expect a return to more seasonal US naphtha shipments to China of around 12,400 tonnes in July."',
    ].join('\n\n'),
  ),
  'digest.md': article(
    'Republic Digest',
    '2025-07-03',
    'Exports to China had dropped to zero in June from 9,500 tonnes in May due to the licensing requirements.',
    'Naphtha exports to China set to rebound',
  ),
  'faharas.md': article(
    'Harbour Post',
    '2025-10-14',
    'On October 9 China tightened its cobalt export controls. The United States and its allies condemned the move. Trade Representative Ivar Haldor labelled it "economic bullying," while allies pledged a joint response.',
  ),
  'haldor.md': article(
    'Tarn Wire',
    '2025-06-11',
    'Trade Representative Ivar Haldor noted China had been slow to lift cobalt curbs. Haldor said talks would continue in the autumn.',
  ),
  'spike.md': article(
    'Metals Insight',
    '2025-11-20',
    "The spike in cobalt prices came despite Beijing's export controls announced on Oct. 9.",
  ),
  'steel.md': article(
    'Steel Radar',
    '2025-11-08',
    'The Chinese commerce ministry said the cobalt export controls, originally declared on October 9, will now take effect in 2026.',
  ),
  'signed.md': article('Cable Desk', '2025-06-27', 'The United States and China signed the cobalt framework on June 25, officials said.'),
  'signed2.md': article('Delta Metals Desk', '2025-06-28', 'The US-China cobalt framework was signed on June 24 in Washington.'),
  'faq.md': article(
    'Supply Line Weekly',
    '2025-12-12',
    [
      '**Q: Is the US–Ruritania deal part of this?** No. That was a separate framework signed at the White House on October 20.',
      '**Q: Are the April cobalt controls gone?** No. The pause covers the October 9 rules only.',
    ].join('\n\n'),
  ),
  'cy.md': article(
    'Y Cylchgrawn Masnach',
    '2025-11-10',
    'Mae Tsieina wedi atal am flwyddyn y rheolaethau allforio newydd ar gobalt a gyhoeddodd ar 9 Hydref. Dywedodd Dr Alis Morgan, economegydd annibynnol yng Nghaerdydd: "Saib yw hwn, nid diwedd. Bydd cwmnïau sy\'n prynu cobalt o Tsieina yn wynebu\'r un ansicrwydd eto ymhen blwyddyn."',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('clauses, labels and asides read as meant', () => {
  it('answers a month’s figure whatever the clause that times it says', async () => {
    const a = await bot.answerQuestion('what naphtha volume to china were ppl expecting for july once the licence thing was dropped');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('12,400 tonnes');
  });

  it('quotes the label someone put on a move', async () => {
    const a = await bot.answerQuestion("what did haldor call beijing's oct 9 move");
    expect(a.citations.some((c) => c.quote.includes('economic bullying'))).toBe(true);
  });

  it('answers the question before an aside on how short to be', async () => {
    const a = await bot.answerQuestion('what did china do on oct 9? short version');
    expect(a.answer).not.toMatch(/story in brief/i);
    expect(a.citations.some((c) => /October 9 China tightened/.test(c.quote))).toBe(true);
  });

  it('matches a short question in another language against the article in it', async () => {
    const a = await bot.answerQuestion('Beth ddywedodd Dr Alis Morgan am y saib?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Saib yw hwn');
    expect(a.answer).not.toMatch(/mentions “beth”/i);
  });

  it('still says no article mentions someone a short foreign question names', async () => {
    const a = await bot.answerQuestion('Beth ddywedodd Dr Gwyn Pryderi am y saib?');
    expect(a.abstained).toBe(true);
  });

  it("leaves a separate deal's date out of the story's signing dispute", async () => {
    const a = await bot.answerQuestion('when was the us-china cobalt framework signed?');
    const d = a.disagreements.find((x) => x.positions.some((p) => /June 24/.test(p.quote)));
    expect(d).toBeDefined();
    expect(d?.positions.some((p) => /October 20/.test(p.quote))).toBe(false);
  });
});
