import { afterAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/corpus/claims.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { corpusOf } from '../helpers/pipeline.js';

afterAll(removeTempDirs);

const fm = (published: string | null, outlet: string, body: string) =>
  `---\noutlet: ${outlet}\n${published ? `published: ${published}\n` : ''}---\n${body}\n`;

describe('claims', () => {
  it('resolves "yesterday" in a quote against the date of the remark, and "two days earlier" against the interview', async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-07-01',
        'Harbor Daily',
        'President Alvarez said on Thursday that the two countries had signed a trade pact. "We just signed with Ruritania yesterday," Mr. Alvarez told reporters at the palace.\n\nMinister Petra Lind told the Gazette on June 26 that the pact had been signed two days earlier.',
      ),
    });
    const signing = extractClaims(corpus).filter((c) => c.event === 'signing' && c.attribute === 'date');
    // The first sentence dates the remark, not the signing; the quote and the interview date the signing.
    expect(signing.map((c) => c.value).sort()).toEqual(['2025-06-24', '2025-06-25']);
    const lind = signing.find((c) => c.value === '2025-06-24');
    expect(lind?.speaker).toBe('Petra Lind');
    expect(lind?.display).toMatch(/two days earlier.*26 June 2025/);
    const quoted = signing.find((c) => /yesterday/.test(c.asWritten));
    expect(quoted?.display).toMatch(/said on 26 June 2025/);
  });

  it('names a speaker written only by a title by the whole title ("His own Trade Minister told…"), never "Minister"', async () => {
    const corpus = await corpusOf({
      'b.md': fm(
        '2025-07-03',
        'Harbor Daily',
        'His own Trade Minister told the Gazette on June 26 that the tin pact had been "signed and sealed two days ago," which would make it June 24.',
      ),
    });
    const signing = extractClaims(corpus).filter((c) => c.event === 'signing' && c.attribute === 'date');
    expect(signing.length).toBeGreaterThan(0);
    for (const c of signing) expect(c.speaker).toBe('Trade Minister');
  });

  it('dates a signing by its most precise date when a vaguer one leads the clause ("in June and signed on June 25")', async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-11-02',
        'Harbor Daily',
        'The truce builds on the framework agreed in Lisbon in June and signed on June 25. Officials called it a first step.',
      ),
    });
    const signing = extractClaims(corpus).filter((c) => c.event === 'signing' && c.attribute === 'date');
    expect(signing.map((c) => c.value)).toEqual(['2025-06-25']);
    expect(signing[0]?.asWritten).toBe('June 25');
  });

  it('keeps a relative date unresolved when the article has no date', async () => {
    const corpus = await corpusOf({
      'a.md': fm(null, 'Undated Post', 'Officials said the agreement was signed yesterday in the capital, ending months of talks.'),
    });
    expect(extractClaims(corpus).filter((c) => c.event === 'signing' && c.attribute === 'date')).toEqual([]);
  });

  it('attaches dates and places to talks, and flags talks dated after the article as inconsistent', async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-06-28',
        'Daily Ledger',
        'The second round of talks held in Paris on September 9-10 produced a framework agreement on tariffs.',
      ),
    });
    const claims = extractClaims(corpus);
    const talks = claims.find((c) => c.event === 'talks' && c.attribute === 'date');
    expect(talks?.qualifier).toBe('Paris');
    expect(talks?.value).toBe('2025-09-09');
    expect(talks?.inconsistency).toMatch(/dated 28 June 2025/);
    expect(claims.some((c) => c.attribute === 'place' && c.value === 'Paris' && c.qualifier === 'September')).toBe(true);
  });

  it('skips a level set in the past by a fronted phrase ("At the peak of the fight, …"), and names the fentanyl tariff', async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-11-01',
        'Daily Ledger',
        "At the peak of the fight, U.S. duties reached 145% on Chinese goods and China's retaliation 125%. Now the US halves its fentanyl tariff on Chinese goods to 10%. Importers still face tariffs of roughly 57 percent on Chinese goods.",
      ),
    });
    const tariffs = extractClaims(corpus).filter((c) => c.event === 'tariff');
    expect(tariffs.map((c) => `${c.value} ${c.qualifier}`).sort()).toEqual(['10% on China (fentanyl)', '57% on China']);
  });

  it('reads tariff levels with who they apply to, and skips changes ("cut from 145% to 30%")', async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-06-28',
        'Trade Wire',
        'U.S. tariffs on Chinese goods total 55 percent, while China levies 10 percent on American products.\n\nWashington cut its tariffs on Chinese goods from 145% to 30% in May.',
      ),
    });
    const tariffs = extractClaims(corpus).filter((c) => c.event === 'tariff');
    expect(tariffs.map((c) => [c.value, c.qualifier])).toEqual([
      ['55%', 'on China (total)'],
      ['10%', 'on the US'],
    ]);
  });

  it('makes no claims from an article about something else', async () => {
    const deal =
      'Officials from Ruritania and Freedonia said the trade agreement on rare earth exports was signed on June 25 after talks in Geneva.';
    const corpus = await corpusOf({
      'a.txt': deal,
      'b.txt': `${deal} Export licences for rare earth magnets will be approved.`,
      'c.txt': `Ruritania and Freedonia trade officials said rare earth exports would resume under the agreement signed on June 25.`,
      'd.txt': `Freedonia said the agreement on rare earth exports with Ruritania was signed on June 25 in Geneva.`,
      'e.txt': 'The pitcher signed a two-year contract with the club on June 20, his agent said after the game on Saturday night.',
    });
    const sources = new Set(extractClaims(corpus).map((c) => c.source));
    expect(sources.has('e.txt')).toBe(false);
    expect(sources.has('a.txt')).toBe(true);
  });
});

describe('claims from reported statements', () => {
  it('reads "the same day" and "hours later" as the day the previous sentence dated', async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-06-30',
        'Capital Post',
        'On Thursday a government spokesperson confirmed the trade agreement with Freedonia. Hours later, President Alvarez told reporters: "We just signed with Freedonia yesterday." Minister Petra Lind gave another account, telling the Gazette the same day that the pact had been signed "two days ago."',
      ),
    });
    const signing = extractClaims(corpus).filter((c) => c.event === 'signing' && c.attribute === 'date');
    expect(signing.map((c) => c.value).sort()).toEqual(['2025-06-24', '2025-06-25']);
  });

  it("turns an institution's dated statement about the deal into an announcement, and finds where a deal was signed", async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-06-28',
        'Daily Ledger',
        "Ruritania's Commerce Ministry said on Friday that it would approve export licences under the agreement with Freedonia.",
      ),
      'b.md': fm('2025-06-29', 'Evening Star', 'The two governments signed the trade agreement in Paris this week, officials said.'),
    });
    const claims = extractClaims(corpus);
    const statement = claims.find((c) => c.event === 'announcement');
    expect(statement?.value).toBe('2025-06-27');
    expect(statement?.qualifier).toMatch(/Commerce Ministry/);
    expect(claims.find((c) => c.event === 'signing' && c.attribute === 'place')?.value).toBe('Paris');
  });
});
