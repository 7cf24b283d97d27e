import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_COVERAGE } from '../../src/answer/extractive.js';
import { classifyQuestion, splitQuestion, withoutHearsay } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { glossaryLanguage, normalizeInformal, proseLanguage, translateWithGlossary } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a city's economic-development office and a news wire's fact-check desk asked about the story (session
 * 66): on articles written for this test (the companies, outlets, people and figures are invented).
 */

afterAll(removeTempDirs);

const FILES = {
  'a1_rules.md': article(
    'Compliance Lantern',
    '2025-10-14',
    'The technology measures took effect immediately on 9 October. Most of the material and extraterritorial measures take effect on 1 December 2025. Applications tied to military end users will in principle be rejected.',
  ),
  'a2_ledger.md': article(
    'Tariff Almanac',
    '2025-10-13',
    "Beijing's new package, announced October 9, widens controls to five more rare earths. China's new controls are due to take effect on November 1, the same day Trump says his 100% tariff would start.",
  ),
  'a3_radio.md': article(
    'Harbourside Radio',
    '2025-10-13',
    "[Speakers: MARA HOLT, host; INGRID VESTERGAARD, trade correspondent]\n\nHOLT: Welcome back. Let us go to our trade correspondent, Ingrid Vestergaard, in Seoul.\n\nVESTERGAARD: On October 9 China's Commerce Ministry published a string of rare earth export control announcements, a week after the trade truce talks. The one that caught everybody's eye covers products made outside China. The rule on rare earths in products made outside China phases in from December 1.\n\nHOLT: Thank you.",
  ),
  'a4_minister.md': article(
    'Straits Wire',
    '2025-10-29',
    'Malaysia will maintain a ban on the export of raw rare earths to protect its domestic resources, despite signing a minerals deal with the United States this week, the trade minister said on Wednesday.\n\nSpeaking in parliament, Minister Tengku Arif Rahman dismissed claims that Malaysia will allow the export of raw rare earths.',
  ),
  'a4_deal.md': article(
    'Kuala Post',
    '2025-10-28',
    'Malaysia and the United States signed a minerals deal this week; the ban on raw rare earths exports was not part of the talks, officials said.',
  ),
  'a5_plant.md': article(
    'Ridgeview Courier',
    '2025-07-16',
    'The motor plant on the east side returned to three shifts on Monday.\n\n"Magnets are moving again, but they are not cheap," said Harlan purchasing manager Otto Brisk. "All in, our magnets are costing us about 38 percent more than they did in March." Brisk said some of the extra cost comes from air freight.',
  ),
  'a6_epoch.md': article(
    'Granite Times',
    '2025-06-27',
    'A White House official told Granite Times later in the day that the two sides had reached "an additional understanding for a framework to implement the Geneva agreement." The official declined to provide further details.\n\nAt a press briefing, Commerce Ministry spokesperson Qiao Lanfen said the two teams had "further confirmed the details of the framework."',
  ),
  'a7_signed.md': article(
    'Quayside Post',
    '2025-06-27',
    '"We just signed with China yesterday," Trump said at a White House event. The framework deal was signed in late June, officials said.',
  ),
  'a8_fox.md': article(
    'Capitol Ledger',
    '2025-06-27',
    'Treasury Secretary Scott Bessent spoke on Friday on a business channel.\n\n"I am confident now that we, as agreed, the magnets will flow. In the meantime, we had put countermeasures in place. So, what we are seeing here is a de-escalation," Bessent said.',
  ),
  'a9_meeting.md': article(
    'Gulf Bulletin',
    '2025-07-29',
    'Bessent said another meeting between US and Chinese officials was likely in about 90 days. The London talks had lasted two days.',
  ),
  'b1_busan.md': article('Harbor Scene', '2025-10-31', 'The Trump-Xi meeting in Busan lasted about 100 minutes, officials said.'),
  'b2_busan.md': article('Macro Desk', '2025-10-31', 'The Trump-Xi meeting in Busan lasted nearly 90 minutes, officials said.'),
  'b7_busan.md': article(
    'Ghana Trade News',
    '2025-11-02',
    'The 90 minute bilateral discussion between the two leaders ended with handshakes.',
  ),
  'b6_london.md': article('Brussels Notes', '2025-06-12', 'Day one of the London talks ended after nearly seven hours, a negotiator said.'),
  'b3_london.md': article(
    'Rhine Markets',
    '2025-06-12',
    'The London negotiations at Lancaster House ran for more than 20 hours over two days, a negotiator said.',
  ),
  'b4_london.md': article('Lantern Daily', '2025-06-13', 'Negotiators in London spent 25 hours of talks at the table, a delegate said.'),
  'b5_suspension.md': article(
    'Lakeshore Gazette',
    '2025-11-09',
    "China's commerce ministry has suspended the controls it announced on October 9 until November 10, 2026.",
  ),
  'b8_trip.md': article('Summit Watch', '2025-11-10', 'Trump said after the Busan meeting that he plans to visit Beijing in April 2026.'),
  ...FILLER,
};

