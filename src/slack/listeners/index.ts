import type { App } from '@slack/bolt';
import type { SlackDeps } from '../answering.js';
import { ACTION_IDS } from '../blocks.js';
import { answerFeedback, shareAnswer } from './actions.js';
import { dealAssistant } from './assistant.js';
import { dealCommand } from './command.js';
import { skipRepeatedDeliveries } from './dedupe.js';
import { directMessage } from './direct-message.js';
import { followCommand } from './follow.js';
import { appMention } from './mention.js';

/** Registers every entry point. Order matters: repeats are dropped first, and the Assistant sees DM threads before the DM listener. */
export function registerListeners(app: App, deps: SlackDeps): void {
  app.use(skipRepeatedDeliveries(deps));
  app.assistant(dealAssistant(deps));
  // `/deal add` and `/deal whats-new` are handled first; any other text goes on to the question listener.
  app.command(/^\/deal/, followCommand(deps), dealCommand(deps));
  app.event('app_mention', appMention(deps));
  app.message(directMessage(deps));
  app.action(ACTION_IDS.share, shareAnswer(deps));
  app.action(new RegExp(`^(${ACTION_IDS.feedbackUp}|${ACTION_IDS.feedbackDown}|${ACTION_IDS.feedback})$`), answerFeedback(deps));
}
