import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../src/bench/synth.js';
import { analysisCounters } from '../../src/corpus/analysis.js';
import { buildCorpus, earlyClaims, loadCorpus } from '../../src/corpus/corpus.js';
import { recordCounters } from '../../src/corpus/records.js';
import { removeTempDirs, SEEDS_DIR, tempDir } from '../helpers/fixtures.js';

afterAll(removeTempDirs);
const from = earlyClaims.from;
afterEach(() => {
  earlyClaims.from = from;
});

async function folder(): Promise<string> {
  const dir = tempDir('dealbot-early-');
  await writeSyntheticCorpus(dir, 24);
  for (const f of fs.readdirSync(SEEDS_DIR)) fs.copyFileSync(path.join(SEEDS_DIR, f), path.join(dir, f));
  return dir;
}

describe('claims extracted as the articles of a large load are analysed', () => {
  it('give the claims extracted at the end, each article claimed once when the dominant parties hold', async () => {
    const dir = await folder();
    earlyClaims.from = Number.POSITIVE_INFINITY;
    const before = analysisCounters.claims;
    const atEnd = await buildCorpus(dir);
    const claimedAtEnd = analysisCounters.claims - before;
    earlyClaims.from = 4;
    const start = analysisCounters.claims;
    const early = await buildCorpus(dir);
    expect(early.claims).toEqual(atEnd.claims);
    expect([...early.onTopic]).toEqual([...atEnd.onTopic]);
    // Articles claimed early with the parties that hold at the end are not claimed again; those claimed on a
    // judgement that a later one changed (here the synthetic articles' parties, then the seeds') are: at most
    // one judgement's span of articles, as claims wait for two judgements that agree.
    expect(analysisCounters.claims - start).toBeGreaterThanOrEqual(claimedAtEnd);
    expect(analysisCounters.claims - start).toBeLessThanOrEqual(claimedAtEnd + 2 * earlyClaims.from);
    // Most were claimed while loading, before the corpus-wide pass.
    expect(early.stats.claimed.length).toBeGreaterThan(claimedAtEnd / 2);
    // Stored and loaded again: the records hold the final claims, nothing is re-extracted.
    const indexDir = tempDir('dealbot-index-');
    const written = recordCounters.written;
    const stored = await loadCorpus(dir, { indexDir });
    expect(stored.claims).toEqual(atEnd.claims);
    // Each record is written once, with its claims (an article that arrives after a judgement is judged by it,
    // and a record waits for the corpus-wide judgement rather than being stored without claims), but for those
    // claimed on a judgement that a later one changed.
    expect(recordCounters.written - written).toBeLessThanOrEqual(stored.stats.analysed.length + 2 * earlyClaims.from);
    const counted = analysisCounters.claims;
    const again = await loadCorpus(dir, { indexDir });
    expect(analysisCounters.claims).toBe(counted);
    expect(again.claims).toEqual(atEnd.claims);
  });
});
