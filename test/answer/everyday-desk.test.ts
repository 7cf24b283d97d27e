import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnSpeakers } from '../../src/answer/focus.js';
import { classifyQuestion, withoutHearsay } from '../../src/answer/kinds/classify.js';
import { PLACE_ANCHOR_RE } from '../../src/answer/question.js';
import type { Dealbot } from '../../src/pipeline.js';
import { GLOSSARY_LANGUAGES, normalizeInformal, questionLanguage, translateWithGlossary } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Names and requests as hurried typing and dictation give them: a surname in two pieces ("var ga"), the start of a
 * surname ("kowal"), another romanisation of a Chinese family name ("lee" for Li), a question in Dutch, and "list w
 * sources" at the end of a question. On articles written for this test: the cobalt talks, outlets and people are
 * invented.
 */

/** A wire story that another outlet ran in full. */
const WIRE = [
  'The United States and China signed their cobalt understanding on Tuesday, June 24, Commerce Secretary Dana Vargasson said on Thursday.',
  'The understanding covers cobalt export licences and a review of the curbs on refining software within weeks.',
  'Officials from both sides said the licences for cobalt exports would be approved faster from July onwards.',
];

const FILES = {
  'fjord_0611.md': article(
    'Fjord Daily',
    '2025-06-11',
    [
      'The US delegation at the Oslo cobalt talks was led by Commerce Secretary Dana Vargasson, with trade envoy Piotr Kowalczyk at her side.',
      'China\'s trade representative Li Mingdao called the talks "frank and practical".',
    ].join('\n\n'),
  ),
  'tide_0704.md': article(
    'Tide Notes',
    '2025-07-04',
    'On July 3 the US lifted its curbs on cobalt refining software and on battery-grade graphite, officials said.',
  ),
  'haven_0705.md': article(
    'Haven Post',
    '2025-07-05',
    [
      'Washington also lifted a licence requirement on cobalt cathode equipment in early July, the commerce department said.',
      'Trade envoy Marta Solberg wrote on social media on June 12 that "cobalt will flow again soon".',
    ].join(' '),
  ),
  'anker_0628.md': article(
    'Ankerblad',
    '2025-06-28',
    [
      'De Verenigde Staten en China hebben een akkoord over kobalt getekend. Volgens minister Vargasson werd het akkoord op 24 juni ondertekend in Oslo.',
      'De handelaren in Rotterdam reageerden voorzichtig op het nieuws over de export van kobalt.',
    ].join('\n\n'),
  ),
  'quay_0627.md': article(
    'Quay Daily',
    '2025-06-27',
    'China confirmed the details of the cobalt framework on Friday and said it would review export applications.',
  ),
  'ministry_qa.txt': [
    'MINISTRY OF TRADE',
    "Spokesperson's Remarks",
    '',
    'A reporter asked: Officials in Washington said the two sides reached an understanding on cobalt in Oslo. What is the comment of the ministry?',
    '',
    'The spokesperson said: The two teams held talks in Oslo and reached a framework in principle.',
    '',
    'After the talks, the two teams kept in close contact and confirmed the details.',
    '',
    'The Chinese side will, in accordance with the law, review and approve cobalt export applications that meet the requirements.',
    '',
  ].join('\n'),
  'wire_0626.md': article('Pine Wire', '2025-06-26', WIRE.join('\n\n')),
  'gazette_0627.md': article('Lake Gazette', '2025-06-27', [...WIRE, 'Lake Gazette carried this report from Pine Wire.'].join('\n\n')),
  'archive_2010.md': article(
    'Old Wire',
    '2010-09-29',
    'Beijing ended its ban on cobalt exports to Japan, a trading source said on Wednesday, and sources said shipments resumed.',
  ),
};

let dir: string;
let bot: Dealbot;

beforeAll(async () => {
  dir = writeArticles(FILES);
  bot = await makeBot(dir);
}, 60_000);

afterAll(() => removeTempDirs());

describe('names typed the way people type them', () => {
  it('joins a surname typed in two pieces ("var gasson")', async () => {
    const r = await bot.answerQuestion('who led the us side in oslo, var gasson?');
    expect(r.abstained).toBe(false);
    expect(r.answer).toContain('Dana Vargasson');
  });

  it('reads the start of a surname as the one person whose name starts so ("kowal")', async () => {
    const q = bot.analyze('was kowal in oslo');
    expect(q.terms.map((t) => t.word)).toContain('kowalczyk');
    const r = await bot.answerQuestion('was kowal at the oslo talks');
    expect(r.abstained).toBe(false);
    expect(r.answer).toContain('Piotr Kowalczyk');
  });

  it('reads another romanisation of a Chinese family name ("lee" for Li)', async () => {
    const r = await bot.answerQuestion('what did lee mingdao say abt oslo');
    expect(r.abstained).toBe(false);
    expect(r.answer).toContain('frank and practical');
  });

  it('never reads an English word as the start of a name, nor a name the articles do not use', () => {
    const q = bot.analyze('what did the cobalt mill say');
    expect(q.terms.map((t) => t.word)).toContain('mill');
    expect(q.terms.map((t) => t.word)).not.toContain('mingdao');
    const other = bot.analyze('what did wong say');
    // (No person the articles name is a Wang or a Huang.)
    expect(other.terms.find((t) => t.word === 'wong')?.present).toBe(false);
  });
});

