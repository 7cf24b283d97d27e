import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A paragraph that ends with a colon and leads into what follows ("Chairman Jo Doe released the following statement
 * after reports that…:", "On October 9 the ministry published two notices, which widen the controls:") is part of the
 * article: the statement quoted after it is the person's, and a date it names is not the page's publication date. On
 * pages written for this test (the committee, people and outlets are invented).
 */

const RELEASE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Doe: Tin Curbs Are a Slap in the Face | The Tin Committee</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/members">Members</a> <a href="/releases">Press Releases</a></nav></header>
<main>
<div class="date">October 9, 2025</div>
<h1>Doe: Tin Curbs Are a Slap in the Face</h1>
<div class="body">
<p>Today, Tin Committee Chairman Jo Doe (R-MI) released the following statement after reports that Beijing has expanded its tin export restrictions ahead of the leaders' meeting:</p>
<p>"Beijing's action today is an economic declaration of war on American factories. We must build our own tin reserve now."</p>
<h3>Background</h3>
<p>Last month, Chairman Doe sent a letter urging coordinated action with allies on tin supplies.</p>
</div>
</main>
<footer>The Tin Committee &middot; Washington, DC</footer>
</body></html>
`;

const OTHER = `---
outlet: Harbor Wire
published: 2025-10-10
---
Beijing widened its tin export controls on Thursday. Chairman Doe has written to the White House about tin before, and a Doe spokesman said the committee would hold a hearing.
`;

const NOTICE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>China expands export controls on tin - tinassoc</title></head>
<body>
<header><a href="/">Tin Association</a><nav><a href="/news">News</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="meta">24.10.25 | Information</p>
<h1>China expands export controls on tin</h1>
<p>On April 4, 2025 China first introduced export controls on tin ingots. Since then, foreign buyers have had to apply for permits.</p>
<p>On October 9, 2025 the ministry published Notice 61 and Notice 62, which significantly widen the controls:</p>
<ul>
<li>Additional metals: Since October 9, 2025 tin solder and tin powder have been subject to export controls.</li>
</ul>
</main>
<footer>tinassoc © 2025 | Imprint</footer>
</body></html>
`;

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles({ 'release.html': RELEASE, 'wire.md': OTHER }));
});
afterAll(() => removeTempDirs());

describe('a statement introduced in one paragraph and quoted in the next', () => {
  it('keeps the lead-in paragraph in the article', async () => {
    const corpus = await corpusOf({ 'release.html': RELEASE });
    const texts = corpus.sentences.map((s) => s.text);
    expect(texts.some((t) => t.startsWith('Today, Tin Committee Chairman Jo Doe (R-MI) released the following statement'))).toBe(true);
  });

  it('answers "what did Doe call it" with the quoted statement, first', async () => {
    const a = await bot.answerQuestion("what did doe call beijing's tin action");
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('release.html');
    expect(a.citations[0]?.quote).toMatch(/economic declaration of war on American factories/);
  });
});

describe('a dated lead-in above a list', () => {
  it('is body text: the page is dated by its own date line, not by the date the lead-in names', async () => {
    const corpus = await corpusOf({ 'notice.html': NOTICE });
    const article = corpus.articles[0];
    expect(article?.meta.published).toBe('2025-10-24');
    expect(corpus.sentences.some((s) => s.text.startsWith('On October 9, 2025 the ministry published Notice 61'))).toBe(true);
  });
});
