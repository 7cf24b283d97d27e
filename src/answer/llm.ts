import type OpenAI from 'openai';
import { z } from 'zod';
import type { OpenAiConfig } from '../config.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Article } from '../corpus/types.js';
import { LlmError } from '../errors.js';
import type { RetrievedChunk } from '../index/retrieve.js';
import { renderPrompt } from '../prompts.js';
import { citationForQuote } from './quotes.js';
import { sourceLabel } from './sources.js';
import type { Citation } from './types.js';

/** What the model must return; anything else is rejected. */
const LlmReplySchema = z.object({
  answer: z.string().trim().min(1).max(6000),
  abstain: z.boolean().default(false),
  citations: z
    .array(z.object({ passage: z.string().trim(), quote: z.string().trim().min(1) }))
    .max(20)
    .default([]),
});

export interface LlmAnswer {
  answer: string;
  abstained: boolean;
  /** Verified citations only. */
  citations: Citation[];
  /** Quotes the model gave that are not in the passages (dropped). */
  rejectedQuotes: number;
}

/** Anything that can answer from passages; the OpenAI implementation is the real one, tests may pass another. */
export interface Answerer {
  answer(question: string, passages: RetrievedChunk[], corpus: Corpus, context?: readonly string[]): Promise<LlmAnswer>;
}

function passageBlock(corpus: Corpus, passages: RetrievedChunk[]): string {
  return passages
    .map((p, i) => {
      const a = corpus.byId.get(p.chunk.source) as Article;
      return `[P${i + 1}] ${sourceLabel(a)} — file ${a.id}${a.meta.title ? ` — “${a.meta.title}”` : ''}\n${p.chunk.text}`;
    })
    .join('\n\n');
}

/** Pulls the first JSON object out of a reply (some servers wrap it in prose or code fences). */
function parseJsonObject(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) throw new LlmError('The model did not return JSON.');
  return JSON.parse(text.slice(start, end + 1));
}

/**
 * Answers through an OpenAI-compatible chat completions API (OpenAI, Ollama, vLLM, LM Studio). The model
 * sees only retrieved passages; every quote it returns is located in its passage and kept only if the words
 * are there, so a made-up quote never reaches the user.
 */
export class OpenAiAnswerer implements Answerer {
  private client: OpenAI | null;

  constructor(
    private readonly config: OpenAiConfig,
    client?: OpenAI,
  ) {
    this.client = client ?? null;
  }

  /** The client, created on first use so that offline runs never load the OpenAI library. */
  private async getClient(): Promise<OpenAI> {
    if (!this.client) {
      const { default: OpenAIClient } = await import('openai');
      this.client = new OpenAIClient({
        apiKey: this.config.apiKey,
        ...(this.config.baseURL ? { baseURL: this.config.baseURL } : {}),
        timeout: this.config.timeoutMs,
        maxRetries: 2,
      });
    }
    return this.client;
  }

  async answer(question: string, passages: RetrievedChunk[], corpus: Corpus, context: readonly string[] = []): Promise<LlmAnswer> {
    const user = renderPrompt('answer', {
      question,
      passages: passageBlock(corpus, passages),
      context: context.length ? `Earlier questions in this conversation: ${context.map((c) => `“${c}”`).join('; ')}\n\n` : '',
    });
    let content: string | null | undefined;
    try {
      const client = await this.getClient();
      const completion = await client.chat.completions.create({
        model: this.config.model,
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: renderPrompt('system', {}) },
          { role: 'user', content: user },
        ],
      });
      content = completion.choices[0]?.message?.content;
    } catch (err) {
      const status = (err as { status?: number }).status;
      throw new LlmError(`The language model request failed${status ? ` (HTTP ${status})` : ''}.`, err);
    }
    if (!content) throw new LlmError('The language model returned an empty reply.');
    let reply: z.infer<typeof LlmReplySchema>;
    try {
      reply = LlmReplySchema.parse(parseJsonObject(content));
    } catch (err) {
      if (err instanceof LlmError) throw err;
      throw new LlmError('The language model reply was not in the expected format.', err);
    }
    const citations: Citation[] = [];
    let rejectedQuotes = 0;
    for (const c of reply.citations) {
      const index = Number(/\d+/.exec(c.passage)?.[0]) - 1;
      const p = passages[index];
      // The quote must be inside the passage the model named; failing that, anywhere in that article.
      const cite = p
        ? (citationForQuote(corpus, p.chunk.source, c.quote, p.chunk) ?? citationForQuote(corpus, p.chunk.source, c.quote))
        : null;
      if (cite && !citations.some((x) => x.source === cite.source && x.start === cite.start)) citations.push(cite);
      else if (!cite) rejectedQuotes++;
    }
    return { answer: reply.answer, abstained: reply.abstain, citations, rejectedQuotes };
  }
}
