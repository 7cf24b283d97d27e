import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSentenceIndex, MIN_COVERAGE, scoreSentences } from '../../src/answer/extractive.js';
import { CorpusFocus } from '../../src/answer/focus.js';
import { splitQuestion, withoutHearsay } from '../../src/answer/kinds/classify.js';
import { extractClaims } from '../../src/corpus/claims.js';
import type { Dealbot } from '../../src/pipeline.js';
import { definedAbbreviations } from '../../src/text/acronyms.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, loadPage, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * How a board-briefing desk types, and the sentences its folder holds: dates and places that belong to another event
 * of the sentence ("the Kuala Lumpur round on October 25-26 and the 100-minute Busan meeting"), a list that grew
 * ("five more, on top of the seven"), a building named like a town ("Lancaster House"), "the company" a paragraph
 * after the name, an abbreviation one page defines and another spells out, "after the oct 9 announcement", "whole
 * story in 5 lines … for the ir lead", "which pieces are about other stories". On articles written for this test
 * (the companies, outlets and people are invented).
 */

afterAll(removeTempDirs);

const memo = (published: string, body: string) => article('Kestrel board memo', published, body);

describe('claims: a date or a place of another event in the sentence is not this one', () => {
  it('reads no meeting date from "asked in September whether the summit in Busan…"', async () => {
    const corpus = await corpusOf({
      'a.md': memo('2025-11-04', 'The board asked in September whether the summit in Busan changes our exposure.'),
    });
    const talks = extractClaims(corpus).filter((c) => c.event === 'talks' && c.attribute === 'date');
    expect(talks.map((c) => c.value)).toEqual([]);
  });

  it('dates no meeting by the framework it built on ("The Busan meeting built on a framework from June…")', async () => {
    const corpus = await corpusOf({
      'a.md': memo(
        '2025-10-30',
        'The Busan meeting built on a framework from June, which officials said at the time had been signed on June 25, and on staff-level talks in Kuala Lumpur on October 25-26.',
      ),
    });
    const claims = extractClaims(corpus);
    const talks = claims.filter((c) => c.event === 'talks' && c.attribute === 'date');
    expect(talks.map((c) => [c.qualifier, c.value])).toEqual([['Kuala Lumpur', '2025-10-25']]);
    // Kuala Lumpur is where the staff-level talks were, not where the framework was signed.
    expect(claims.filter((c) => c.event === 'signing' && c.attribute === 'place')).toEqual([]);
  });

  it('keys "the Kuala Lumpur round on October 25-26" by Kuala Lumpur, not by the Busan meeting named after it', async () => {
    const corpus = await corpusOf({
      'a.md': memo(
        '2025-11-03',
        'Those rules were due to bite on November 1, which is why the Kuala Lumpur round on October 25-26 and the 100-minute Busan meeting mattered so much.',
      ),
    });
    const talks = extractClaims(corpus).filter((c) => c.event === 'talks' && (c.attribute === 'date' || c.attribute === 'place'));
    expect(talks.map((c) => `${c.attribute}:${c.qualifier}:${c.value}`).sort()).toEqual([
      'date:Kuala Lumpur:2025-10-25',
      'place:October:Kuala Lumpur',
    ]);
  });

  it('reads "Lancaster House" as a building, not the town of Lancaster, and no city the sentence names for something else', async () => {
    const corpus = await corpusOf({
      'a.md': memo(
        '2025-06-20',
        'After nearly two days of talks at Lancaster House on June 9-10, the US and Chinese delegations agreed a framework to implement the Geneva consensus.',
      ),
    });
    const claims = extractClaims(corpus);
    expect(claims.filter((c) => c.event === 'talks' && c.attribute === 'place')).toEqual([]);
    const venue = claims.find((c) => c.attribute === 'venue');
    expect(venue?.value).toBe('Lancaster House');
    expect(venue?.qualifier).not.toBe('Geneva');
  });

  it('dates no meeting by the day a statement about it was issued', async () => {
    const corpus = await corpusOf({
      'a.md': memo(
        '2025-08-14',
        'China on Tuesday issued the joint statement on the economic and trade meeting in Stockholm, its commerce ministry said.',
      ),
    });
    expect(extractClaims(corpus).filter((c) => c.event === 'talks' && c.attribute === 'date')).toEqual([]);
  });

  it('reads only the total of a list that grew, as a total (the increment and the count before it are of other times)', async () => {
    const corpus = await corpusOf({
      'a.md': memo(
        '2025-10-13',
        'Add five elements to the control list: holmium, erbium, thulium, europium and ytterbium, on top of the seven covered since April, for 12 in total.',
      ),
      'b.md': memo('2025-10-14', 'On Oct. 9 Beijing expanded its rare earth controls, adding five elements for a total of 13.'),
    });
    const counts = extractClaims(corpus).filter((c) => c.event === 'count');
    expect(counts.map((c) => [c.source, c.value, c.unit]).sort()).toEqual([
      ['a.md', '12', 'total'],
      ['b.md', '13', 'total'],
    ]);
  });
});

