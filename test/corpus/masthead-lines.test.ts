import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../helpers/fixtures.js';
import { loadPage, TIN_TALKS_BODY } from '../helpers/pipeline.js';

/**
 * The masthead lines international pages and plain-text copy carry: "NAME -- SECTION -- date" above a carried wire
 * story, a broadcaster's "STATION -- PROGRAMME" above a transcript, and "Name — Section | Month Year" under a
 * headline in Markdown without front matter. Before, these pages had no outlet, and the carried-by note or the
 * masthead was taken for the title. On pages written for this test (outlets, people and events are invented).
 */

afterAll(removeTempDirs);

const BODY = TIN_TALKS_BODY;

describe('a masthead with its section or date beside it', () => {
  it('names the carrier of a wire story ("NAME -- SECTION -- date"), and the headline below the carried-by note is the title', async () => {
    const a = await loadPage(
      'carried.txt',
      `DELTA TIMES -- WORLD NEWS -- 30 June 2025\n(Reuters wire, as carried by Delta Times)\n\nTin is flowing again, but not freely\n\nBy Ana Ribeiro\n\nBERLIN, June 30 (Reuters) - ${BODY}`,
    );
    expect(a.meta.outlet).toBe('Delta Times');
    expect(a.meta.title).toBe('Tin is flowing again, but not freely');
  });

  it('names a broadcaster by its station above a transcript ("STATION -- PROGRAMME")', async () => {
    const a = await loadPage(
      'radio.txt',
      `RADIO COASTLINE ISLANDS -- PACIFIC BUSINESS HOUR\nBroadcast: Friday 27 June 2025, 5.10pm\n\nHOST: ${BODY}`,
    );
    expect(a.meta.outlet).toBe('Radio Coastline Islands');
    // (With no headline of its own, the page keeps the masthead line as its title.)
    expect(a.meta.title).toBe('RADIO COASTLINE ISLANDS -- PACIFIC BUSINESS HOUR');
  });

  it('names the outlet of a masthead line under the headline ("Name — Section | June 2025")', async () => {
    const a = await loadPage('tree.md', `Tin Deal Reached After Talks\n\nGazeta Ağacı — World | June 2025\n\n${BODY}`);
    expect(a.meta.outlet).toBe('Gazeta Ağacı');
    expect(a.meta.title).toBe('Tin Deal Reached After Talks');
  });

  it('leaves a headline with a dash in it alone (a headline is not a masthead)', async () => {
    const a = await loadPage('dash.md', `Tin talks — what we know so far about the framework\n\n${BODY}`);
    expect(a.meta.outlet).toBeNull();
  });
});
