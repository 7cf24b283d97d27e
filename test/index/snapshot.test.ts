import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { Bm25 } from '../../src/index/bm25.js';
import { codeFingerprint, decodeSnapshot, encodeSnapshot, snapshotCounters } from '../../src/index/snapshot.js';
import { removeTempDirs, SEEDS_DIR, tempDir } from '../helpers/fixtures.js';
import { makeBot } from '../helpers/pipeline.js';

afterAll(removeTempDirs);

function copySeeds(): string {
  const dir = tempDir('dealbot-seeds-');
  for (const f of fs.readdirSync(SEEDS_DIR)) fs.copyFileSync(path.join(SEEDS_DIR, f), path.join(dir, f));
  return dir;
}

const snapshots = (indexDir: string) => fs.readdirSync(path.join(indexDir, 'derived')).filter((n) => n.endsWith('.bin'));
const QUESTIONS = ['Who signed the deal and when?', 'Where do the sources disagree?', 'When did the London talks take place?'];

describe('corpus snapshot (BM25 postings, disagreements, timeline)', () => {
  it('an unchanged restart rebuilds no corpus-wide structure (counted) and answers the same', async () => {
    const indexDir = tempDir('dealbot-index-');
    const before = { ...snapshotCounters };
    const first = await makeBot(SEEDS_DIR, { indexDir });
    expect(snapshotCounters.built).toBe(before.built + 1);
    expect(snapshotCounters.written).toBe(before.written + 1);
    expect(snapshots(indexDir)).toHaveLength(1);
    const again = await makeBot(SEEDS_DIR, { indexDir });
    expect(snapshotCounters.built).toBe(before.built + 1);
    expect(snapshotCounters.loaded).toBe(before.loaded + 1);
    expect(again.conflicts()).toEqual(first.conflicts());
    expect(again.timeline()).toEqual(first.timeline());
    for (const q of QUESTIONS) expect(await again.answerQuestion(q)).toEqual(await first.answerQuestion(q));
    expect(again.retriever.bm25.documentFrequencies()).toEqual(first.retriever.bm25.documentFrequencies());
    // Owner-only, like every other cached file.
    for (const n of snapshots(indexDir)) expect(fs.statSync(path.join(indexDir, 'derived', n)).mode & 0o777).toBe(0o600);
  });

  it('a corrupt, truncated or foreign snapshot is rebuilt, never used and never fatal', async () => {
    const indexDir = tempDir('dealbot-index-');
    const first = await makeBot(SEEDS_DIR, { indexDir });
    const file = path.join(indexDir, 'derived', snapshots(indexDir)[0] as string);
    const good = fs.readFileSync(file);
    const damaged = [
      Buffer.concat([good.subarray(0, good.length - 9), Buffer.from('garbage!!')]),
      good.subarray(0, Math.floor(good.length / 2)),
      Buffer.from('not a snapshot at all'),
      Buffer.alloc(0),
    ];
    for (const bytes of damaged) {
      fs.writeFileSync(file, bytes);
      const before = { ...snapshotCounters };
      const bot = await makeBot(SEEDS_DIR, { indexDir });
      expect(snapshotCounters.rejected).toBe(before.rejected + 1);
      expect(snapshotCounters.built).toBe(before.built + 1);
      expect(bot.conflicts()).toEqual(first.conflicts());
      expect(bot.timeline()).toEqual(first.timeline());
      expect(await bot.answerQuestion(QUESTIONS[0] as string)).toEqual(await first.answerQuestion(QUESTIONS[0] as string));
      // Rewritten whole: the next start loads it.
      const loaded = snapshotCounters.loaded;
      await makeBot(SEEDS_DIR, { indexDir });
      expect(snapshotCounters.loaded).toBe(loaded + 1);
    }
  });

  it('names its corpus and the code that built it: a snapshot of either other one is refused', () => {
    const bm25 = new Bm25([['a', 'b'], ['b', 'c', 'c'], []]);
    const data = { sentences: bm25.toData(), chunks: bm25.toData(), found: [], timeline: [] };
    const buf = encodeSnapshot('corpus-1', data);
    expect(() => decodeSnapshot(buf, 'corpus-2')).toThrow();
    const decoded = decodeSnapshot(buf, 'corpus-1');
    expect(decoded.sentences.terms).toEqual(['a', 'b', 'c']);
    // The same bytes with another code fingerprint in the header (and a correct checksum) are refused too.
    const text = buf.toString('latin1').replace(codeFingerprint(), '0'.repeat(16));
    const other = Buffer.from(text, 'latin1');
    const magic = 'dealbot-derived-1\n'.length;
    other.writeUInt32LE(crc32(other.subarray(magic + 8)), magic + 4);
    expect(() => decodeSnapshot(other, 'corpus-1')).toThrow(/another corpus or program/);
  });

  it('a BM25 index stored and read back scores exactly as the one built', () => {
    const docs = [['deal', 'sign', 'june'], ['deal', 'deal', 'talk'], [], ['london', 'talk', 'june', 'june']];
    const built = new Bm25(docs);
    const back = new Bm25(
      decodeSnapshot(encodeSnapshot('c', { sentences: built.toData(), chunks: built.toData(), found: [], timeline: [] }), 'c').chunks,
    );
    const concepts = [
      new Map([['june', 1]]),
      new Map([
        ['deal', 1],
        ['talk', 0.5],
      ]),
    ];
    expect(Array.from(back.score(concepts))).toEqual(Array.from(built.score(concepts)));
    expect(back.documentFrequencies()).toEqual(built.documentFrequencies());
    expect(back.docsWith('june')).toEqual([0, 3]);
    expect(back.size).toBe(4);
    expect(back.idf('talk')).toBe(built.idf('talk'));
  });

  it('the BM25 indexes built from term ids are those built from the words, for sentences and passages', async () => {
    const corpus = await buildCorpus(SEEDS_DIR);
    const { dictionary, sentences, chunks } = corpus.termIds;
    expect(Bm25.fromIds(dictionary, sentences).toData()).toEqual(new Bm25(corpus.terms.sentences).toData());
    expect(Bm25.fromIds(dictionary, chunks).toData()).toEqual(new Bm25(corpus.terms.chunks).toData());
    // Repeated words, empty documents, several lists.
    const docs = [['b', 'a', 'b'], [], ['c'], ['a', 'c', 'c', 'd'], []];
    const dict = ['a', 'b', 'c', 'd', 'unused'];
    const ids = (list: string[][]) => {
      const offsets = new Int32Array(list.length + 1);
      list.forEach((d, i) => {
        offsets[i + 1] = (offsets[i] as number) + d.length;
      });
      return { ids: Int32Array.from(list.flat(), (w) => dict.indexOf(w)), offsets };
    };
    expect(Bm25.fromIds(dict, [ids(docs.slice(0, 2)), ids(docs.slice(2))]).toData()).toEqual(new Bm25(docs).toData());
  });

  it('keeps the snapshots of the two newest corpora only', async () => {
    const seeds = copySeeds();
    const indexDir = tempDir('dealbot-index-');
    await makeBot(seeds, { indexDir });
    for (let i = 0; i < 3; i++) {
      fs.appendFileSync(path.join(seeds, '002_441e1f2c723a9b8b.txt'), `\nEdit number ${i} of this article added a sentence.\n`);
      await makeBot(seeds, { indexDir });
    }
    expect(snapshots(indexDir)).toHaveLength(2);
    expect(fs.readdirSync(path.join(indexDir, 'derived')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('two pipelines starting on the same folder at once leave one valid snapshot', async () => {
    const indexDir = tempDir('dealbot-index-');
    const [a, b] = await Promise.all([makeBot(SEEDS_DIR, { indexDir }), makeBot(SEEDS_DIR, { indexDir })]);
    expect(a.conflicts()).toEqual(b.conflicts());
    expect(snapshots(indexDir)).toHaveLength(1);
    const loaded = snapshotCounters.loaded;
    const c = await makeBot(SEEDS_DIR, { indexDir });
    expect(snapshotCounters.loaded).toBe(loaded + 1);
    expect(c.timeline()).toEqual(a.timeline());
  });
});
