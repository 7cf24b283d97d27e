/**
 * A fake OpenAI-compatible API on 127.0.0.1 for tests that drive the real `openai` client and LangChain's
 * OpenAIEmbeddings over HTTP: `POST /v1/chat/completions` and `POST /v1/embeddings`, OpenAI-shaped replies,
 * every request recorded (body and headers). Replies can be overridden per test (content, status, headers,
 * raw body, delay); embeddings are a deterministic hashed bag of words. Nothing reaches the internet.
 */
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { fnv1a } from '../../src/text/hash.js';
import { startLoopbackServer } from './loopback.js';

/** Dimension of the fake embeddings unless a request asks for `dimensions`. */
export const FAKE_EMBEDDING_DIMENSIONS = 64;

export type Endpoint = 'chat' | 'embeddings' | 'other';

export interface RecordedRequest {
  endpoint: Endpoint;
  method: string;
  path: string;
  /** Parsed JSON body (or `{ _raw }` when it was not JSON). */
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** HTTP status the fake answered (or was going to answer, for a delayed reply the client gave up on). */
  status: number;
  at: number;
}

export interface ChatMessage {
  role: string;
  content: string;
}

export interface FakeReply {
  /** Chat only: the assistant message content, wrapped in an OpenAI chat.completion object. */
  content?: string;
  /** Default 200. Error statuses get an OpenAI-shaped error body unless `body` is given. */
  status?: number;
  headers?: Record<string, string>;
  /** Replaces the whole response body: strings are sent as they are (still as application/json), objects as JSON. */
  body?: unknown;
  /** Waits this long before answering (for client timeouts). */
  delayMs?: number;
  /**
   * Streamed requests (`stream: true`) get `content` as server-sent events in these pieces (default: pieces
   * of 7 characters, so markers and words are split across chunks).
   */
  chunks?: string[];
  /** Streamed requests: after the headers, send this piece again and again until the client leaves. */
  trickle?: string;
  /** Never answer at all (until the client gives up). */
  hang?: boolean;
}

/** A fixed reply, or a function of the request (undefined falls through to the next override or the default). */
export type Responder = FakeReply | ((req: RecordedRequest) => FakeReply | undefined);

interface Override {
  respond: (req: RecordedRequest) => FakeReply | undefined;
  times: number;
}

/**
 * The fake's embedding of one text: lower-cased words hashed into `dimensions` signed buckets, L2-normalised.
 * Texts sharing words are close; the same text always gives the same vector. A text without words gets a
 * fixed unit vector (a zero vector has no cosine).
 */
export function fakeEmbedding(text: string, dimensions = FAKE_EMBEDDING_DIMENSIONS): number[] {
  const v = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const h = fnv1a(word);
    const sign = (fnv1a(word, 0x9e3779b9) & 1) === 0 ? 1 : -1;
    v[h % dimensions] = (v[h % dimensions] as number) + sign;
  }
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  if (norm === 0) return v.map((_, i) => (i === 0 ? 1 : 0));
  return v.map((x) => x / norm);
}

/** Little-endian float32 base64, as OpenAI sends `encoding_format: "base64"`. */
export function toBase64Float32(vector: number[]): string {
  const buf = Buffer.alloc(vector.length * 4);
  for (const [i, x] of vector.entries()) buf.writeFloatLE(x, i * 4);
  return buf.toString('base64');
}

/** The system and user messages of a recorded chat request. */
export function messagesOf(req: RecordedRequest): ChatMessage[] {
  return (req.body.messages as ChatMessage[] | undefined) ?? [];
}

/** A chat reply whose content is `value` as JSON (what a model in JSON mode returns). */
export function jsonReply(value: unknown): FakeReply {
  return { content: JSON.stringify(value) };
}

function inputsOf(input: unknown): string[] {
  // The API accepts a string, strings, a token array or token arrays.
  if (typeof input === 'string') return [input];
  if (Array.isArray(input)) {
    if (input.every((x) => typeof x === 'number')) return [input.join(' ')];
    return input.map((x) => (Array.isArray(x) ? x.join(' ') : String(x)));
  }
  return [];
}

function errorBody(status: number): unknown {
  const type = status === 429 ? 'rate_limit_exceeded' : status >= 500 ? 'server_error' : 'invalid_request_error';
  return { error: { message: `Fake OpenAI error (HTTP ${status}).`, type, param: null, code: type } };
}

export class FakeOpenAI {
  readonly requests: RecordedRequest[] = [];
  private readonly overrides: Record<Endpoint, Override[]> = { chat: [], embeddings: [], other: [] };
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly intervals = new Set<NodeJS.Timeout>();
  private completionId = 0;

  private constructor(
    private readonly server: Server,
    /** `http://127.0.0.1:PORT` */
    readonly url: string,
  ) {}

  static async start(): Promise<FakeOpenAI> {
    const handler: { fake?: FakeOpenAI } = {};
    const { server, url } = await startLoopbackServer((req, res, text, path) => handler.fake?.handle(req, res, text, path));
    handler.fake = new FakeOpenAI(server, url);
    return handler.fake;
  }

