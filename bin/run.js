#!/usr/bin/env node
// `node bin/run.js NAME [args…]`: runs scripts/NAME (compiled when dist/ is up to date); used by the npm scripts.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { launch, ROOT } from './launch.js';

const name = process.argv[2];
if (!name || !/^[\w-]+$/.test(name) || !existsSync(path.join(ROOT, 'scripts', `${name}.ts`))) {
  const scripts = readdirSync(path.join(ROOT, 'scripts'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3));
  process.stderr.write(
    `${name ? `no such script: ${name}\n` : ''}usage: node bin/run.js SCRIPT [args…] (SCRIPT: ${scripts.join(', ')}; or npm run ask, repl, start, eval, bench…)\n`,
  );
  process.exit(2);
}
process.argv.splice(2, 1);
await launch(`scripts/${name}`);