describe('board-desk questions', () => {
  const FILES = {
    'wire.md': article(
      'Harbor Wire',
      '2025-10-11',
      'Beijing announced sweeping new controls on rare earth exports on October 9.\n\nThe president responded on Friday by threatening an additional 100% tariff on Chinese goods from November 1.',
      'Beijing widens rare earth controls',
    ),
    'summit.md': article(
      'Harbor Wire',
      '2025-10-31',
      'The two leaders met in Busan on October 30 and agreed to pause the October 9 controls for a year.',
      'Leaders agree rare earth pause in Busan',
    ),
    'plant.txt': [
      'Kestrel Motors halts Dunmore line over rare earth export curbs',
      '',
      'DUNMORE (Harbor Wire) - Kestrel Motors has halted its Dunmore hatchback line because of China’s export',
      'restrictions on rare earth magnets, people close to the matter said.',
      '',
      'Kestrel Motors suspended production of the Dunmore at its Sagara plant on May 26.',
      '',
      'The company has said it will resume production from June 13, without saying why it stopped.',
    ].join('\n'),
    'magnets.md': article(
      'Magnet Markets',
      '2025-07-20',
      'Jet actuators use magnets made of samarium-cobalt (SmCo), which keep their strength at high heat, and the rare earth controls have slowed their supply.',
    ),
    'heron.md': article(
      'Defense Ledger',
      '2025-07-25',
      'Heron Avionics holds roughly 12 months of samarium-cobalt inventory for its seeker lines, despite the rare earth controls.',
    ),
    'primes.md': article(
      'Yield Street',
      '2025-10-24',
      'During earnings calls this week, the big contractors Arden Aero and Colfax Systems downplayed concerns over rare earth supply.',
      'Contractors downplay rare earth risk',
    ),
    'old-rule.md': article(
      'Contracts Law Blog',
      '2024-05-31',
      'A final acquisition rule limits the risk of magnets mined in China reaching weapons from 2027, a step unrelated to any trade deal.',
      'Acquisition rule on magnets',
    ),
    // (More of the story's own pages, so that 2024 is no year of the story: a fifth of the pages or more would make it one.)
    'talks.md': article(
      'Harbor Wire',
      '2025-06-11',
      'Negotiators met in London on June 9 and 10 and agreed a framework on rare earth exports.',
    ),
    'confirm.md': article(
      'Coast Times',
      '2025-06-27',
      'China confirmed the details of the London framework on June 27, its commerce ministry said.',
    ),
    'lift.md': article(
      'Coast Times',
      '2025-07-03',
      'The United States lifted its curbs on chip-design software and ethane exports to China this week.',
    ),
    'old-ban.md': article(
      'Metals Desk',
      '2024-12-04',
      'China banned exports of gallium and germanium to the United States on December 3, 2024, in an earlier export-control episode.',
      'China bans gallium and germanium exports to the US',
    ),
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('answers "what did X threaten after the oct 9 announcement" with the threat, not with what happened on October 9', async () => {
    const a = await bot.answerQuestion('what did the president threaten after the oct 9 announcement');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toContain('threatening an additional 100% tariff');
  });

  it('reads "the company" a paragraph after the name as the company: the sentence covers the question with the name', async () => {
    const q = bot.analyze('when did kestrel motors restart the dunmore');
    const scored = scoreSentences(bot.corpus, q, await bot.retriever.retrieve(q, 8), buildSentenceIndex(bot.corpus));
    const resumed = scored.find((s) => s.sentence.text.startsWith('The company has said it will resume production'));
    expect(resumed?.coverage).toBeGreaterThanOrEqual(MIN_COVERAGE);
  });

  it('matches an abbreviation one page defines with the words another page writes ("SmCo" / "samarium-cobalt")', async () => {
    expect(
      definedAbbreviations(['magnets made of samarium-cobalt (SmCo), which', 'the Bureau of Industry and Security (BIS) said']),
    ).toEqual(
      new Map([
        ['smco', 'samarium-cobalt'],
        ['bis', 'bureau of industry and security'],
      ]),
    );
    const a = await bot.answerQuestion('how many months of SmCo inventory does heron hold');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('roughly 12 months of samarium-cobalt inventory');
  });

  it('does not say the articles on a word are "from 2024" when a story article\'s headline holds it', async () => {
    const a = await bot.answerQuestion('which contractors downplayed the rare earth risk on their oct calls');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Arden Aero and Colfax Systems downplayed');
  });

  it('lists the pages "actually about other stories"', async () => {
    const a = await bot.answerQuestion('which of the saved pieces are actually about other stories so i dont cite them');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/not about the story/);
    expect(a.answer).toContain('old-ban.md');
  });

  it('gives the story view for "whole story in 5 lines … for the ir lead", without the earlier ban among its key dates', async () => {
    const a = await bot.answerQuestion('whole story in 5 lines geneva to busan for the ir lead');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^The story in brief/);
    const dates = a.answer.slice(a.answer.indexOf('Key dates:'));
    expect(dates).toContain('Key dates:');
    expect(dates).not.toContain('2024');
  });
});

