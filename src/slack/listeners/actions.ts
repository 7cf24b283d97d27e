import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerQuestion, type Feedback, renderAnswer, type SlackDeps } from '../answering.js';
import { ACTION_IDS, decodeButtonValue, errorMessage } from '../blocks.js';
import { respondSafely } from '../post.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * "Share in channel" on an ephemeral answer: posts the answer for everyone through the response_url, then
 * removes the private copy. After a restart the question (carried by the button) is answered again.
 */
export function shareAnswer(deps: SlackDeps) {
  return async function onShare({ ack, action, body, respond }: ButtonArgs): Promise<void> {
    await ack();
    const value = decodeButtonValue(action.value);
    if (!value) {
      deps.logger.warn('A share button without a valid value was clicked; ignored.');
      return;
    }
    const clicker = { user: body.user.id, channel: body.channel?.id ?? null };
    /** Tells the clicker, and only them, why nothing was shared. */
    const refuse = (text: string) =>
      respondSafely(
        respond,
        { response_type: 'ephemeral', replace_original: false, ...errorMessage(text) },
        deps.logger,
        undefined,
        deps.retryDelayMs,
      );
    const owner = deps.answers.owner(value.id);
    if (owner && (owner.user !== clicker.user || owner.channel !== clicker.channel)) {
      // A click carrying someone else's answer id (or from another channel) must not publish their answer.
      deps.logger.warn(`User ${clicker.user} tried to share answer ${value.id}, asked by ${owner.user}; refused.`);
      await refuse('Only the person who asked can share this answer, in the conversation where they asked.');
      return;
    }
    let answer = deps.answers.get(value.id);
    let id = value.id;
    try {
      // After a restart the stored answer is gone: the clicker's question (carried by the button) is answered again.
      if (!answer) ({ answer, id } = await answerQuestion(deps, value.q, [], undefined, clicker));
    } catch (err) {
      deps.logger.error('Could not answer again for sharing:', err);
      await refuse('That answer is no longer available; please ask again.');
      return;
    }
    const reply = await renderAnswer(deps, answer, id, { sharedBy: body.user.id });
    const shared = await respondSafely(
      respond,
      { response_type: 'in_channel', replace_original: false, ...reply.message },
      deps.logger,
      reply.fallback,
      deps.retryDelayMs,
    );
    if (shared) await respondSafely(respond, { delete_original: true, text: '' }, deps.logger, undefined, deps.retryDelayMs);
  };
}

/** 👍 / 👎 on an answer: logged with the question, the answer id and the user, and acknowledged. */
export function answerFeedback(deps: SlackDeps) {
  return async function onFeedback({ ack, action, body, respond }: ButtonArgs): Promise<void> {
    await ack();
    // Native feedback buttons carry the rating in the value ("up:{…}"); the older buttons in the action id.
    const native = /^(up|down):/.exec(action.value ?? '');
    const value = decodeButtonValue(native ? action.value?.slice(native[0].length) : action.value);
    const rating: Feedback['rating'] = native
      ? (native[1] as Feedback['rating'])
      : action.action_id === ACTION_IDS.feedbackUp
        ? 'up'
        : 'down';
    const feedback: Feedback = {
      rating,
      answerId: value?.id ?? 'unknown',
      question: (value && deps.answers.get(value.id)?.question) ?? value?.q ?? '',
      user: body.user.id,
      channel: body.channel?.id ?? null,
    };
    deps.logger.info(`feedback ${JSON.stringify(feedback)}`);
    try {
      await deps.onFeedback(feedback);
    } catch (err) {
      deps.logger.error('Storing feedback failed:', err);
    }
    const text = rating === 'up' ? 'Thanks for the feedback! :+1:' : "Thanks for the feedback — noted that this answer didn't help. :+1:";
    await respondSafely(respond, { response_type: 'ephemeral', replace_original: false, text }, deps.logger, undefined, deps.retryDelayMs);
  };
}
