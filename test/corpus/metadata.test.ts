import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/corpus/frontmatter.js';
import { loadArticle } from '../../src/corpus/load.js';
import type { Article } from '../../src/corpus/types.js';
import { removeTempDirs, SEEDS_DIR, tempDir } from '../helpers/fixtures.js';

async function article(file: string): Promise<Article> {
  const result = await loadArticle(file);
  if ('reason' in result) throw new Error(result.reason);
  return result.article;
}

afterAll(removeTempDirs);

describe('metadata of the seed articles', () => {
  it('reads outlet, byline, update date and URL of a Korean news page, not the site header date', async () => {
    const a = await article(path.join(SEEDS_DIR, '000_613d5abc6721492a.txt'));
    expect(a.meta.outlet).toBe('Global Economic Times');
    expect(a.meta.author).toBe('Ana Fernanda');
    expect(a.meta.published).toBe('2025-06-28');
    expect(a.meta.title).toBe(
      'US and China Agree to Ease Export Controls on High-Tech and Rare Earths, Signaling De-escalation in Supply Chain Conflicts',
    );
    expect(a.meta.url).toBe('https://globaleconomictimes.kr/article/1065569428119383');
    expect(a.meta.aiGenerated).toBe(false);
  });

  it('marks a machine-generated page and reads its US-style date line', async () => {
    const a = await article(path.join(SEEDS_DIR, '001_6c32902777231463.txt'));
    expect(a.meta.aiGenerated).toBe(true);
    expect(a.meta.published).toBe('2025-06-27');
    expect(a.meta.title).toBe('China US Ease Rare Earths Trade Restrictions');
  });

  it('finds the outlet in a "Follow X on" line', async () => {
    const a = await article(path.join(SEEDS_DIR, '002_441e1f2c723a9b8b.txt'));
    expect(a.meta.outlet).toBe('AsumeTech');
    expect(a.meta.title).toBe('China and U.S. Reach Crucial Deal on Rare Earth Exports');
    expect(a.meta.published).toBeNull();
  });

  it('leaves unknown fields empty rather than guessing (no title, outlet or date in the text)', async () => {
    const a = await article(path.join(SEEDS_DIR, '003_bae4251f2b00ca8e.txt'));
    expect(a.meta).toMatchObject({ title: null, outlet: null, author: null, published: null, url: null });
  });

  it('takes the repeated headline as the title', async () => {
    const a = await article(path.join(SEEDS_DIR, '004_4d143323004f0ae0.txt'));
    expect(a.meta.title).toBe('China and U.S. Forge New Trade Agreement: Loosening Export Controls on Rare Earths');
    expect(a.meta.published).toBeNull();
  });
});

describe('front matter', () => {
  it('honours title, url, outlet, author and published, and reports offsets against the whole file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'fm.md');
    const raw = `---\ntitle: A Deal Is Signed\nurl: https://example.org/a\noutlet: Example Daily\nauthor: Jo Reporter\npublished: "June 27, 2025"\n---\nThe two governments signed the agreement on Wednesday after weeks of talks in London and Geneva.\n`;
    fs.writeFileSync(file, raw);
    const a = await article(file);
    expect(a.meta).toMatchObject({
      title: 'A Deal Is Signed',
      url: 'https://example.org/a',
      outlet: 'Example Daily',
      author: 'Jo Reporter',
      published: '2025-06-27',
    });
    expect(a.meta.origin.outlet).toBe('front-matter');
    const span = a.body[0];
    expect(span && a.raw.slice(span.start, span.end)).toBe(
      'The two governments signed the agreement on Wednesday after weeks of talks in London and Geneva.',
    );
  });

  it('ignores broken front matter with a warning and still reads the article', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad.md');
    fs.writeFileSync(
      file,
      '---\ntitle: [unclosed\n---\nOfficials said the agreement was signed on June 25 and would take effect within weeks of the announcement.\n',
    );
    const result = await loadArticle(file);
    expect('article' in result).toBe(true);
    expect('warning' in result && result.warning).toMatch(/not valid YAML/);
  });
});

describe('hand-written front matter', () => {
  it('reads plain field lines that YAML refuses (an unquoted colon in a title), and nothing with YAML structure', () => {
    const r = parseFrontMatter(
      '---\ntitle: Opinion: a truce with paperwork\noutlet: Harbor Weekly\nauthor: "Mara Quell"\ndate: 2025-07-01\n---\nBody.\n',
    );
    expect(r.data).toEqual({
      title: 'Opinion: a truce with paperwork',
      outlet: 'Harbor Weekly',
      author: 'Mara Quell',
      published: '2025-07-01',
    });
    expect(r.warning).toBeUndefined();
    // A list, an anchor or an unknown field is YAML the reader does not guess at.
    for (const block of ['title: [unclosed', 'title: A: B\ntags: x: y', 'title: &a A: B']) {
      expect(parseFrontMatter(`---\n${block}\n---\nBody.\n`).data, block).toEqual({});
    }
  });
});

