import { runAdd } from '../src/cli/add.js';
import { main } from '../src/cli/common.js';

await main((ctx) => runAdd(process.argv.slice(2), ctx));
