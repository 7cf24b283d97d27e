/**
 * The informal rewrites give the same text whichever form of the rules applies: the quick ASCII forms (and the
 * one test that skips them all) on ASCII questions, the Unicode rules on any other.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { lexiconPairs, normalizeInformal } from '../../src/text/lexicon.js';

/** The rules as data/lexicon/informal.txt states them, applied in order with Unicode word boundaries. */
function reference(text: string): string {
  let out = text;
  for (const [from, to] of lexiconPairs('informal.txt')) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${from}(?![\\p{L}\\p{N}])`, 'giu'), to);
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}

const questions = ['dev.jsonl', 'extra.jsonl'].flatMap((f) =>
  readFileSync(path.join(PROJECT_ROOT, 'eval', f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { question: string }).question),
);

describe('normalizeInformal', () => {
  it('rewrites as the Unicode rules do, on ASCII and other text', () => {
    const samples = [
      ...questions,
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
