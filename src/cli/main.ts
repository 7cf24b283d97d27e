import { requireSlack } from '../config.js';
import { type CliContext, main } from './common.js';

const USAGE = `Usage: dealbot <command> [options]

Commands:
  ask "QUESTION"   answer a question with verbatim quotes (see: dealbot ask --help)
  add URL…         add articles from links or saved pages (see: dealbot add --help)
  repl             interactive console
  index            build the vector index
  start            run the Slack app
  eval             run the evaluation set`;

/** `ask` options that show a view instead of answering a question. */
const ASK_VIEWS = new Set(['-h', '--help', '--conflicts', '--timeline', '--sources', '--whats-new']);

/** The `dealbot` binary: dispatches to the same commands as the npm scripts. */
async function dispatch(ctx: CliContext): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    // Each command loads only what it needs.
    case 'ask':
      // A question's NLP library loads on the second core from now on, while the rest loads here.
      if (!rest.some((a) => ASK_VIEWS.has(a))) (await import('../text/tagger.js')).startTagger();
      return (await import('./ask.js')).runAsk(rest, ctx);
    case 'add': {
      // Readability and the DOM load only for this command.
      const { runAdd } = await import('./add.js');
      return runAdd(rest, ctx);
    }
    case 'repl':
      return (await import('./repl.js')).runRepl(rest, ctx);
    case 'index':
      return (await import('./index-cmd.js')).runIndex(rest, ctx);
    case 'start': {
      // Missing variables are reported before anything heavy is loaded.
      if (!rest.includes('-h') && !rest.includes('--help')) requireSlack(ctx.config);
      const { runSlack } = await (await import('../slack/load.js')).loadSlackApp();
      return runSlack(rest, ctx);
    }
    case 'eval': {
      const { runEval } = await import('./eval-cmd.js');
      return runEval(rest, ctx);
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      ctx.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      ctx.stderr.write(`dealbot: unknown command "${command}".\n\n${USAGE}\n`);
      return 2;
  }
}

await main(dispatch);
