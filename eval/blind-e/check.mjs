#!/usr/bin/env node
// Validates questions.jsonl against articles/: JSON shape, unique ids, sources exist,
// every `contains` is verbatim in its file, every side of every planted conflict
// appears (one of its alternatives, case-insensitive) in one of that question's passage files.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gold = process.argv[2] ?? join(here, 'questions.jsonl');
const dir = process.argv[3] ?? join(here, 'articles');
const errs = [];
const lines = readFileSync(gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const ids = new Set();
let n = 0,
  abst = 0,
  strict = 0,
  normal = 0,
  hard = 0;
lines.forEach((line, i) => {
  let g;
  try {
    g = JSON.parse(line);
  } catch (e) {
    errs.push(`line ${i + 1}: bad JSON: ${e.message}`);
    return;
  }
  n++;
  const id = g.id ?? `line${i + 1}`;
  if (typeof g.id !== 'string' || !/^e\d+$/.test(g.id)) errs.push(`${id}: bad id`);
  if (ids.has(g.id)) errs.push(`${id}: duplicate id`);
  ids.add(g.id);
  if (typeof g.question !== 'string' || !g.question.trim()) errs.push(`${id}: empty question`);
  if (typeof g.abstain !== 'boolean') errs.push(`${id}: abstain must be boolean`);
  for (const k of ['facts', 'passages', 'conflicts']) if (!Array.isArray(g[k])) errs.push(`${id}: ${k} must be an array`);
  if (!Array.isArray(g.facts) || !Array.isArray(g.passages) || !Array.isArray(g.conflicts)) return;
  for (const f of g.facts)
    if (!Array.isArray(f) || !f.length || f.some((a) => typeof a !== 'string' || !a)) errs.push(`${id}: bad fact ${JSON.stringify(f)}`);
  if (g.abstain) {
    abst++;
    if (g.facts.length || g.passages.length || g.conflicts.length) errs.push(`${id}: abstain item must have no facts/passages/conflicts`);
  } else {
    if (!g.facts.length) errs.push(`${id}: answerable item without facts`);
    if (!g.passages.length) errs.push(`${id}: answerable item without passages`);
  }
  if (g.passages.length > 8) errs.push(`${id}: more than 8 passages (recall@8 could not be 1)`);
  if (g.strict_no_conflict) {
    strict++;
    if (g.conflicts.length) errs.push(`${id}: strict_no_conflict with planted conflicts`);
  }
  const texts = [];
  for (const p of g.passages) {
    const file = join(dir, p.source ?? '');
    if (!p.source || !existsSync(file)) {
      errs.push(`${id}: missing source ${p.source}`);
      continue;
    }
    const t = readFileSync(file, 'utf8');
    texts.push(t);
    if (typeof p.contains !== 'string' || p.contains.length < 12)
      errs.push(`${id}: contains too short (<12, cannot be cited) in ${p.source}`);
    else if (!t.includes(p.contains)) errs.push(`${id}: not verbatim in ${p.source}: ${JSON.stringify(p.contains)}`);
    if (/[<>&]/.test(p.contains ?? '')) errs.push(`${id}: contains has markup/entity chars: ${JSON.stringify(p.contains)}`);
  }
  for (const c of g.conflicts) {
    if (!['normal', 'hard'].includes(c.difficulty)) errs.push(`${id}: conflict difficulty must be normal|hard`);
    c.difficulty === 'hard' ? hard++ : normal++;
    if (!Array.isArray(c.values) || c.values.length < 2) {
      errs.push(`${id}: conflict needs >=2 sides`);
      continue;
    }
    c.values.forEach((side, k) => {
      if (!Array.isArray(side) || !side.length) {
        errs.push(`${id}: conflict side ${k} empty`);
        return;
      }
      if (!texts.some((t) => side.some((v) => t.toLowerCase().includes(String(v).toLowerCase()))))
        errs.push(`${id}: conflict "${c.topic}" side ${k} ${JSON.stringify(side)} not found in any passage file`);
    });
  }
});
for (const e of errs) console.log('ERROR', e);
console.log(
  JSON.stringify({
    questions: n,
    abstain: abst,
    strict_no_conflict: strict,
    conflicts_normal: normal,
    conflicts_hard: hard,
    errors: errs.length,
  }),
);
process.exit(errs.length ? 1 : 0);
