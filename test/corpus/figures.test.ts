import { afterAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/corpus/claims.js';
import { findParties } from '../../src/text/entities.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { corpusOf } from '../helpers/pipeline.js';

/**
 * Figures with a unit and what they measure, on articles written for this test: a change of a level is not the
 * level, a record over a span is no length, a rate is not a month's figure, a year's figure is not a month's, a
 * change "from June to" a figure dates it to July, "last month" in an undated wire is some month, a correction's
 * withdrawn value is no claim, and "North America" is not the United States.
 */

afterAll(removeTempDirs);

const fm = (published: string | null, outlet: string, body: string) =>
  `---\noutlet: ${outlet}\n${published ? `published: ${published}\n` : ''}---\n${body}\n`;

const quantities = (claims: ReturnType<typeof extractClaims>) => claims.filter((c) => c.event === 'quantity');

describe('what a figure measures', () => {
  it('reads "an increase of about 307 tonnes" as a change, not a tonnage', async () => {
    const corpus = await corpusOf({
      'a.md': fm('2025-07-22', 'Harbor Daily', 'The 660% jump in June shipments to the US is an increase of about 307 tonnes.'),
      'b.md': fm('2025-07-21', 'Port Ledger', 'China shipped 353 tonnes of magnets to the United States in June, customs data showed.'),
    });
    const q = quantities(extractClaims(corpus));
    const change = q.find((c) => c.number === 307);
    expect(change?.qualifier?.split('|')[0]).toBe('change in tonnes');
    expect(q.find((c) => c.number === 353)?.qualifier?.split('|')[0]).toBe('tonnes');
  });

  it('makes no length of "a six-month high" or "the highest level in six months"', async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-08-20',
        'Harbor Daily',
        'Magnet exports climbed to a six-month high in July. Shipments rebounded to their highest level in seven months. The licences are valid for six months.',
      ),
    });
    const months = quantities(extractClaims(corpus)).filter((c) => c.unit === 'months');
    expect(months.map((c) => c.number)).toEqual([6]);
    expect(months[0]?.quote).toMatch(/valid for six months/);
  });

  it('reads "10,000 tonnes a year" as a rate and "400 tons in 2024" as that year\'s', async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-09-10',
        'Harbor Daily',
        'The new plant will add 10,000 tonnes a year of finished magnets. Monthly exports to the US fell from more than 400 tons in 2024 to just 46 tons in May 2025.',
      ),
    });
    const q = quantities(extractClaims(corpus));
    expect(q.find((c) => c.number === 10000)?.unit).toBe('tonnes a year');
    expect(q.find((c) => c.number === 400)?.qualifier?.split('|')[1]).toBe('2024');
    expect(q.find((c) => c.number === 46)?.qualifier?.split('|')[1]).toBe('may');
  });

  it('dates "rose 75% from June to 619 tons" to July', async () => {
    const corpus = await corpusOf({
      'a.md': fm('2025-08-20', 'Harbor Daily', 'Shipments to the United States jumped 75.5% from June to 619 tons.'),
    });
    const q = quantities(extractClaims(corpus));
    expect(q.find((c) => c.number === 619)?.qualifier?.split('|')[1]).toBe('july');
  });

  it('keeps an undated "last month" apart from a figure with no month', async () => {
    const corpus = await corpusOf({
      'a.txt': 'BEIJING (Wire) - China exported 5,792 metric tons of rare earths last month, customs data showed.\n',
      'b.txt': 'BEIJING (Wire) - Exports of rare earth magnets rose nearly 75% to 5,577 metric tons, customs data showed.\n',
    });
    const q = quantities(extractClaims(corpus));
    expect(q.find((c) => c.number === 5792)?.qualifier?.split('|')[1]).toBe('last month');
    expect(q.find((c) => c.number === 5577)?.qualifier?.split('|')[1]).toBe('');
  });

  it('takes no claim from what a correction says an earlier version got wrong', async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-07-23',
        'Harbor Daily',
        'An earlier version of this story said China exported 335 tonnes of rare earth magnets to the United States in June. The correct figure is 353 tonnes.',
      ),
    });
    const values = quantities(extractClaims(corpus)).map((c) => c.number);
    expect(values).not.toContain(335);
    expect(values).toContain(353);
  });
});

describe('changes in percent', () => {
  it('reads a rise or a fall in percent with its month and base, each in its own clause', async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-09-08',
        'Harbor Daily',
        "China's magnet exports rose nearly 158% in June from May. Rare earth exports in August fell 3.4% from July, and were up 5.7% year on year. Shipments to the US surged to 353 tonnes in June, up 660% from May.",
      ),
    });
    const q = quantities(extractClaims(corpus)).filter((c) => c.unit?.startsWith('percent'));
    const of = (n: number) => q.find((c) => c.number === n);
    expect(of(158)?.qualifier?.split('|').slice(0, 2)).toEqual(['percent rise month on month', 'june']);
    expect(of(158)?.display).toBe('158%');
    expect(of(3.4)?.qualifier?.split('|').slice(0, 2)).toEqual(['percent fall month on month', 'august']);
    expect(of(5.7)?.qualifier?.split('|')[0]).toBe('percent rise year on year');
    // The change is of the month its level is given for.
    expect(of(660)?.qualifier?.split('|').slice(0, 2)).toEqual(['percent rise month on month', 'june']);
  });
});

describe('multiples and fractions', () => {
  it('reads "doubled", "tripled" and "60 times the usual level" as multiples, and "a quarter of", "about a third of" as shares', async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-07-10',
        'Harbor Daily',
        'By early May, dysprosium in Europe had doubled to about $850 a kilogram. Samarium was quoted to defence buyers at 60 times the usual level. The suppliers group said only a quarter of licence requests had been granted. The talks lasted half a day. Profit in the first half rose, the half-year report said.',
      ),
      'b.md': fm(
        '2025-07-12',
        'Port Ledger',
        'The suppliers group reported in June that only about a third of licence requests had been granted.',
      ),
    });
    const q = quantities(extractClaims(corpus));
    expect(q.filter((c) => c.unit === 'times').map((c) => [c.number, c.display])).toEqual([
      [2, 'doubled'],
      [60, '60 times'],
    ]);
    const shares = q.filter((c) => c.unit === 'percent share');
    // ("Half a day" is a length, "the first half" and "the half-year report" periods, not shares.)
    expect(shares.map((c) => [c.number, c.display])).toEqual([
      [25, 'a quarter'],
      [33, 'a third'],
    ]);
  });
});

describe('quotes dated by the report after them', () => {
  it('counts "yesterday" in a quote from the day the speaker is said to have spoken later in the sentence', async () => {
    const corpus = await corpusOf({
      'a.md': fm(
        '2025-06-28',
        'Harbor Daily',
        'The rare earths agreement with China was announced by the White House. "We just signed with China yesterday, just signed the agreement with China," Trump said at a White House event on Thursday.',
      ),
    });
    const signing = extractClaims(corpus).filter((c) => c.event === 'signing' && c.attribute === 'date');
    // Thursday is 26 June 2025 (the article is dated Saturday 28 June): signed on the 25th, not the 27th.
    expect(signing.map((c) => c.value)).toEqual(['2025-06-25']);
    expect(signing[0]?.display).toMatch(/said on 26 June 2025/);
  });
});

describe('regions are not parties', () => {
  it('reads "North America" and "Latin American" as no mention of the United States', () => {
    expect(findParties('North America and Europe consume 40,000 tons; Latin American buyers too.')).toEqual([]);
    expect(findParties('America and China').map((p) => p.party)).toEqual(['the US', 'China']);
  });
});