describe('a question in Dutch', () => {
  it('is told apart by its question words and matched as written', async () => {
    expect(questionLanguage('wanneer is het akkoord getekend volgens vargasson?')).toBe('Dutch');
    const r = await bot.answerQuestion('wanneer is het akkoord getekend volgens vargasson?');
    expect(r.abstained).toBe(false);
    expect(r.answer).toContain('24 juni');
  });
});

describe('"list w sources"', () => {
  it('is how to answer, not what is asked', () => {
    expect(normalizeInformal('the us unblocked early july - list w sources')).toBe('the US unblocked early july - list');
    expect(normalizeInformal('what got lifted in july + links pls?')).toMatch(/^what got lifted in july ?\?$/);
    // (Sources asked about are the topic.)
    expect(normalizeInformal('which sources say june 24')).toBe('which sources say june 24');
  });

  it('answers from the year of the story, not from an old page that mentions sources more', async () => {
    const r = await bot.answerQuestion('stuff the us unblocked early july - list w sources');
    expect(r.abstained).toBe(false);
    expect(r.answer.split('\n')[0]).toContain('refining software');
  });
});

describe('pages saved by mistake', () => {
  it('lists the pages off the story, including one from years before it', async () => {
    for (const q of ['which saved pages are off story / saved by mistake', 'any pages in here saved by accident?'])
      expect(classifyQuestion(q), q).toEqual({ kind: 'off-topic' });
    const a = await bot.answerQuestion('which saved pages are off story / saved by mistake');
    expect(a.answer).toMatch(/^1 of the 9 articles is not about the story/);
    expect(a.answer).toContain('Old Wire (29 September 2010)');
    expect(a.answer).toContain('(from 2010)');
  });
});

describe('a ministry Q&A', () => {
  it("runs the spokesperson's last answer to the end of the page, but not another role's quote in a story", async () => {
    const corpus = await corpusOf({
      'qa.md': article('Ministry', '2025-06-27', FILES['ministry_qa.txt']),
      'story.md': article(
        'Rill Post',
        '2025-06-27',
        [
          'A White House official said: "We expect the cobalt licences soon."',
          'A Treasury official said: "The review is on track."',
          'Cobalt prices fell two percent on the news, traders said.',
        ].join('\n\n'),
      ),
    });
    const turns = turnSpeakers(corpus);
    const whoSaid = (text: string) => {
      const s = corpus.sentences.find((x) => x.text.startsWith(text));
      return s ? [...(turns.get(s.id) ?? [])].join(' ') : 'missing';
    };
    expect(whoSaid('The Chinese side will')).toBe('spokesperson');
    expect(whoSaid('Cobalt prices fell')).toBe('');
  });

  it('gives the unnamed spokesperson the paragraphs of their answer, however far below the label', async () => {
    const a = await bot.answerQuestion('what did the ministry spox say china would do? verbatim pls');
    expect(a.abstained).toBe(false);
    expect(a.citations.slice(0, 3).map((c) => c.quote)).toContain(
      'The Chinese side will, in accordance with the law, review and approve cobalt export applications that meet the requirements.',
    );
  });

  it("takes the asker's wishes about wording and who is asking as no part of the question", () => {
    expect(normalizeInformal('what did the ministry say? verbatim pls, my editor wants the official wording not the wire paraphrase')).toBe(
      'what did the ministry say?',
    );
    expect(normalizeInformal('how many curbs were lifted? 3? 4? trade lawyer asking')).toBe('how many curbs were lifted? 3? 4?');
  });
});

describe('the folder asked about in other words', () => {
  it('reads "newest doc in here?" as the pages by date', () => {
    expect(classifyQuestion('newest doc in here?')).toEqual({ kind: 'dated-pages', earliest: false, latest: true });
  });

  it('reads "zwei Fragen:" as how many questions, and the embassy and the side agreement in German', () => {
    const de = GLOSSARY_LANGUAGES.find((l) => l.code === 'de');
    const read = translateWithGlossary(
      'zwei Fragen: worum geht es laut Fjord in der Zusatzvereinbarung, und hat die chinesische Botschaft reagiert?',
      de as NonNullable<typeof de>,
    );
    expect(read).toMatch(/additional agreement/);
    expect(read).toMatch(/embassy responded/);
    expect(read).not.toMatch(/Fragen/);
  });

  it('reads a German compound with a hyphen part by part ("Fjord-Bericht")', async () => {
    const de = GLOSSARY_LANGUAGES.find((l) => l.code === 'de');
    expect(
      translateWithGlossary('An welchem Tag wurde laut dem Fjord-Bericht das Abkommen unterzeichnet?', de as NonNullable<typeof de>),
    ).toMatch(/Fjord report/);
  });
});