describe('questions in other languages', () => {
  it('reads an inflected German noun by its stem ("des Rahmens")', () => {
    const german = glossaryLanguage('Wann hat das chinesische Handelsministerium die Details des Rahmens bestätigt?');
    expect(german?.code).toBe('de');
    expect(
      translateWithGlossary(
        'Wann hat das chinesische Handelsministerium die Details des Rahmens bestätigt?',
        german as NonNullable<typeof german>,
      ),
    ).toMatch(/framework/);
  });

  it("tells a question's language by the words only its glossary reads, with few function words", () => {
    expect(glossaryLanguage('Was hat Lutnick laut den Berichten über den unterzeichneten Deal gesagt?')?.code).toBe('de');
    // (Malay and Indonesian share their function words: the glossary that reads more of the words decides.)
    expect(
      glossaryLanguage('Apa kata menteri tentang larangan eksport nadir bumi mentah selepas Malaysia tandatangan perjanjian dengan AS?')
        ?.code,
    ).toBe('ms');
    expect(glossaryLanguage('what did lutnick say about the deal he signed?')).toBeNull();
  });

  it('tells Malay prose, which has fewer function words than most', () => {
    const malay =
      'Di kawasan perindustrian Teluk Kalung, cerobong loji pemisahan nadir bumi jarang berhenti berasap sejak awal tahun ini. Menurut pengurus besarnya, loji itu kini beroperasi pada kapasiti penuh selepas permintaan daripada pembeli di Amerika Syarikat meningkat mendadak. Menteri memberitahu Dewan Rakyat bahawa larangan eksport nadir bumi mentah akan dikekalkan kerana dasar kerajaan.';
    expect(proseLanguage(malay)).toBe('Malay');
  });
});

