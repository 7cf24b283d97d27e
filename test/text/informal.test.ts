/**
 * The informal rewrites give the same text whichever form of the rules applies: the quick ASCII forms (and the
 * one test that skips them all) on ASCII questions, the Unicode rules on any other, and the runs of rules skipped
 * whole when none of them matches the text as it stands.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { lexiconPairs, normalizeInformal } from '../../src/text/lexicon.js';

/**
 * Every rule as data/lexicon/informal.txt states it, applied in order with Unicode word boundaries (not after the
 * letter and apostrophe of a contraction); a word taken out leaves one space.
 */
const rules = lexiconPairs('informal.txt').map(
  ([from, to]) => [new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\p{L}['’])${from}(?![\\p{L}\\p{N}])`, 'giu'), to] as const,
);
function reference(text: string): string {
  let out = text;
  for (const [re, to] of rules) {
    const next = out.replace(re, to);
    out = next !== out && to === '' ? next.replace(/ {2,}/g, ' ') : next;
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}

function questionsOf(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { question: string }).question);
}

const evalDir = path.join(PROJECT_ROOT, 'eval');
const questions = ['dev.jsonl', 'extra.jsonl'].flatMap((f) => questionsOf(path.join(evalDir, f)));
/** Every fourth question of the blind sets: Slack phrasing from many hands, where several rules meet. */
const blind = (JSON.parse(readFileSync(path.join(evalDir, 'sets.json'), 'utf8')) as { sets: { gold: string }[] }).sets
  .flatMap((s) => questionsOf(path.join(evalDir, s.gold)))
  .filter((_, i) => i % 4 === 0);

describe('normalizeInformal', () => {
  it('rewrites as the Unicode rules do, on ASCII and other text', () => {
    const samples = [
      ...questions,
      ...blind,
      // The same with a curly apostrophe: the Unicode forms of the rules.
      ...blind.filter((q) => q.includes("'")).map((q) => q.replaceAll("'", '’')),
      'what did the treasury sec say abt it w/ china',
      'tl;dr pls',
      'TLDR: who sealed the deal, b/c govt said so?',
      'did they put pen to paper thru the admin or the dept?',
      'w/o the secy, sec2 and abtx stay as they are',
      'Qui a signé w/ le govt — abt quand?',
      'señor sec abt the déal',
      '',
    ];
    for (const q of samples) expect(normalizeInformal(q)).toBe(reference(q));
  });
});

describe('the rules stay in ASCII', () => {
  it('writes every rule and replacement of informal.txt in ASCII (one other character loses the quick forms for all)', () => {
    const other = lexiconPairs('informal.txt').filter(([from, to]) => /[^\x00-\x7f]/.test(from + to));
    expect(other).toEqual([]);
  });
});
