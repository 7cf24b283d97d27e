import { afterAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/corpus/claims.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { bodyOf, corpusOf } from '../helpers/pipeline.js';

afterAll(removeTempDirs);

const PROSE = [
  'The two trade ministers met for six hours on Tuesday and agreed to lower duties on tin and copper by half.',
  '',
  'Officials from both governments said the cuts would be reviewed after six months by a joint committee.',
  '',
];

// Pages written for these tests: a think-tank commentary saved with its footnote marks, a wire story with its end
// mark, and a committee's letter with a numbered request list and a signature.
describe('parts of a page that are its text though they do not end like sentences', () => {
  it("keeps a paragraph that ends with a footnote's mark after its full stop, and not a line ending in a figure", () => {
    const raw = [
      ...PROSE,
      'The numbers so far support a cautious reading. By our tally, the ministry had approved more than 400 tin licences by mid-July, and approvals for smelters remain close to zero.4',
      '',
      'The second account is procedural. It promises only to review applications "in accordance with the law."[3]',
      '',
      'Tin prices, week to week, per tonne: up 4.5',
    ].join('\n');
    const body = bodyOf(raw);
    expect(body).toContain('more than 400 tin licences by mid-July');
    expect(body).toContain('It promises only to review applications');
    expect(body).not.toContain('per tonne: up 4.5');
  });

  it("keeps a wire story's last paragraph before its end mark, and quotes it without the mark", () => {
    const raw = [
      ...PROSE,
      'Tin, a metal used in everything from solder to food cans, was added to the export control list in April. The researcher noted that such controls are in line with international practice. ■',
    ].join('\n');
    const body = bodyOf(raw);
    expect(body).toContain('was added to the export control list in April.');
    expect(body).toContain('in line with international practice.');
    expect(body).not.toContain('■');
  });

  it('keeps the items of a numbered list under a lead-in line of ten words that ends in a colon', () => {
    const raw = [
      '---',
      'title: "Letter to Minister Varga on the tin framework"',
      'outlet: Committee on Metals and Trade',
      '---',
      '',
      'We write regarding the understanding between the two governments that you described as "signed and sealed" on June 26, 2025.',
      '',
      'To date, the Department has not briefed the Committee on the content of the understanding or the measures lifted.',
      '',
      'We request that the Department provide, no later than July 22, 2025:',
      '',
      '1. The text of any document signed by officials in connection with the framework;',
      '2. A list of every export control measure that has been lifted; and',
      '3. A staff-level briefing for the Committee.',
      '',
      'Sincerely,',
      '',
      'Dana Whitfield, Chairman',
      'Luis Arando, Ranking Member',
      '',
    ].join('\n');
    const body = bodyOf(raw);
    expect(body).toContain('We request that the Department provide, no later than July 22, 2025:');
    expect(body).toContain('The text of any document signed by officials in connection with the framework;');
    expect(body).toContain('A staff-level briefing for the Committee.');
    // The signature says who signed the letter; the close itself is no sentence.
    expect(body).toContain('Dana Whitfield, Chairman');
    expect(body).toContain('Luis Arando, Ranking Member');
    expect(body).not.toMatch(/^Sincerely,$/m);
  });

  it('takes no lines after a close that does not follow a body paragraph, nor a date or heading under one', () => {
    const raw = [...PROSE, 'Sincerely,', '', 'July 9, 2025', '## Related stories', 'Tin rally fades'].join('\n');
    const body = bodyOf(raw);
    expect(body).not.toContain('July 9, 2025');
    expect(body).not.toContain('Related stories');
    expect(body).not.toContain('Tin rally fades');
    // A page's furniture under a close that ends a menu, not the article, stays out.
    const menu = bodyOf(['Home | News | Sport', '', 'Regards,', '', 'Pat Lee, Editor', '', ...PROSE].join('\n'));
    expect(menu).not.toContain('Pat Lee');
  });
});

describe('a date that modifies a noun', () => {
  it('dates the noun ("in their June 5 phone call"), not the verb of the clause, so no step is dated by it', async () => {
    const corpus = await corpusOf({
      'w.md': `---\noutlet: Harbor Wire\npublished: 2025-06-13\n---\nThe briefing came two days after the negotiators wrapped up talks in Oslo on a framework to implement the consensus reached by the two leaders in their June 5 phone call and the earlier talks.\n`,
    });
    const dated = extractClaims(corpus).filter((c) => c.event === 'dated' && c.value.endsWith('-06-05'));
    // Only a claim of no class ("|"), compared with nothing: not an agreement dated June 5.
    expect(dated.length).toBeGreaterThan(0);
    for (const c of dated) expect(c.qualifier?.startsWith('|')).toBe(true);
  });
});
