import { DealbotError, ErrorCode } from '../errors.js';

/** Too many questions are waiting; the user is asked to try again in a moment. */
export class BusyError extends DealbotError {
  constructor() {
    super(ErrorCode.SlackError, 'dealbot is answering many questions right now; please ask again in a minute.');
  }
}

/**
 * Runs jobs a few at a time (one by default). Answering is CPU-bound and runs in the same process as the
 * HTTP server, so every job starts from `setImmediate`: the event loop serves the I/O that is ready first —
 * Slack's requests waiting for their 3-second acknowledgement — before the next answer takes the CPU. An
 * ack therefore waits for at most the answer that is running, however many are queued.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly idleWaiters: Array<() => void> = [];

  constructor(
    private readonly concurrency = 1,
    private readonly maxWaiting = 500,
  ) {
    if (concurrency < 1) throw new RangeError('WorkQueue concurrency must be at least 1');
  }

  /** Jobs waiting or running. */
  get size(): number {
    return this.waiting.length + this.running;
  }

  /** Queues a job; rejects with BusyError when the queue is full. */
  run<T>(job: () => Promise<T>): Promise<T> {
    if (this.waiting.length >= this.maxWaiting) return Promise.reject(new BusyError());
    return new Promise<T>((resolve, reject) => {
      this.waiting.push(() => {
        let result: Promise<T>;
        try {
          result = job();
        } catch (err) {
          result = Promise.reject(err);
        }
        result.then(resolve, reject).finally(() => {
          this.running--;
          this.pump();
        });
      });
      this.pump();
    });
  }

  /** Resolves when no job is waiting or running. */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const start = this.waiting.shift();
      if (!start) break;
      this.running++;
      setImmediate(start);
    }
    if (this.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