describe('chat idioms and asides of official-document questions', () => {
  it('reads "switched back on" as restored', () => {
    expect(normalizeInformal('which vendors got their sales switched back on in july')).toBe(
      'which vendors got their sales restored in july',
    );
  });

  it('sets aside what an outlet "seems to say", after the question', () => {
    expect(withoutHearsay('do the pauses end nov 2026? firstpost seems to say 2025?? and the digest says nov 9')).toBe(
      'do the pauses end nov 2026?',
    );
  });

  it('reads a list of vendors as a list, and "volumes" as no topic of its own', () => {
    const q = bot.analyze('which software vendors got their sales restored, and what volumes?');
    expect(q.list).toBe(true);
    expect(q.terms.find((t) => t.word === 'volumes')?.salient).toBe(false);
  });

  it('reads a place after "after" as the time of what is asked, also when the topic follows ("after oslo re cobalt")', async () => {
    expect(PLACE_ANCHOR_RE.exec('what did solberg post after oslo re cobalt')?.[1]).toBe('oslo');
    expect(PLACE_ANCHOR_RE.exec('what did solberg post after oslo rare earth magnets')?.[1]).toBe('oslo');
    // (Not a place the question goes on about: "after oslo talks" names the talks.)
    expect(PLACE_ANCHOR_RE.exec('what did solberg post after oslo talks ended')).toBeNull();
    const a = await bot.answerQuestion('what did solberg post after oslo re cobalt');
    expect(a.answer).toContain('cobalt will flow again soon');
  });
});

describe('pages that are copies of one another', () => {
  it('groups a wire story with the outlet that ran it, quoting what they share', async () => {
    for (const q of ['which 2 pages are the same wire story', 'any duplicates in here?', 'anything saved twice?'])
      expect(classifyQuestion(q), q).toEqual({ kind: 'copies' });
    // (Whether the sources tell one story is about what they say, not about copies.)
    expect(classifyQuestion('do all the articles tell the same story?').kind).not.toBe('copies');
    const a = await bot.answerQuestion('which 2 pages are the same wire story');
    expect(a.answer).toMatch(/^2 articles of the 9 carry the same story as another/);
    expect(a.answer).toContain('Pine Wire (26 June 2025) [wire_0626.md]; Lake Gazette (27 June 2025) [gazette_0627.md]');
    expect(a.citations[0]?.quote).toBe(WIRE[0]);
  });
});

describe("an editor's follow-ups", () => {
  it('sets aside what a piece "has" or "makes it sound like", after the question', () => {
    expect(withoutHearsay('london talks dates pls - 9-10 june right? the korean piece has smth else and one thing even says july')).toBe(
      'london talks dates pls - 9-10 june right?',
    );
    expect(withoutHearsay('when did the ban get lifted? the meridian longread makes it sound like june')).toBe(
      'when did the ban get lifted?',
    );
    expect(withoutHearsay('where did xi and trump meet? like that anniversary piece has it, gyeongju')).toBe(
      'where did xi and trump meet?',
    );
  });

  it('reads "go public with" as announcing', () => {
    expect(normalizeInformal('what day did beijing go public w/ it')).toBe('what day did beijing announce it');
  });

  it('counts the pieces that say something ("how many pieces put the signing on the 24th")', () => {
    expect(classifyQuestion('how many pieces put the signing on the 24th?')).toMatchObject({ kind: 'coverage', count: true });
  });
});

describe("a markets desk's shorthand", () => {
  it('reads "PT" as a price target, "beans" as soybeans, and "need the move" as no part of the question', () => {
    expect(normalizeInformal('kestrel on lynas — rating + PT?')).toBe('kestrel on lynas — rating and price target?');
    expect(normalizeInformal("larchmont's new PT on synopsys?")).toBe("larchmont's new price target on synopsys?");
    expect(normalizeInformal('beans on the london headlines?')).toBe('soybeans on the london headlines?');
    // (Not points: "50 pt on the day".)
    expect(normalizeInformal('down 50 pt on the day')).toBe('down 50 pt on the day');
    expect(normalizeInformal('how much did it lose? need the move for the table')).toBe('how much did it lose?');
  });

  it('reads "oldest and newest thing in the folder?" as the pages by date, leaving out another pair\'s deal', async () => {
    expect(classifyQuestion('oldest and newest thing in the folder?')).toEqual({ kind: 'dated-pages', earliest: true, latest: true });
    const dir = writeArticles({
      ...FILES,
      'kyiv_0501.md': article(
        'Kyiv Business',
        '2025-05-01',
        'The United States and Ukraine on April 30 signed an agreement on rare earths and minerals, officials in Washington said.',
      ),
    });
    const withUkraine = await makeBot(dir);
    const a = await withUkraine.answerQuestion('oldest and newest thing in the folder?');
    expect(a.answer).toContain('The earliest: Fjord Daily (11 June 2025)');
    expect(a.answer).not.toContain('Kyiv Business');
  });
});
