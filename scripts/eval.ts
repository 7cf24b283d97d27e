import { main } from '../src/cli/common.js';
import { runEval } from '../src/cli/eval-cmd.js';

await main((ctx) => runEval(process.argv.slice(2), ctx));
