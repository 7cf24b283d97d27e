/**
 * Every evaluation set of eval/sets.json is well formed: ids unique, every gold passage verbatim in its article
 * file, every side of a planted disagreement in one of the set's articles, abstentions without
 * facts or passages. (The blind sets' writers each checked this with a script of their own; this is the one
 * check for all of them, run by `npm test`.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { readSets } from '../../src/eval/run.js';
import { parseGold } from '../../src/eval/score.js';

const sets = readSets(path.join(PROJECT_ROOT, 'eval', 'sets.json'));

describe('the evaluation sets', () => {
  it.each(sets.map((s) => [s.name, s] as const))('%s is well formed', (_name, set) => {
    const gold = parseGold(readFileSync(set.gold, 'utf8'));
    expect(gold.length).toBeGreaterThan(0);
    expect(new Set(gold.map((g) => g.id)).size).toBe(gold.length);
    const files = new Map<string, string>();
    const text = (source: string) => {
      let t = files.get(source);
      if (t === undefined) {
        const file = path.join(set.seeds, source);
        t = existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : '';
        files.set(source, t);
      }
      return t;
    };
    const allText = readdirSync(set.seeds)
      .map((f) => text(f).toLowerCase())
      .join('\n');
    const problems: string[] = [];
    for (const g of gold) {
      if (g.abstain && (g.facts.length > 0 || g.passages.length > 0)) problems.push(`${g.id}: abstains but has facts or passages`);
      for (const p of g.passages) {
        if (!text(p.source)) problems.push(`${g.id}: no article ${p.source}`);
        else if (!text(p.source).includes(p.contains)) problems.push(`${g.id}: not verbatim in ${p.source}: ${p.contains}`);
      }
      for (const c of g.conflicts) {
        for (const side of c.values.slice(0, 2)) {
          if (!side.some((v) => allText.includes(v.toLowerCase()))) problems.push(`${g.id}: side ${side[0]} of "${c.topic}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