describe('what a message asks, as chat types it', () => {
  it('reads "the whole arc … geneva thru the december licences" as the story as a whole', () => {
    expect(classifyQuestion('give me the whole arc in a few lines for the explainer box - geneva thru the december licences').kind).toBe(
      'story',
    );
  });

  it('keeps "which hold up and which dont" one question', () => {
    expect(splitQuestion('the post says three things. which bits actually hold up and which dont??')).toBeNull();
    expect(splitQuestion('who led the talks and where did they meet?')).not.toBeNull();
  });

  it('sets aside where the asker saw a claim, why it matters to them, and their haste', () => {
    expect(
      normalizeInformal(
        "ok long one sorry - my uncle's facebook post (going semi viral in our comments) says the US dropped ALL its countermeasures in july",
      ),
    ).toBe('the US dropped ALL its countermeasures in july');
    expect(normalizeInformal("trump's post says the deal is done")).toMatch(/trump's post/);
    expect(normalizeInformal('which is it, bc it matters a LOT for northwind')).not.toMatch(/lot|northwind/i);
    expect(normalizeInformal("what's the ECCN for ethane under the EAR, quick")).not.toMatch(/quick/);
    expect(normalizeInformal('when do the suspended controls snap back? need the exact date for the council memo, no hedging')).toMatch(
      /^when do the suspended controls expire\?$/i,
    );
    expect(normalizeInformal('when do the oct 9 rules actually kick in?')).toMatch(/take effect/);
  });

  it("sets aside what the asker's team chat said and the asker's doubt on which side is right", () => {
    expect(withoutHearsay("what happened on june 27 2025? someone in the ED channel said 'that's the day it became official'")).toBe(
      'what happened on june 27 2025?',
    );
    expect(withoutHearsay("how much more is harlan paying for magnets? 22%? 38%? brisk's been quoted both ways i think")).toBe(
      'how much more is harlan paying for magnets? 22%? 38%?',
    );
    // (Not a doubt that names what to find.)
    expect(withoutHearsay('what did the vice premier say in london? there was a "no winners" line i think')).toBeNull();
  });
});

describe('answers', () => {
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('answers when rules "kick in" from the sentence giving when they take effect, past a date an outlet is said to give', async () => {
    const a = await bot.answerQuestion('when do the oct 9 rules actually kick in? tariff almanac says nov 1');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/take effect on 1 December 2025/);
    expect(a.citations[0]?.source).not.toBe('a2_ledger.md');
  });

  it('reads "phases in" as a measure taking effect', () => {
    const starts = bot.claims
      .filter((c) => c.source === 'a3_radio.md' && c.attribute === 'date' && c.value === '2025-12-01')
      .map((c) => c.qualifier ?? '');
    expect(starts.some((q) => q.startsWith('start'))).toBe(true);
  });

  it('asks "per <someone>" for what they said, in their turns of a transcript', async () => {
    expect(bot.analyze('per vestergaard when does the foreign-made products part kick in').views).toBe(true);
    expect(bot.analyze('per the tariff almanac when does it kick in').views).toBe(false);
    const a = await bot.answerQuestion('per vestergaard when does the foreign-made products part kick in');
    expect(a.abstained).toBe(false);
    expect(a.citations.some((c) => c.source === 'a3_radio.md')).toBe(true);
  });

  it('takes the sentences a lede gives only by title for the words of the person the article later names with it', async () => {
    // (The speakers the pipeline reads of the question's evidence: the lede "…, the trade minister said on Wednesday." is
    // Minister Tengku Arif Rahman's.)
    const gathered = await (bot as unknown as { gather(q: string, c: string[]): Promise<{ speakersOf: Map<number, Set<string>> }> }).gather(
      'what did Tengku Arif Rahman say about the raw rare earths ban?',
      [],
    );
    const lede = bot.corpus.sentences.find((s) => s.source === 'a4_minister.md' && s.text.startsWith('Malaysia will maintain'));
    expect(lede).toBeDefined();
    expect(gathered.speakersOf.has(lede?.id ?? -1)).toBe(true);
    const a = await bot.answerQuestion('what did Tengku Arif Rahman say about the raw rare earths ban?');
    expect(a.answer).toMatch(/Malaysia will maintain a ban on the export of raw rare earths/);
  });

  it("counts a company's name in the sentence before a quotation that goes on from it", async () => {
    const question = 'how much more is harlan paying for magnets vs before all this? 22%? 38%?';
    const gathered = await (
      bot as unknown as { gather(q: string, c: string[]): Promise<{ scored: { sentence: { text: string }; coverage: number }[] }> }
    ).gather(question, []);
    const cost = gathered.scored.find((s) => s.sentence.text.includes('38 percent more'));
    expect(cost?.coverage ?? 0).toBeGreaterThanOrEqual(MIN_COVERAGE);
    // (Its own words and the plant's name before it: more than it carries, damped, of the sentence before.)
    expect(cost?.coverage ?? 0).toBeGreaterThan(0.7);
    const a = await bot.answerQuestion(question);
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/38 percent/);
  });

  it('finds the earlier sentences of a quotation whose speaker is named at its end', async () => {
    const a = await bot.answerQuestion('what did bessent say about the magnets?');
    expect(a.answer).toMatch(/the magnets will flow/);
  });

  it('names no one for a side when only "we" signed, and puts no name forward for it after', async () => {
    const a = await bot.answerQuestion('who signed for the chinese side in june?');
    expect(a.abstained).toBe(true);
    const b = await bot.answerQuestion('who signed for the chinese side in june - was it qiao lanfen herself?');
    expect(b.abstained).toBe(true);
    expect(b.answer).toMatch(/do not say it was qiao lanfen/);
  });

  it('says the articles quote a described person without a name, and finds a name set right after the role', async () => {
    const a = await bot.answerQuestion("name of the white house official who told granite times about the 'additional understanding'?");
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/without naming them/);
    const b = await bot.answerQuestion('who was the mofcom spokesperson that confirmed the framework details?');
    expect(b.abstained).toBe(false);
    expect(b.answer).toMatch(/Qiao Lanfen/);
  });

  it('says pages written before a month cannot tell what came of it, and still give what was planned', async () => {
    const a = await bot.answerQuestion("what came out of trump's april 2026 beijing trip? need the outcome not the plan");
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/newest of the \d+ articles is dated 10 November 2025.*planned for April 2026/);
    const b = await bot.answerQuestion('when is trump going to visit beijing?');
    expect(b.abstained).toBe(false);
    expect(b.answer).toMatch(/April 2026/);
  });

  it('gives no advice on where to eat, however long the dish', async () => {
    const a = await bot.answerQuestion('anyone know a decent dim sum place near lancaster house? for the london trip lol');
    expect(a.abstained).toBe(true);
  });
});

describe('lengths of time the sources disagree on', () => {
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('reads "in about 90 days" as a time until, not a length of anything', () => {
    const lengths = bot.corpus.claims.filter((c) => c.source === 'a9_meeting.md' && c.event === 'quantity').map((c) => c.number);
    expect(lengths).not.toContain(90);
    expect(lengths).toContain(2);
  });

  it("never sets a meeting's 90 minutes against 25 hours of talks", () => {
    const hours = bot.conflicts().filter((d) => /hours/.test(d.topic));
    const busan = hours.find((d) => d.positions.some((p) => /100 minutes|1 hour 40/.test(`${p.claim} ${p.summary}`)));
    expect(busan).toBeDefined();
    expect(busan?.positions.some((p) => /\b2[05] hours\b/.test(`${p.claim} ${p.summary}`))).toBe(false);
  });
});
