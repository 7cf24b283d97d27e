import type OpenAI from 'openai';
import type { OpenAiConfig } from '../config.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Article, Span } from '../corpus/types.js';
import { LlmError } from '../errors.js';
import type { RetrievedChunk } from '../index/retrieve.js';
import { type Logger, silentLogger } from '../log.js';
import { renderPrompt } from '../prompts.js';
import { parseReply, type ReplyFormat, ReplyTextStream, StrictReplySchema } from './llm-reply.js';
import { instructionSpans, verifyReply } from './llm-verify.js';
import { sourceLabel } from './sources.js';
import type { Citation, Disagreement } from './types.js';

export type { ReplyFormat } from './llm-reply.js';

export interface LlmAnswer {
  /** The answer as shown: verified markers renumbered, unsupported statements removed. */
  answer: string;
  abstained: boolean;
  /** Verified citations only; marker [n] of `answer` is `citations[n - 1]`. */
  citations: Citation[];
  /** Quotes the model gave that are not in the passages (dropped). */
  rejectedQuotes: number;
  /** Statements removed because they leaned only on dropped quotes. */
  removedStatements?: number;
  /** The model and the reply format that worked. */
  model?: string;
  format?: ReplyFormat;
  /** Token counts when the server reported them. */
  usage?: { prompt: number; completion: number } | null;
  latencyMs?: number;
  /** Time from the request to the first readable token. */
  firstTokenMs?: number | null;
  /** The text shown while the reply streamed (markers as the model wrote them). */
  streamed?: string;
  /** Time spent reading and verifying the reply (parsing, locating every quote, markers, links). */
  verifyMs?: number;
}

export interface AnswererOptions {
  /** The disagreements the claims found, shown to the model so that it presents them. */
  disagreements?: readonly Disagreement[];
  /** Receives readable text as the model writes it. */
  onText?: (delta: string) => void;
}

/** Anything that can answer from passages; the OpenAI implementation is the real one, tests may pass another. */
export interface Answerer {
  answer(
    question: string,
    passages: RetrievedChunk[],
    corpus: Corpus,
    context?: readonly string[],
    options?: AnswererOptions,
  ): Promise<LlmAnswer>;
}

/** The JSON schema of the reply, for `json_schema` requests and, written out, for `json_object` prompts. */
const REPLY_JSON_SCHEMA = {
  type: 'object',
  properties: {
    answer: { type: 'string' },
    abstain: { type: 'boolean' },
    citations: {
      type: 'array',
      items: {
        type: 'object',
        properties: { n: { type: 'integer' }, passage: { type: 'string' }, quote: { type: 'string' } },
        required: ['n', 'passage', 'quote'],
        additionalProperties: false,
      },
    },
  },
  required: ['answer', 'abstain', 'citations'],
  additionalProperties: false,
} as const;

/** Data never closes or opens a block of the prompt: tag-like text inside it is defused. */
function asData(text: string): string {
  return text.replace(/<(\/?)(passages?|question|disagreements?|earlier_questions)\b/gi, '‹$1$2');
}

function passageBlock(corpus: Corpus, passages: RetrievedChunk[], blocked: Map<string, Span[]>): string {
  return passages
    .map((p, i) => {
      const a = corpus.byId.get(p.chunk.source) as Article;
      let text = p.chunk.text;
      // Sentences that read like instructions to an assistant are not shown (and cannot be quoted).
      for (const s of [...(blocked.get(a.id) ?? [])].reverse()) {
        const from = s.start - p.chunk.start;
        const to = s.end - p.chunk.start;
        if (from >= 0 && to <= text.length) text = `${text.slice(0, from)}[text addressed to an assistant removed] ${text.slice(to)}`;
      }
      const attrs = [`id="P${i + 1}"`, `source="${asData(sourceLabel(a)).replace(/"/g, "'")}"`, `file="${a.id}"`];
      if (a.meta.title) attrs.push(`title="${asData(a.meta.title).replace(/"/g, "'")}"`);
      if (a.meta.url) attrs.push(`url="${a.meta.url.replace(/"/g, '%22')}"`);
      return `<passage ${attrs.join(' ')}>\n${asData(text)}\n</passage>`;
    })
    .join('\n');
}

