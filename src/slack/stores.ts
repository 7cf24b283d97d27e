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

  /** Keys remembered now (bounded by `max`). */
  get size(): number {
    return this.seen.size;
  }

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

/** Who asked a question, and where: only they may share the answer, and only there. */
export interface AnswerOwner {
  user: string;
  channel: string | null;
}

/** Answers kept for the "Share in channel" and feedback buttons. */
export interface AnswerStore {
  /** Stores an answer (with who asked it, where) and returns its id. */
  put(answer: Answer, owner?: AnswerOwner): string;
  get(id: string): Answer | undefined;
  /** Who asked the stored answer, if known. */
  owner(id: string): AnswerOwner | undefined;
}

/** In-memory AnswerStore keeping the most recent `max` answers. */
export class MemoryAnswerStore implements AnswerStore {
  private readonly answers = new Map<string, { answer: Answer; owner: AnswerOwner | undefined }>();
  constructor(private readonly max = 1000) {}

  put(answer: Answer, owner?: AnswerOwner): string {
    const id = randomBytes(12).toString('base64url');
    this.answers.set(id, { answer, owner });
    while (this.answers.size > this.max) {
      const oldest = this.answers.keys().next().value;
      if (oldest === undefined) break;
      this.answers.delete(oldest);
    }
    return id;
  }

  get(id: string): Answer | undefined {
    return this.answers.get(id)?.answer;
  }

  owner(id: string): AnswerOwner | undefined {
    return this.answers.get(id)?.owner;
  }
}

/**
 * Questions one user may ask in a sliding window: one user cannot fill the queue (or the model bill) for
 * everyone else.
 */
export class UserRateLimiter {
  private readonly asked = new Map<string, number[]>();
  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Users tracked now: idle ones are forgotten once there are many. */
  get size(): number {
    return this.asked.size;
  }

  /** True when `user` may ask now (and counts the question), false when over the limit. */
  allow(user: string): boolean {
    const t = this.now();
    const recent = (this.asked.get(user) ?? []).filter((at) => at > t - this.windowMs);
    if (recent.length >= this.limit) {
      this.asked.set(user, recent);
      return false;
    }
    recent.push(t);
    this.asked.set(user, recent);
    if (this.asked.size > 10_000) {
      for (const [u, times] of this.asked) if (!times.some((at) => at > t - this.windowMs)) this.asked.delete(u);
    }
    return true;
  }
}
