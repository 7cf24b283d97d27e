import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSentenceIndex } from '../../src/answer/extractive.js';
import { CorpusFocus } from '../../src/answer/focus.js';
import { extractClaims } from '../../src/corpus/claims.js';
import { loadArticle } from '../../src/corpus/load.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Facts that sit in structure: a client briefing's slides converted from a PDF (bullets and timeline lines, no
 * sentence with a full stop), an outlet named by its initials, a speaker put after a quote and a day, leaders listed
 * "together with" each other, and the asker's own asides ("for the newsletter", "style desk asking", "in our clips").
 * On articles written for this test (the cobalt deal, its outlets and people are invented).
 */

const SLIDES = [
  '[Text extracted from PDF -- layout and images not preserved]',
  '',
  'NORTHGATE ADVISORY | northgate.example',
  'Client briefing: the cobalt framework',
  '8 July 2025 | Metals Research',
  '',
  '---- Slide 2 -- Bottom line ----',
  "- Licences, not liberalisation: Ostland's controls stay; approvals speed",
  '  up',
  '- Tariff truce runs to 12 August unless extended',
  '',
  '---- Slide 3 -- Timeline ----',
  '12 May      Lisbon joint statement; 90-day tariff truce',
  '27 Jun      Trade ministry confirms details',
  '02 Jul      Refining software licence requirements rescinded',
  '',
  'Northgate Advisory | Confidential -- for clients only | 4 / 9',
].join('\n');

const FILES = {
  'northgate-slides.txt': SLIDES,
  'jdn.md': article(
    'Journal du Net',
    '2025-06-27',
    'Les négociations sur le cobalt ont eu lieu à Lisbonne mi-juin, où un cadre général avait été trouvé.',
  ),
  'metalpost.md': article('Metal Post', '2025-07-03', 'Cobalt refiners said the licence queue was shorter in early July than in May.'),
  'upi.md': article(
    'UPI.com',
    '2025-06-11',
    '"The two sides have, in principle, reached a framework on cobalt," Ostland\'s vice trade minister Tomas Brel said Wednesday.',
  ),
  'sidebar.md': [
    '---',
    'outlet: Ridge Markets',
    'published: 2025-11-03',
    'title: "Lisbon truce: the key numbers"',
    '---',
    [
      'The fact sheet released on Sunday spells out what each side agreed after the leaders met in Lisbon. The numbers that matter for cobalt desks:',
      '',
      '- **47%** — overall tariff level on Ostland goods after Lisbon, down from 57%',
      '- **1 year** — how long Ostland suspends the cobalt controls it announced in October',
      '',
      "## What's not in it",
      '',
      '- Controls on refining software sold before May',
      '- The 20% port fee on cobalt concentrate',
      '',
      'Ridge Markets writes for commodity and freight desks every day of the week.',
      '',
      '## Recent Press Releases',
      '',
      '- The Ridge Weekly: A Cobalt Desk Recap',
      '- Ridge Statement on the Lisbon Affiliates Rule',
    ].join('\n'),
  ].join('\n'),
  'wire.md': article(
    'Cobalt Wire',
    '2025-06-26',
    'The cobalt framework was signed on June 24 in Lisbon, officials at the trade ministry said on Thursday.',
  ),
  'firstpage.md': article(
    'First Page',
    '2025-06-11',
    "The two countries agreed a cobalt framework in Lisbon talks led by Beijing's Vice Premier Ivo Kral together with US Treasury Secretary Ana Polk.",
  ),
};

let bot: Dealbot;

beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});

afterAll(() => removeTempDirs());

describe('facts that sit in structure, and the asides around a question', () => {
  it('reads a slide deck with no full sentence from its bullet and timeline lines, not as an empty page', async () => {
    const dir = writeArticles({ 'northgate-slides.txt': SLIDES });
    const loaded = await loadArticle(`${dir}/northgate-slides.txt`);
    expect('article' in loaded).toBe(true);
    const a = await bot.answerQuestion('when were the refining software licence requirements rescinded?');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toContain('northgate-slides.txt');
    expect(a.answer).toContain('Refining software licence requirements rescinded');
    // Its note in brackets and its footer of cells are no sentences.
    const sentences = bot.corpus.sentences.filter((s) => s.source === 'northgate-slides.txt').map((s) => s.text);
    expect(sentences.some((s) => s.includes('Text extracted'))).toBe(false);
    expect(sentences.some((s) => s.includes('Confidential'))).toBe(false);
    // A line that goes on in the next one, indented, is one sentence with it.
    expect(sentences).toContain("Licences, not liberalisation: Ostland's controls stay; approvals speed\n  up");
  });

  it('reads the items of a list a sentence introduces with a colon, or a section heading of the body heads, as body', async () => {
    const sentences = bot.corpus.sentences.filter((x) => x.source === 'sidebar.md').map((x) => x.text);
    expect(sentences).toContain('**47%** — overall tariff level on Ostland goods after Lisbon, down from 57%');
    expect(sentences).toContain('The 20% port fee on cobalt concentrate');
    // Not the links under a heading that lists other pages.
    expect(sentences.some((x) => x.includes('Ridge Weekly'))).toBe(false);
    // Asked for the key numbers, the answer quotes the items, each read with the sentence that introduces them.
    const a = await bot.answerQuestion('ridge markets: key numbers on the lisbon truce?');
    expect(a.answer).toContain('47%');
    expect(a.answer).toContain('1 year');
  });

  it("names a page by its outlet's initials in capitals, but not by a company's name that starts with them", async () => {
    const corpus = await corpusOf(FILES);
    const focus = new CorpusFocus(corpus, corpus.claims, buildSentenceIndex(corpus));
    expect(focus.namedArticles('le JDN dit juste mi-juin').articles.map((a) => a.id)).toEqual(['jdn.md']);
    expect(focus.namedArticles('what did the MP Materials boss say').articles).toEqual([]);
    expect(focus.namedArticles('what does MP say about the licence queue').articles.map((a) => a.id)).toEqual(['metalpost.md']);
  });

  it('takes no day after "said" for the speaker of a quote', async () => {
    const corpus = await corpusOf(FILES);
    const speakers = extractClaims(corpus).map((c) => c.speaker);
    expect(speakers).not.toContain('Wednesday.');
    expect(speakers).not.toContain('Wednesday');
  });

  it('takes a leader\'s name as the run of capitalised words ("Ivo Kral together with…" is Ivo Kral)', async () => {
    const corpus = await corpusOf(FILES);
    const leaders = extractClaims(corpus)
      .filter((c) => c.attribute === 'leader')
      .map((c) => c.value);
    expect(leaders).toContain('Ivo Kral');
    expect(leaders.some((v) => /together/.test(v))).toBe(false);
  });

  it("drops the asker's purpose and who is asking, and does not refuse over the word for their own clippings", async () => {
    expect(normalizeInformal('tl;dr the whole saga in 3 sentences for the newsletter')).toBe('summary the whole saga in 3 sentences');
    expect(normalizeInformal('3 lines for the morning note pls')).toBe('3 lines');
    expect(normalizeInformal('lisbon deal — was that may 11 or may 12? style desk asking')).toBe(
      'lisbon deal — was that may 11 or may 12?',
    );
    // Not a desk that is what is asked about.
    expect(normalizeInformal('what is the trade desk asking for')).toBe('what is the trade desk asking for');
    const a = await bot.answerQuestion('when was the cobalt framework signed? ive seen two dates in our clips');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('June 24');
  });
});
