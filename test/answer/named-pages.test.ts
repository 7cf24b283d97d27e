import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedSides, withOfferedSide } from '../../src/answer/asked-sides.js';
import type { CorpusFocus } from '../../src/answer/focus.js';
import type { Dealbot } from '../../src/pipeline.js';
import { glossaryLanguage, normalizeInformal, writtenLanguage } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Pages a question names by something other than an outlet in the front matter: the language they are written in
 * ("the vietnamese piece"), a writer named only in a newsletter's standfirst, the platform a page comes from ("that
 * youtube explainer"), an agency in brackets after the outlet ("laut Reuters"). Each is the evidence, never a
 * false "none of the articles mentions …". On articles written for this test (outlets, people and the tin deal are
 * invented).
 */

const VIETNAMESE =
  'Bồ Đào Nha và Ma-rốc đã đạt được thỏa thuận vào ngày 24/6/2025 về xuất khẩu thiếc, chấm dứt nhiều tháng bế tắc. ' +
  'Theo Reuters, trước thỏa thuận này, chỉ khoảng 30% đơn xin xuất khẩu thiếc được phê duyệt, khiến các nhà máy phải tạm ngưng hoạt động. ' +
  'Bộ trưởng Thương mại Ana Ferro cho biết các giấy phép sẽ được cấp nhanh hơn trong những tuần tới.';

