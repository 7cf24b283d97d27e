import { main } from '../src/cli/common.js';
import { requireSlack } from '../src/config.js';
import { loadSlackApp } from '../src/slack/load.js';

// `npm start`: the Slack app. Missing variables are reported before anything heavy is loaded.
await main(async (ctx) => {
  const argv = process.argv.slice(2);
  if (!argv.includes('-h') && !argv.includes('--help')) requireSlack(ctx.config);
  const { runSlack } = await loadSlackApp();
  return runSlack(argv, ctx);
}, 'info');
