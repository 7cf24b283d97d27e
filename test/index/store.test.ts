import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { LocalHashEmbeddings } from '../../src/index/embeddings.js';
import { indexKey, openIndex } from '../../src/index/store.js';
import { createLogger } from '../../src/log.js';
import { removeTempDirs, SEEDS_DIR, tempDir } from '../helpers/fixtures.js';
import { runScript } from '../helpers/run.js';

afterAll(removeTempDirs);

function copySeeds(): string {
  const dir = tempDir('dealbot-seeds-');
  for (const f of fs.readdirSync(SEEDS_DIR)) fs.copyFileSync(path.join(SEEDS_DIR, f), path.join(dir, f));
  return dir;
}

const local = () => {
  const embeddings = new LocalHashEmbeddings();
  return { embeddings, id: embeddings.id };
};

describe('the persisted vector index', () => {
  it('is built once, then loaded; a changed article gives a new index that re-embeds only that article', async () => {
    const seeds = copySeeds();
    const indexDir = tempDir('dealbot-index-');
    let corpus = await buildCorpus(seeds);
    const first = await openIndex({ corpus, embedder: local(), indexDir });
    expect(first.status).toBe('built');
    expect(first.embedded).toBe(5);
    expect(first.store.index.getCurrentCount()).toBe(corpus.chunks.length);

    const again = await openIndex({ corpus, embedder: local(), indexDir });
    expect(again.status).toBe('loaded');
    expect(again.dir).toBe(first.dir);

    fs.appendFileSync(
      path.join(seeds, '003_bae4251f2b00ca8e.txt'),
      '\nOfficials said a second agreement on magnets would follow within weeks of the first.\n',
    );
    corpus = await buildCorpus(seeds);
    const changed = await openIndex({ corpus, embedder: local(), indexDir });
    expect(changed.status).toBe('built');
    expect(changed.dir).not.toBe(first.dir);
    expect(changed.embedded).toBe(1);
    // The vectors answer for the new text: the nearest passage to it is the new sentence.
    const vector = await local().embeddings.embedQuery('second agreement on magnets');
    const [hit] = await changed.store.similaritySearchVectorWithScore(vector, 1);
    expect(hit?.[0].pageContent).toContain('second agreement on magnets');
  });

  it('rebuilds a corrupted or incomplete index with a warning instead of failing or using it', async () => {
    const indexDir = tempDir('dealbot-index-');
    const corpus = await buildCorpus(SEEDS_DIR);
    const built = await openIndex({ corpus, embedder: local(), indexDir });
    const file = path.join(built.dir, 'hnswlib.index');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x7f, 100, 400);
    fs.writeFileSync(file, bytes);
    const lines: string[] = [];
    const logger = createLogger('warn', (l) => lines.push(l));
    const rebuilt = await openIndex({ corpus, embedder: local(), indexDir, logger });
    expect(rebuilt.status).toBe('rebuilt');
    expect(lines.join('')).toMatch(/unreadable \(hnswlib\.index does not match its checksum\); rebuilding/);
    expect(rebuilt.store.index.getCurrentCount()).toBe(corpus.chunks.length);

    // A crash before the manifest was written leaves a folder that is never loaded.
    fs.rmSync(path.join(rebuilt.dir, 'manifest.json'));
    const again = await openIndex({ corpus, embedder: local(), indexDir, logger });
    expect(again.status).toBe('rebuilt');
    expect(fs.existsSync(path.join(again.dir, 'manifest.json'))).toBe(true);
  });

  it('keys the index by corpus and embedder', async () => {
    const corpus = await buildCorpus(SEEDS_DIR);
    expect(indexKey(corpus, 'local-hash-v1-d1024')).not.toBe(indexKey(corpus, 'openai-text-embedding-3-small@api.openai.com'));
  });

  // A child process never sees Stryker's active mutant: skipped under `npm run test:mutation`.
  it.skipIf(process.env.DEALBOT_MUTATION)(
    'two processes building at once both succeed and leave one valid index and no temporary files',
    async () => {
      const env = { INDEX_DIR: tempDir('dealbot-index-') };
      const [a, b] = await Promise.all([runScript('index', [], { env }), runScript('index', [], { env })]);
      expect(a.code).toBe(0);
      expect(b.code).toBe(0);
      const entries = fs.readdirSync(env.INDEX_DIR);
      expect(entries.filter((e) => e.startsWith('index-'))).toHaveLength(1);
      expect(entries.filter((e) => e.startsWith('.tmp') || e.startsWith('.trash'))).toEqual([]);
      const third = await runScript('index', [], { env });
      expect(third.stdout).toMatch(/Index loaded/);
    },
  );
});
