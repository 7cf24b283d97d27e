import { runAsk } from '../src/cli/ask.js';
import { main } from '../src/cli/common.js';

await main((ctx) => runAsk(process.argv.slice(2), ctx));
