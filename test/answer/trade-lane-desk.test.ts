import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { glossaryLanguage, normalizeInformal, translateUnspaced, translateWithGlossary } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a freight forwarder's trade-lane desk and an aerospace supplier's government-relations team asked about
 * the story (session 65): on articles written for this test (the companies, outlets, people and figures are
 * invented).
 */

afterAll(removeTempDirs);

const FILES = {
  'a1_signed.md': article(
    'Harbour Lane Weekly',
    '2025-06-26',
    'U.S. and Chinese officials signed the document implementing the London framework on Tuesday, June 24, according to two people briefed on the paperwork.',
  ),
  'a2_signed.md': article(
    'Tradelane Notes',
    '2025-06-28',
    'China confirmed the framework on Friday. According to the U.S. side, the deal with China was signed on June 25.',
  ),
  'a3_lifted.md': article(
    'Filing Index',
    '2025-07-05',
    'On July 2, the Bureau of Industry and Security (BIS) made a significant decision to lift export restrictions imposed on several chip-design software companies. One of them received notice that the license requirements mentioned in the May 23 letter have been lifted.',
  ),
  'a4_lifted.md': article(
    'Box Street Journal',
    '2025-07-07',
    'The U.S. Commerce Department lifted on July 3 the licence requirements it had imposed in May on chip-design software.',
  ),
  'a5_london.md': article(
    'Corridor Business',
    '2025-06-11',
    'Freight forwarders on the transpacific lane welcomed the news on Wednesday.\n\nBooking volumes rose for a second week.\n\nThe announcement followed two days of high-level trade talks in London, held on June 9 and 10.\n\nMarkets in Asia were mixed on the news, with shipping stocks slightly higher.\n\nAnalysts said freight rates on the transpacific lane had already priced in a deal.\n\nOn Tuesday, China\'s Vice Commerce Minister Wei Tanglin said, "The two sides have, in principle, reached a framework for implementing the consensus reached at the Geneva meeting."',
  ),
  'a6_june.md': article(
    'Magnet Tally',
    '2025-07-21',
    'Globally, China exported 3,188 metric tons of rare earth permanent magnets in June, up from 1,238 tons in May. Germany took 1,116 tonnes of Chinese magnets in July, still the largest destination.',
  ),
  'a7_threshold.md': article(
    'Fab Tools Daily',
    '2025-10-13',
    "China's commerce ministry on October 9 extended its licensing regime to products made abroad. The key threshold is 0.1%: a foreign-made component whose Chinese-origin rare earth content reaches 0.1% or more of its value needs a licence.",
  ),
  'a8_pentagon.md': article(
    'Defense Ledger',
    '2025-07-11',
    'The Defense Department is investing $400 million in newly issued preferred stock of Ridgeway Minerals, the company said.',
  ),
  'a9_port.md': article(
    'Quay Report',
    '2025-06-16',
    "Cargo at the country's busiest port dropped 9 percent in May, Port of Los Angeles Executive Director Hal Brennan said Friday. Each Valkyrie trainer jet contains up to 50 pounds of samarium-cobalt magnets.",
  ),
  'b1_military.md': article(
    'Actuator Notes',
    '2025-11-12',
    'Samarium, dysprosium, terbium and the other four elements still need a licence, and the military end-user policy has not changed. The general licences announced after Busan exclude military end users.',
  ),
  'b2_status.md': article(
    'Minerals Morning',
    '2025-07-01',
    'So where do things stand with rare earths? Licences from China are still slow, exporters say.',
  ),
  'b3_status.md': article(
    'Minerals Evening',
    '2025-11-20',
    'Beijing suspended its October rules for a year, but the licensing regime for seven rare earths stays in place.',
  ),
  'b4_vulcan.md': article(
    'Press Wire',
    '2025-11-03',
    'Vulcan Forge is proud to announce a $1.4 billion partnership with the United States Government and ReMag Technologies to scale magnet production.',
  ),
  'b5_vulcan.md': article(
    'Capacity Wire',
    '2025-11-14',
    "Vulcan Forge's $1.4 billion partnership with the US government and ReMag Technologies targets 10,000 tonnes a year of magnet production.",
  ),
  'b6_ports.md': article(
    'Ship Fee Monitor',
    '2025-10-20',
    'Shipping line Kestrel Lines was most exposed to U.S. port fees, analysts said. The retaliatory fee hit a much smaller fleet.',
  ),
  'b7_gap.md': article(
    'Critical Metals Wire',
    '2025-11-09',
    "The White House fact sheet spoke of general licences, but MOFCOM's version limits the easing to the October measures, highlighting the gap between the two sides' interpretations of the deal.",
  ),
  'b9_explainer.md': article(
    'Pulse Digest',
    '2025-11-02',
    '> **AI-GENERATED CONTENT.** This explainer was produced automatically by the Pulse summarisation system from wire reports.\n\nThe leaders met in Busan on October 31.',
  ),
  'c1_licences.md': article(
    'Euro Fab Monitor',
    '2025-07-30',
    "China's commerce ministry has approved 14 rare earth export licences for European companies since June, the chamber said.",
  ),
  'b8_orvane.md': article(
    'Port Ledger',
    '2025-11-12',
    'Carrier Orvane paid about $2 million in Chinese port fees before the pause, according to port records.',
  ),
  ...FILLER,
};

