import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import type { OpenAiConfig } from '../config.js';
import { fnv1a } from '../text/hash.js';
import { STOPWORDS, tokenize } from '../text/tokenize.js';

/** An embedder with a stable identity: vectors cached under one id are reused only by the same id. */
export interface NamedEmbeddings {
  embeddings: Embeddings;
  /** Changes whenever the vectors would change (algorithm version, model, dimensions, server). */
  id: string;
}

export interface LocalHashEmbeddingsParams extends EmbeddingsParams {
  /** Vector length; default 1024. */
  dimensions?: number;
}

/**
 * A deterministic local embedder: hashed word stems, stem bigrams and character 4-grams, each group
 * log-scaled and weighted, in one L2-normalised vector. It needs no network and no model weights.
 *
 * Its weights do not depend on the corpus (no corpus IDF), so a cached vector stays valid when other
 * articles change; corpus statistics live in the BM25 half of hybrid retrieval instead. Character n-grams
 * make near-misses ("erth", "signd") land near the right words.
 */
export class LocalHashEmbeddings extends Embeddings {
  static readonly VERSION = 'local-hash-v4';
  readonly dimensions: number;

  constructor(params: LocalHashEmbeddingsParams = {}) {
    super(params);
    this.dimensions = params.dimensions ?? 1024;
  }

  get id(): string {
    return `${LocalHashEmbeddings.VERSION}-d${this.dimensions}`;
  }

  /** Embeds synchronously; the async methods wrap this. */
  embedSync(text: string): number[] {
    const v = new Float64Array(this.dimensions);
    const add = (feature: string, weight: number) => {
      const h = fnv1a(feature);
      const idx = h % this.dimensions;
      const sign = (fnv1a(feature, 0x9e3779b9) & 1) === 0 ? 1 : -1;
      v[idx] = (v[idx] as number) + sign * weight;
    };
    const tokens = tokenize(text);
    const counts = new Map<string, number>();
    const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
    let prev: string | null = null;
    for (const t of tokens) {
      const stop = STOPWORDS.has(t.norm);
      bump(`w:${stop ? '~' : ''}${t.stem}`);
      if (!stop) {
        if (prev) bump(`b:${prev}_${t.stem}`);
        prev = t.stem;
        if (t.norm.length >= 4) {
          const padded = `^${t.norm}$`;
          for (let i = 0; i + 4 <= padded.length; i++) bump(`c:${padded.slice(i, i + 4)}`);
        }
      }
    }
    for (const [feature, n] of counts) {
      const tf = 1 + Math.log(n);
      const kind = feature[0];
      const weight = kind === 'w' ? (feature[2] === '~' ? 0.15 : 1) : kind === 'b' ? 0.6 : 0.22;
      add(feature, tf * weight);
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    return Array.from(v, (x) => x / norm);
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embedSync(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedSync(document);
  }
}

/**
 * The embedder a configuration asks for: OpenAI (or a compatible server) when OPENAI_API_KEY and
 * OPENAI_EMBEDDING_MODEL are both set, the local embedder otherwise. The OpenAI client is loaded only then.
 */
export async function createEmbeddings(openai: OpenAiConfig | null): Promise<NamedEmbeddings> {
  if (openai?.embeddingModel) {
    const { OpenAIEmbeddings } = await import('@langchain/openai');
    const embeddings = new OpenAIEmbeddings({
      apiKey: openai.apiKey,
      model: openai.embeddingModel,
      timeout: openai.timeoutMs,
      maxRetries: 2,
      configuration: openai.baseURL ? { baseURL: openai.baseURL } : {},
    });
    const server = openai.baseURL ? new URL(openai.baseURL).host : 'api.openai.com';
    return { embeddings, id: `openai-${openai.embeddingModel}@${server}` };
  }
  const local = new LocalHashEmbeddings();
  return { embeddings: local, id: local.id };
}
