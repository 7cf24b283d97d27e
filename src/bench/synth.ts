import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A deterministic synthetic news corpus for the scale benchmark: articles about the same trade story from
 * many invented outlets, of realistic length, with page boilerplate (menus, share widgets, "Most viewed"),
 * bylines, dates in several formats, named officials, quotes and numbers, so that every stage of the
 * pipeline (cleaning, metadata, sentences, claims, retrieval) does the work it does on real pages.
 * The same `seed` and index always give the same bytes.
 */

/** Mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLET_A = ['Harbor', 'Northgate', 'Meridian', 'Bayside', 'Eastwind', 'Summit', 'Lakeshore', 'Granite', 'Silverline', 'Redwood'];
const OUTLET_B = ['Times', 'Post', 'Review', 'Chronicle', 'Journal', 'Herald', 'Dispatch', 'Observer', 'Ledger', 'Gazette'];
const FIRST = ['Anna', 'Ben', 'Chen', 'Dana', 'Elif', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kira', 'Liam', 'Mei', 'Nora', 'Omar'];
const LAST = ['Keller', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Varga', 'Santos', 'Novak', 'Haddad', 'Reyes', 'Wu', 'Brennan'];
const OFFICIALS = [
  'U.S. Treasury Secretary Scott Bessent',
  'Chinese Vice Premier He Lifeng',
  'U.S. Commerce Secretary Howard Lutnick',
  'Trade Representative Jamieson Greer',
  'Chinese trade negotiator Li Chenggang',
  'President Donald Trump',
];
const ANALYSTS = ['Mara Lindholm', 'Tobias Grant', 'Priya Natarajan', 'Felix Adeyemi', 'Sofia Marquez', 'Kenji Watanabe'];
const PLACES = ['London', 'Geneva', 'Stockholm', 'Washington', 'Beijing'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = [
  'rare earth magnets',
  'chip design software',
  'jet engine parts',
  'ethane shipments',
  'export licences',
  'battery materials',
  'semiconductor equipment',
  'gallium and germanium',
  'port fees',
  'soybean purchases',
];
const FILLER = [
  'Markets reacted calmly to the news, with shares of mining companies edging higher in early trading.',
  'Industry groups said they would study the details before commenting further on the arrangement.',
  'The agreement does not address several long-standing disputes over subsidies and intellectual property.',
  'Manufacturers in Europe and Japan are watching closely, since they also depend on the same supply chains.',
  'Shipping data compiled by analysts showed exports of processed minerals had fallen sharply in the spring.',
  'Officials on both sides described the discussions as candid, constructive and at times difficult.',
  'Several lawmakers questioned whether the commitments could be verified without an independent monitor.',
  'Automakers had warned for weeks that shortages could halt production lines within a matter of months.',
  'The ministry did not give a timetable for reviewing the remaining applications from foreign buyers.',
  'Diplomats cautioned that the truce remained fragile and could unravel if either side added new controls.',
  'Economists noted that the volume of trade affected by the measures was small compared with total commerce.',
  'A spokesperson for the embassy declined to comment on the specific items covered by the framework.',
];
const MENU = 'Home | World | Business | Markets | Technology | Opinion | Video | Subscribe';

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** The file name and text of synthetic article `i` (0-based) for `seed`. */
export function syntheticArticle(i: number, seed = 1, edition = 0): { name: string; text: string } {
  const rand = prng(seed * 1_000_003 + i * 7919 + edition * 104_729);
  const outlet = `${pick(rand, OUTLET_A)} ${pick(rand, OUTLET_B)}`;
  const author = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
  const day = 20 + Math.floor(rand() * 10);
  const signDay = rand() < 0.8 ? 25 : 24;
  const talksPlace = rand() < 0.85 ? 'London' : pick(rand, PLACES);
  const talksMonth = rand() < 0.9 ? 'June' : pick(rand, MONTHS);
  const tariff = rand() < 0.85 ? 55 : pick(rand, [30, 45, 60]);
  const topicA = pick(rand, TOPICS);
  const topicB = pick(rand, TOPICS);
  const analyst = pick(rand, ANALYSTS);
  const official = pick(rand, OFFICIALS);
  const title = `US and China ${pick(rand, ['agree', 'move', 'sign deal', 'seal framework'])} on ${topicA} (${i})`;
  const dateLine =
    rand() < 0.5
      ? `Updated : 2025-06-${String(day).padStart(2, '0')} 08:${String(10 + (i % 50)).padStart(2, '0')}:00`
      : `By ${author} | June ${day}, 2025`;
  const paragraphs: string[] = [
    `WASHINGTON — The United States and China signed an agreement on June ${signDay} that eases export controls on ${topicA}, officials said, capping weeks of negotiations over ${topicB}.`,
    `The talks in ${talksPlace} in ${talksMonth} were led by U.S. Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng. ${pick(rand, FILLER)}`,
    `"We just signed with China yesterday," ${official} told reporters on June ${signDay + 1}, adding that more details would follow. ${pick(rand, FILLER)} ${pick(rand, FILLER)}`,
    `China's Ministry of Commerce said on June 27 that it would review export applications for controlled items, while the U.S. will rescind several measures on ${topicB}. ${pick(rand, FILLER)}`,
    `Tariffs on Chinese goods total ${tariff}%, according to the White House, and the pause agreed in Geneva runs for 90 days. ${pick(rand, FILLER)} ${pick(rand, FILLER)}`,
    `${analyst}, an analyst at ${pick(rand, OUTLET_A)} Research, said the deal was ${pick(rand, ['a modest step', 'a breakthrough', 'an incremental improvement', 'a thin deal'])} and that ${topicA} would remain a point of friction. ${pick(rand, FILLER)}`,
  ];
  const extra = 4 + Math.floor(rand() * 6);
  for (let p = 0; p < extra; p++) {
    const n = 2 + Math.floor(rand() * 3);
    const sentences: string[] = [];
    for (let s = 0; s < n; s++) {
      sentences.push(
        rand() < 0.3
          ? `${pick(rand, ANALYSTS)} said the measures on ${pick(rand, TOPICS)} could cost exporters ${1 + Math.floor(rand() * 90)} million dollars a year.`
          : pick(rand, FILLER),
      );
    }
    paragraphs.push(sentences.join(' '));
  }
  const text = [
    MENU,
    '',
    `${outlet}`,
    '',
    `# ${title}`,
    '',
    dateLine,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    'Share this article: Facebook | X | LinkedIn | Email',
    '',
    'Most viewed',
    '1. Ten things to know before the markets open',
    '2. Weather warning issued for the coast',
    '',
    `© 2025 ${outlet}. All rights reserved.`,
    '',
  ].join('\n');
  return { name: `synth_${String(i).padStart(5, '0')}.txt`, text };
}

/** Writes `count` synthetic articles into `dir` (created if needed); returns the file names. */
export async function writeSyntheticCorpus(dir: string, count: number, seed = 1, from = 0): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names: string[] = [];
  for (let i = from; i < from + count; i++) {
    const { name, text } = syntheticArticle(i, seed);
    await writeFile(path.join(dir, name), text);
    names.push(name);
  }
  return names;
}
