import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion, withoutHearsay } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, loadPage, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A tech and trade-press desk's folder and questions: what the asker's stringer or draft has, put after the
 * question; pages as CMSs save them; agencies that act for their government ("BIS lifted…"); chat's words for
 * lifting a rule; outlets named by lower-case initials. On articles written for this test: the tungsten talks,
 * outlets and people are invented.
 */

const FILES = {
  'harbour_0612.md': article(
    'Harbour Times',
    '2025-06-12',
    [
      'Negotiators from the United States and China met in Oslo on June 9 and 10 and agreed a tungsten framework.',
      'The framework is meant to speed up licences for tungsten carbide exports.',
    ].join('\n\n'),
  ),
  'prairie_0708.md': article(
    'Prairie Ledger',
    '2025-07-08',
    [
      'The tungsten agreement, which grew out of talks in Oslo in May, centres on faster export licences.',
      'Growers in the county said they were waiting to see whether soybean orders would follow.',
    ].join('\n\n'),
  ),
  'delta_0627.md': article(
    'Delta Wire',
    '2025-06-27',
    'China confirmed the details of the tungsten framework on Friday and said it would review export applications.',
  ),
};

let dir: string;
let bot: Dealbot;

beforeAll(async () => {
  dir = writeArticles(FILES);
  bot = await makeBot(dir);
}, 60_000);

afterAll(() => removeTempDirs());

describe("what the asker's own desk has, put after the question", () => {
  it('sets aside what our stringer wrote or my editor has in the draft', () => {
    expect(withoutHearsay('what month were the oslo talks? our farm-page stringer wrote may and i think thats wrong')).toBe(
      'what month were the oslo talks?',
    );
    expect(withoutHearsay('when exactly were the oslo talks? my editor has 10-11 june in the draft')).toBe(
      'when exactly were the oslo talks?',
    );
    // (Not figures offered as the sides of the question: they are what it asks about.)
    expect(withoutHearsay('by how much did july exports go up? my boss says 75%, the wire says 5.7')).toBeNull();
    // (What follows the question and asks more of it is part of it.)
    expect(withoutHearsay('what month were the oslo talks? our readers want the venue too')).toBeNull();
  });

  it("answers the question before the desk's aside, with the sources' months side by side", async () => {
    const r = await bot.answerQuestion('what month were the oslo talks? our farm-page stringer wrote may and i think thats wrong');
    expect(r.abstained).toBe(false);
    expect(r.answer).toContain('June 9 and 10');
    expect(r.answer).toContain('in Oslo in May');
  });
});

describe('pages as they are saved', () => {
  it('decodes the markup a CMS leaves in a page\'s JSON-LD (the outlet "Kirkland &amp; Ellis")', async () => {
    const html = [
      '<!doctype html><html><head><title>Export note | Hale &amp; Dorr</title>',
      '<meta property="og:site_name" content="Hale &amp; Dorr">',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tungsten letters &#8212; what changed","datePublished":"2025-06-04","publisher":{"@type":"Organization","name":"Hale &amp; Dorr"}}</script>',
      '</head><body><article><h1>Tungsten letters</h1>',
      `<p>${'The Commerce Department sent letters to three tungsten exporters in May, the firm said in a client note. '.repeat(3)}</p>`,
      `<p>${'The letters required a licence for every shipment of tungsten carbide to China, lawyers said. '.repeat(3)}</p>`,
      '</article></body></html>',
    ].join('\n');
    const page = await loadPage('hale_note.html', html);
    expect(page.meta.outlet).toBe('Hale & Dorr');
    expect(page.meta.title).toBe('Tungsten letters — what changed');
  });
});

describe('a wire copy with the address it was taken from', () => {
  it('reads "Source: http://…" as the page\'s address, never as its outlet', async () => {
    const page = await loadPage(
      'wire_copy.txt',
      [
        'TUNGSTEN WIRE | 2025-07-03 | Business',
        'U.S. lifts restrictions on tungsten exports to China',
        'By Li Yan',
        'Source: http://www.example-mirror.com/m/news/wire/2025-07-03/detail-123.shtml',
        '',
        '(TW) -- The U.S. government has lifted a short-lived restriction on tungsten exports to China, allowing shipments to resume.',
        '',
        'The Commerce Department told exporters last week that they could load cargoes for China.',
        '',
      ].join('\n'),
    );
    expect(page.meta.outlet ?? '').not.toMatch(/^https?:/);
    expect(page.meta.url).toBe('http://www.example-mirror.com/m/news/wire/2025-07-03/detail-123.shtml');
  });
});

describe('a page named by the words of the story', () => {
  it('reads "rare earths" as the topic, not as the "…_rareearths.md" file, so every page answers', async () => {
    const dir2 = writeArticles({
      '30_wire_jp_rareearths.md': article('Wire Japan', '2025-06-27', '中国はレアアースを輸出管理リストに加えている。米中は合意した。'),
      'bulletin.md': article(
        'Motors Bulletin',
        '2025-07-07',
        "China's April 4 measures put six medium and heavy rare earths under export licensing, the bulletin said.",
      ),
      'timeline.md': article(
        'Harbour Markets',
        '2025-11-03',
        'On April 4, 2025 China put seven medium and heavy rare earths under export licensing.',
      ),
      'other.md': article('Delta Wire', '2025-06-27', 'China said it would review export applications for rare earths.'),
    });
    const b = await makeBot(dir2);
    const r = await b.answerQuestion('how many rare earths did china put under licence in april?');
    expect(r.abstained).toBe(false);
    expect(r.answer).toContain('seven medium and heavy rare earths');
    expect(r.answer).toContain('six medium and heavy rare earths');
  });
});

