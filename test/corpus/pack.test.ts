import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analysisCounters } from '../../src/corpus/analysis.js';
import { decodePack, encodePack, packCounters, packFile } from '../../src/corpus/pack.js';
import { removeTempDirs, SEEDS_DIR, tempDir } from '../helpers/fixtures.js';
import { makeBot } from '../helpers/pipeline.js';

afterAll(removeTempDirs);

function copySeeds(): string {
  const dir = tempDir('dealbot-seeds-');
  for (const f of fs.readdirSync(SEEDS_DIR)) fs.copyFileSync(path.join(SEEDS_DIR, f), path.join(dir, f));
  return dir;
}

const Q = 'When did the London talks take place?';

describe("the folder's pack (articles and their analyses in one file)", () => {
  it('an unchanged start reads the pack, not the files: no re-analysis, same corpus and answers (counted)', async () => {
    const seeds = copySeeds();
    const indexDir = tempDir('dealbot-index-');
    const before = { ...packCounters };
    const first = await makeBot(seeds, { indexDir });
    expect(packCounters.written).toBe(before.written + 1);
    expect(fs.statSync(packFile(indexDir, seeds)).mode & 0o777).toBe(0o600);
    const analysed = { ...analysisCounters };
    const again = await makeBot(seeds, { indexDir });
    expect(packCounters.hits).toBe(before.hits + 5);
    // Nothing changed: the pack is not written again, and nothing is analysed.
    expect(packCounters.written).toBe(before.written + 1);
    expect(analysisCounters).toEqual(analysed);
    expect(again.corpus.stats.analysed).toEqual([]);
    expect(again.corpus.articles).toEqual(first.corpus.articles);
    expect(again.corpus.sentences).toEqual(first.corpus.sentences);
    expect(again.corpus.terms.sentences).toEqual(first.corpus.terms.sentences);
    expect(again.corpus.terms.chunks).toEqual(first.corpus.terms.chunks);
    expect(again.claims).toEqual(first.claims);
    expect(again.corpus.hash).toBe(first.corpus.hash);
    expect([...again.corpus.onTopic]).toEqual([...first.corpus.onTopic]);
    expect([...again.corpus.words]).toEqual([...first.corpus.words]);
    expect(await again.answerQuestion(Q)).toEqual(await first.answerQuestion(Q));
  });

  it('a file written since (even with the same size and modification time) is read again, and the pack rewritten', async () => {
    const seeds = copySeeds();
    const indexDir = tempDir('dealbot-index-');
    await makeBot(seeds, { indexDir });
    const name = fs.readdirSync(seeds).sort()[0] as string;
    const file = path.join(seeds, name);
    const { mtime, atime } = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    // Same length, other bytes, modification time put back: the change time still tells.
    fs.writeFileSync(file, text.replace('China', 'Chine'));
    fs.utimesSync(file, atime, mtime);
    const before = { ...packCounters };
    const bot = await makeBot(seeds, { indexDir });
    expect(packCounters.hits).toBe(before.hits + 4);
    expect(bot.corpus.stats.analysed).toEqual([name]);
    expect(bot.corpus.byId.get(name)?.raw).toBe(text.replace('China', 'Chine'));
    expect(packCounters.written).toBe(before.written + 1);
    const next = await makeBot(seeds, { indexDir });
    expect(next.corpus.stats.analysed).toEqual([]);
    expect(packCounters.hits).toBe(before.hits + 9);
  });

  it('a corrupt, truncated or foreign pack is never used and never fatal: the per-article records are read, and it is rewritten', async () => {
    const seeds = copySeeds();
    const indexDir = tempDir('dealbot-index-');
    const first = await makeBot(seeds, { indexDir });
    const file = packFile(indexDir, seeds);
    const good = fs.readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] as number) ^ 0xff;
    for (const bad of [flipped, good.subarray(0, good.length - 100), Buffer.from('not a pack')]) {
      fs.writeFileSync(file, bad);
      const before = { ...packCounters };
      const analysed = { ...analysisCounters };
      const bot = await makeBot(seeds, { indexDir });
      expect(packCounters.rejected).toBe(before.rejected + 1);
      expect(packCounters.hits).toBe(before.hits);
      expect(analysisCounters).toEqual(analysed);
      expect(bot.corpus.stats.loaded).toBe(5);
      expect(bot.claims).toEqual(first.claims);
      expect(packCounters.written).toBe(before.written + 1);
      expect(fs.readFileSync(file).equals(good)).toBe(true);
    }
    // Another folder's pack is refused.
    expect(() => decodePack(good, SEEDS_DIR)).toThrow(/another version or folder/);
    expect(decodePack(encodePack(seeds, []), seeds).files.size).toBe(0);
  });

  it('stores every record field exactly: claims (null, absent, with dates, numbers and nulls), terms, spans', async () => {
    const seeds = copySeeds();
    const bot = await makeBot(seeds, { indexDir: tempDir('dealbot-index-') });
    const parts = [...bot.corpus.parts.values()];
    const claimed = parts.find((p) => (p.record.claims?.list.length ?? 0) > 0);
    const first = claimed?.record.claims?.list[0];
    expect(first).toBeDefined();
    const entries = parts.map((p, i) => ({
      name: p.article.id,
      size: p.size,
      mtimeMs: p.mtimeMs,
      ctimeMs: 1,
      ino: i,
      raw: p.article.raw,
      hash: p.article.hash,
      // One record without claims and one whose claims are null, as off-topic articles' are.
      record:
        i === 0
          ? { ...p.record, claims: null }
          : i === 1
            ? (({ claims: _, ...r }) => r)(p.record)
            : p === claimed && p.record.claims && first
              ? // A fractional amount, a quote mark and a non-Latin word survive too.
                {
                  ...p.record,
                  claims: {
                    ...p.record.claims,
                    list: [...p.record.claims.list, { ...first, number: 4.5, unit: 'bn', display: '“稀土” \\ 4.5' }],
                  },
                }
              : p.record,
    }));
    const decoded = decodePack(encodePack(seeds, entries), seeds);
    for (const e of entries) {
      const back = decoded.files.get(e.name)?.load();
      expect(back?.raw).toBe(e.raw);
      expect(JSON.parse(JSON.stringify(back?.record))).toStrictEqual(JSON.parse(JSON.stringify(e.record)));
    }
    expect(decoded.files.get(entries[0]?.name as string)?.load().record.claims).toBeNull();
    expect('claims' in (decoded.files.get(entries[1]?.name as string)?.load().record ?? {})).toBe(false);
  });
});