describe('metadata: a dateline is no author', () => {
  it('reads `<p class="dateline">Jun 10, 2025</p>` as the date of a saved page, not as its author', async () => {
    const html = [
      '<!doctype html><html><head><title>Framework deal, open questions | Ore Exchange</title></head><body>',
      '<nav><a href="/">Home</a> <a href="/news">News</a></nav>',
      '<article><h1>Framework deal, but real questions remain</h1>',
      '<p class="dateline">Jun 10, 2025</p>',
      '<p>Negotiators from both countries agreed a framework in London on rare earth exports after two days of talks, officials said, and the details are still to be confirmed.</p>',
      '<p>This is not a binding trade treaty. It is a political handshake, establishing shared intent to roll back harmful restrictions on both sides of the trade.</p>',
      '<p>Buyers of magnets said they would wait to see whether licences are actually granted before changing their plans for the second half of the year.</p>',
      '</article><footer>© Ore Exchange</footer></body></html>',
    ].join('\n');
    const page = await loadPage('ore-exchange.html', html);
    expect(page.meta.author).toBeNull();
    expect(page.meta.published).toBe('2025-06-10');
  });
});

describe('metadata: a provenance line is no title', () => {
  it('does not take "Source: … investor relations" for the title of a transcript', async () => {
    const page = await loadPage(
      'heron-call.txt',
      [
        'HERON AVIONICS INC (NYSE: HRNA)',
        'SECOND QUARTER EARNINGS CONFERENCE CALL',
        'Source: Heron Avionics investor relations office (heron.example/ir)',
        '',
        'RUTH OKONJO: Thank you, operator. We hold roughly 12 months of tin inventory today, despite the export controls.',
      ].join('\n'),
    );
    expect(page.meta.title ?? '').not.toMatch(/^Source/);
  });
});