const FILES = {
  'wire.md': article(
    'Harbor Wire',
    '2025-06-26',
    'Portugal and Morocco signed the tin framework on June 24, Trade Minister Ana Ferro said. ' +
      'Under the framework Morocco will approve tin export licences faster. Smelters welcomed the news.',
  ),
  'nhanh_vn.md': `---\noutlet: Tin Nhanh (tinnhanh.example)\ndate: 2025-06-27\n---\n\n${VIETNAMESE}\n`,
  'ore_notes_0706.md': [
    '# A pause is not a peace',
    '',
    '*Ore Notes, a newsletter about metals and power, by Adaeze Okoro. Posted July 6, 2025 on Substack (orenotes.substack.example).*',
    '',
    'Friends, this week I read the tin framework so you do not have to.',
    '',
    'Morocco did not lift anything; it promised to run its licensing faster. My verdict: a pause, not a peace.',
    '',
  ].join('\n'),
  'explainer_0709.txt': [
    'ORE SIMPLIFIED - YouTube',
    'Video: "The tin deal in five minutes"',
    'Uploaded: July 9, 2025',
    '',
    '[00:10] RUI MATOS: Today, the tin deal between Portugal and Morocco, step by step.',
    '',
    '[03:40] RUI MATOS: Licences are faster now, but the licensing system is still there.',
    '',
    '[04:55] RUI MATOS: My take? It is a ceasefire on paper, not a settlement.',
    '',
  ].join('\n'),
  'post_reuters.md': article(
    'Lisbon Post (Reuters)',
    '2025-06-26',
    'Prime Minister Luis Amaral said on Thursday that the two countries had signed the tin agreement on Wednesday. ' +
      'He gave no details of the licences.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

/** The pipeline's view of the corpus (private: the pages a question names are not part of its API). */
const focusOf = (b: Dealbot) => (b as unknown as { focus: CorpusFocus }).focus;
const sources = (a: { citations: { source: string }[] }) => a.citations.map((c) => c.source);

describe('a page named by its language', () => {
  it('answers from the pages written in it ("the vietnamese piece")', async () => {
    const a = await bot.answerQuestion('the vietnamese piece — what date does it give for the deal?');
    expect(a.abstained).toBe(false);
    expect(sources(a)[0]).toBe('nhanh_vn.md');
    expect(a.answer).toContain('24/6/2025');
  });

  it('tells Vietnamese by its letters, in a question and in an article', () => {
    // (Few of its words are the glossary's markers: "bao nhiêu" is two syllables of fifteen.)
    expect(glossaryLanguage('Bồ Đào Nha duyệt bao nhiêu phần trăm đơn xin xuất khẩu thiếc trước thỏa thuận?')?.code).toBe('vi');
    expect(writtenLanguage(VIETNAMESE)).toBe('Vietnamese');
    // A Vietnamese name in English text is no Vietnamese.
    expect(writtenLanguage('Trade minister Nguyễn Hồng Diên said the tin licences would be approved faster this month.')).toBe('English');
  });

  it('reads a Vietnamese question through the glossary and answers from the Vietnamese page', async () => {
    const a = await bot.answerQuestion('Theo bài tiếng Việt, bao nhiêu phần trăm đơn xin xuất khẩu thiếc được duyệt trước thỏa thuận?');
    expect(a.notices?.join(' ')).toMatch(/Vietnamese glossary/);
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('30%');
  });

  it('is not "Chinese officials" or "the German side": a language names pages only before a word for a page', () => {
    expect(focusOf(bot).languageNamed('what did the vietnamese officials say').articles).toEqual([]);
    expect(
      focusOf(bot)
        .languageNamed('the Vietnamese-language article')
        .articles.map((x) => x.id),
    ).toEqual(['nhanh_vn.md']);
  });
});

describe('a page named by its writer or its platform', () => {
  it('finds a newsletter writer named only in its standfirst', async () => {
    expect(bot.corpus.byId.get('ore_notes_0706.md')?.meta.author).toBe('Adaeze Okoro');
    const a = await bot.answerQuestion("the substack writer (okoro?) — what's her verdict");
    expect(a.abstained).toBe(false);
    expect(a.answer).not.toMatch(/None of the \d+ articles mentions/);
    expect(sources(a)).toContain('ore_notes_0706.md');
  });

  it('answers "that youtube explainer" from the video page, its host\'s own take', async () => {
    const a = await bot.answerQuestion("that youtube explainer guy — what's his bottom line");
    expect(a.abstained).toBe(false);
    expect(sources(a)[0]).toBe('explainer_0709.txt');
    expect(a.answer).toMatch(/ceasefire on paper|My take/);
  });

  it('takes an agency in brackets after the outlet as a name of its own when cited ("per reuters")', async () => {
    expect(bot.analyze('per reuters, which weekday was the tin deal signed?').type).toBe('when');
    const a = await bot.answerQuestion('per reuters, which weekday was the tin deal signed?');
    expect(a.abstained).toBe(false);
    expect(sources(a)[0]).toBe('post_reuters.md');
    expect(a.answer).toContain('Wednesday');
    // Named in passing, it names no page ("amaral's reuters interview" is where he spoke).
    expect(focusOf(bot).namedArticles("what did amaral's reuters interview say").articles).toEqual([]);
    expect(
      focusOf(bot)
        .namedArticles('laut Reuters, wann?')
        .articles.map((x) => x.id),
    ).toEqual(['post_reuters.md']);
  });
});

describe('asides and offered months', () => {
  it('drops who is asking, a desk with its beat in front ("my aero desk is asking")', () => {
    expect(normalizeInformal('anything on jet engines? my aero desk is asking')).not.toMatch(/desk|aero/);
    expect(normalizeInformal('what does the chinese team want from the deal')).toContain('the chinese team want');
    expect(normalizeInformal('who in the opinion pile defended it')).toMatch(/opinion pieces/);
    expect(normalizeInformal("what's his bottom line")).toMatch(/take/);
  });

  it('reads the months two accounts are said to give as sides ("X says may, Y says april")', () => {
    expect(askedSides('when were the talks? the column says may, the explainer says april??')?.map((s) => s.label)).toEqual([
      'may',
      'april',
    ]);
    expect(askedSides('is it may or june?')?.map((s) => s.label)).toEqual(['may', 'june']);
    // "may" the verb is no month.
    expect(askedSides('ok so it says may be delayed, and he says june')).toBeNull();
  });

  it('adds an offered side a dispute lacks as a further position, quoted from another article', () => {
    const corpus = bot.corpus;
    const wire = corpus.sentences.find((s) => s.source === 'wire.md' && /June 24/.test(s.text));
    const post = corpus.sentences.find((s) => s.source === 'post_reuters.md' && /Wednesday/.test(s.text));
    expect(wire && post).toBeTruthy();
    if (!wire || !post) return;
    const shown = {
      topic: 'signing date',
      difficulty: 'normal' as const,
      kind: 'date' as const,
      explanation: 'The sources disagree on the signing date.',
      positions: [
        {
          claim: '2025-06-24',
          summary: 'June 24: Harbor Wire',
          sources: ['wire.md'],
          quote: wire.text,
          start: wire.start,
          end: wire.end,
          speaker: null,
        },
      ],
    };
    const scored = [{ sentence: post, score: 1, coverage: 1 }] as unknown as Parameters<typeof withOfferedSide>[1];
    const extended = withOfferedSide('signed june 24 or wednesday? the post says wednesday', scored, corpus, shown);
    expect(extended?.positions.map((p) => p.claim)).toEqual(['2025-06-24', 'Wednesday']);
    expect(extended?.positions[1]?.sources).toEqual(['post_reuters.md']);
    // Both sides already in the dispute, or neither: nothing to add.
    expect(withOfferedSide('signed june 24 or june 25?', scored, corpus, shown)).toBeNull();
  });
});
