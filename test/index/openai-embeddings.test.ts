/**
 * OpenAI embeddings over real HTTP: LangChain's OpenAIEmbeddings (and the `openai` client under it) talk to a
 * fake OpenAI-compatible server on 127.0.0.1 when OPENAI_EMBEDDING_MODEL is set.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OpenAIEmbeddings } from '@langchain/openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../src/config.js';
import { createEmbeddings, LocalHashEmbeddings } from '../../src/index/embeddings.js';
import { createLogger } from '../../src/log.js';
import type { Dealbot } from '../../src/pipeline.js';
import { FAKE_EMBEDDING_DIMENSIONS, FakeOpenAI, fakeEmbedding, type RecordedRequest } from '../helpers/fake-openai.js';
import { removeTempDirs, SEEDS_DIR, seedText, tempDir } from '../helpers/fixtures.js';
import { makeBot } from '../helpers/pipeline.js';

const KEY = 'sk-test';
const EMBEDDING_MODEL = 'fake-embed-1';
const SIGNING = 'Who signed the deal and when?';

let fake: FakeOpenAI;
let config: Config;
/** Shared by the tests of the first describe, in order: build, reuse, compare with the local embedder. */
let indexDir: string;
let first: Dealbot;
const lines: string[] = [];
const logger = createLogger('debug', (l) => lines.push(l));

function configFor(extra: Record<string, string> = {}): Config {
  return loadConfig({
    OPENAI_API_KEY: KEY,
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_EMBEDDING_MODEL: EMBEDDING_MODEL,
    OPENAI_TIMEOUT_MS: '5000',
    ...extra,
  });
}

/** Embedding requests made by embedDocuments (an array of inputs) and embedQuery (one string). */
const documentRequests = () => fake.embeddingRequests().filter((r) => Array.isArray(r.body.input));
const queryRequests = () => fake.embeddingRequests().filter((r) => typeof r.body.input === 'string');

beforeAll(async () => {
  fake = await FakeOpenAI.start();
  config = configFor();
  indexDir = tempDir('dealbot-openai-index-');
});

afterAll(async () => {
  await fake?.close();
  removeTempDirs();
});

beforeEach(() => {
  fake.reset();
  lines.length = 0;
});

describe('the vector index with OpenAI embeddings', () => {
  it('builds the HNSW index by calling /v1/embeddings and answers offline with no chat call', async () => {
    first = await makeBot(SEEDS_DIR, { config, indexDir, answerer: null, logger });
    const { corpus } = first;

    // One embedDocuments request per article (each well under the batch size), from the real client.
    const docs = documentRequests();
    expect(docs).toHaveLength(corpus.articles.length);
    for (const r of docs) {
      expect(r.path).toBe('/v1/embeddings');
      expect(r.body.model).toBe(EMBEDDING_MODEL);
      expect(r.headers.authorization).toBe(`Bearer ${KEY}`);
      // The openai client asks for base64 unless told otherwise; the fake answers in kind.
      expect(r.body.encoding_format).toBe('base64');
    }
    const inputs = docs.flatMap((r) => r.body.input as string[]);
    expect(inputs.sort()).toEqual(corpus.chunks.map((c) => c.text.replace(/\n/g, ' ')).sort());

    const index = first.index;
    expect(index?.status).toBe('built');
    expect(index?.embedded).toBe(corpus.articles.length);
    expect(index?.store.args.numDimensions).toBe(FAKE_EMBEDDING_DIMENSIONS);
    // The stored vectors are the server's (decoded from base64 correctly): a chunk's own fake embedding finds it.
    const chunk = corpus.chunks[3];
    const [hit] = (await index?.store.similaritySearchVectorWithScore(fakeEmbedding(chunk?.text ?? ''), 1)) ?? [];
    expect(hit?.[0].metadata.chunkId).toBe(chunk?.id);
    expect(hit?.[1]).toBeCloseTo(0, 5);

    fake.reset();
    const a = await first.answerQuestion(SIGNING);
    expect(a.mode).toBe('offline');
    expect(a.abstained).toBe(false);
    expect(fake.chatRequests()).toEqual([]);
    // The question is embedded once, through embedQuery.
    expect(queryRequests()).toHaveLength(1);
    expect(documentRequests()).toEqual([]);
    expect(queryRequests()[0]?.body.model).toBe(EMBEDDING_MODEL);
    expect(a.disagreements.find((d) => d.topic === 'signing date')?.positions.map((p) => p.claim)).toEqual(['2025-06-24', '2025-06-25']);
    for (const c of a.citations) expect(seedText(c.source).slice(c.start, c.end)).toBe(c.quote);
    for (const l of lines) expect(l).not.toContain(KEY);
  });

  it('reuses the index and the embedding cache on a second create: only the question is embedded', async () => {
    const second = await makeBot(SEEDS_DIR, { config, indexDir, answerer: null, logger });
    expect(fake.embeddingRequests()).toEqual([]);
    expect(second.index?.status).toBe('loaded');
    expect(second.index?.embedded).toBe(0);
    expect(second.index?.dir).toBe(first.index?.dir);

    const a = await second.answerQuestion(SIGNING);
    expect(a.mode).toBe('offline');
    expect(documentRequests()).toEqual([]);
    expect(queryRequests()).toHaveLength(1);
    // Same vectors, same retrieval as the first pipeline.
    expect(a.retrieved).toEqual((await first.answerQuestion(SIGNING)).retrieved);
  });

  it('rebuilds a forced index from the embedding cache without calling the server for documents', async () => {
    const rebuilt = await makeBot(SEEDS_DIR, { config, indexDir, answerer: null, forceReindex: true });
    expect(rebuilt.index?.status).toBe('rebuilt');
    expect(rebuilt.index?.embedded).toBe(0);
    expect(fake.embeddingRequests()).toEqual([]);
  });

  it('keys the index and the cache by embedder: the local embedder and another model get their own folders', async () => {
    const local = await makeBot(SEEDS_DIR, { indexDir });
    expect(fake.requests).toEqual([]);
    const other = await makeBot(SEEDS_DIR, { config: configFor({ OPENAI_EMBEDDING_MODEL: 'fake-embed-2' }), indexDir, answerer: null });
    expect(documentRequests().map((r) => r.body.model)).toEqual(Array(first.corpus.articles.length).fill('fake-embed-2'));

    const dirs = [first.index?.dir, local.index?.dir, other.index?.dir];
    expect(new Set(dirs).size).toBe(3);
    for (const d of dirs) expect(path.dirname(d as string)).toBe(indexDir);
    expect(new Set([first.index?.key, local.index?.key, other.index?.key]).size).toBe(3);
    expect(local.index?.store.args.numDimensions).toBe(new LocalHashEmbeddings().dimensions);

    const port = new URL(fake.url).port;
    expect(fs.readdirSync(path.join(indexDir, 'embeddings')).sort()).toEqual(
      [`openai-fake-embed-1@127.0.0.1_${port}`, `openai-fake-embed-2@127.0.0.1_${port}`, new LocalHashEmbeddings().id].sort(),
    );
  });

  // An embeddings server that fails at question time must not fail the question: BM25 still ranks. A 400 is
  // used because it is not retried, which keeps the test fast; 5xx and refused connections behave the same
  // after LangChain's retries.
  it('answers from BM25 alone when the embeddings server fails at question time', async () => {
    fake.onEmbeddings({ status: 400 });
    const a = await first.answerQuestion(SIGNING);
    expect(queryRequests()).toHaveLength(1);
    expect(a.mode).toBe('offline');
    expect(a.disagreements.some((d) => d.topic === 'signing date')).toBe(true);
  });
});

