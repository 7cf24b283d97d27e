/**
 * Delivering an answer into a Slack thread as it is written. The model's text is streamed with Slack's chat
 * streaming (`chat.startStream` / `appendStream` / `stopStream`) and the stream ends with the verified
 * quotes, the "sources disagree" section and feedback buttons as blocks. Where streaming is refused (older
 * workspaces, `message_not_in_streaming_state`…), a placeholder message is posted and then updated with the
 * answer. When checking changed the answer (a marker whose quote failed, the offline fallback), the message
 * is updated to the checked answer, so what stays in the channel holds only verified quotes.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../log.js';
import type { AnswerEvent } from '../pipeline.js';
import type { SlackMessage } from './blocks.js';
import { type PostTarget, postMessage, slackErrorCode } from './post.js';

export interface StreamTarget {
  channel: string;
  /** Streams are always replies: the message (or thread) the answer belongs to. */
  threadTs: string;
  /** Required by Slack to stream outside a DM. */
  teamId?: string | undefined;
  userId?: string | undefined;
}

/** Assistant status (`assistant.threads.setStatus`), where the surface has one. */
export type StatusFn = (loadingMessages: string[]) => Promise<unknown>;

/** What `finish` needs: the whole message, and the blocks that end a stream whose text is already the answer. */
export interface FinalReply {
  /** The complete message (used when nothing was streamed, or to replace what was). */
  message: SlackMessage;
  fallback: SlackMessage;
  /** The text the final answer shows above its quotes; streaming "continues" into it when they are equal. */
  lead?: string | null | undefined;
  /** Blocks that end a stream whose text is already the answer (quotes, disagreements, feedback). */
  tail?: () => Promise<SlackMessage>;
}

/** Streamed text never notifies or links: Slack's control characters are replaced by look-alikes. */
function defuse(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›');
}

type State = 'idle' | 'streaming' | 'placeholder' | 'failed';

/** The placeholder posted where streaming is unavailable. */
export const PLACEHOLDER_TEXT = 'Writing the answer…';

export class ThreadStream {
  private state: State = 'idle';
  private ts: string | null = null;
  /** Text received but not yet sent to Slack. */
  private pending = '';
  /** Text received in all (what the reader has seen, or will, once sent). */
  private received = '';
  private chain: Promise<void> = Promise.resolve();
  private lastStatus = '';

  constructor(
    private readonly client: WebClient,
    private readonly target: StreamTarget,
    private readonly logger: Logger,
    private readonly setStatus?: StatusFn,
  ) {}

  /** The listener to pass to the pipeline. */
  readonly onEvent = (event: AnswerEvent): void => {
    if (event.type === 'status') {
      if (this.setStatus && event.text !== this.lastStatus) {
        this.lastStatus = event.text;
        this.enqueue(() => this.status(event.text));
      }
      return;
    }
    this.received += event.delta;
    this.pending += event.delta;
    // One Slack call at a time; text that arrives meanwhile goes out with the next call.
    this.enqueue(() => this.flush());
  };

  /** True once any of the answer's text reached Slack (or was meant to). */
  get started(): boolean {
    return this.state !== 'idle';
  }

  private enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(step).catch((err: unknown) => this.logger.warn('Streaming to Slack failed:', err));
  }

  private async status(text: string): Promise<void> {
    try {
      await this.setStatus?.([text]);
    } catch (err) {
      this.logger.debug(`assistant.threads.setStatus failed (${slackErrorCode(err)}).`);
    }
  }

  private async flush(): Promise<void> {
    if (!this.pending) return;
    const text = defuse(this.pending);
    if (this.state === 'idle') {
      this.pending = '';
      try {
        const res = await this.client.chat.startStream({
          channel: this.target.channel,
          thread_ts: this.target.threadTs,
          ...(this.target.teamId ? { recipient_team_id: this.target.teamId } : {}),
          ...(this.target.userId ? { recipient_user_id: this.target.userId } : {}),
          markdown_text: text,
        });
        this.ts = res.ts ?? null;
        this.state = this.ts ? 'streaming' : 'failed';
      } catch (err) {
        this.logger.info(`Slack chat streaming is not available here (${slackErrorCode(err)}); posting a placeholder to update.`);
        this.ts = await postMessage(this.client, this.thread(), { text: PLACEHOLDER_TEXT, blocks: [] }, this.logger);
        this.state = this.ts ? 'placeholder' : 'failed';
      }
      return;
    }
    if (this.state !== 'streaming' || !this.ts) {
      this.pending = '';
      return;
    }
    this.pending = '';
    try {
      await this.client.chat.appendStream({ channel: this.target.channel, ts: this.ts, markdown_text: text });
    } catch (err) {
      // e.g. message_not_in_streaming_state: the message stays; the final update replaces it.
      this.logger.warn(`chat.appendStream failed (${slackErrorCode(err)}); the answer will replace the message when done.`);
      this.state = 'placeholder';
    }
  }

  private thread(): PostTarget {
    return { channel: this.target.channel, thread_ts: this.target.threadTs };
  }

  /**
   * Ends the reply: posts it when nothing was streamed; ends the stream with the quotes, disagreements and
   * feedback when the streamed text is the answer; otherwise replaces the message with the checked answer.
   */
  async finish(reply: FinalReply, postTarget: PostTarget): Promise<string | null> {
    await this.chain;
    if (this.state === 'idle' || this.state === 'failed' || !this.ts) {
      return postMessage(this.client, postTarget, reply.message, this.logger, reply.fallback);
    }
    const ts = this.ts;
    if (this.state === 'streaming') {
      const continues = reply.tail !== undefined && reply.lead === this.received;
      try {
        if (continues && reply.tail) {
          const tail = await reply.tail();
          await this.client.chat.stopStream({ channel: this.target.channel, ts, blocks: tail.blocks });
          return ts;
        }
        await this.client.chat.stopStream({ channel: this.target.channel, ts });
      } catch (err) {
        this.logger.warn(`chat.stopStream failed (${slackErrorCode(err)}); replacing the message with the answer.`);
      }
    }
    return this.replace(ts, reply);
  }

  /** chat.update of the streamed or placeholder message; a new message if Slack refuses. */
  private async replace(ts: string, reply: FinalReply): Promise<string | null> {
    for (const m of reply.message === reply.fallback ? [reply.message] : [reply.message, reply.fallback]) {
      try {
        await this.client.chat.update({ channel: this.target.channel, ts, text: m.text, blocks: m.blocks });
        return ts;
      } catch (err) {
        this.logger.warn(`chat.update failed (${slackErrorCode(err)}).`);
      }
    }
    return postMessage(this.client, this.thread(), reply.message, this.logger, reply.fallback);
  }
}
