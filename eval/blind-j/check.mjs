#!/usr/bin/env node
// Validates questions.jsonl against articles/: JSON, unique ids, sources exist, verbatim `contains`,
// conflict values present in the question's passages, abstain questions empty.
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
let n = 0;
for (const [i, line] of lines.entries()) {
  let g;
  try {
    g = JSON.parse(line);
  } catch (e) {
    errs.push(`line ${i + 1}: bad JSON`);
    continue;
  }
  n++;
  const id = g.id;
  if (!/^j\d\d$/.test(id)) errs.push(`${id}: id format`);
  if (ids.has(id)) errs.push(`${id}: duplicate id`);
  ids.add(id);
  for (const k of ['question', 'facts', 'passages', 'conflicts', 'abstain']) if (!(k in g)) errs.push(`${id}: missing ${k}`);
  if (typeof g.abstain !== 'boolean') errs.push(`${id}: abstain not boolean`);
  if (!Array.isArray(g.facts) || g.facts.some((f) => !Array.isArray(f) || !f.length || f.some((a) => typeof a !== 'string' || !a)))
    errs.push(`${id}: facts must be non-empty lists of strings`);
  if (g.abstain && (g.facts.length || g.passages.length || g.conflicts.length))
    errs.push(`${id}: abstain question must have no facts/passages/conflicts`);
  if (!g.abstain && (!g.facts.length || !g.passages.length)) errs.push(`${id}: answerable question needs facts and passages`);
  if (g.passages.length > 8) errs.push(`${id}: more than 8 passages (scorer k=8)`);
  const texts = [];
  for (const p of g.passages) {
    const f = join(dir, p.source);
    if (!existsSync(f)) {
      errs.push(`${id}: missing source ${p.source}`);
      continue;
    }
    const t = readFileSync(f, 'utf8');
    if (p.contains.length < 12) errs.push(`${id}: contains too short: ${p.contains}`);
    if (!t.includes(p.contains)) errs.push(`${id}: not verbatim in ${p.source}: ${p.contains}`);
    if (p.source.endsWith('.html') && /[<>&]/.test(p.contains)) errs.push(`${id}: contains crosses tag/entity: ${p.contains}`);
    texts.push(p.contains);
  }
  // every fact: at least one alternative occurs in some article (case-insensitive)
  for (const f of g.facts) {
    const inPass = f.some((a) =>
      g.passages.some((p) => {
        const f2 = join(dir, p.source);
        return existsSync(f2) && low(readFileSync(f2, 'utf8')).includes(low(a));
      }),
    );
    if (!inPass) errs.push(`${id}: fact ${JSON.stringify(f)} not found in any of its passage sources`);
  }
  for (const c of g.conflicts) {
    if (!c.topic || !Array.isArray(c.values) || c.values.length < 2) errs.push(`${id}: conflict shape`);
    if (!['normal', 'hard'].includes(c.difficulty)) errs.push(`${id}: conflict difficulty`);
    for (const v of c.values)
      if (!v.some((alt) => texts.some((t) => low(t).includes(low(alt)))))
        errs.push(`${id}: conflict value ${JSON.stringify(v)} not in any passage`);
  }
}
if (errs.length) {
  console.log(errs.join('\n'));
  console.log(`FAIL ${errs.length} problem(s) in ${n} questions`);
  process.exit(1);
}
console.log(`OK ${n} questions, ${ids.size} unique ids`);
