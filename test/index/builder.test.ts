import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { builderCounters, builderSettings } from '../../src/index/store.js';
import { removeTempDirs, SEEDS_DIR, tempDir } from '../helpers/fixtures.js';
import { makeBot } from '../helpers/pipeline.js';

afterAll(removeTempDirs);
const defaults = { ...builderSettings };
afterEach(() => Object.assign(builderSettings, defaults));

const QUESTIONS = [
  'Who signed the deal and when?',
  'When did the London talks take place?',
  'What do the Chinese sources say about magnets?',
];

describe('a full build on two cores (graph built on a worker thread while the articles are analysed)', () => {
  it('builds the same index as the main thread alone, and the next start loads it', async () => {
    builderSettings.minArticles = 1_000_000;
    const before = { ...builderCounters };
    const single = await makeBot(SEEDS_DIR, { indexDir: tempDir('dealbot-index-') });
    expect(builderCounters).toEqual(before);

    builderSettings.minArticles = 2;
    const indexDir = tempDir('dealbot-index-');
    const parallel = await makeBot(SEEDS_DIR, { indexDir });
    expect(builderCounters.started).toBe(before.started + 1);
    expect(builderCounters.completed).toBe(before.completed + 1);
    // The local embedder runs on the worker too; its vectors are cached like the main thread's.
    expect(builderCounters.embeddedInWorker).toBe(before.embeddedInWorker + 5);
    expect(fs.readdirSync(path.join(indexDir, 'embeddings'), { recursive: true }).filter((f) => String(f).endsWith('.f32'))).toHaveLength(
      5,
    );
    expect(parallel.index?.status).toBe('built');
    expect(parallel.index?.embedded).toBe(5);
    expect(parallel.index?.inserted).toBe(5);
    expect(parallel.index?.store.size).toBe(single.index?.store.size);
    expect(parallel.index?.manifest.segments).toEqual(single.index?.manifest.segments);
    for (const q of QUESTIONS) expect(await parallel.answerQuestion(q)).toEqual(await single.answerQuestion(q));
    // No temporary graph file is left behind.
    expect(fs.readdirSync(indexDir).filter((n) => n.startsWith('.tmp'))).toEqual([]);

    const again = await makeBot(SEEDS_DIR, { indexDir });
    expect(builderCounters.started).toBe(before.started + 1);
    expect(again.index?.status).toBe('loaded');
    for (const q of QUESTIONS) expect(await again.answerQuestion(q)).toEqual(await single.answerQuestion(q));
  });

  it('when the worker falls behind, the main thread embeds: the same index, every vector cached', async () => {
    builderSettings.minArticles = 2;
    builderSettings.backlog = 0;
    const before = { ...builderCounters };
    const indexDir = tempDir('dealbot-index-');
    const bot = await makeBot(SEEDS_DIR, { indexDir });
    expect(builderCounters.completed).toBe(before.completed + 1);
    expect(builderCounters.embeddedInWorker).toBe(before.embeddedInWorker);
    expect(bot.index?.embedded).toBe(5);
    builderSettings.minArticles = 1_000_000;
    const single = await makeBot(SEEDS_DIR, { indexDir: tempDir('dealbot-index-') });
    expect(bot.index?.manifest.segments).toEqual(single.index?.manifest.segments);
    for (const q of QUESTIONS) expect(await bot.answerQuestion(q)).toEqual(await single.answerQuestion(q));
    expect(fs.readdirSync(path.join(indexDir, 'embeddings'), { recursive: true }).filter((f) => String(f).endsWith('.f32'))).toHaveLength(
      5,
    );
  });

  it('is used for a forced rebuild, not for an update from an earlier generation', async () => {
    builderSettings.minArticles = 2;
    const seeds = tempDir('dealbot-seeds-');
    for (const f of fs.readdirSync(SEEDS_DIR)) fs.copyFileSync(path.join(SEEDS_DIR, f), path.join(seeds, f));
    const indexDir = tempDir('dealbot-index-');
    await makeBot(seeds, { indexDir });
    const before = { ...builderCounters };
    fs.appendFileSync(path.join(seeds, '001_6c32902777231463.txt'), '\nOfficials said the talks would resume.\n');
    const updated = await makeBot(seeds, { indexDir });
    expect(builderCounters).toEqual(before);
    expect(updated.index?.inserted).toBe(1);
    const forced = await makeBot(seeds, { indexDir, forceReindex: true });
    expect(builderCounters.completed).toBe(before.completed + 1);
    expect(forced.index?.status).toBe('rebuilt');
    expect(forced.index?.inserted).toBe(5);
    expect(forced.index?.embedded).toBe(0);
  });

  it('two pipelines building at once, each with its worker, both succeed and leave one valid index, no temporary files', async () => {
    builderSettings.minArticles = 2;
    const indexDir = tempDir('dealbot-index-');
    const [a, b] = await Promise.all([makeBot(SEEDS_DIR, { indexDir }), makeBot(SEEDS_DIR, { indexDir })]);
    for (const q of QUESTIONS) expect(await a.answerQuestion(q)).toEqual(await b.answerQuestion(q));
    expect(fs.readdirSync(indexDir).filter((n) => n.startsWith('index-'))).toHaveLength(1);
    expect(fs.readdirSync(indexDir).filter((n) => n.startsWith('.'))).toEqual([]);
    const c = await makeBot(SEEDS_DIR, { indexDir });
    expect(c.index?.status).toBe('loaded');
  });

  it('a folder that turns out to have no article stops the worker and fails as before', async () => {
    builderSettings.minArticles = 1;
    const empty = tempDir('dealbot-empty-');
    fs.writeFileSync(path.join(empty, 'blank.txt'), '   \n');
    await expect(makeBot(empty)).rejects.toThrow(/No articles/);
  });
});