describe('dates the claims read', () => {
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('dates a signing whose object is named by what it does ("the document implementing the framework")', () => {
    const signing = bot.corpus.claims.filter((c) => c.event === 'signing' && c.attribute === 'date').map((c) => c.value);
    expect(signing).toContain('2025-06-24');
    const a = bot.conflicts().find((d) => d.topic === 'signing date');
    expect(a?.positions.map((p) => p.claim).sort()).toEqual(['2025-06-24', '2025-06-25']);
  });

  it('dates the act a fronted date opens the sentence with, however far its verb is', () => {
    const lifted = bot.corpus.claims.filter((c) => c.event === 'lifting' && c.attribute === 'date').map((c) => c.value);
    expect(lifted).toContain('2025-07-02');
    expect(lifted).toContain('2025-07-03');
    // (The day that names the letter the requirements came in is no day they were lifted.)
    expect(lifted).not.toContain('2025-05-23');
  });
});

describe('what the pages say of themselves', () => {
  it('reads an AI notice set off with markup at the top of the body', async () => {
    const bot = await makeBot(writeArticles(FILES));
    expect(bot.corpus.byId.get('b9_explainer.md')?.meta.aiGenerated).toBe(true);
    expect(bot.corpus.byId.get('b7_gap.md')?.meta.aiGenerated).toBe(false);
  });
});