describe('what kind of question, past its asides', () => {
  it('reads a question with an aside in brackets as it reads it without ("oldest item (even the off-topic ones)")', () => {
    expect(classifyQuestion('oldest item in this folder (even the off-topic ones) and the newest one?')).toEqual({
      kind: 'dated-pages',
      earliest: true,
      latest: true,
    });
    // (A bracket of a question about something in particular leaves it one.)
    expect(classifyQuestion('what did the ministry (mofcom) say about tungsten').kind).toBe('fact');
  });

  it('reads "the whole bargain" as the deal itself', () => {
    expect(classifyQuestion('tl;dr of the whole bargain for my editor, 3 sentences max').kind).toBe('story');
  });
});

describe('when an agency acted, source against source', () => {
  const PAGES = {
    'filings_0705.md': article(
      'Filings Index',
      '2025-07-05',
      'On July 2, the Bureau of Industry and Security (BIS) lifted export restrictions it had placed on tungsten design software.',
    ),
    'chip_0703.md': article(
      'Chip Daily',
      '2025-07-03',
      "The Commerce Department's Bureau of Industry and Security (BIS) lifted the China-wide licence requirement on tungsten design software on July 3.",
    ),
    'wire_0627.md': article(
      'Delta Wire',
      '2025-06-27',
      'The Chinese Ministry of Commerce said on June 27 that China will review and approve tungsten export applications under the framework.',
    ),
    'insider_0630.md': article(
      'Semi Insider',
      '2025-06-30',
      "China's commerce ministry confirmed the details of the Oslo framework on Saturday, June 28, in a Q&A posted to its website.",
    ),
  };
  let agencyBot: Dealbot;
  beforeAll(async () => {
    agencyBot = await makeBot(writeArticles(PAGES));
  }, 60_000);

  it('sets the dates an agency acted on against each other ("BIS lifted…" on July 2 vs July 3), asked in chat\'s words', async () => {
    const r = await agencyBot.answerQuestion('which day did BIS actually pull the restrictions on tungsten design software?');
    const lifted = r.disagreements.find((d) => d.positions.some((p) => p.claim === '2025-07-02'));
    expect(lifted?.positions.map((p) => p.claim).sort()).toEqual(['2025-07-02', '2025-07-03']);
  });

  it("dates a ministry's confirming by the day written after the framework it confirmed (June 27 vs June 28)", async () => {
    const r = await agencyBot.answerQuestion('when did the chinese commerce ministry confirm the framework details?');
    const confirmed = r.disagreements.find((d) => d.positions.some((p) => p.claim === '2025-06-27'));
    expect(confirmed?.positions.map((p) => p.claim).sort()).toEqual(['2025-06-27', '2025-06-28']);
  });
});

describe("an outlet's initials typed in lower case", () => {
  it('reads "in the ft piece" as the page of the outlet whose initials they are', async () => {
    const b = await makeBot(
      writeArticles({
        'fjord.md': article(
          'Fjord Times',
          '2025-07-03',
          'The commerce department told Halvard that the tungsten restrictions introduced in May were "no longer in place", the company said.',
        ),
        'delta.md': article(
          'Delta Wire',
          '2025-07-04',
          'Halvard said the tungsten restrictions had hit its sales in China, and that it was restoring access for customers.',
        ),
      }),
    );
    const r = await b.answerQuestion('in the ft piece, halvard says the restrictions were what? quote it');
    expect(r.answer.split('\n')[0]).toContain('Fjord Times');
    expect(r.answer.split('\n')[0]).toContain('no longer in place');
  });
});

describe('chat words for places', () => {
  it('reads "ave" as Avenue', () => {
    expect(normalizeInformal('what did the alderman say on the torrence ave segment')).toBe(
      'what did the alderman say on the torrence Avenue segment',
    );
  });
});

describe("a machine-written page among people's reports", () => {
  it("shows a person's report first when it scores nearly as well, and the machine's page after it", async () => {
    const b = await makeBot(
      writeArticles({
        'digest.md': article(
          'Pulse Digest',
          '2025-07-06',
          'This article was generated by AI.\n\nThe Commerce Department lifted the tungsten design software restrictions on July 1.',
        ),
        'wire.md': article(
          'Delta Wire',
          '2025-07-03',
          'Exporters of tungsten design software said the restrictions had been lifted, and they resumed sales to China.',
        ),
      }),
    );
    const r = await b.answerQuestion('did the restrictions on tungsten design software get lifted?');
    const lines = r.answer.split('\n');
    expect(lines[0]).toContain('Delta Wire');
    expect(lines.some((l) => l.includes('Pulse Digest (AI-generated page'))).toBe(true);
    // (The citations follow the order shown.)
    expect(r.citations[0]?.source).toBe('wire.md');
  });
});