describe('front matter keys as sites and tools write them', () => {
  it('reads publication/publisher, byline and pubDate, in any case, and an empty key costs nothing', () => {
    expect(
      parseFrontMatter('---\npublication: The Tally Room\nbyline: Tally Room data desk\npubDate: 2025-11-14\nsite: \n---\nBody.\n').data,
    ).toEqual({ outlet: 'The Tally Room', author: 'Tally Room data desk', published: '2025-11-14' });
    expect(
      parseFrontMatter('---\nPublisher: "Harbor Weekly"\nAuthors: [Mara Quell, Li Wen]\nDate_Published: 2025-07-01\n---\nBody.\n').data,
    ).toEqual({
      outlet: 'Harbor Weekly',
      author: 'Mara Quell, Li Wen',
      published: '2025-07-01',
    });
    // A month with no day is said to be one, not "not a date".
    expect(parseFrontMatter('---\noutlet: ORF\ndate: June 2025\n---\nBody.\n').warning).toBe(
      `front matter date "June 2025" names no day; the page's own date is used instead`,
    );
    // The usual names come first.
    expect(parseFrontMatter('---\noutlet: Reuters\nsite: example.com\n---\nBody.\n').data.outlet).toBe('Reuters');
  });
});

describe('outlet of a saved page without a copyright line', () => {
  const body =
    'The two governments confirmed the framework on Friday after two days of talks in London, officials said.\n\nMore details are expected next week, according to people familiar with the matter.\n';
  async function outletOf(raw: string): Promise<string | null> {
    const dir = tempDir();
    const file = path.join(dir, 'page.txt');
    fs.writeFileSync(file, raw);
    return (await article(file)).meta.outlet;
  }

  it('takes the masthead above the menu as the outlet', async () => {
    expect(await outletOf(`Harbour Gazette\nHome | World | Markets | Opinion\n\nA Framework Is Confirmed In London\n\n${body}`)).toBe(
      'Harbour Gazette',
    );
    expect(await outletOf(`tradeletter.today\nHome  About  Archive  Contact\n\nA Framework Is Confirmed\n\n${body}`)).toBe(
      'tradeletter.today',
    );
  });

  it('does not take a first line as the outlet when no menu follows it', async () => {
    expect(await outletOf(`Harbour Gazette\n\nA Framework Is Confirmed In London\n\n${body}`)).toBeNull();
    expect(await outletOf(`Talks end. Framework agreed\nHome | World | Markets\n\n${body}`)).toBeNull();
  });

  it('takes a scraped masthead with its section, dateline or breadcrumb as the outlet, never a section name', async () => {
    expect(await outletOf(`Harbour Gazette | POLITICS\nA Framework Is Confirmed In London\n\n${body}`)).toBe('Harbour Gazette');
    expect(await outletOf(`Lagoon Wire — Markets\n\nA Framework Is Confirmed In London\n\n${body}`)).toBe('Lagoon Wire');
    expect(await outletOf(`Delta Courier English\n2025-06-11 HKT 07:58\n\nA Framework Is Confirmed\n\n${body}`)).toBe(
      'Delta Courier English',
    );
    expect(await outletOf(`The Ridge Herald\nWorld | 28 June 2025\n\nA Framework Is Confirmed\n\n${body}`)).toBe('The Ridge Herald');
    expect(await outletOf(`Kestrel-News\nHome › World news\n\nA Framework Is Confirmed\n\n${body}`)).toBe('Kestrel-News');
    expect(await outletOf(`${body}\nⓒ The Ridge Herald (www.ridge.example). All rights reserved.\n`)).toBe('The Ridge Herald');
    // A section label or a menu is not an outlet; a name line with nothing under it stays unread.
    expect(await outletOf(`OPINION | GUEST ESSAY\n\nA Framework Is Confirmed In London\n\n${body}`)).toBeNull();
    expect(await outletOf(`Home | Business | Finance | World\n\nA Framework Is Confirmed\n\n${body}`)).toBeNull();
    expect(await outletOf(`Harbour Gazette\nA Framework Is Confirmed In London Today\n\n${body}`)).toBeNull();
    expect(await outletOf(`Normal view\nReceived yesterday — 11 June 2025\n\nA Framework Is Confirmed\n\n${body}`)).toBeNull();
    // A wire byline names the agency; a byline with a job title does not.
    expect(await outletOf(`A Framework Is Confirmed In London\n\nBy JANE ROE, Associated Press\n\n${body}`)).toBe('Associated Press');
    expect(await outletOf(`A Framework Is Confirmed In London\n\nBy Jane Roe, Senior Correspondent\n\n${body}`)).toBeNull();
    // (With its date after it.)
    expect(
      await outletOf(`A Framework Is Confirmed In London\n\nby Ann Lee & Bo Chan, The Harbour Times, October 30, 2025\n\n${body}`),
    ).toBe('The Harbour Times');
  });

  it('takes a name line with its site in brackets, alone or before its date, as the outlet', async () => {
    expect(await outletOf(`Magnet Exports Surge In June\n\nKestrel-News (news.kestrel.example), July 20, 2025\n\n${body}`)).toBe(
      'Kestrel-News',
    );
    expect(await outletOf(`LAGOON PHOTO NEWS (lagoonphoto.example) | Business\n\nA Framework Is Confirmed\n\n${body}`)).toBe(
      'Lagoon Photo News',
    );
    // (Not a sentence that happens to end with an address.)
    expect(await outletOf(`A Framework Is Confirmed\n\nRead more at the ministry (mofcom.example), officials said.\n\n${body}`)).toBeNull();
  });

  it("reads a wire dateline's agency, unless the page republishes the wire's copy", async () => {
    const wire = 'HALVERTON, June 4 (Northwire) - Several supplier plants have shut because of a shortage of magnets.';
    expect(await outletOf(`Supplier Plants Shut As Curbs Bite\n\n${wire}\n\n${body}`)).toBe('Northwire');
    expect(await outletOf(`Supplier Plants Shut\n\nBEIJING, 27 June (Kestrel Wire) -- ${body}`)).toBe('Kestrel Wire');
    expect(await outletOf(`Supplier Plants Shut\n\nSTOCKHOLM (AP) -- ${body}`)).toBe('AP');
    // A dateline in a quotation or mid-paragraph is no dateline; a republished wire story is the republisher's.
    expect(await outletOf(`Supplier Plants Shut\n\nThe wire said: "HALVERTON, June 4 (Northwire) - plants shut."\n\n${body}`)).toBeNull();
    expect(
      await outletOf(`Supplier Plants Shut\n\nOriginally published by Northwire. Republished with permission.\n\n${wire}\n\n${body}`),
    ).toBeNull();
  });

  it('drops the year, legal form and editor tail a copyright or source line adds', async () => {
    expect(await outletOf(`${body}\n© Capitol Ledger LLC. All rights reserved.\n`)).toBe('Capitol Ledger');
    expect(await outletOf(`${body}\nCopyright © Harbour Gazette 2025\n`)).toBe('Harbour Gazette');
    expect(await outletOf(`${body}\nSource: Xinhua | Editor: Li Wei | 2025-06-27 16:41:08\n`)).toBe('Xinhua');
  });
});

