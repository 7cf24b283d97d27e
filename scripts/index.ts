import { main } from '../src/cli/common.js';
import { runIndex } from '../src/cli/index-cmd.js';

await main((ctx) => runIndex(process.argv.slice(2), ctx));
