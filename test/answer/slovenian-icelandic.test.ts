import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { questionLanguage } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Questions in Slovenian and Icelandic, which no glossary reads and no function-word line told apart before: they are
 * told by their function words (and Icelandic by its "þ" and "ð"), and matched as written against the page in their
 * language, not read as English words no article uses. On articles written for this test: the cobalt story, its
 * outlets and people are invented.
 */

const SLOVENIAN =
  'Pogovori med ministroma v Oslu so trajali več kot poldrugo uro. Minister je napovedal, da bo aprila obiskal Norveško, kjer bodo podpisali sporazum o kobaltu.';
const ICELANDIC =
  'Ráðherrarnir hittust í Ósló og ræddu útflutning á kóbalti. Ráðherrann sagði að tollar á kóbalt yrðu lækkaðir í tíu prósent eftir fundinn.';

const FILES = {
  ...FILLER,
  'delo_1030.md': article('Dnevnik Pristan', '2025-10-30', SLOVENIAN, 'Pogovori o kobaltu v Oslu'),
  'visir_1030.md': article('Fréttir Hafnar', '2025-10-30', ICELANDIC, 'Fundur um kóbalt í Ósló'),
  'fjord_1030.md': article(
    'Fjord Daily',
    '2025-10-30',
    'The cobalt talks in Oslo lasted nearly two hours, and tariffs on cobalt will be cut to 10 percent, the trade minister said.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('Slovenian and Icelandic questions', () => {
  it('tells them by their function words and letters', () => {
    expect(questionLanguage('Koliko časa so trajali pogovori v Oslu?')).toBe('Slovenian');
    expect(questionLanguage('Kdaj bo minister obiskal Norveško in kaj bo tam podpisal?')).toBe('Slovenian');
    expect(questionLanguage('Hvað sagði ráðherrann um tolla á kóbalt eftir fundinn?')).toBe('Icelandic');
    // (Croatian and English questions stay as they were.)
    expect(questionLanguage('Koliko su trajali razgovori u Oslu i što je rekao ministar?')).toBe('Croatian');
    expect(questionLanguage('how long did the oslo cobalt talks last?')).toBeNull();
  });

  it('answers each from the page in its language, as written', async () => {
    // (Its words inflected otherwise than the page's: "ministra … pogovarjala" of "Pogovori med ministroma".)
    const sl = await bot.answerQuestion('Koliko časa sta se ministra pogovarjala na Norveškem?');
    expect(sl.abstained).toBe(false);
    expect(sl.citations[0]?.source).toBe('delo_1030.md');
    const is = await bot.answerQuestion('Hvað sagði ráðherrann um tolla á kóbalt eftir fundinn?');
    expect(is.abstained).toBe(false);
    expect(is.citations[0]?.source).toBe('visir_1030.md');
  });
});
