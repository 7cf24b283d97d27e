import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalHashEmbeddings } from '../../src/index/embeddings.js';
import { removeTempDirs, tempDir } from '../helpers/fixtures.js';
import { makeBot } from '../helpers/pipeline.js';

afterAll(removeTempDirs);

const CHAT = path.resolve(import.meta.dirname, '../fixtures/chat');
const FAMILIES = path.resolve(import.meta.dirname, '../fixtures/families');

describe('exact vector search of a small index', () => {
  it('returns the true nearest passages by cosine similarity, in order, however the graph was built', async () => {
    const shared = tempDir('dealbot-index-');
    // An index updated from another folder's generation (vectors deleted and inserted) …
    await makeBot(FAMILIES, { indexDir: shared });
    const bot = await makeBot(CHAT, { indexDir: shared });
    const store = bot.index?.store;
    expect(store).toBeDefined();
    const embedder = new LocalHashEmbeddings();
    const query = embedder.embedSync('how many tonnes of magnets went to the united states in june');
    const cos = (a: number[], b: number[]) => {
      let d = 0;
      let na = 0;
      let nb = 0;
      for (let i = 0; i < a.length; i++) {
        d += (a[i] as number) * (b[i] as number);
        na += (a[i] as number) ** 2;
        nb += (b[i] as number) ** 2;
      }
      return d / Math.sqrt(na * nb);
    };
    // … gives the same top passages as cosine similarity computed from scratch over every passage.
    const truth = bot.corpus.chunks
      .map((c) => ({ id: c.id, sim: cos(query, embedder.embedSync(c.text)) }))
      .sort((a, b) => b.sim - a.sim || a.id - b.id)
      .slice(0, 5);
    const got = [...(store?.exactSearch(query, 5) ?? new Map()).entries()];
    expect(got.map(([id]) => id)).toEqual(truth.map((t) => t.id));
    for (const [i, [, sim]] of got.entries()) expect(sim).toBeCloseTo(truth[i]?.sim as number, 4);
  });
});

describe('a generation still answering while the next one updates its graph', () => {
  it('keeps answering from its own vectors after the folder changes and a new pipeline is built from it', async () => {
    const fs = await import('node:fs');
    const dir = tempDir('dealbot-articles-');
    for (const f of fs.readdirSync(CHAT)) fs.copyFileSync(path.join(CHAT, f), path.join(dir, f));
    const indexDir = tempDir('dealbot-index-');
    const old = await makeBot(dir, { indexDir });
    const before = await old.answerQuestion('how long are the chinese licences good for?');
    // Edit one article and remove another: the new generation marks their old vectors deleted in the shared graph.
    fs.appendFileSync(path.join(dir, 'bayside-ledger-customs.md'), '\nThe ministry said more licences would follow in August.\n');
    fs.rmSync(path.join(dir, 'northwind-note-magnets.md'));
    const next = await makeBot(dir, { indexDir, previous: old });
    expect(next.corpus.articles.map((a) => a.id)).not.toContain('northwind-note-magnets.md');
    const again = await old.answerQuestion('how long are the chinese licences good for?');
    expect(again.retrieved).toEqual(before.retrieved);
    const fresh = await next.answerQuestion('how long are the chinese licences good for?');
    expect(fresh.retrieved.some((r) => r.source === 'northwind-note-magnets.md')).toBe(false);
  });
});
