#!/usr/bin/env node
// Validates questions.jsonl against articles/: JSON shape, unique ids, sources exist,
// every `contains` is a verbatim substring (>= 12 chars) of its file, every fact has an
// alternative present in the question's cited sources (case-insensitive), and every
// conflict value has an alternative present in some passage `contains` of that question.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gold = process.argv[2] ?? join(here, 'questions.jsonl');
const dir = process.argv[3] ?? join(here, 'articles');
const files = new Set(readdirSync(dir));
const text = (f) => readFileSync(join(dir, f), 'utf8');
const low = (s) => String(s).toLowerCase();
const errs = [];
const ids = new Set();
const lines = readFileSync(gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
lines.forEach((line, n) => {
  let q;
  try {
    q = JSON.parse(line);
  } catch {
    errs.push(`line ${n + 1}: bad JSON`);
    return;
  }
  const id = q.id;
  const E = (m) => errs.push(`${id}: ${m}`);
  if (typeof id !== 'string' || !/^g\d{2,}$/.test(id)) E('bad id');
  if (ids.has(id)) E('duplicate id');
  ids.add(id);
  if (typeof q.question !== 'string' || !q.question.trim()) E('no question');
  if (!Array.isArray(q.facts) || !q.facts.every((f) => Array.isArray(f) && f.length && f.every((a) => typeof a === 'string' && a)))
    E('facts must be list of non-empty string lists');
  if (!Array.isArray(q.passages)) E('passages must be a list');
  if (!Array.isArray(q.conflicts)) E('conflicts must be a list');
  if (typeof q.abstain !== 'boolean') E('abstain must be boolean');
  if (q.abstain) {
    if (q.facts.length || q.passages.length || q.conflicts.length) E('abstain question must have empty facts/passages/conflicts');
    return;
  }
  if (!q.facts.length) E('answerable question without facts');
  if (!q.passages.length) E('answerable question without passages');
  const srcText = [];
  for (const p of q.passages) {
    if (!files.has(p.source)) {
      E(`missing source ${p.source}`);
      continue;
    }
    const t = text(p.source);
    srcText.push(low(t));
    if (typeof p.contains !== 'string' || p.contains.length < 12) E(`contains too short: ${JSON.stringify(p.contains)}`);
    else if (!t.includes(p.contains)) E(`not verbatim in ${p.source}: ${JSON.stringify(p.contains)}`);
  }
  for (const f of q.facts) if (!f.some((a) => srcText.some((t) => t.includes(low(a))))) E(`fact not in cited sources: ${f.join('|')}`);
  const spans = q.passages.map((p) => low(p.contains));
  for (const c of q.conflicts) {
    if (!c.topic || !Array.isArray(c.values) || c.values.length < 2) E('conflict needs topic and >= 2 values');
    if (!['normal', 'hard'].includes(c.difficulty)) E(`conflict difficulty must be normal|hard: ${c.difficulty}`);
    for (const v of c.values ?? [])
      if (!v.some((a) => spans.some((s) => s.includes(low(a))))) E(`conflict value not in any passage: ${v.join('|')}`);
  }
});
if (errs.length) {
  for (const e of errs) console.log('ERR', e);
  console.log(`FAIL ${errs.length} problem(s) in ${lines.length} questions`);
  process.exit(1);
}
console.log(`OK ${lines.length} questions, ${files.size} articles`);
