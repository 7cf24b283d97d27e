#!/usr/bin/env node
// Validates questions.jsonl against articles/: JSON shape, unique ids, sources exist,
// every `contains` is a verbatim substring of its file, every conflict value appears in
// some passage of its question, every fact appears (case-insensitive) in a gold source file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gold = process.argv[2] ?? join(here, 'questions.jsonl');
const dir = process.argv[3] ?? join(here, 'articles');
const errs = [];
const ids = new Set();
const low = (s) => String(s).toLowerCase();
const lines = readFileSync(gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
lines.forEach((line, n) => {
  let g;
  try {
    g = JSON.parse(line);
  } catch (e) {
    errs.push(`line ${n + 1}: bad JSON`);
    return;
  }
  const id = g.id ?? `line${n + 1}`;
  for (const k of ['id', 'question', 'facts', 'passages', 'conflicts', 'abstain']) if (!(k in g)) errs.push(`${id}: missing ${k}`);
  if (ids.has(g.id)) errs.push(`${id}: duplicate id`);
  ids.add(g.id);
  if (typeof g.abstain !== 'boolean') errs.push(`${id}: abstain not boolean`);
  if (!Array.isArray(g.facts) || g.facts.some((f) => !Array.isArray(f) || !f.length || f.some((a) => typeof a !== 'string' || !a)))
    errs.push(`${id}: facts must be non-empty lists of strings`);
  if (g.abstain && (g.facts.length || g.passages.length || g.conflicts.length))
    errs.push(`${id}: abstain question must have empty facts/passages/conflicts`);
  if (!g.abstain && !g.passages.length) errs.push(`${id}: answerable question without passages`);
  const texts = [];
  for (const p of g.passages ?? []) {
    const f = join(dir, p.source);
    if (!existsSync(f)) {
      errs.push(`${id}: missing source ${p.source}`);
      continue;
    }
    const t = readFileSync(f, 'utf8');
    texts.push(t);
    if (typeof p.contains !== 'string' || p.contains.length < 12) errs.push(`${id}: contains too short: ${p.contains}`);
    else if (!t.includes(p.contains)) errs.push(`${id}: not verbatim in ${p.source}: ${p.contains}`);
  }
  for (const f of g.facts ?? [])
    if (!f.some((a) => texts.some((t) => low(t).includes(low(a))))) errs.push(`${id}: fact not in any gold source: ${f.join('|')}`);
  for (const c of g.conflicts ?? []) {
    if (!c.topic || !Array.isArray(c.values) || c.values.length < 2) errs.push(`${id}: conflict needs topic and >=2 values`);
    if (c.difficulty && !['normal', 'hard'].includes(c.difficulty)) errs.push(`${id}: bad difficulty ${c.difficulty}`);
    for (const v of c.values ?? [])
      if (!v.some((a) => (g.passages ?? []).some((p) => low(p.contains).includes(low(a)))))
        errs.push(`${id}: conflict value not in any passage: ${v.join('|')}`);
  }
  if ((g.passages ?? []).length > 8) errs.push(`${id}: more than 8 passages (scorer k=8)`);
});
for (const e of errs) console.log('ERR', e);
console.log(errs.length ? `FAIL ${errs.length} problems in ${lines.length} questions` : `OK ${lines.length} questions`);
process.exit(errs.length ? 1 : 0);
