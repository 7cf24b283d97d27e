import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alignToFile, mapRange, mapSpan } from '../../src/corpus/filemap.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { makeBot, writeArticles } from '../helpers/pipeline.js';

afterAll(removeTempDirs);

/** A saved page whose sentences are interrupted by links, emphasis and character references. */
const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ethane shipments resume | Gulf Energy Wire</title>
<meta name="description" content="Enterprise Products Partners said on Thursday it had been told by the Commerce Department">
<meta property="og:site_name" content="Gulf Energy Wire"></head>
<body><nav><a href="/">Home</a> | <a href="/energy">Energy</a> | <a href="/markets">Markets</a></nav>
<article><h1>Ethane shipments resume after curbs are lifted</h1>
<p>Enterprise Products Partners said on Thursday it had been told by the <a href="https://commerce.example">Commerce Department</a> that it no longer needed a licence to ship ethane to China.</p>
<p>The company&#8217;s shares rose 2% after the announcement, and Energy Transfer said it had received a similar letter from the department.</p>
<p>&ldquo;We are pleased the restrictions have been lifted,&rdquo; a spokesperson said. China buys nearly all of America&#x2019;s ethane exports &amp; uses it as feedstock for plastics.</p>
<p>The move follows the <em>framework</em> agreed by Washington and Beijing in London in June, under which China will approve export licences for rare earth magnets.</p>
</article><footer>Gulf Energy Wire</footer></body></html>`;

describe('file maps of saved pages', () => {
  it('maps every run of the extracted text to the same characters of the page body, in order', () => {
    const text = '# Ethane\n\nThe company’s shares rose 2% after the announcement & more.\n';
    const file =
      '<head><title>The company’s shares</title></head><body><h1>Ethane</h1><p>The company&#8217;s shares rose 2% after the announcement &amp; more.</p></body>';
    const map = alignToFile(text, file);
    expect(map.length % 3).toBe(0);
    let last = -1;
    for (let i = 0; i < map.length; i += 3) {
      const [ts, te, fs_] = [map[i] as number, map[i + 1] as number, map[i + 2] as number];
      expect(file.slice(fs_, fs_ + te - ts)).toBe(text.slice(ts, te));
      expect(fs_).toBeGreaterThan(last);
      last = fs_;
    }
    // The head repeats the first words; the runs are found in the body.
    expect(map[2] as number).toBeGreaterThan(file.indexOf('<body>'));
    const sentence = text.indexOf('The company');
    const mapped = mapRange(map, sentence, text.indexOf(' & more'));
    expect(mapped && text.slice(mapped.textStart, mapped.textEnd)).toBe('s shares rose 2% after the announcement');
    expect(mapRange(map, sentence, sentence + 11)).toMatchObject({ textStart: sentence, textEnd: sentence + 11 });
    expect(mapSpan(map, sentence, text.length)).not.toBeNull();
    expect(mapRange([], 0, 10)).toBeNull();
  });

  it('keeps the alignment in order when a date run goes on further down the page ("9 October " in a later line)', () => {
    const text =
      '9 October – China expands controls.\n25–26 October – Kuala Lumpur talks.\n7 November – It suspends the 9 October measures.\n';
    const file =
      '<body><ul><li><b>9 October</b> &ndash; China expands controls.</li>\n<li><b>25&ndash;26 October</b> &ndash; Kuala Lumpur talks.</li>\n<li><b>7 November</b> &ndash; It suspends the 9 October measures.</li></ul></body>';
    const map = alignToFile(text, file);
    let last = -1;
    for (let i = 0; i < map.length; i += 3) {
      expect(map[i + 2] as number).toBeGreaterThan(last);
      last = map[i + 2] as number;
    }
    // Every line's words are mapped: the second line's too, which a run taken from the third line skipped.
    const kl = text.indexOf('Kuala');
    const mapped = mapRange(map, kl, kl + 'Kuala Lumpur talks.'.length, 12);
    expect(mapped && file.slice(mapped.fileStart, mapped.fileEnd)).toBe('Kuala Lumpur talks.');
  });

  it('gives quotes and passages of a saved page as offsets into the file itself, every quote verbatim', async () => {
    const dir = writeArticles({ 'ethane.html': PAGE });
    const bot = await makeBot(dir);
    const file = fs.readFileSync(path.join(dir, 'ethane.html'), 'utf8');
    let quotes = 0;
    for (const q of ['Which companies can ship ethane to China again?', 'Why does China buy ethane?', 'How did the shares move?']) {
      const a = await bot.answerQuestion(q);
      expect(a.abstained).toBe(false);
      for (const c of a.citations) {
        quotes++;
        expect(file.slice(c.start, c.end)).toBe(c.quote);
        expect(c.quote.length).toBeGreaterThanOrEqual(12);
        // Cut at markup, a quote still starts and ends at whole words.
        expect(c.quote).toMatch(/^[\p{L}\p{N}“"]/u);
        expect(file.slice(c.start - 1, c.start)).not.toMatch(/[\p{L}\p{N}]/u);
      }
      for (const r of a.retrieved) expect(r.end).toBeGreaterThan(r.start);
      expect(a.retrieved.some((r) => file.slice(r.start, r.end).includes('shares rose 2%'))).toBe(true);
    }
    expect(quotes).toBeGreaterThan(2);
  });

  it('reads a short summary page saved in the folder and keeps its "generated by AI" notice', async () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Rare earth deal: key points | BriefBot</title></head>
<body><header><a href="/">BriefBot</a> <a href="/markets">Markets</a></header>
<main><div class="disclosure">This summary was generated by AI and may contain errors.</div>
<h1>Rare earth deal: key points</h1>
<ul><li>The US and China agreed on a framework to speed up rare earth export licences.</li>
<li>Commerce Secretary Howard Lutnick said the deal was signed on June 25.</li></ul>
<p>Markets rose modestly on the news.</p></main></body></html>`;
    const dir = writeArticles({ 'summary.html': page, 'ethane.html': PAGE });
    const bot = await makeBot(dir);
    const summary = bot.sources().find((s) => s.source === 'summary.html');
    expect(summary).toBeDefined();
    expect(summary?.aiGenerated).toBe(true);
    // No site-name tag: the name after the headline in the page title.
    expect(summary?.outlet).toBe('BriefBot');
    const a = await bot.answerQuestion('When was the deal signed, according to Lutnick?');
    const file = fs.readFileSync(path.join(dir, 'summary.html'), 'utf8');
    // The notice sits above the headline in the page; its quote still points into the file.
    const ai = await bot.answerQuestion('which of these articles was written by AI?');
    const notice = ai.citations.find((x) => x.source === 'summary.html');
    expect(notice?.quote).toMatch(/generated by AI/);
    expect(file.slice(notice?.start, notice?.end)).toBe(notice?.quote);
    const c = a.citations.find((x) => x.source === 'summary.html');
    expect(c).toBeDefined();
    expect(file.slice(c?.start, c?.end)).toBe(c?.quote);
  });
});
