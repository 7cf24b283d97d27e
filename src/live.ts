/**
 * A pipeline that follows its articles folder: `refresh()` loads the folder again when files were added,
 * changed or removed, and swaps the new pipeline in. (Minimal stand-in for the incremental version of issue 8,
 * with the same API: the digest code only consumes `previous`/`current`.)
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from './config.js';
import { ARTICLE_EXTENSIONS } from './corpus/load.js';
import { Dealbot, type DealbotOptions } from './pipeline.js';

export interface RefreshResult {
  added: string[];
  changed: string[];
  removed: string[];
  previous: Dealbot;
  current: Dealbot;
}

type Scan = Map<string, { size: number; mtimeMs: number; hash: string }>;

async function scanFolder(dir: string, before: Scan | null): Promise<Scan> {
  const out: Scan = new Map();
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith('.') || !ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase())) continue;
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) continue;
    const old = before?.get(name);
    if (old && old.size === info.size && old.mtimeMs === info.mtimeMs) {
      out.set(name, old);
      continue;
    }
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) continue;
    out.set(name, { size: info.size, mtimeMs: info.mtimeMs, hash: createHash('sha256').update(bytes).digest('hex') });
  }
  return out;
}

export class LiveDealbot {
  private bot: Dealbot;
  private scan: Scan;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<(r: RefreshResult) => void>();
  private running: Promise<RefreshResult> | null = null;

  private constructor(
    private readonly options: DealbotOptions & { seedsDir: string },
    bot: Dealbot,
    scan: Scan,
  ) {
    this.bot = bot;
    this.scan = scan;
  }

  static async create(options: DealbotOptions = {}): Promise<LiveDealbot> {
    const config = options.config ?? loadConfig();
    const seedsDir = options.seedsDir ?? config.seedsDir;
    const scan = await scanFolder(seedsDir, null);
    const bot = await Dealbot.create({ ...options, config, seedsDir });
    return new LiveDealbot({ ...options, config, seedsDir }, bot, scan);
  }

  get current(): Dealbot {
    return this.bot;
  }

  /** Loads the folder again if anything changed; concurrent calls share one refresh. */
  refresh(): Promise<RefreshResult> {
    this.running ??= this.doRefresh().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async doRefresh(): Promise<RefreshResult> {
    const previous = this.bot;
    const scan = await scanFolder(this.options.seedsDir, this.scan);
    const added = [...scan.keys()].filter((n) => !this.scan.has(n));
    const removed = [...this.scan.keys()].filter((n) => !scan.has(n));
    const changed = [...scan.keys()].filter((n) => this.scan.has(n) && this.scan.get(n)?.hash !== scan.get(n)?.hash);
    if (!added.length && !removed.length && !changed.length) {
      this.scan = scan;
      return { added, changed, removed, previous, current: previous };
    }
    const current = await Dealbot.create({ ...this.options, forceReindex: false });
    this.bot = current;
    this.scan = scan;
    const result = { added, changed, removed, previous, current };
    for (const l of this.listeners) l(result);
    return result;
  }

  /** Refreshes every `intervalMs` until `close()`. */
  watch(intervalMs: number): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(() => {
      this.refresh().catch(() => {});
    }, intervalMs);
    this.timer.unref();
  }

  onChange(listener: (r: RefreshResult) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => {});
  }
}
