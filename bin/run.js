#!/usr/bin/env node
// `node bin/run.js NAME [args…]`: runs scripts/NAME (compiled when dist/ is up to date); used by the npm scripts.
import { launch } from './launch.js';

const name = process.argv[2];
if (!name || !/^[\w-]+$/.test(name)) {
  process.stderr.write('usage: node bin/run.js SCRIPT [args…]\n');
  process.exit(2);
}
process.argv.splice(2, 1);
await launch(`scripts/${name}`);
