import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { glossaryLanguage, translateWithGlossary } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a chip-equipment supplier's export-control team and a think-tank's trade-policy newsletter asked about
 * the story (session 64): on articles written for this test (the companies, outlets, people and figures are
 * invented).
 */

afterAll(removeTempDirs);

const SOME_FILLER = Object.fromEntries(Object.entries(FILLER).slice(0, 3));

/** A ministry's own page: its outlet only in a "Source: … · date" line, a reporter's question and the answers. */
const MINISTRY_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Spokesperson Answers Question on the Outcomes of Consultations in Kuala Lumpur</title></head>
<body>
<div class="nav"><ul><li><a href="/">Home</a></li><li><a href="/News">News</a></li></ul></div>
<div class="article">
<h2>Spokesperson Answers Question on the Outcomes of Consultations in Kuala Lumpur</h2>
<div class="info">Source: MOFCOM · 2025-10-30</div>
<p>Q: The two sides met for consultations in Kuala Lumpur last weekend. Could you share the details?</p>
<p>A: Through the consultations in Kuala Lumpur, the economic and trade teams have reached consensus on the following key outcomes.</p>
<p>First, the U.S. side will remove the 10-percent fentanyl tariffs on Chinese goods.</p>
<p>Second, the U.S. side will suspend the Affiliates Rule for one year.</p>
</div>
<div class="footer">Copyright Ministry of Commerce</div>
</body></html>
`;

const FILES = {
  'a1_kl.md': article(
    'Straits Ledger',
    '2025-10-27',
    'The fifth round of talks was held in Kuala Lumpur on October 25 and 26. Bessent said the framework would let the leaders meet in Busan.',
  ),
  'a2_ethane.md': article(
    'Gulf Energy Wire',
    '2025-07-03',
    'The Bureau of Industry and Security said the ethane licence rules have now been rescinded, according to filings from Cormorant Midstream Partners and Heron Gas Transfer LP on Wednesday, July 2. The deal, still pending final approval, would resolve the embargo on shipments to U.S. manufacturers in the automotive, defense, and energy sectors.',
  ),
  'a3_rule.md': article(
    'Fab Tools Journal',
    '2025-10-13',
    'From 1 December, foreign companies need a Chinese licence to export products that contain 0.1% or more of Chinese-origin rare earths by value.',
  ),
  'a4_alert.md': article(
    'Marlow & Finch LLP',
    '2025-04-07',
    'Effective immediately, exporters are required to obtain licences for the following controlled items:\n\n- Samarium, including samarium-cobalt alloys\n- Gadolinium\n- Lutetium\n- Yttrium, including yttrium-aluminium alloys\n\nIn total, the announcement covers four medium and heavy rare earth elements.',
  ),
  'a5_confirm.md': article(
    'Harbour Times',
    '2025-06-28',
    "China said on Friday that it had confirmed details of the trade framework agreed in London, the commerce ministry's statement said.",
  ),
  'a6_recap.md': article('Export Notes', '2025-07-10', "27 June: China's commerce ministry confirms the details of the framework."),
  'a7_trust.md': article(
    'Capitol Letter',
    '2025-11-03',
    'Bessent cautioned that reliance on Chinese rare-earth supply remains risky. "They have at times proved unreliable partners," he said.',
  ),
  'a8_geneva.md': article(
    'Semi Brief',
    '2025-06-20',
    "**Geneva, 12 May.** After a weekend of talks in Geneva, the United States and China issued a joint statement cutting the tariffs they had imposed on each other. US tariffs on Chinese goods fell from 145% to 30%, and China's tariffs on US goods from 125% to 10%.",
  ),
  'a9_suspend.md': article(
    'Metals Daily',
    '2025-11-08',
    'China suspended Announcements No. 55, 56, 57, 58, 61 and 62 for one year under Announcement No. 70.',
  ),
  'b1_calendar.md': article(
    'Compliance Calendar',
    '2025-07-01',
    'China exported 3,188 tonnes of magnets in June under Announcement No. 18. Licences start on 1 December and the truce is due to end in November. Companies should keep a list of everyone they ship to.',
  ),
  'mofcom_kl_outcomes.html': MINISTRY_PAGE,
  ...SOME_FILLER,
};

describe('how questions are classified', () => {
  it('reads a summary asked for after the asker says why, and a timeline with its form asked', () => {
    expect(
      classifyQuestion(
        "ok so I'm writing the intro for monday's newsletter and I've been out for three weeks, can someone just give me the tl;dr of the whole rare earths saga from geneva thru busan, like 4 lines max, what each side gave, thx",
      ).kind,
    ).toBe('story');
    expect(classifyQuestion('need a quick dated timeline geneva -> busan for the explainer, key dates only, no fluff').kind).toBe(
      'timeline',
    );
    // (A summary of one part of it is a question of fact.)
    expect(classifyQuestion('give me a summary of the ethane licence saga').kind).toBe('fact');
  });

  it('reads trust in a party of the story as a question of fact, and trust in an outlet as one of reliability', () => {
    expect(classifyQuestion('bessent after busan on whether china can be trusted on rare earths?').kind).toBe('fact');
    expect(classifyQuestion('how reliable is the tariff ledger on numbers?').kind).toBe('reliability');
  });

  it('reads "which pubs covered", "who covered" as questions about the coverage', () => {
    expect(classifyQuestion('which pubs covered beijing pausing the gallium ban?').kind).toBe('coverage');
    expect(classifyQuestion('who covered the ethane licences thing - only one outlet or others too?').kind).toBe('coverage');
  });
});

describe('answers to questions as people type them', () => {
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('reads which end of a span a date is asked at as no topic of the question', async () => {
    const frames = (q: string) => Object.fromEntries(bot.analyze(q).terms.map((t) => [t.word, t.frame]));
    expect(frames('kuala lumpur round, what were the start/end dates?')).toMatchObject({ start: true, end: true, kuala: false });
    expect(frames('when does the truce end?')).toMatchObject({ end: false });
    const a = await bot.answerQuestion('kuala lumpur round, what were the start/end dates?');
    expect(a.answer).toMatch(/October 25 and 26/);
  });

  it('names the two companies asked for, not a sentence listing three other things', async () => {
    const a = await bot.answerQuestion('which two companies were allowed to ship ethane again?');
    expect(a.answer.split('\n')[0]).toMatch(/Cormorant Midstream Partners and Heron Gas Transfer LP/);
  });

  it('reads a figure the asker types as what the question is about', async () => {
    const a = await bot.answerQuestion("what's this 0.1% thing everyone keeps on about");
    expect(a.abstained).toBe(false);
    expect(a.answer.split('\n')[0]).toMatch(/0\.1% or more of Chinese-origin rare earths/);
    // (…but not as what is asked: no article gives a fine.)
    expect((await bot.answerQuestion('whats the fine if we breach the 0.1% rule')).abstained).toBe(true);
  });

  it('does not read numbers that name announcements as figures of a month', async () => {
    const a = await bot.answerQuestion('which announcement numbers got frozen in nov? need the exact nos');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/No\. 55, 56, 57, 58, 61 and 62/);
  });

  it('quotes a list with the sentence that announces it', async () => {
    const a = await bot.answerQuestion('which controlled items do exporters need licences for?');
    expect(a.answer).toMatch(/following controlled items:[\s\S]*Samarium[\s\S]*Lutetium[\s\S]*Yttrium/);
  });

  it('reads a measure named after "what\'s the" and a request for one number as asking for a figure', async () => {
    expect(bot.analyze('whats the real US tariff rate on chinese goods after geneva?').type).toBe('howmany');
    expect(bot.analyze('us tariffs after geneva, need ONE number for the board').type).toBe('howmany');
    expect(bot.analyze('whats the tariff rate dispute about?').type).not.toBe('howmany');
    const a = await bot.answerQuestion('whats the real US tariff rate on chinese goods after geneva? need ONE number');
    expect(a.answer.split('\n')[0]).toMatch(/145% to 30%/);
  });

  it('reads whether a party can be trusted in the words articles use ("unreliable")', async () => {
    const trusted = bot.analyze('can china be trusted on rare earth supply?').terms.find((t) => t.word === 'trusted');
    expect(trusted?.matches).toContain('unreli');
    const a = await bot.answerQuestion('has anyone said whether china can be trusted on rare earth supply?');
    expect(a.answer).toMatch(/unreliable partners/);
  });
});

describe('what a body says on its own pages', () => {
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('takes the outlet from a "Source:" line without the date after it', () => {
    expect(bot.corpus.byId.get('mofcom_kl_outcomes.html')?.meta.outlet).toBe('MOFCOM');
  });

  it('answers what the ministry said from its own page, where no sentence names it', async () => {
    const a = await bot.answerQuestion('what did mofcom say came out of KL?');
    expect(a.abstained).toBe(false);
    expect(a.citations.some((c) => c.source === 'mofcom_kl_outcomes.html')).toBe(true);
  });
});

describe('questions in Dutch', () => {
  it('recognises Dutch and reads it through its glossary', () => {
    const q = 'Tot wanneer heeft China het exportverbod voor gallium naar de VS opgeschort?';
    const language = glossaryLanguage(q);
    expect(language?.name).toBe('Dutch');
    expect(translateWithGlossary(q, language as NonNullable<typeof language>)).toMatch(/until when.*export ban.*gallium.*suspended/i);
    expect(glossaryLanguage('what did the dutch finance chief say about the rules?')).toBeNull();
  });

  it('answers a Dutch question from the English articles', async () => {
    const bot = await makeBot(writeArticles(FILES));
    const a = await bot.answerQuestion('Welke twee bedrijven mochten weer ethaan verschepen?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Cormorant Midstream Partners/);
  });
});

describe('whose version is asked', () => {
  const FOLDER = {
    's1_gazette.md': article(
      'Harbor Gazette',
      '2025-06-26',
      'Commerce Secretary Howard Lutnick said the deal with China was signed on June 24.',
    ),
    's2_times.md': article(
      'Capital Times',
      '2025-06-27',
      'Trump said on Thursday, June 26, at a White House event: "We just signed with China yesterday."',
    ),
    ...SOME_FILLER,
  };

  it("shows a dispute for a question that takes one person's word only when that person is on two sides of it", async () => {
    const bot = await makeBot(writeArticles(FOLDER));
    const all = await bot.answerQuestion('when was the deal signed?');
    expect(all.disagreements.map((d) => d.topic)).toContain('signing date');
    const trump = await bot.answerQuestion('when was the deal signed according to trump?');
    expect(trump.disagreements).toEqual([]);
    expect(trump.answer).toMatch(/We just signed with China yesterday/);
  });
});