describe('answers to questions as people type them', () => {
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('meets a round asked "right after" by what was said on its days, not what was said in that city', async () => {
    const a = await bot.answerQuestion("china's vice commerce minister right after london — what did he say came out of it");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Wei Tanglin/);
    // (Words said in London are asked for there: a statement on the days of the talks is not one.)
    const b = await bot.answerQuestion('what did the vice commerce minister say to reporters in london?');
    expect(b.answer).not.toMatch(/Wei Tanglin/);
  });

  it('gives the total a question asks for across all destinations, not "figures for another month"', async () => {
    const a = await bot.answerQuestion('total magnet tonnage china shipped worldwide in june (all destinations, not just us)?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/3,188/);
  });

  it('reads trade-desk shorthand: "RE content", a "% cutoff", "400m", "smco", the port of "LA"', async () => {
    expect(normalizeInformal('foreign parts w chinese RE content')).toMatch(/rare earth content/);
    expect(bot.analyze("the oct 9 rule that catches foreign-made parts w chinese RE content - what's the % cutoff").type).toBe('howmany');
    const a = await bot.answerQuestion("the oct 9 rule that catches foreign-made parts w chinese RE content - what's the % cutoff");
    expect(a.answer.split('\n')[0]).toMatch(/0\.1%/);
    expect(normalizeInformal("i've got 400m in one note and 1.4bn in another, and a 10k tonne plant")).toBe(
      "i've got 400 million in one note and 1.4 billion in another, and a 10,000 tonne plant",
    );
    const b = await bot.answerQuestion('how much cash did DoD actually put into ridgeway? seen 400m somewhere');
    expect(b.abstained).toBe(false);
    expect(b.answer).toMatch(/\$400 million/);
    expect((await bot.answerQuestion('how much smco magnet goes into one valkyrie?')).answer).toMatch(/50 pounds/);
    const c = await bot.answerQuestion('what was the port of LA guy saying about may boxes');
    expect(c.abstained).toBe(false);
    expect(c.answer).toMatch(/Hal Brennan/);
  });

  it('drops what the asker needs the answer for, a preamble, and reads chat words for a quarrel and a mismatch', async () => {
    expect(normalizeInformal('which 7 elements were on the april list again (need it for the BOM screen)')).not.toMatch(/BOM/i);
    expect(normalizeInformal('big picture: where do exporters stand')).toBe('where do exporters stand');
    const a = await bot.answerQuestion('which shipping lines got name-checked as being hit by the port fee fight');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Kestrel Lines/);
    const b = await bot.answerQuestion("which outlets pointed out that the WH fact sheet and mofcom's version dont match");
    expect(b.abstained).toBe(false);
    expect(b.citations.some((c) => c.source === 'b7_gap.md')).toBe(true);
  });

  it('reads a clause fronting the question ("after busan + …,") as when it is asked, and "where … stand" as no place', async () => {
    expect(bot.analyze('where do military end users actually stand').type).not.toBe('where');
    expect(bot.analyze('where did they meet').type).toBe('where');
    expect(bot.analyze('where were the talks held at?').type).toBe('where');
    const a = await bot.answerQuestion(
      'big picture: after busan + the nov suspension + the general licences, where do military end users actually stand',
    );
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/military end-user policy has not changed/);
  });

  it('asks for the newest pages when the question asks for the state of things now', async () => {
    expect(bot.analyze('so where do things stand now w rare earths? latest?').terms.find((t) => t.word === 'latest')?.frame).toBe(true);
    const a = await bot.answerQuestion('so where do things stand now w rare earths? latest?');
    expect(a.citations.some((c) => c.source === 'b3_status.md')).toBe(true);
  });

  it('counts the articles that cover a deal named by its two companies ("vulcan/remag")', async () => {
    expect(classifyQuestion('how many of the articles cover the vulcan/remag deal?').kind).toBe('coverage');
    expect(classifyQuestion('how many of the articles give june 24/25?').kind).not.toBe('coverage');
  });

  it('reads a timeline asked for with its span set off after it', () => {
    expect(classifyQuestion('can someone give me the short version of the timeline, geneva to the first general licences').kind).toBe(
      'timeline',
    );
    expect(classifyQuestion('what is the timeline for licences to be approved?').kind).toBe('fact');
  });

  it('reads "exact number of", "need a hard number" as asking for a figure, and a count asked for one group as that group\'s', async () => {
    expect(bot.analyze('exact number of export licences china approved in june?').type).toBe('howmany');
    expect(bot.analyze('licences china approved in june? need a hard number').type).toBe('howmany');
    const a = await bot.answerQuestion('how many rare earth export licences did mofcom approve for US companies - total number pls');
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/14 rare earth export licences/);
    const b = await bot.answerQuestion('how many rare earth export licences did mofcom approve for european companies?');
    expect(b.abstained).toBe(false);
    expect(b.answer).toMatch(/14 rare earth export licences/);
  });

  it('names who signed for a side only from a sentence that names a signer', async () => {
    const a = await bot.answerQuestion('who actually signed the london framework doc for the chinese side? need a name');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/name no one who did it for that side/);
    // (Asked of no side, whoever the articles have sign it, or say it was signed, answers.)
    expect((await bot.answerQuestion('who signed the london framework doc?')).abstained).toBe(false);
  });

  it('says a company the articles name was never quoted, when no sentence has it speak', async () => {
    const a = await bot.answerQuestion('did orvane say anything about the port fee pause?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/quote nothing Orvane said/);
    // ("…preferred stock of Ridgeway Minerals, the company said": it speaks.)
    const b = await bot.answerQuestion('did ridgeway say anything about the defense department deal?');
    expect(b.abstained).toBe(false);
  });

  it('reads "what was X\'s line on" as what X said', () => {
    expect(normalizeInformal("what was lutnick's line on the countermeasures")).toBe('what did lutnick say about the countermeasures');
  });
});

describe('questions in other languages', () => {
  it("reads a number's comma or point as English writes it", () => {
    const es = 'las fuentes se contradicen sobre el umbral del 0,1% de contenido chino?';
    expect(translateWithGlossary(es, glossaryLanguage(es) as NonNullable<ReturnType<typeof glossaryLanguage>>)).toMatch(/\b0\.1%/);
    const de = 'Wie viele Tonnen Seltenerdmagnete hat China im Juli nach Deutschland geliefert, 3.188?';
    const german = translateWithGlossary(de, glossaryLanguage(de) as NonNullable<ReturnType<typeof glossaryLanguage>>);
    expect(german).toMatch(/\b3,188\b/);
    expect(german).toMatch(/Germany/);
  });

  it('reads a question that opens with a phrase for its question word', () => {
    const it_ = 'quali testate hanno riferito che le tasse portuali speciali della Cina sono entrate in vigore il 14 ottobre?';
    expect(translateWithGlossary(it_, glossaryLanguage(it_) as NonNullable<ReturnType<typeof glossaryLanguage>>)).toMatch(/^Which outlets/);
  });

  it('reads a Chinese question about Congress as about Congress, which no article mentions', async () => {
    expect(translateUnspaced('美国国会是否就伦敦框架进行了表决？')).toMatch(/Congress/);
    const bot = await makeBot(writeArticles(FILES));
    const a = await bot.answerQuestion('美国国会是否就伦敦框架进行了表决？');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/congress/i);
  });
});
