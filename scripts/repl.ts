import { main } from '../src/cli/common.js';
import { runRepl } from '../src/cli/repl.js';

await main((ctx) => runRepl(process.argv.slice(2), ctx));
