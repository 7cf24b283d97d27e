#!/usr/bin/env node
// `npm run build`: compiles src/ and scripts/ into dist/, builds the question tagger's startup snapshot for
// this Node.js (dist/tagger-….blob, see bin/tagger.cjs; without it questions still work, their process only
// starts slower) and stamps dist/. `--if-possible` (the `prepare` script, run by npm install and npm ci) skips
// quietly when TypeScript is not installed (production installs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, STAMP } from './launch.js';

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  if (process.argv.includes('--if-possible')) process.exit(0);
  process.stderr.write('TypeScript is not installed: run npm install first.\n');
  process.exit(1);
}
rmSync(STAMP, { force: true });
const r = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit', cwd: ROOT });
if (r.status !== 0) process.exit(r.status ?? 1);
try {
  const { buildTaggerSnapshot } = await import(pathToFileURL(path.join(ROOT, 'dist/src/text/tagger.js')).href);
  buildTaggerSnapshot();
} catch (error) {
  process.stderr.write(
    `dealbot: the question tagger's startup snapshot was not built (${error.message}); questions load compromise at start instead.\n`,
  );
}
mkdirSync(path.dirname(STAMP), { recursive: true });
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