function disagreementBlock(list: readonly Disagreement[], corpus: Corpus, passages: RetrievedChunk[]): string {
  if (!list.length) return 'None found.';
  const passageOf = (source: string, start: number) => {
    const i = passages.findIndex((p) => p.chunk.source === source && p.chunk.start <= start && start < p.chunk.end);
    return i >= 0 ? ` (in P${i + 1})` : '';
  };
  return list
    .map((d) => {
      const sides = d.positions.map((p) => {
        const a = corpus.byId.get(p.sources[0] as string);
        const who = a ? sourceLabel(a) : p.sources[0];
        return `  - ${asData(p.summary || p.claim)} — ${asData(String(who))}${passageOf(p.sources[0] as string, p.start)}: “${asData(p.quote)}”`;
      });
      return `- ${asData(d.topic)}: ${asData(d.explanation)}\n${sides.join('\n')}`;
    })
    .join('\n');
}

/** Which format worked, per base URL and model, for the life of the process. */
const workingFormat = new Map<string, ReplyFormat>();

/** Forgets which formats worked (tests start each server fresh). */
export function forgetReplyFormats(): void {
  workingFormat.clear();
}

const NEXT_FORMAT: Record<ReplyFormat, ReplyFormat | null> = { json_schema: 'json_object', json_object: 'text', text: null };

/** A 400 that refuses the requested response format (LM Studio refuses `json_object`, older servers `json_schema`). */
function refusesFormat(err: unknown): boolean {
  const e = err as { status?: number; message?: string; error?: { message?: string } };
  if (e.status !== 400 && e.status !== 422) return false;
  return /response_format|json_schema|json_object|structured|schema|format/i.test(`${e.message ?? ''} ${e.error?.message ?? ''}`);
}

function refusesStreamOptions(err: unknown): boolean {
  const e = err as { status?: number; message?: string };
  return (e.status === 400 || e.status === 422) && /stream_options|include_usage/i.test(e.message ?? '');
}