describe('board-desk phrasing', () => {
  it('sets aside what a source "said" after the question, with or without a determiner, but not "which sources say which"', () => {
    expect(withoutHearsay('whats the de minimis threshold in the oct rules? podcast guy said something diff')).toBe(
      'whats the de minimis threshold in the oct rules?',
    );
    expect(withoutHearsay('post busan whats the headline us tariff on chinese goods? memo draft says 10%??')).toBe(
      'post busan whats the headline us tariff on chinese goods?',
    );
    expect(withoutHearsay('who do we believe on the date, 24 or 25 june? which sources say which')).toBeNull();
  });

  it('keeps one question when the part after the dash only says where the answer goes', () => {
    expect(splitQuestion('when does the pause on the oct 9 rules expire - what date goes in the board calendar')).toBeNull();
    expect(splitQuestion('when does the pause on the oct 9 rules expire - what did the ministry say about it')).not.toBeNull();
  });

  it('reads "bite", "w" and "go back to" as articles write them', () => {
    expect(normalizeInformal('oct 9 rules - when were they supposed to bite')).toContain('take effect');
    expect(normalizeInformal('drives built in europe w chinese magnets')).toContain('with chinese magnets');
    expect(normalizeInformal('what level are flows expected to go back to')).toContain('return to');
  });

  const FILES = {
    'note.md': article(
      'Harbor Advisory',
      '2025-10-13',
      [
        'The rules Beijing announced on October 9 reach products made outside China.',
        '',
        'Beijing published a package of new controls on October 9, including a rule on foreign-made goods.',
        '',
        'A motor assembled in Europe with a Chinese magnet could now need a Chinese licence to be sold onward.',
      ].join('\n'),
      'Are we exposed to the October 9 rare earth rules?',
    ),
    'wire.md': article(
      'Harbor Wire',
      '2025-10-10',
      'China announced sweeping controls on rare earth exports on October 9, its commerce ministry said.',
    ),
    'uol.md': [
      '---',
      'outlet: "UOL Economia (Reuters)"',
      'published: 2025-06-26',
      '---',
      'The deal will speed up shipments of magnets to American factories, the White House said on Wednesday.',
    ].join('\n'),
    'wh.md': article(
      'Harbor Wire',
      '2025-06-26',
      'Magnet shipments to American factories will resume within weeks, the White House said on Wednesday.',
    ),
    'tldr.md': article(
      'Orrin Partners',
      '2025-11-10',
      [
        'The suspension notice turns the summit promise into a legal text, and the April licences remain in force.',
        '',
        '**What changed since the summit for us.**',
        '- The de minimis rule for foreign-made goods is on hold until next November.',
        '- Nothing changed for direct imports of magnets.',
      ].join('\n'),
    ),
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('does not weigh up the sentences dated to a day that only names the rules asked about ("the oct 9 rules")', async () => {
    const a = await bot.answerQuestion('are we exposed to the oct 9 rules if our motors are built in europe w chinese magnets');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toContain('assembled in Europe with a Chinese magnet');
  });

  it('reads a short brand the outlet writes in capitals as naming it ("uol says…" of "UOL Economia (Reuters)")', async () => {
    const focus = new CorpusFocus(bot.corpus, bot.corpus.claims, buildSentenceIndex(bot.corpus));
    expect(focus.namedArticles('what does uol say about magnet shipments').articles.map((x) => x.id)).toEqual(['uol.md']);
    // (Not a short word the outlet does not write in capitals: "harbor" is an English word, and no brand.)
    expect(focus.namedArticles('what does the wire say about magnet shipments').articles).toEqual([]);
  });

  it('quotes the items under a label in bold, not the label', async () => {
    const a = await bot.answerQuestion('did anything change since the summit');
    expect(a.abstained).toBe(false);
    expect(a.answer).not.toContain('“What changed since the summit for us.”');
    expect(a.answer).toContain('on hold until next November');
  });
});