describe('createEmbeddings and the real OpenAIEmbeddings client', () => {
  it('names the embedder by model and server, and decodes base64 vectors exactly as sent', async () => {
    const { embeddings, id } = await createEmbeddings(config.openai);
    expect(id).toBe(`openai-${EMBEDDING_MODEL}@${new URL(fake.url).host}`);
    const text = 'Who signed the rare earths deal?';
    const v = await embeddings.embedQuery(text);
    expect(v).toHaveLength(FAKE_EMBEDDING_DIMENSIONS);
    const expected = fakeEmbedding(text);
    for (const [i, x] of v.entries()) expect(x).toBeCloseTo(expected[i] as number, 6);
    const [req] = fake.embeddingRequests();
    expect(req?.body).toMatchObject({ model: EMBEDDING_MODEL, input: text, encoding_format: 'base64' });
  });

  it('answers float vectors when the client asks for encoding_format "float", and honours dimensions', async () => {
    const client = new OpenAIEmbeddings({
      apiKey: KEY,
      model: EMBEDDING_MODEL,
      encodingFormat: 'float',
      dimensions: 16,
      maxRetries: 0,
      configuration: { baseURL: fake.baseURL },
    });
    const vectors = await client.embedDocuments(['rare earth exports', 'signed on June 25']);
    expect(vectors.map((x) => x.length)).toEqual([16, 16]);
    expect(vectors[1]).toEqual(fakeEmbedding('signed on June 25', 16));
    expect((fake.embeddingRequests()[0] as RecordedRequest).body).toMatchObject({ encoding_format: 'float', dimensions: 16 });
  });

  it('uses the local embedder, and no server, without OPENAI_EMBEDDING_MODEL', async () => {
    const named = await createEmbeddings(configFor({ OPENAI_EMBEDDING_MODEL: '' }).openai);
    expect(named.embeddings).toBeInstanceOf(LocalHashEmbeddings);
    expect(named.id).toBe(new LocalHashEmbeddings().id);
  });

  it('fails Dealbot.create promptly, without the key in the message, when the server rejects the key', async () => {
    fake.onEmbeddings({ status: 401 });
    const err = await makeBot(SEEDS_DIR, { config, indexDir: tempDir('dealbot-openai-401-'), answerer: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String((err as Error).message)).not.toContain(KEY);
    // 401 is not retried.
    expect(fake.embeddingRequests()).toHaveLength(1);
  });
});
