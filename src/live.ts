import type { Answer, Disagreement, SourceInfo, TimelineEntry } from './answer/types.js';
import { folderUnchanged, prepareAnalyser } from './corpus/corpus.js';
import { type Logger, silentLogger } from './log.js';
import { type AskOptions, Dealbot, type DealbotOptions } from './pipeline.js';
import { nlp } from './text/nlp.js';

/** How long after a start a running app loads the article analysers. */
const ANALYSER_DELAY_MS = 1500;

/** What a refresh found and the pipelines before and after it. */
export interface RefreshResult {
  /** Article ids (file names) new in the folder. */
  added: string[];
  /** Article ids whose bytes changed. */
  changed: string[];
  /** Article ids no longer in the folder (or no longer readable as articles). */
  removed: string[];
  previous: Dealbot;
  current: Dealbot;
}

export type ChangeListener = (result: RefreshResult) => void | Promise<void>;

/**
 * A pipeline that follows its articles folder: `refresh()` rescans it (sizes and modification times; only
 * new or changed files are read, only changed articles analysed and embedded) and swaps the new pipeline in
 * at once. A question already being answered finishes on the pipeline it started with; the next one uses
 * the new one. Used by the REPL and the Slack app, and by anything that adds articles to the folder.
 *
 * It answers like a `Dealbot` (`answerQuestion`, `sources`, `conflicts`, `timeline`), always with `current`.
 */
export class LiveDealbot {
  private bot: Dealbot;
  private running: Promise<RefreshResult> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<ChangeListener>();
  private readonly logger: Logger;

  private constructor(
    bot: Dealbot,
    private readonly options: DealbotOptions,
  ) {
    this.bot = bot;
    this.logger = options.logger ?? silentLogger;
  }

  /** Loads the folder (as `Dealbot.create`) and returns a pipeline that can follow it. */
  static async create(options: DealbotOptions = {}): Promise<LiveDealbot> {
    const bot = await Dealbot.create(options);
    // A running app analyses the articles added later: the tagger (the slowest module to load, ~0.5 s) loads
    // now, not during its first refresh (the rest of the analysers load when the first new article comes).
    nlp();
    // Later refreshes must not rebuild from scratch.
    const { forceReindex: _force, ...rest } = options;
    const live = new LiveDealbot(bot, rest);
    // A start from the index's snapshot judged no disagreement; the first update would judge them all. A running
    // app prepares what updates reuse after its start (the first question may wait for the judging), and loads
    // the analysers of new articles a little later, once the start is over: a REPL asked one question and closed
    // never loads them, and the timer never keeps a process alive.
    setImmediate(() => live.prepareQuietly(bot));
    setTimeout(
      () => void live.prepare().catch((err: unknown) => live.logger.debug(`Could not load the analysers: ${err}`)),
      ANALYSER_DELAY_MS,
    ).unref();
    return live;
  }

  /**
   * Prepares the next update now: the per-event results it reuses and the article analysers (done by itself
   * shortly after `create`; the benchmark and tests call it to measure an update of a running app).
   */
  async prepare(): Promise<void> {
    this.bot.prepareUpdates();
    await prepareAnalyser();
  }

  /** Prepares a pipeline's next update in the background: a failure only makes that update slower. */
  private prepareQuietly(bot: Dealbot): void {
    try {
      bot.prepareUpdates();
    } catch (err) {
      this.logger.warn(`Could not prepare for updates: ${(err as Error).message}`);
    }
  }

  /** The pipeline in use now. */
  get current(): Dealbot {
    return this.bot;
  }

  /**
   * Rescans the folder and swaps in a pipeline for what it holds now. Calls made while a refresh runs wait
   * for it and then rescan once more (so a change made during a refresh is never missed). Listeners are told
   * only when something changed.
   */
  refresh(): Promise<RefreshResult> {
    if (this.running) {
      return this.running.then(() => this.refresh());
    }
    this.running = this.rescan().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async rescan(): Promise<RefreshResult> {
    const previous = this.bot;
    if (await folderUnchanged(previous.corpus)) return { added: [], changed: [], removed: [], previous, current: previous };
    const next = await Dealbot.create({ ...this.options, previous });
    const before = previous.corpus.byId;
    const after = next.corpus.byId;
    const added = [...after.keys()].filter((id) => !before.has(id));
    const removed = [...before.keys()].filter((id) => !after.has(id));
    const changed = [...after.values()].filter((a) => before.has(a.id) && before.get(a.id)?.hash !== a.hash).map((a) => a.id);
    const result: RefreshResult = { added, changed, removed, previous, current: next };
    if (next.corpus.hash === previous.corpus.hash) {
      // Only modification times changed (same bytes): the new pipeline answers the same and remembers them.
      this.bot = next;
      return { ...result, added: [], changed: [], removed: [] };
    }
    this.bot = next;
    setImmediate(() => this.prepareQuietly(next));
    this.logger.info(
      `Articles updated: ${added.length} added, ${changed.length} changed, ${removed.length} removed (${next.corpus.articles.length} in all).`,
    );
    for (const listener of this.listeners) {
      try {
        await listener(result);
      } catch (err) {
        this.logger.warn(`A change listener failed: ${(err as Error).message}`);
      }
    }
    return result;
  }

  /** Rescans every `intervalMs` (default 5 s) until `close()`; errors are logged, never thrown. */
  watch(intervalMs = 5000): this {
    this.close();
    const tick = () => {
      this.refresh().catch((err: unknown) => this.logger.warn(`Could not rescan the articles: ${(err as Error).message}`));
    };
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
    return this;
  }

  /** Stops watching (a refresh in progress completes). */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Calls `listener` after each refresh that changed something; returns a function that unsubscribes it. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  answerQuestion(question: string, options?: AskOptions): Promise<Answer> {
    return this.bot.answerQuestion(question, options);
  }

  sources(): SourceInfo[] {
    return this.bot.sources();
  }

  conflicts(): Disagreement[] {
    return this.bot.conflicts();
  }

  timeline(): TimelineEntry[] {
    return this.bot.timeline();
  }
}