function retryable(err: unknown): boolean {
  const status = (err as { status?: number }).status;
  if (status === undefined) return true;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Milliseconds the server asked to wait (Retry-After seconds or date, or retry-after-ms), or null. */
export function retryAfterMs(err: unknown, now = Date.now()): number | null {
  const headers = (err as { headers?: Headers | Record<string, string> }).headers;
  const get = (name: string) =>
    headers
      ? typeof (headers as Headers).get === 'function'
        ? (headers as Headers).get(name)
        : (headers as Record<string, string>)[name]
      : null;
  const ms = Number(get('retry-after-ms'));
  if (get('retry-after-ms') && Number.isFinite(ms)) return Math.max(0, ms);
  const value = get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : null;
}

class Timeout extends Error {
  constructor(readonly which: 'first token' | 'budget') {
    super(which);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Attempt {
  content: string;
  usage: { prompt: number; completion: number } | null;
  firstTokenMs: number | null;
  streamed: string;
}

/**
 * Answers through an OpenAI-compatible chat completions API (OpenAI, Ollama, vLLM, LM Studio, gateways).
 * Asks for strict `json_schema` output, and on a 400 that refuses it for `json_object` with the schema in
 * the prompt, then for prose with inline markers; remembers what worked. Streams the readable text as it
 * arrives. The model sees only retrieved passages, as delimited data; every quote it returns is located in
 * its passage and kept only if the words are there, so a made-up quote never reaches the user.
 */
export class OpenAiAnswerer implements Answerer {
  private client: OpenAI | null;
  /** Whether to ask for token counts in the stream (`stream_options`); off once a server refuses it. */
  private askUsage = true;

  constructor(
    private readonly config: OpenAiConfig,
    client?: OpenAI,
    private readonly logger: Logger = silentLogger,
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
        timeout: this.config.budgetMs,
        // Retries are ours: they honour Retry-After within the answer's budget.
        maxRetries: 0,
      });
    }
    return this.client;
  }

  private get formatKey(): string {
    return `${this.config.baseURL ?? 'https://api.openai.com/v1'}|${this.config.model}`;
  }

  /** The format this server and model are asked for first. */
  get format(): ReplyFormat {
    return workingFormat.get(this.formatKey) ?? 'json_schema';
  }

  private messages(format: ReplyFormat, user: string): OpenAI.Chat.Completions.ChatCompletionMessageParam[] {
    const schema =
      format === 'json_object' ? `\n\nThe reply must be valid against this JSON schema:\n${JSON.stringify(REPLY_JSON_SCHEMA)}` : '';
    const instructions = renderPrompt(format === 'text' ? 'format-text' : 'format-json', { schema });
    return [
      { role: 'system', content: renderPrompt('system', { format: instructions }) },
      { role: 'user', content: user },
    ];
  }

  async answer(
    question: string,
    passages: RetrievedChunk[],
    corpus: Corpus,
    context: readonly string[] = [],
    options: AnswererOptions = {},
  ): Promise<LlmAnswer> {
    const blocked = new Map<string, Span[]>();
    for (const p of passages) {
      const spans = instructionSpans(p);
      if (spans.length) blocked.set(p.chunk.source, [...(blocked.get(p.chunk.source) ?? []), ...spans]);
    }
    const user = renderPrompt('answer', {
      question: asData(question),
      passages: passageBlock(corpus, passages, blocked),
      disagreements: disagreementBlock(options.disagreements ?? [], corpus, passages),
      context: context.length ? `<earlier_questions>\n${context.map((c) => `- ${asData(c)}`).join('\n')}\n</earlier_questions>\n\n` : '',
    });
    const started = Date.now();
    const deadline = started + this.config.budgetMs;
    let format = this.format;
    let retries = 0;
    for (;;) {
      try {
        const attempt = await this.attempt(format, user, deadline, options.onText);
        workingFormat.set(this.formatKey, format);
        const checkStarted = performance.now();
        const reply = parseReply(attempt.content);
        const verified = verifyReply(corpus, passages, reply, blocked);
        const verifyMs = performance.now() - checkStarted;
        return {
          ...verified,
          model: this.config.model,
          format,
          usage: attempt.usage,
          latencyMs: Date.now() - started,
          firstTokenMs: attempt.firstTokenMs,
          streamed: attempt.streamed,
          verifyMs,
        };
      } catch (err) {
        if (err instanceof LlmError) throw err;
        if (this.askUsage && refusesStreamOptions(err)) {
          // Some servers do not know `stream_options`; token counts are then logged as unknown.
          this.askUsage = false;
          continue;
        }
        const next = NEXT_FORMAT[format];
        if (next && refusesFormat(err)) {
          this.logger.info(`The model server refused the ${format} reply format (HTTP 400); asking for ${next}.`);
          format = next;
          continue;
        }
        const wait = retryAfterMs(err) ?? 250 * 2 ** retries;
        const midStream = (err as { midStream?: boolean }).midStream === true;
        if (!midStream && retryable(err) && retries < this.config.maxRetries && Date.now() + wait < deadline && !isBudget(err)) {
          retries++;
          this.logger.debug(
            `Language model request failed (${describeFailure(err, this.config).message}); retry ${retries} of ${this.config.maxRetries} in ${Math.round(wait)} ms${retryAfterMs(err) !== null ? ' (Retry-After)' : ''}.`,
          );
          await sleep(wait);
          continue;
        }
        throw describeFailure(err, this.config);
      }
    }
  }

  /** One streamed request; resolves with the whole reply. */
  private async attempt(format: ReplyFormat, user: string, deadline: number, onText?: (delta: string) => void): Promise<Attempt> {
    const client = await this.getClient();
    const response_format: OpenAI.Chat.Completions.ChatCompletionCreateParams['response_format'] =
      format === 'json_schema' ? await strictFormat() : format === 'json_object' ? { type: 'json_object' } : undefined;
    const abort = new AbortController();
    let timedOut: Timeout | null = null;
    const stop = (t: Timeout) => {
      timedOut ??= t;
      abort.abort();
    };
    const remaining = Math.max(1, deadline - Date.now());
    const firstTimer = setTimeout(() => stop(new Timeout('first token')), Math.min(this.config.timeoutMs, remaining));
    const budgetTimer = setTimeout(() => stop(new Timeout('budget')), remaining);
    const started = Date.now();
    const text = new ReplyTextStream();
    let content = '';
    let usage: Attempt['usage'] = null;
    let firstTokenMs: number | null = null;
    try {
      const stream = await client.chat.completions.create(
        {
          model: this.config.model,
          temperature: 0,
          stream: true,
          ...(this.askUsage ? { stream_options: { include_usage: true } } : {}),
          messages: this.messages(format, user),
          ...(response_format ? { response_format } : {}),
        },
        { signal: abort.signal },
      );
      try {
        for await (const chunk of stream) {
          const delta = chunk.choices[0]?.delta?.content ?? '';
          if (chunk.usage) usage = { prompt: chunk.usage.prompt_tokens, completion: chunk.usage.completion_tokens };
          if (!delta) continue;
          content += delta;
          if (firstTokenMs === null && delta.trim()) {
            firstTokenMs = Date.now() - started;
            clearTimeout(firstTimer);
          }
          const shown = text.push(delta);
          if (shown) onText?.(shown);
        }
      } catch (err) {
        // Text may already be on the reader's screen: this reply is not retried.
        throw Object.assign(timedOut ?? (err as Error), { midStream: firstTokenMs !== null });
      }
      // An aborted stream may end quietly rather than throw.
      if (timedOut) throw Object.assign(timedOut, { midStream: firstTokenMs !== null });
      const rest = text.finish();
      if (rest) onText?.(rest);
      return { content, usage, firstTokenMs, streamed: text.text };
    } catch (err) {
      if (timedOut && !(err instanceof Timeout)) throw Object.assign(timedOut, { midStream: firstTokenMs !== null });
      throw err;
    } finally {
      clearTimeout(firstTimer);
      clearTimeout(budgetTimer);
    }
  }
}

