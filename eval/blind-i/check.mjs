#!/usr/bin/env node
// Validates questions.jsonl against articles/: JSON shape, unique ids, sources exist, verbatim `contains`,
// conflict values present in the question's passages, facts present in the question's passage files.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gold = process.argv[2] ?? join(here, 'questions.jsonl');
const dir = process.argv[3] ?? join(here, 'articles');
const errs = [];
const ids = new Set();
const lines = readFileSync(gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const low = (s) => s.toLowerCase();
lines.forEach((line, n) => {
  let q;
  try {
    q = JSON.parse(line);
  } catch (e) {
    errs.push(`line ${n + 1}: bad JSON`);
    return;
  }
  const id = q.id;
  if (!id || ids.has(id)) errs.push(`line ${n + 1}: missing/duplicate id ${id}`);
  ids.add(id);
  for (const k of ['question', 'facts', 'passages', 'conflicts', 'abstain']) if (!(k in q)) errs.push(`${id}: missing ${k}`);
  if (!Array.isArray(q.facts) || !q.facts.every((f) => Array.isArray(f) && f.length && f.every((s) => typeof s === 'string')))
    errs.push(`${id}: facts must be list of non-empty lists`);
  if (typeof q.abstain !== 'boolean') errs.push(`${id}: abstain not boolean`);
  if (q.abstain && (q.facts.length || q.passages.length || q.conflicts.length))
    errs.push(`${id}: abstain question must have empty facts/passages/conflicts`);
  if (!q.abstain && !q.passages.length) errs.push(`${id}: answerable question without passages`);
  const texts = [];
  for (const p of q.passages) {
    const f = join(dir, p.source);
    if (!existsSync(f)) {
      errs.push(`${id}: missing source ${p.source}`);
      continue;
    }
    const t = readFileSync(f, 'utf8');
    texts.push(t);
    if (!p.contains || p.contains.length < 6) errs.push(`${id}: contains too short`);
    if (!t.includes(p.contains)) errs.push(`${id}: not verbatim in ${p.source}: ${JSON.stringify(p.contains)}`);
    if (p.source.endsWith('.html') && /[<>&]/.test(p.contains)) errs.push(`${id}: html contains crosses tag/entity: ${p.contains}`);
  }
  const all = low(texts.join('\n'));
  for (const f of q.facts)
    if (!f.some((alt) => all.includes(low(alt)))) errs.push(`${id}: fact ${JSON.stringify(f)} not in any passage file`);
  for (const c of q.conflicts) {
    if (!c.topic || !Array.isArray(c.values) || c.values.length < 2) errs.push(`${id}: conflict needs topic and >=2 values`);
    if (c.difficulty && !['normal', 'hard'].includes(c.difficulty)) errs.push(`${id}: bad difficulty`);
    for (const v of c.values)
      if (!v.some((alt) => texts.some((t) => low(t).includes(low(alt)))))
        errs.push(`${id}: conflict value ${JSON.stringify(v)} not in passages`);
  }
});
if (errs.length) {
  console.log(errs.join('\n'));
  console.log(`FAIL ${errs.length} problem(s) in ${lines.length} questions`);
  process.exit(1);
}
console.log(`OK ${lines.length} questions, ${ids.size} unique ids`);
