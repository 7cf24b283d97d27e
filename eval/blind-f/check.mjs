#!/usr/bin/env node
// Validates questions.jsonl against articles/: JSON shape, unique ids, sources exist,
// every `contains` is verbatim in its file (raw bytes as UTF-8 text), and every side of
// every planted conflict appears (as one of its alternatives) in one of the question's passage files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const goldPath = process.argv[2] ?? join(here, 'questions.jsonl');
const dir = process.argv[3] ?? join(here, 'articles');
const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const lines = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const ids = new Set();
const text = new Map();
const read = (s) => {
  if (!text.has(s)) text.set(s, existsSync(join(dir, s)) ? readFileSync(join(dir, s), 'utf8') : null);
  return text.get(s);
};
const stats = { questions: 0, abstain: 0, strict: 0, strictAnswerable: 0, normal: 0, hard: 0 };
const isAltList = (x) => Array.isArray(x) && x.length > 0 && x.every((a) => typeof a === 'string' && a.length > 0);

lines.forEach((line, n) => {
  let g;
  try {
    g = JSON.parse(line);
  } catch (e) {
    err(`line ${n + 1}`, `invalid JSON: ${e.message}`);
    return;
  }
  const id = g.id ?? `line ${n + 1}`;
  stats.questions++;
  if (typeof g.id !== 'string' || !/^f\d{2,}$/.test(g.id)) err(id, 'id must look like f01');
  if (ids.has(g.id)) err(id, 'duplicate id');
  ids.add(g.id);
  if (typeof g.question !== 'string' || !g.question.trim()) err(id, 'question missing');
  if (!Array.isArray(g.facts) || !g.facts.every(isAltList)) err(id, 'facts must be a list of non-empty string lists');
  if (!Array.isArray(g.passages)) err(id, 'passages must be a list');
  if (!Array.isArray(g.conflicts)) err(id, 'conflicts must be a list');
  if (typeof g.abstain !== 'boolean') err(id, 'abstain must be boolean');
  if ('strict_no_conflict' in g && typeof g.strict_no_conflict !== 'boolean') err(id, 'strict_no_conflict must be boolean');
  if (g.abstain) {
    stats.abstain++;
    if (g.facts?.length || g.passages?.length || g.conflicts?.length) err(id, 'abstain question must have no facts/passages/conflicts');
  } else {
    if (!g.facts?.length) err(id, 'answerable question needs facts');
    if (!g.passages?.length) err(id, 'answerable question needs passages');
  }
  if (g.strict_no_conflict) {
    stats.strict++;
    if (!g.abstain) stats.strictAnswerable++;
    if (g.conflicts?.length) err(id, 'strict_no_conflict with planted conflicts');
  }
  for (const p of g.passages ?? []) {
    if (typeof p.source !== 'string' || typeof p.contains !== 'string' || !p.contains) {
      err(id, 'passage needs source and contains');
      continue;
    }
    const t = read(p.source);
    if (t == null) {
      err(id, `source file missing: ${p.source}`);
      continue;
    }
    if (!t.includes(p.contains)) err(id, `not verbatim in ${p.source}: ${JSON.stringify(p.contains)}`);
  }
  for (const c of g.conflicts ?? []) {
    if (!['normal', 'hard'].includes(c.difficulty)) err(id, `conflict difficulty must be normal|hard: ${c.topic}`);
    else stats[c.difficulty]++;
    if (typeof c.topic !== 'string' || !Array.isArray(c.values) || c.values.length < 2 || !c.values.every(isAltList)) {
      err(id, `bad conflict shape: ${c.topic}`);
      continue;
    }
    const files = [...new Set((g.passages ?? []).map((p) => p.source))]
      .map(read)
      .filter((t) => t != null)
      .map((t) => t.toLowerCase());
    c.values.forEach((side, i) => {
      if (!side.some((v) => files.some((t) => t.includes(v.toLowerCase()))))
        err(id, `conflict "${c.topic}" side ${i + 1} ${JSON.stringify(side)} not found in any passage file`);
    });
  }
});
const files = readdirSync(dir).filter((f) => /\.(txt|md|html?)$/i.test(f));
console.log(JSON.stringify({ articles: files.length, html: files.filter((f) => /\.html?$/.test(f)).length, ...stats }));
if (errors.length) {
  for (const e of errors) console.log('  ERROR', e);
  console.log(`FAIL (${errors.length} errors)`);
  process.exit(1);
}
console.log('OK');