let strictFormatCache: OpenAI.Chat.Completions.ChatCompletionCreateParams['response_format'] | null = null;

/** `json_schema` with `strict: true`, built from the zod schema by the openai helper (loaded only when used). */
async function strictFormat(): Promise<NonNullable<OpenAI.Chat.Completions.ChatCompletionCreateParams['response_format']>> {
  if (!strictFormatCache) {
    const { zodResponseFormat } = await import('openai/helpers/zod');
    const {
      $brand: _b,
      $parseRaw: _p,
      ...plain
    } = zodResponseFormat(StrictReplySchema, 'dealbot_answer') as unknown as Record<string, unknown>;
    strictFormatCache = plain as unknown as OpenAI.Chat.Completions.ChatCompletionCreateParams['response_format'];
  }
  return strictFormatCache as NonNullable<OpenAI.Chat.Completions.ChatCompletionCreateParams['response_format']>;
}

function isBudget(err: unknown): boolean {
  return err instanceof Timeout && err.which === 'budget';
}

/** One sentence for the notice and the log; never the key or the prompt. */
function describeFailure(err: unknown, config: OpenAiConfig): LlmError {
  if (err instanceof Timeout) {
    return new LlmError(
      err.which === 'first token'
        ? `The language model did not start answering within ${Math.round(config.timeoutMs / 100) / 10} s.`
        : `The language model did not finish within the ${Math.round(config.budgetMs / 100) / 10} s budget.`,
      err,
    );
  }
  const status = (err as { status?: number }).status;
  return new LlmError(`The language model request failed${status ? ` (HTTP ${status})` : ''}.`, err);
}
