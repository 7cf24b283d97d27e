import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion, questionAfterClaim, questionsInTurn } from '../../src/answer/kinds/classify.js';
import { analyzeQuestion, buildVocabulary } from '../../src/answer/question.js';
import { questionFocus } from '../../src/answer/relevance.js';
import { extractClaims } from '../../src/corpus/claims.js';
import type { Dealbot } from '../../src/pipeline.js';
import {
  GLOSSARY_LANGUAGES,
  type GlossaryLanguage,
  normalizeInformal,
  proseLanguage,
  questionLanguage,
  translateWithGlossary,
} from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a magnet recycler's founders and a think tank's research assistants asked about the story (session 67):
 * on articles written for this test (the companies, outlets, people and figures are invented).
 */

afterAll(removeTempDirs);

/** A page with an author in its front matter. */
function byline(outlet: string, author: string, published: string, body: string): string {
  return `---\noutlet: ${outlet}\nauthor: ${author}\npublished: ${published}\n---\n${body}\n`;
}

const FILES = {
  'a1_fund.md': article(
    'Harbor Ledger',
    '2025-10-21',
    'The magnet recycling fund set up after the rare earth truce will receive a combined $2 billion over five years, officials said. The fund backs plants that turn scrap magnets back into alloy.',
  ),
  'a2_timeline.md': byline(
    'Northgate Review',
    'Northgate staff',
    '2025-12-15',
    'June 9-10. London: a framework to implement the Geneva truce on rare earths.\n\nOctober 9. China adds five rare earth elements to its export controls.\n\nOctober 30. Busan: tariffs cut and China pauses the October 9 rare earth controls for a year.',
  ),
  'a3_yttrium.md': byline(
    'Northgate Review',
    'Ines Farrow',
    '2026-03-09',
    'Coating shops that apply yttrium thermal barriers to turbine blades told Northgate they now ration material week by week. One Ohio shop has stopped quoting new work. "We are not short of orders. We are short of one oxide," its owner, Bram Kessel, said.',
  ),
  'a4_truce.md': article('Tidewater Post', '2025-07-29', 'Under the Geneva truce, the tariff pause expires on August 12, officials said.'),
  'a5_truce.md': article(
    'Lantern Wire',
    '2025-07-30',
    'Under the Geneva truce, the 90-day tariff pause expires on August 14, a trade official said.',
  ),
  'a6_suspension.md': article(
    'Kestrel Times',
    '2025-11-09',
    'China suspended its October 9 rare earth export controls until November 10, 2026, under the US-China trade truce.',
  ),
  'a7_engine.md': article(
    'Skyward Weekly',
    '2025-07-04',
    'Regulators lifted curbs on the export of the XJ40 engine, which powers the C505 regional jet. The XJ40 engine is made by Aerona Propulsion, a joint venture between Volta and another engine maker.',
  ),
  'a8_engine.md': article(
    'Hangar Wire',
    '2025-07-03',
    "The licences cover Volta's own XJ40 engine for the C505 regional jet, a person familiar said.",
  ),
  'b1_ethylene.md': article(
    'Fennel Global',
    '2025-07-03',
    'Under the trade agreement, Washington has promised to allow the export of chip design software, ethylene and jet engines to China.',
  ),
  'b2_ethane.md': article(
    'Gulf Energy Wire',
    '2025-07-03',
    'The US lifted licence requirements on ethane shipments to China this week. Ethane is a gas liquid used to produce ethylene, a building block for plastics.',
  ),
  'b3_grant.md': article(
    'NORA grants office',
    '2025-12-11',
    'NORA has decided on funding in its call for circular critical materials, which closed in September.\n\n"Export controls on rare earths during 2025 showed how exposed our industry is," said NORA director-general Lena Holm. "Keeping magnet scrap at home and turning it back into alloy is one of the fastest ways to reduce that exposure."',
  ),
  'b4_busan.md': article('Harbor Scene', '2025-10-31', 'The Trump-Xi meeting in Busan lasted about 100 minutes, officials said.'),
  'b5_busan.md': article('Macro Desk', '2025-10-31', 'The Trump-Xi meeting in Busan lasted three hours, officials said.'),
  'c1_signed.md': article('Meridian Macro', '2025-06-28', 'The rare earth framework was signed on June 24, officials said.'),
  'c2_signed.md': article('Bay Ledger', '2025-06-28', 'The rare earth framework deal was signed on June 25, the White House said.'),
  'c3_aussie.md': article(
    'Canberra Notes',
    '2025-10-21',
    'Australia and the United States signed a critical minerals framework on October 20. The first round named two projects: a gallium refinery in Western Australia and a rare earths plant in the Northern Territory.',
  ),
  'c4_threat.md': article(
    'Commons Wire',
    '2025-10-10',
    'Trump said he will impose an additional 100% tariff on imports from China starting next month.\n\n"This tariff threat will batter farmers with higher prices," Senate Minority Leader Hal Prentiss (D-NY) said Friday.',
  ),
  'c5_threat.md': article(
    'Pacific Ledger',
    '2025-10-27',
    'Bessent said the talks had eliminated the threat of the 100% tariff on Chinese imports.',
  ),
  'c6_threat.md': article(
    'Market Wire',
    '2025-10-11',
    'Markets reacted calmly to the 100% tariff threat, traders said, after a volatile week.',
  ),
  'c7_threat.md': article('Asia Ledger', '2025-10-12', 'Beijing reacted to the 100% tariff threat with a warning that it would respond.'),
  'c8_quill.md': article(
    'Harbor Brief',
    '2025-06-30',
    'The London framework was signed by Trade Representative Mara Quill and Vice Premier Ren Hao, according to two people familiar with the exchange. Tidewater Post instead says Quill and Ren Hao signed in Geneva.',
  ),
  'c9_quill.md': article(
    'Lancaster Notes',
    '2025-06-11',
    'In London, Quill said the talks were going well. "We are working swiftly toward a fair deal," Quill said.',
  ),
  'd1_remark.md': article(
    'Granite Times',
    '2025-06-27',
    '"We just signed with China yesterday," Trump said during a White House event on Thursday. "We are opening up China," Trump said.\n\nA White House official told Granite Times later in the day that the two sides had reached "an additional understanding for a framework".',
  ),
  'd2_remark.md': article(
    'Quay Post',
    '2025-06-27',
    'Trump told a White House event that "we just signed with China yesterday", which would put the signing on June 25.',
  ),
  'd3_remark.md': article(
    'Lantern Daily',
    '2025-06-27',
    '"We just signed a great deal with China," Trump told reporters at the White House, and the times were good.',
  ),
  'd4_remark.md': article(
    'Capitol Notes',
    '2025-06-28',
    'Trump repeated at the White House on Friday that "we just signed" with China, officials said.',
  ),
  'd5_remark.md': article(
    'Ledger Times',
    '2025-06-28',
    'Trump said again that the White House had "just signed" with China and that the times had changed.',
  ),
  'e1_podcast.md': article(
    'The Rare Earth Run',
    '2025-09-01',
    'HOST: Karin, you run a magnet recycler with two plants. KARIN: We do, and buyers in Europe pay about 40% over Chinese material for magnets.',
  ),
  'e2_update.md': article(
    'Loopline Recovery',
    '2025-07-15',
    'Our Vasby plant processed 38 tonnes of feedstock in the second quarter (Q2), mostly grinding swarf.',
  ),
  'e3_survey.md': article(
    "Magnet Buyers' Digest",
    '2025-11-25',
    'Nine of 40 buyers said they had paused a request for quotes for non-Chinese magnets after the Busan meeting.',
  ),
  ...FILLER,
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
}, 120_000);