  private handle(req: IncomingMessage, res: ServerResponse, text: string, path: string): void {
    const endpoint: Endpoint =
      req.method === 'POST' && path === '/v1/chat/completions'
        ? 'chat'
        : req.method === 'POST' && path === '/v1/embeddings'
          ? 'embeddings'
          : 'other';
    let body: Record<string, unknown>;
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      body = { _raw: text };
    }
    const call: RecordedRequest = { endpoint, method: req.method ?? '', path, body, headers: req.headers, status: 200, at: Date.now() };
    this.requests.push(call);
    const reply = this.replyFor(call);
    call.status = reply.status ?? 200;
    if (reply.hang) return;
    const send = () => this.send(res, call, reply);
    if (reply.delayMs) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        send();
      }, reply.delayMs);
      this.timers.add(timer);
    } else send();
  }

  /** The base URL for OPENAI_BASE_URL. */
  get baseURL(): string {
    return `${this.url}/v1`;
  }

  /** Answers chat completions with `responder` for the next `times` requests (default: until reset). */
  onChat(responder: Responder, times = Number.POSITIVE_INFINITY): void {
    this.overrides.chat.push({ respond: typeof responder === 'function' ? responder : () => responder, times });
  }

  /** Answers embeddings requests with `responder` for the next `times` requests (default: until reset). */
  onEmbeddings(responder: Responder, times = Number.POSITIVE_INFINITY): void {
    this.overrides.embeddings.push({ respond: typeof responder === 'function' ? responder : () => responder, times });
  }

  chatRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.endpoint === 'chat');
  }

  embeddingRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.endpoint === 'embeddings');
  }

  /** Forgets the recorded requests and the overrides. */
  reset(): void {
    this.requests.length = 0;
    for (const list of Object.values(this.overrides)) list.length = 0;
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const t of this.intervals) clearInterval(t);
    this.intervals.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private replyFor(call: RecordedRequest): FakeReply {
    for (const o of this.overrides[call.endpoint]) {
      if (o.times <= 0) continue;
      const r = o.respond(call);
      if (r) {
        o.times--;
        return r;
      }
    }
    if (call.endpoint === 'other') return { status: 404 };
    return {};
  }

  /** A chat completion as OpenAI streams it: chunks of `delta.content`, a usage chunk if asked, `[DONE]`. */
  private sendStream(res: ServerResponse, call: RecordedRequest, reply: FakeReply): void {
    const id = `chatcmpl-fake-${++this.completionId}`;
    const model = typeof call.body.model === 'string' ? call.body.model : 'fake-model';
    const created = Math.floor(call.at / 1000);
    const chunk = (delta: Record<string, unknown>, finish: string | null = null, usage: unknown = undefined) =>
      `data: ${JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created,
        model,
        choices: usage ? [] : [{ index: 0, delta, logprobs: null, finish_reason: finish }],
        ...(usage ? { usage } : {}),
      })}\n\n`;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...reply.headers });
    res.write(chunk({ role: 'assistant', content: '' }));
    if (reply.trickle !== undefined) {
      const piece = reply.trickle;
      const timer = setInterval(() => {
        if (res.destroyed || res.writableEnded) {
          clearInterval(timer);
          this.intervals.delete(timer);
          return;
        }
        res.write(chunk({ content: piece }));
      }, 5);
      this.intervals.add(timer);
      return;
    }
    const content = reply.content ?? JSON.stringify({ answer: 'The fake model has nothing to say.', abstain: true, citations: [] });
    const pieces = reply.chunks ?? (content.match(/[\s\S]{1,7}/g) as string[] | null) ?? [''];
    for (const piece of pieces) res.write(chunk({ content: piece }));
    res.write(chunk({}, 'stop'));
    const options = call.body.stream_options as { include_usage?: boolean } | undefined;
    if (options?.include_usage) res.write(chunk({}, null, { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 }));
    res.end('data: [DONE]\n\n');
  }

  private defaultBody(call: RecordedRequest, reply: FakeReply): unknown {
    const status = reply.status ?? 200;
    if (status >= 400 || call.endpoint === 'other') return errorBody(status >= 400 ? status : 404);
    const model = typeof call.body.model === 'string' ? call.body.model : 'fake-model';
    if (call.endpoint === 'embeddings') {
      const dimensions = typeof call.body.dimensions === 'number' ? call.body.dimensions : FAKE_EMBEDDING_DIMENSIONS;
      const base64 = call.body.encoding_format === 'base64';
      const inputs = inputsOf(call.body.input);
      return {
        object: 'list',
        model,
        data: inputs.map((text, index) => {
          const vector = fakeEmbedding(text, dimensions);
          return { object: 'embedding', index, embedding: base64 ? toBase64Float32(vector) : vector };
        }),
        usage: { prompt_tokens: inputs.join(' ').split(/\s+/).length, total_tokens: inputs.join(' ').split(/\s+/).length },
      };
    }
    const content = reply.content ?? JSON.stringify({ answer: 'The fake model has nothing to say.', abstain: true, citations: [] });
    return {
      id: `chatcmpl-fake-${++this.completionId}`,
      object: 'chat.completion',
      created: Math.floor(call.at / 1000),
      model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
    };
  }

  private send(res: ServerResponse, call: RecordedRequest, reply: FakeReply): void {
    // The client may have given up (timeout) while the reply was delayed.
    if (res.destroyed || res.writableEnded) return;
    if (call.body.stream === true && call.status < 400 && reply.body === undefined && call.endpoint === 'chat') {
      this.sendStream(res, call, reply);
      return;
    }
    const body = reply.body !== undefined ? reply.body : this.defaultBody(call, reply);
    res.writeHead(call.status, {
      'content-type': 'application/json',
      'x-request-id': `req_fake_${this.requests.indexOf(call)}`,
      ...reply.headers,
    });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  }
}
