import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { userMessage } from '../errors.js';
import { PRIVATE_DIR_MODE, writeFileAtomic } from '../index/store.js';
import { LiveDealbot } from '../live.js';
import { type AnswerEvent, prepareQuestion } from '../pipeline.js';
import { startTagger } from '../text/tagger.js';
import type { CliContext } from './common.js';
import { renderAnswer, renderConflicts, renderQuestion, renderSources, renderTimeline, styleFor, terminalSafe } from './render.js';

export const REPL_HELP = `Ask a question about the story, or type a command:
  :sources     list the articles with outlet, date and title
  :conflicts   list every disagreement between the sources
  :timeline    show the chronology of the story
  :json        switch JSON output on or off
  :new         forget the conversation (follow-up questions use the earlier ones)
  :help        show this help
  :quit        leave (or Ctrl-D)`;

const HISTORY_SIZE = 500;
/** How often the console rescans the articles folder (sizes and modification times only). */
const RESCAN_MS = 5000;

/** `npm run repl`: an interactive console over the same pipeline as `ask`. */
export async function runRepl(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { seeds: { type: 'string' } }, allowPositionals: false });
  const style = styleFor(ctx.stdout, 'NO_COLOR' in ctx.env);
  // The question's NLP library loads on the second core while the index loads (and the prompt shows).
  startTagger();
  // The live pipeline follows the articles folder: articles added or edited while the console runs are used.
  const bot = await LiveDealbot.create({
    config: ctx.config,
    ...(values.seeds ? { seedsDir: path.resolve(values.seeds) } : {}),
    logger: ctx.logger,
  });
  bot.watch(RESCAN_MS);
  const historyFile = path.join(ctx.config.indexDir, 'repl_history');
  const history = (await readFile(historyFile, 'utf8').catch(() => '')).split('\n').filter(Boolean).slice(-HISTORY_SIZE).reverse();
  const interactive = ctx.stdin.isTTY === true;
  const rl = createInterface({
    input: ctx.stdin,
    output: ctx.stdout,
    terminal: interactive,
    // readline adds entered lines to the array it is given: give it a copy.
    history: [...history],
    historySize: HISTORY_SIZE,
    prompt: interactive ? style.bold('deal> ') : '',
  });
  const say = (text: string) => ctx.stdout.write(`${text}\n`);
  if (interactive) say(`dealbot — ${bot.current.corpus.articles.length} articles loaded. Type :help for commands, :quit to leave.`);
  let json = false;
  let context: string[] = [];
  const asked: string[] = [];
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line) asked.push(line);
    if (!line) {
      rl.prompt();
      continue;
    }
    if (line.startsWith(':')) {
      const cmd = line.slice(1).toLowerCase();
      if (cmd === 'quit' || cmd === 'exit' || cmd === 'q') break;
      if (cmd === 'help' || cmd === 'h') say(REPL_HELP);
      else if (cmd === 'sources') say(json ? JSON.stringify(bot.sources()) : renderSources(bot.sources(), style));
      else if (cmd === 'conflicts') say(json ? JSON.stringify(bot.conflicts()) : renderConflicts(bot.conflicts(), style));
      else if (cmd === 'timeline') say(json ? JSON.stringify(bot.timeline()) : renderTimeline(bot.timeline(), style));
      else if (cmd === 'json') {
        json = !json;
        say(`JSON output ${json ? 'on' : 'off'}.`);
      } else if (cmd === 'new') {
        context = [];
        say('Conversation cleared.');
      } else say(`Unknown command ${line}. Type :help for the list.`);
      rl.prompt();
      continue;
    }
    try {
      // A model's text is shown as it is written (not in :json mode, which prints one object per answer).
      let streamed = '';
      const answer = await bot.answerQuestion(line, {
        context,
        ...(json
          ? {}
          : {
              onEvent: (e: AnswerEvent) => {
                if (e.type !== 'text') return;
                if (!streamed) ctx.stdout.write(renderQuestion(prepareQuestion(line).text, style));
                streamed += e.delta;
                ctx.stdout.write(terminalSafe(e.delta));
              },
            }),
      });
      say(json ? JSON.stringify(answer) : `${renderAnswer(answer, style, streamed)}\n`);
      context = [...context, answer.question].slice(-4);
    } catch (err) {
      say(`dealbot: ${userMessage(err)}`);
      ctx.logger.debug(err);
    }
    rl.prompt();
  }
  rl.close();
  bot.close();
  if (asked.length && interactive) {
    try {
      await mkdir(path.dirname(historyFile), { recursive: true, mode: PRIVATE_DIR_MODE });
      const previous = [...history].reverse();
      await writeFileAtomic(historyFile, `${[...previous, ...asked].slice(-HISTORY_SIZE).join('\n')}\n`);
    } catch (err) {
      ctx.logger.debug(`Could not save the REPL history: ${(err as Error).message}`);
    }
  }
  return 0;
}