describe('amounts and speakers, as asked', () => {
  it('answers "how much money is going in" with the sum the articles give', async () => {
    const a = await bot.answerQuestion('side q — the recycling fund, how much money is actually going in? 2bn? 5bn?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('$2 billion');
  });

  it("finds the person an outlet quoted, though a page of the outlet's staff covers the story more", async () => {
    const a = await bot.answerQuestion('the coating shop owner northgate quoted on yttrium — name + what he said?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('told Northgate');
    expect(a.answer).not.toMatch(/London: a framework/);
  });

  it('reads "the DG\'s quote" as the director-general\'s, and a grant announcement as what the answer is for', async () => {
    const a = await bot.answerQuestion("why did NORA say they funded these projects? the DG's quote for our grant announcement");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('exposed our industry');
  });
});

describe('lawmakers', () => {
  it('finds a lawmaker by surname, titled by office and party ("Senate Minority Leader Hal Prentiss (D-NY) said")', async () => {
    const a = await bot.answerQuestion('how did prentiss react to the 100% tariff threat');
    expect(a.abstained).toBe(false);
    // (His words lead, alone: what others made of the threat is not his reaction.)
    expect(a.answer.split('\n')[0]).toMatch(/batter farmers with higher prices/);
    expect(a.answer).not.toMatch(/Markets reacted calmly/);
  });
});

describe('who speaks', () => {
  it('takes no one for a speaker of "according to two people" or of "says Quill and Ren Hao signed"', async () => {
    const a = await bot.answerQuestion('what did quill say at london? quote pls');
    // (His own words lead, both of them, before any sentence that only names him.)
    const lines = a.answer.split('\n');
    expect(lines[0]).toMatch(/working swiftly|going well/);
    expect(lines[1]).toMatch(/working swiftly|going well/);
    expect(a.answer).not.toMatch(/instead says/);
  });
});

describe('who speaks', () => {
  it('asks the official, not the one whose remark only times the question', async () => {
    const a = await bot.answerQuestion("what did the white house official tell granite times after trump's 'we just signed' remark");
    expect(a.answer).toMatch(/additional understanding/);
  });
});

describe('pages named', () => {
  it('takes an English word left alone of a longer outlet name ("run" of The Rare Earth Run) for no page', async () => {
    const a = await bot.answerQuestion('how much feedstock did vasby run in Q2?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/38 tonnes of feedstock/);
  });

  it('reads purchasing shorthand as articles spell it out ("RFQs")', async () => {
    const a = await bot.answerQuestion('how many buyers paused non-china RFQs after busan?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/paused a request for quotes/);
  });

  it('sets aside who wants the answer and in what form ("trade desk wants a checklist")', () => {
    expect(normalizeInformal('list every countermeasure that got lifted, trade desk wants a checklist')).not.toMatch(/desk|checklist/);
  });
});

describe('what a message asks', () => {
  it('reads "the whole rare earth saga" as the story as a whole', () => {
    expect(classifyQuestion('can someone give me the whole rare earth saga, geneva thru busan').kind).toBe('story');
    // (About ten lines, and who the reader is: still the whole story.)
    expect(
      classifyQuestion('give me the whole story in ~10 lines, june to now, for a board member who hasnt followed any of it').kind,
    ).toBe('story');
  });

  it('finds the question after a claim someone made, the claim as what it follows on', () => {
    const text =
      'fennel global says washington agreed to let ETHYLENE go to china. was it ethylene or ethane? our chem friends are confused';
    expect(questionAfterClaim(text)).toEqual({
      claim: 'fennel global says washington agreed to let ETHYLENE go to china',
      question: 'was it ethylene or ethane?',
    });
    // (Not a question on its own, nor a first sentence that says no one claimed anything.)
    expect(questionAfterClaim('was it ethylene or ethane?')).toBeNull();
    expect(questionAfterClaim('ethylene went to china in july. was it ethylene or ethane?')).toBeNull();
  });

  it('reads two questions asked one after the other with no "and" as two parts', () => {
    expect(
      questionsInTurn('is the digest right that the EU banned scrap exports in oct 2025? when does the EU restriction actually start'),
    ).toBe('is the digest right that the EU banned scrap exports in oct 2025? and when does the EU restriction actually start?');
    // (Not a bare follow-up, "who signed? when?", nor one question.)
    expect(questionsInTurn('who signed the deal? when?')).toBeNull();
    expect(questionsInTurn('when does the EU restriction start?')).toBeNull();
  });

  it('answers a question naming a particular thing the sources differ on, not with every dispute in the folder', async () => {
    const a = await bot.answerQuestion(
      "quick one, the XJ40 on the C505 — is that an Aerona engine or Volta's own? skyward and hangar wire seem to say different things",
    );
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/XJ40/);
    expect(a.answer).not.toMatch(/disagree on \d+ points/);
    expect(a.disagreements.some((d) => /Busan|hours|minutes/i.test(d.explanation))).toBe(false);
  });
});

describe('disputes that are not about what is asked', () => {
  it('names no event the asker sets aside, nor a promise ("sign up for")', () => {
    const vocab = buildVocabulary(Object.values(FILES));
    const events = (text: string) => [...questionFocus(analyzeQuestion(text, vocab)).events];
    expect(events('what day did beijing go public w/ it - the confirmation i mean, not the signing')).not.toContain('signing');
    expect(events('so what exactly did beijing sign up to')).not.toContain('signing');
    expect(events('when was the framework signed?')).toContain('signing');
  });

  it("shows no dispute of the story's own signing for a question about a third country's deal", async () => {
    const story = await bot.answerQuestion('when was the rare earth framework signed?');
    expect(story.disagreements.some((d) => /sign/i.test(d.explanation))).toBe(true);
    const aussie = await bot.answerQuestion('which two aussie projects got named when the framework was signed?');
    expect(aussie.answer).toMatch(/gallium refinery/);
    expect(aussie.disagreements.some((d) => /June/.test(d.explanation))).toBe(false);
  });
});

describe('claims', () => {
  it('reads no share from a price gap ("the premium … widened to about 50%", "about 40% over")', async () => {
    const corpus = await corpusOf({
      'a.md': article(
        'Magnet Run',
        '2025-09-01',
        "For heavy grades the premium for non-Chinese supply has widened to about 50% in our customers' quotes. Buyers in Europe pay for non-Chinese supply about 40% over Chinese-origin material. China accounts for 90% of global magnet supply.",
      ),
    });
    const shares = extractClaims(corpus).filter((c) => c.event === 'share');
    expect(shares.map((c) => c.value)).toEqual(['90%']);
  });
});

describe('when something ends', () => {
  it('does not show a dispute over when another pause ended', async () => {
    const a = await bot.answerQuestion("until when is china's suspension of the oct 9 package valid");
    expect(a.answer).toContain('November 10, 2026');
    expect(a.disagreements.some((d) => /August/.test(d.explanation))).toBe(false);
  });

  it('reads "until when" in other languages as the question word it is', () => {
    const lang = (code: string) => GLOSSARY_LANGUAGES.find((l) => l.code === code) as GlossaryLanguage;
    expect(translateWithGlossary('até quando a china suspendeu os controles de exportação de 9 de outubro?', lang('pt'))).toMatch(
      /^Until when did\b/,
    );
    expect(translateWithGlossary('do kiedy chiny zawiesiły październikowe ograniczenia eksportu?', lang('pl'))).toMatch(
      /^Until when did\b/,
    );
    expect(translateWithGlossary('hasta cuándo suspendió China los controles de octubre?', lang('es'))).toMatch(/^Until when did\b/);
  });
});

describe('what the folder holds', () => {
  it('lists the pages in each language named', () => {
    expect(classifyQuestion('do we have anything in japanese or swedish in the pile? which outlets')).toEqual({
      kind: 'language-pages',
      language: 'Japanese',
      also: ['Swedish'],
    });
    expect(
      proseLanguage(
        'Kinas och USA:s presidenter möttes i natt i Busan i Sydkorea. Ett resultat av mötet är att Kina pausar de senaste exportrestriktionerna på sällsynta jordartsmetaller i ett år, och att USA sänker tullarna.',
      ),
    ).toBe('Swedish');
  });

  it("refuses whether something happened in a month after the newest page, with that page's date", async () => {
    const later = await bot.answerQuestion('did china actually reimpose the oct 9 controls when the suspension ran out in november 2026?');
    expect(later.abstained).toBe(true);
    expect(later.answer).toMatch(/dated 9 March 2026: they can tell what was planned for November 2026/);
    const until = await bot.answerQuestion('did china suspend its october 9 controls until november 2026?');
    expect(until.answer).not.toMatch(/what was planned/);
  });
});

describe('questions in languages without a glossary', () => {
  it('tells Swedish and Turkish questions by their words and letters', () => {
    expect(questionLanguage('hur mycket fick vi från fonden egentligen? bulletinen skriver 12 mille')).toBe('Swedish');
    expect(questionLanguage('Çin nadir toprak elementleri ihracat kontrollerini ne zaman askıya aldı?')).toBe('Turkish');
    expect(questionLanguage('when did china suspend the controls?')).toBeNull();
  });

  it('says plainly it reads English, not that the articles never mention the words', async () => {
    // (Swedish: Turkish, asked here until session 68, has a glossary now.)
    const a = await bot.answerQuestion('hur mycket fick vi från fonden egentligen? bulletinen skriver 12 mille');
    expect(a.answer).toMatch(/reads as Swedish/);
    expect(a.answer).not.toMatch(/None of the \d+ articles mentions/);
  });
});