describe('"generated by AI" notices in the body', () => {
  it('marks a page whose first or last paragraph says it was generated by AI, not one that discusses AI', async () => {
    const dir = tempDir();
    const body = 'The two governments confirmed the framework on Friday after two days of talks in London, officials said.';
    fs.writeFileSync(
      path.join(dir, 'a.txt'),
      `Magnet deal summary\n\n${body}\n\nThis summary was produced with an AI tool from public reports.\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'b.txt'),
      `Magnet deal\n\n${body}\n\nAnalysts said images generated by AI circulated online during the talks, confusing some traders.\n\n${body}\n`,
    );
    expect((await article(path.join(dir, 'a.txt'))).meta.aiGenerated).toBe(true);
    expect((await article(path.join(dir, 'b.txt'))).meta.aiGenerated).toBe(false);
  });

  it('reads a notice in a quoted block with an adverb ("generated automatically by an AI model")', async () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'c.md'),
      '---\ntitle: Summary of the framework\n---\n\n> **Notice: This summary was generated automatically by an AI model from several news reports.**\n\nChina confirmed the details of the framework on June 27, the ministry said in a statement.\n',
    );
    expect((await article(path.join(dir, 'c.md'))).meta.aiGenerated).toBe(true);
  });

  it('reads "created with the help of AI tools" at the foot of a page', async () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'd.txt'),
      'Rare earth deal explained\n\nThe two governments confirmed the framework on Friday, officials said.\n\nThis article was created with the help of AI tools and reviewed by our editorial team.\n',
    );
    expect((await article(path.join(dir, 'd.txt'))).meta.aiGenerated).toBe(true);
  });
});
