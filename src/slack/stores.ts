import { randomBytes } from 'node:crypto';
import type { Answer } from '../answer/types.js';

/**
 * Remembers which Slack deliveries were handled, so a retried event (`X-Slack-Retry-Num`, the same
 * `event_id`) or a message that arrives both as `app_mention` and as `message` is answered once.
 */
export interface DeliveryLog {
  /** True the first time a key is claimed (go ahead), false for a repeat (skip). */
  claim(key: string): boolean;
}

/** In-memory DeliveryLog: keys expire after `ttlMs` (Slack retries within minutes), at most `max` kept. */
export class MemoryDeliveryLog implements DeliveryLog {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly ttlMs = 30 * 60_000,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  claim(key: string): boolean {
    const t = this.now();
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > t) return false;
    this.seen.delete(key);
    this.seen.set(key, t + this.ttlMs);
    if (this.seen.size > this.max) {
      for (const [k, exp] of this.seen) {
        if (this.seen.size <= this.max && exp > t) break;
        this.seen.delete(k);
      }
    }
    return true;
  }
}

/** Answers kept for the "Share in channel" and feedback buttons. */
export interface AnswerStore {
  /** Stores an answer and returns its id. */
  put(answer: Answer): string;
  get(id: string): Answer | undefined;
}

/** In-memory AnswerStore keeping the most recent `max` answers. */
export class MemoryAnswerStore implements AnswerStore {
  private readonly answers = new Map<string, Answer>();
  constructor(private readonly max = 1000) {}

  put(answer: Answer): string {
    const id = randomBytes(6).toString('base64url');
    this.answers.set(id, answer);
    while (this.answers.size > this.max) {
      const oldest = this.answers.keys().next().value;
      if (oldest === undefined) break;
      this.answers.delete(oldest);
    }
    return id;
  }

  get(id: string): Answer | undefined {
    return this.answers.get(id);
  }
}
